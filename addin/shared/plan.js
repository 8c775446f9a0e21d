// @ts-check
/**
 * The action plan as worksheet rows and back: which column holds what, how values look in
 * Excel, and which fields a changed row sends to PATCH /api/v1/actions/{id}. No Office.js here.
 */

/** Visible columns first; the last two are hidden (row id and row version). */
export const COLUMNS = [
  { key: "recommendation_label", title: "Recommendation", readOnly: true },
  { key: "scope", title: "Scope" },
  { key: "action", title: "Action to take" },
  { key: "success_measure", title: "Success measure" },
  { key: "lead_agency", title: "Lead agency" },
  { key: "lead_officer", title: "Lead officer" },
  { key: "milestones", title: "Key milestones" },
  { key: "target_date", title: "Target date", date: true },
  { key: "status", title: "Status" },
  { key: "completion_date", title: "Date of completion", date: true },
  { key: "outcome", title: "Outcome" },
  { key: "theme", title: "Theme" },
  { key: "notes", title: "Sync notes", readOnly: true },
  { key: "id", title: "Row id", hidden: true },
  { key: "version", title: "Row version", hidden: true },
];
export const TITLES = COLUMNS.map((c) => c.title);
export const col = (key) => COLUMNS.findIndex((c) => c.key === key);

const EMPTY = { lead_agency_id: null, target_date: null, completion_date: null, milestones: [] };
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** "2027-09-30" → the Excel serial number (days since 30/12/1899). */
export function excelDate(iso) {
  if (!iso) return "";
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EXCEL_EPOCH) / 86400000);
}

/** An Excel cell's date (serial, ISO text or dd/mm/yyyy) → "YYYY-MM-DD", null when blank. */
export function isoDate(value) {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number") {
    return new Date(EXCEL_EPOCH + value * 86400000).toISOString().slice(0, 10);
  }
  const text = String(value).trim();
  let match = text.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (match) return text;
  match = text.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  if (match) return `${match[3]}-${match[2].padStart(2, "0")}-${match[1].padStart(2, "0")}`;
  throw new Error(`'${text}' is not a date: write it as 31/03/2027`);
}

/** Milestones as one cell: "31/03/2027: Course written; 30/06/2027: First course run". */
export function milestonesText(milestones) {
  return (milestones || [])
    .map((m) => `${m.on.slice(8, 10)}/${m.on.slice(5, 7)}/${m.on.slice(0, 4)}: ${m.text}`)
    .join("; ");
}

/** The cell back into [{on, text}]; an entry starts at a new line or "; " before a date. */
export function parseMilestones(text) {
  const entries = String(text || "")
    .split(/\n|;\s*(?=\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2})/)
    .map((e) => e.trim())
    .filter(Boolean);
  return entries.map((entry) => {
    const match = entry.match(/^([^:]+?)\s*:\s*(.+)$/);
    if (!match) throw new Error(`'${entry}' is not a milestone: write 31/03/2027: what happened`);
    return { on: isoDate(match[1]), text: match[2] };
  });
}

/**
 * One action as a worksheet row (values in COLUMNS order).
 * @param {object} action a row of GET /reviews/{id}/action-plan?format=json
 * @param {object} lists the plan's statuses
 */
export function toRow(action, lists) {
  const status = lists.statuses.find((s) => s.key === action.status);
  const values = {
    ...action,
    status: status ? status.label : action.status,
    milestones: milestonesText(action.milestones),
    target_date: excelDate(action.target_date),
    completion_date: excelDate(action.completion_date),
    outcome: action.status === "cannot_complete" ? action.closure_reason : action.outcome,
    notes: (action.smart || []).map((f) => `${f.criterion}: ${f.message}`).join("; "),
  };
  return COLUMNS.map((c) => values[c.key] ?? "");
}

/**
 * A worksheet row as the fields PATCH /api/v1/actions/{id} takes; throws, naming the cell's
 * column, when a status, agency, date or milestone cannot be read.
 * @param {Array} row the row's values, in COLUMNS order
 * @param {object} lists agencies and statuses of the plan
 */
export function rowFields(row, lists) {
  const cell = (key) => row[col(key)];
  const text = (key) => String(cell(key) ?? "").trim();
  const statusLabel = text("status");
  const status = lists.statuses.find(
    (s) => s.label.toLowerCase() === statusLabel.toLowerCase() || s.key === statusLabel,
  );
  if (!status) throw new Error(`Status is one of ${lists.statuses.map((s) => s.label).join(", ")}`);
  const agencyName = text("lead_agency");
  const agency = lists.agencies.find((a) => a.name.toLowerCase() === agencyName.toLowerCase());
  if (agencyName && !agency) throw new Error(`'${agencyName}' is not an agency of this CSP`);
  /** @type {Record<string, any>} */
  const wanted = {
    scope: text("scope").toLowerCase(),
    action: text("action"),
    success_measure: text("success_measure"),
    lead_agency_id: agency ? agency.id : null,
    lead_officer: text("lead_officer"),
    milestones: parseMilestones(cell("milestones")),
    target_date: isoDate(cell("target_date")),
    status: status.key,
    completion_date: isoDate(cell("completion_date")),
    theme: text("theme"),
  };
  if (status.key === "cannot_complete") wanted.closure_reason = text("outcome");
  else wanted.outcome = text("outcome");
  return wanted;
}

/**
 * The PATCH body for a worksheet row: only the fields that differ from the server's copy.
 * @param {Array} row the row's values, in COLUMNS order
 * @param {object} server the action as the server last sent it
 * @param {object} lists agencies and statuses of the plan
 * @returns {object} field → new value (empty when nothing changed)
 */
export function changes(row, server, lists) {
  const found = {};
  for (const [key, value] of Object.entries(rowFields(row, lists))) {
    const current = server[key] ?? (key in EMPTY ? EMPTY[key] : "");
    if (JSON.stringify(value) !== JSON.stringify(current)) found[key] = value;
  }
  return found;
}

/**
 * What the person edited in a row since it was loaded: the cells that differ from the row as the
 * pane wrote it (kept in the workbook), whatever happened on the server meanwhile.
 * @param {Array} row the row now
 * @param {Array} loaded the same row as loaded
 * @returns {string[]} the titles of the edited columns
 */
export function editedColumns(row, loaded) {
  const value = (column, values) => {
    const cell = values[col(column.key)];
    if (column.date) {
      try {
        return isoDate(cell) || ""; // 31/03/2027 typed, or Excel's serial number: the same day
      } catch {
        return String(cell);
      }
    }
    return String(cell ?? "").trim();
  };
  return COLUMNS.filter((c) => !c.readOnly && !c.hidden)
    .filter((c) => value(c, row) !== value(c, loaded))
    .map((c) => c.title);
}

/**
 * The PATCH body for an edited row: its fields that differ from the row as loaded.
 * @param {Array} row @param {Array} loaded @param {object} lists
 */
export function patchBody(row, loaded, lists) {
  const now = rowFields(row, lists);
  let before;
  try {
    before = rowFields(loaded, lists);
  } catch {
    return now; // the loaded row could not be read (a list changed since): send every field
  }
  return Object.fromEntries(Object.entries(now).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k])));
}
