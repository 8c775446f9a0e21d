// @ts-check
/**
 * Checks, sections and quality assurance in the Word pane: the anonymity scan and (for the two
 * reports) the pre-submission check, grouped per heading; the sections still to write, each a
 * jump to its heading; submit, and for the senior manager approve (the six confirmations, each
 * refusal tied to its box) or return with comments.
 */

import { groupFindings, reportFindings } from "../shared/findings.js";
import { checklist } from "../shared/sections.js";
import { $, button, el, press, show } from "../shared/ui.js";
import * as word from "../shared/word.js";

const REPORTS = ["overview_report", "executive_summary"];
/** Sections still to write shown before the rest fold away. */
const SHOWN = 5;

/** @type {any} */
let state;
/** @type {any} */
let pane;

export function wireChecks(shared, hooks) {
  state = shared;
  pane = hooks;
  press($("#check"), () => state.pane.guarded(check));
  press($("#submit"), () => state.pane.guarded(submit));
  press($("#approve"), () => state.pane.guarded(approve));
  press($("#return"), () => state.pane.guarded(giveBack));
}

const paragraphs = async () => (state.inWord ? word.readParagraphs(globalThis.Word) : []);

export async function check() {
  const label = state.doc.current_version.label;
  state.pane.progress(`Checking version ${label}`, null);
  const scan = await state.pane.api.post(`documents/${state.doc.id}/versions/${label}/anonymity-scan`, {});
  const report = REPORTS.includes(state.doc.kind) ? await presubmission() : [];
  const groups = groupFindings([...report, ...scan.hits, ...scan.warnings], await paragraphs());
  $("#findings").replaceChildren(...groups.map(groupCard));
  show($("#findings-box"), groups.length > 0);
  const blocking = report.filter((f) => f.severity === "block").length;
  const parts = [`${scan.hits.length} real names or sensitive terms`, `${scan.warnings.length} details to look at`];
  if (REPORTS.includes(state.doc.kind)) parts.unshift(`${blocking} pre-submission findings that block`);
  const bad = scan.hits.length + blocking;
  state.checked = label;
  pane.render();
  state.pane.status(`Version ${label}: ${parts.join(", ")}.`, bad ? "warning" : groups.length ? "info" : "success");
}

/** The pre-submission check (V10–V16) of the overview and summary's current versions. */
async function presubmission() {
  const current = (kind) => state.documents.find((d) => d.kind === kind);
  const overview = current("overview_report");
  const summary = current("executive_summary");
  if (!overview || !summary) throw new Error("The pre-submission check needs both the overview report and the executive summary.");
  const result = await state.pane.api.post(`reviews/${$("#review").value}/checks`, {
    overview_document_id: overview.id,
    overview_version: overview.id === state.doc.id ? state.doc.current_version.label : overview.current_version.label,
    executive_summary_document_id: summary.id,
    executive_summary_version: summary.id === state.doc.id ? state.doc.current_version.label : summary.current_version.label,
  });
  return reportFindings(result.findings, state.doc.kind);
}

function groupCard({ heading, items }) {
  const list = el("ul", { className: "cards" }, ...items.map(findingCard));
  return el("section", { className: "group" }, el("h3", { textContent: heading }), list);
}

function findingCard(item) {
  const times = item.count > 1 ? ` · ${item.count} times` : "";
  const where = item.where.size ? `In ${[...item.where].join(", ")}${times}` : times.slice(3);
  const card = el("li", {}, el("p", { textContent: item.text }));
  if (where) card.append(el("p", { className: "hint", textContent: where }));
  if (state.inWord && item.target) {
    const go = button("Show in document", () =>
      state.pane.guarded(async () => {
        const count = await word.findText(globalThis.Word, item.target);
        state.pane.status(count ? `“${item.target}” is selected in the document (${count} in all).` : `“${item.target}” is not in the document as it stands now.`);
      }),
    );
    go.setAttribute("aria-label", `Show “${item.target}” in the document`);
    card.append(el("div", { className: "actions" }, go));
  }
  return card;
}

/** The headings still to write first (each a jump to its heading), the rest folded away. */
export async function refreshChecklist(shared) {
  if (!(shared.inWord && shared.doc)) {
    show($("#regions-box"), false);
    return show($("#checklist-box"), false);
  }
  const items = checklist(await word.readParagraphs(globalThis.Word));
  const left = items.filter((i) => !i.done);
  $("#checklist-summary").textContent = `${items.length - left.length} of ${items.length} sections written; ${left.length} to write.`;
  $("#checklist").replaceChildren(...left.slice(0, SHOWN).map((i) => sectionItem(i, "To write")));
  $("#checklist-all-summary").textContent = `All ${items.length} sections`;
  $("#checklist-done").replaceChildren(...items.map((i) => sectionItem(i, i.done ? "Written" : "To write")));
  show($("#checklist-box"), items.length > 0);
  await refreshRegions();
}

/** The parts of the document the service fills from the review's records (content controls
 * tagged `dhr:`), each with a button that selects it, so an author sees what is data and what
 * is theirs to write. */
async function refreshRegions() {
  const regions = await word.readRegions(globalThis.Word);
  $("#regions-summary").textContent =
    `${regions.length} ${regions.length === 1 ? "part is" : "parts are"} filled from the review's records. Write around them; a part changed by hand is kept and reported when the document is filled again.`;
  $("#regions").replaceChildren(...regions.map(regionItem));
  show($("#regions-box"), regions.length > 0);
}

function regionItem(region) {
  const go = button(region.title, () =>
    state.pane.guarded(async () => {
      const found = await word.selectRegion(globalThis.Word, region.tag);
      state.pane.status(found ? `“${region.title}” is selected.` : `“${region.title}” is no longer in the document.`);
    }),
  );
  go.setAttribute("appearance", "transparent");
  go.setAttribute("aria-label", `${region.title}: filled from the review. Select it`);
  return el("li", {}, go);
}

function sectionItem(item, mark) {
  const go = button(`${mark === "Written" ? "✓" : "○"} ${item.title}`, () =>
    state.pane.guarded(async () => {
      const found = await word.findText(globalThis.Word, item.title);
      state.pane.status(found ? `The cursor is at “${item.title}”.` : `“${item.title}” is no longer a heading in the document.`);
    }),
  );
  go.setAttribute("appearance", "transparent");
  go.setAttribute("aria-label", `${mark}: ${item.title}. Go to the heading`);
  return el("li", {}, go);
}

async function submit() {
  const label = state.doc.current_version.label;
  state.imr = await state.pane.api.post(`imrs/${state.imr.id}/submissions`, { version: label });
  pane.render();
  state.pane.status(`Version ${label} submitted for quality assurance.`, "success");
}

async function approve() {
  const boxes = [...document.querySelectorAll('#approve-box input[type="checkbox"]')];
  boxes.forEach((box) => ["aria-invalid", "aria-describedby"].forEach((name) => box.removeAttribute(name)));
  document.querySelectorAll("#approve-box .field-error:not(#qa-error)").forEach((note) => note.remove());
  show($("#qa-error"), false);
  try {
    state.imr = await state.pane.api.post(`imrs/${state.imr.id}/qa-decision`, {
      decision: "approve",
      version: state.imr.submitted_version?.label,
      agency_accepts_recommendations: $("#accepts").checked,
      qa_checks: Object.fromEntries(boxes.filter((b) => b.name === "qa").map((box) => [box.value, box.checked])),
    });
  } catch (error) {
    if (error.status !== 422) throw error;
    return refusedChecks(boxes, error);
  }
  pane.render();
  state.pane.status("Approved: the IMR counts as received.", "success");
}

/** The service's refusal, each message next to the box it names (aria-describedby, aria-invalid). */
function refusedChecks(boxes, error) {
  const unplaced = [];
  for (const problem of error.problem?.errors || []) {
    const field = String(problem.field);
    const box = boxes.find((b) => (b.name === "qa" ? field.endsWith(b.value) : field === "agency_accepts_recommendations"));
    if (!box) {
      unplaced.push(problem.message);
      continue;
    }
    const note = el("p", { className: "field-error", id: `${box.name === "qa" ? box.value : box.id}-error`, textContent: problem.message });
    box.closest("label").after(note);
    box.setAttribute("aria-invalid", "true");
    box.setAttribute("aria-describedby", note.id);
  }
  $("#qa-error").textContent = unplaced.join("\n") || (error.problem?.errors?.length ? "" : error.message);
  show($("#qa-error"), Boolean($("#qa-error").textContent));
  state.pane.alert("Not approved: confirm the points marked below first.");
  boxes.find((b) => b.getAttribute("aria-invalid") === "true")?.focus();
}

async function giveBack() {
  const comments = ($("#qa-comments").value || "").trim();
  if (!comments) throw new Error("Write your comments for the author before returning the IMR.");
  state.imr = await state.pane.api.post(`imrs/${state.imr.id}/qa-decision`, { decision: "return", comments });
  pane.render();
  state.pane.status("Returned to the author with your comments.", "success");
}
