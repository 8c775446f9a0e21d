// @ts-check
/**
 * The Word task pane: from "which review and document" to "submitted for QA". This module
 * chooses the work and shows what may be done with it; versions.js opens and saves versions
 * (never replacing anything without asking), checks.js runs the checks, the sections list and QA.
 * Outside Word the same page follows the review with the Word-only buttons hidden.
 */

import { nameDropdown } from "../shared/controls.js";
import { startPane } from "../shared/pane.js";
import { supports } from "../shared/office.js";
import { $, allow, el, fillDropdown, longDate, show } from "../shared/ui.js";
import { check, refreshChecklist, wireChecks } from "./checks.js";
import { refreshHistory, wireVersions } from "./versions.js";

/** @type {any} */
const state = { pane: null, inWord: false, imr: null, doc: null, documents: [], checked: null };

const FIRST_RUN = {
  author: "You write your agency's IMR here. Open it, write under each heading (the Sections list shows what is left), save a version whenever you stop, run Check for real names, then submit it for quality assurance.",
  manager: "You quality-assure your agency's IMR here. Read the submitted version, confirm the six points, then approve it or return it to its author with your comments.",
  reader: "You follow the review's documents here: see who saved which version and when, open any version in a new document, and run the checks.",
};


async function chooseWork(pane) {
  state.pane = pane;
  state.inWord = pane.host === "Word";
  document.querySelectorAll(".office-only").forEach((node) => show(node, state.inWord));
  show($("#outside"), !state.inWord);
  if (state.inWord && !supports("WordApi", "1.3")) {
    pane.alert("This version of Word is too old for the DHR pane (WordApi 1.3 needed).");
  }
  const [reviews, imrs] = await Promise.all([pane.api.get("reviews"), pane.api.get("imrs")]);
  const known = new Map(reviews.map((r) => [r.id, `${r.reference} (${r.state.replaceAll("_", " ")})`]));
  for (const imr of imrs) if (!known.has(imr.review.id)) known.set(imr.review.id, imr.review.reference);
  fillDropdown($("#review"), [...known].map(([value, label]) => ({ value, label })), "Choose a review");
  show($("#work"));
  if (!known.size) pane.status("You have no review or IMR to work on yet.");
  await followLink();
}

/** A link from a Teams card (`?review=<id>&document=<id>`) opens that review and document, when
 * this person may see them; otherwise the pane stays at the choice. */
async function followLink() {
  const query = new URLSearchParams(window.location.search);
  const review = query.get("review");
  const docId = query.get("document");
  if (!review || !(await choose($("#review"), review))) return;
  await onReview();
  if (!docId) return;
  const imr = (state.imrs || []).find((i) => String(i.document?.id) === docId);
  const value = imr ? `imr:${imr.id}` : `doc:${docId}`;
  if (!(await choose($("#document"), value))) return;
  await onDocument();
}

/** Selects an option the dropdown holds; the dropdown takes new options a frame later. */
async function choose(dropdown, value) {
  if (![...dropdown.querySelectorAll("fluent-option")].some((o) => o.getAttribute("value") === value)) return false;
  for (let tries = 0; tries < 10 && dropdown.value !== value; tries += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    dropdown.value = value;
  }
  return dropdown.value === value;
}

async function onReview() {
  const id = $("#review").value;
  state.imr = state.doc = null;
  ["#write", "#qa", "#history-box", "#findings-box", "#checklist-box", "#regions-box", "#document-facts", "#conflict", "#firstrun"].forEach((s) => show($(s), false));
  const review = await state.pane.api.get(`reviews/${id}`).catch((error) => (error.status === 404 ? null : Promise.reject(error)));
  renderReviewFacts(review);
  fillDropdown($("#document"), [], "Loading the documents…");
  // 404: none this person may see (an IMR author sees only their IMR); any other failure is said.
  const visible = (path) => state.pane.api.get(path).catch((error) => (error.status === 404 ? [] : Promise.reject(error)));
  const [imrs, documents] = await Promise.all([visible(`reviews/${id}/imrs`), visible(`reviews/${id}/documents`)]).catch((error) => {
    fillDropdown($("#document"), [], "The documents could not be loaded");
    throw error;
  });
  state.documents = documents;
  state.imrs = imrs;
  const options = [
    ...imrs.map((i) => ({ value: `imr:${i.id}`, label: `${i.agency.name} IMR (${i.state.replaceAll("_", " ")})` })),
    ...documents.filter((d) => d.kind !== "imr").map((d) => ({ value: `doc:${d.id}`, label: `${d.title} (v${d.current_version.label})` })),
  ];
  fillDropdown($("#document"), options, options.length ? "Choose a document" : "No document you may work on");
}

function renderReviewFacts(review) {
  if (!review) return show($("#review-facts"), false);
  const rows = [["State", review.state.replaceAll("_", " ")]];
  const open = Object.entries(review.deadlines || {})
    .filter(([, d]) => d && d.due && !d.met_on)
    .sort((a, b) => a[1].due.localeCompare(b[1].due));
  for (const [name, d] of open.slice(0, 2)) {
    rows.push([name.replaceAll("_", " "), `${longDate(d.due)}${d.days_left < 0 ? " (overdue)" : ""}`]);
  }
  facts($("#review-facts"), rows);
}

function facts(list, rows) {
  list.replaceChildren(...rows.flatMap(([k, v]) => [el("dt", { textContent: k }), el("dd", { textContent: v })]));
  show(list);
}

/** Loads the chosen IMR or document again from the service (after a choice, save or conflict). */
export async function reload() {
  const [kind, id] = $("#document").value.split(":");
  state.imr = kind === "imr" ? await state.pane.api.get(`imrs/${id}`) : null;
  const docId = kind === "doc" ? id : state.imr.document?.id;
  state.doc = docId ? await state.pane.api.get(`documents/${docId}`) : null;
  render();
  await Promise.all([refreshHistory(state), refreshChecklist(state)]);
}

async function onDocument() {
  show($("#conflict"), false);
  show($("#findings-box"), false);
  state.checked = null;
  await reload();
  firstRun();
}

/** What may be done with the chosen work, and why a button cannot be used yet. */
export function render() {
  const { imr, doc } = state;
  const rows = [];
  if (imr) rows.push(["IMR", imr.state.replaceAll("_", " ")], ["Due", `${longDate(imr.due_on)}${imr.overdue ? " (overdue)" : ""}`]);
  rows.push(["Current version", doc ? `${doc.current_version.label}, saved by ${doc.current_version.author.name}` : "not started"]);
  facts($("#document-facts"), rows);
  const option = $("#document").querySelector(`fluent-option[value="${$("#document").value}"]`);
  if (imr && option) option.textContent = `${imr.agency.name} IMR (${imr.state.replaceAll("_", " ")})`;
  const allowed = new Set(imr ? imr.allowed_actions || [] : ["edit"]);
  const editing = state.inWord && allowed.has("edit");
  show($("#write"), allowed.has("edit") || Boolean(doc));
  $("#start").textContent = doc ? "Open current version" : "Start from template";
  show($("#start"), state.inWord && (allowed.has("edit") || Boolean(doc)));
  for (const id of ["#save", "#comment"]) show($(id), editing && Boolean(doc));
  show($("#check"), Boolean(doc));
  show($("#submit-box"), allowed.has("submit") && Boolean(doc));
  const label = doc?.current_version.label;
  allow($("#submit"), state.checked === label ? "" : `Run Check on version ${label} first, so it goes to QA with its names looked at.`);
  show($("#approve-box"), allowed.has("qa_approve"));
  show($("#return-box"), allowed.has("qa_return"));
  show($("#qa"), ["submit", "qa_approve", "qa_return"].some((a) => allowed.has(a)));
}

/** The first time someone uses the pane in a role, a card says what it does for them. */
function firstRun() {
  const allowed = new Set(state.imr?.allowed_actions || []);
  const role = allowed.has("qa_approve") ? "manager" : allowed.has("edit") || allowed.has("submit") ? "author" : "reader";
  const key = `dhr.firstrun.${role}`;
  if (localStorage.getItem(key)) return show($("#firstrun"), false);
  $("#firstrun-text").textContent = FIRST_RUN[role];
  show($("#firstrun"));
  $("#firstrun-ok").onclick = () => {
    localStorage.setItem(key, "seen");
    show($("#firstrun"), false);
    $(role === "manager" ? "#qa-title" : "#write-title").focus();
  };
}

nameDropdown($("#review"), "review-label");
nameDropdown($("#document"), "document-label");
$("#review").addEventListener("change", () => state.pane.guarded(onReview));
$("#document").addEventListener("change", () => state.pane.guarded(onDocument));
wireVersions(state, { render, reload });
wireChecks(state, { render, reload, check });
startPane({ onSignedIn: chooseWork, firstHeading: "#work-title" });
