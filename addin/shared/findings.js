// @ts-check
/**
 * Check findings as an author reads them: each said once (with how many times it occurs),
 * grouped under the heading of the document where it first occurs, the file part named in words
 * ("a header", not "word/header1.xml"). Pure: takes the findings and Word's paragraphs.
 */

const PARTS = [
  [/^word\/document\.xml$/, "the body"],
  [/^word\/header\d*\.xml$/, "a header"],
  [/^word\/footer\d*\.xml$/, "a footer"],
  [/^word\/footnotes\.xml$/, "the footnotes"],
  [/^word\/endnotes\.xml$/, "the endnotes"],
  [/^word\/comments.*\.xml$/, "the comments"],
  [/^docProps\//, "the document's properties"],
];

/** "word/header2.xml" → "a header". */
export function partName(part) {
  const found = PARTS.find(([pattern]) => pattern.test(String(part || "")));
  return found ? found[1] : "the document";
}

/** What a finding says, in one line. */
export function findingText(finding) {
  if (finding.rule) return `${finding.rule} (${finding.severity === "block" ? "must fix" : "check"}): ${finding.message}`;
  if (finding.term) return `“${finding.term}” (${String(finding.kind).replaceAll("_", " ")}${finding.who ? `: use ${finding.who}` : ""})`;
  // Someone who may not read the subject register is told what and where, never whose name.
  if (finding.message && finding.text) return `${finding.message}: “${finding.text}”`;
  return finding.message || String(finding.kind);
}

/**
 * The pre-submission check's findings for one document, flattened so they read like scan
 * findings: the check says where a finding is under `location` ({document, version, section,
 * part, ...}); the pane groups by `section` and `part` at the top level.
 * @param {Array<any>} findings the `findings` of POST /reviews/{id}/checks
 * @param {string} kind "overview_report" or "executive_summary"
 */
export function reportFindings(findings, kind) {
  return findings
    .filter((f) => (f.location?.document ?? f.document) === kind)
    .map((f) => ({ ...(f.location || {}), ...f }));
}

/** The passage "Show in document" looks for: the text as the document has it (look-alike
 * letters and all), so Word's search finds it; the register's spelling only when that is missing. */
export function findingTarget(finding) {
  return finding.text || finding.term || finding.section || "";
}

/**
 * @param {Array<object>} findings pre-submission findings, scan hits and warnings
 * @param {Array<{text: string, style: string}>} paragraphs the document as it stands (may be [])
 * @returns {Array<{heading: string, items: Array<{finding: object, text: string, target: string, count: number, where: Set<string>}>}>}
 */
export function groupFindings(findings, paragraphs) {
  /** @type {Map<string, Map<string, any>>} */
  const groups = new Map();
  for (const finding of findings) {
    const text = findingText(finding);
    const target = findingTarget(finding);
    const heading = finding.section || headingOf(target, paragraphs) || "Elsewhere in the document";
    if (!groups.has(heading)) groups.set(heading, new Map());
    const items = groups.get(heading);
    const item = items.get(text) || { finding, text, target, count: 0, where: new Set() };
    item.count += 1;
    if (finding.part) item.where.add(partName(finding.part));
    items.set(text, item);
  }
  return [...groups].map(([heading, items]) => ({ heading, items: [...items.values()] }));
}

/** The heading above the first paragraph that holds `target`; "" when none. */
function headingOf(target, paragraphs) {
  if (!target) return "";
  let heading = "";
  const wanted = target.toLowerCase();
  for (const { text, style } of paragraphs) {
    if (/^heading\d$/i.test(String(style || "")) && text.trim()) heading = text.trim();
    if (text.toLowerCase().includes(wanted)) return heading;
  }
  return "";
}
