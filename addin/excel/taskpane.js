// @ts-check
/**
 * The Excel task pane: pick a review, load its action plan into the ActionPlan table, and sync
 * edited rows back (PATCH with If-Match). Edits are found by comparing each row with the row as
 * loaded (kept in the workbook), so edits made before or after a Refresh, or while the pane was
 * closed, are all found; Load and Refresh ask before they replace unsynced edits; rows that meet
 * someone else's change, or that the service refuses, are listed with "Go to row".
 * Outside Excel the same page lists the plan read-only.
 */

import { ask, nameDropdown } from "../shared/controls.js";
import * as excel from "../shared/excel.js";
import { supports } from "../shared/office.js";
import { startPane } from "../shared/pane.js";
import { TITLES, col, editedColumns, patchBody, toRow } from "../shared/plan.js";
import { $, allow, button, el, fillDropdown, longDate, press, show } from "../shared/ui.js";

/** @type {any} */
const state = { pane: null, inExcel: false, plan: null, server: new Map(), inWorkbook: null, watching: false };
let recount = 0;

async function chooseReview(pane) {
  state.pane = pane;
  state.inExcel = pane.host === "Excel";
  show($("#excel-actions"), state.inExcel);
  show($("#outside"), !state.inExcel);
  if (state.inExcel && !supports("ExcelApi", "1.8")) pane.alert("This version of Excel is too old for the action plan (ExcelApi 1.8 needed).");
  const reviews = await pane.api.get("reviews");
  fillDropdown($("#review"), reviews.map((r) => ({ value: r.id, label: `${r.reference} (${r.state.replaceAll("_", " ")})` })), "Choose a review");
  show($("#work"));
  if (!reviews.length) pane.status("You are not on any review yet.");
  if (!localStorage.getItem("dhr.firstrun.plan")) show($("#firstrun"));
  state.inWorkbook = state.inExcel ? await excel.readPlan(globalThis.Excel) : null;
  if (state.inWorkbook?.reviewId && reviews.some((r) => r.id === state.inWorkbook.reviewId)) {
    $("#review").value = String(state.inWorkbook.reviewId);
    await fetchPlan();
    await watch();
    const edited = await updateButtons();
    pane.status(`This workbook holds this review's plan${edited ? `; ${edited} row${edited === 1 ? "" : "s"} edited since loading: choose Sync changes` : ""}.`);
  }
  await updateButtons();
}

async function fetchPlan() {
  const plan = await state.pane.api.get(`reviews/${$("#review").value}/action-plan?format=json`);
  state.plan = plan;
  state.server = new Map(plan.actions.map((a) => [a.id, a]));
  renderPlan(plan.actions);
  return plan;
}

/** The rows edited since they were loaded: [{row, loaded, columns}]. */
async function editedRows() {
  if (!state.inExcel) return [];
  state.inWorkbook = await excel.readPlan(globalThis.Excel);
  const { rows, loaded } = state.inWorkbook;
  return rows
    .map((row) => ({ row, loaded: loaded.get(Number(row[col("id")])) }))
    .filter(({ loaded: before }) => before)
    .map((e) => ({ ...e, columns: editedColumns(e.row, e.loaded) }))
    .filter((e) => e.columns.length);
}

/** Each button says why it cannot be used yet; Sync counts the edited rows. */
async function updateButtons() {
  const chosen = Boolean($("#review").value);
  const edited = state.inExcel ? (await editedRows()).length : 0; // reads the workbook afresh
  const loaded = chosen && state.inWorkbook?.reviewId === Number($("#review").value);
  allow($("#load"), chosen ? "" : "Choose a review first.");
  allow($("#sync"), edited ? "" : loaded ? "No edits to sync: change a row in the table first." : "Load the plan first.");
  allow($("#refresh"), loaded ? "" : "Load the plan first.");
  $("#sync").textContent = edited ? `Sync changes (${edited})` : "Sync changes";
  return edited;
}

async function onReview() {
  show($("#problems-box"), false);
  try {
    await fetchPlan();
  } finally {
    await updateButtons(); // a failed fetch still leaves the buttons' reasons true
  }
  if (state.inExcel) state.pane.status("Choose Load action plan to put it in this workbook.");
}

/** Load and Refresh: replace the table, after asking when that would lose unsynced edits. */
async function load() {
  const edited = state.inWorkbook?.reviewId ? await editedRows() : [];
  if (edited.length) {
    const ids = edited.map((e) => `A${e.row[col("id")]}`).join(", ");
    const choice = await ask({
      title: "Edits not yet synced",
      body: `${edited.length} row${edited.length === 1 ? " has" : "s have"} edits not yet synced (${ids}). Loading the plan again replaces the table with the service's copy, and those edits are lost.`,
      choices: [
        { label: "Sync them first", value: "sync", primary: true },
        { label: "Replace and lose them", value: "replace" },
      ],
    });
    if (!choice) return state.pane.status("Nothing was replaced: your edits are still in the table.");
    if (choice === "sync") return sync();
  }
  const plan = await fetchPlan();
  const rows = plan.actions.map((a) => toRow(a, plan));
  await excel.writePlan(globalThis.Excel, rows, lists(plan), Number($("#review").value), (done, total) =>
    state.pane.progress(`Writing rows: ${done} of ${total}`, done, total),
  );
  await watch();
  show($("#problems-box"), false);
  await updateButtons();
  state.pane.status(`Loaded ${rows.length} actions into the ActionPlan table.`, "success");
}

function lists(plan) {
  return {
    Scope: plan.scopes,
    "Lead agency": plan.agencies.map((a) => a.name),
    Status: plan.statuses.map((s) => s.label),
    Theme: plan.themes,
  };
}

/** Edits on the sheet recount the rows to sync (a moment after the last one). */
async function watch() {
  if (state.watching) return;
  await excel.watchSheet(globalThis.Excel, () => {
    clearTimeout(recount);
    recount = setTimeout(() => updateButtons().catch((error) => state.pane.alert(error.message)), 150);
  });
  state.watching = true;
}

async function sync() {
  const edited = await editedRows();
  const marks = new Map();
  const problems = [];
  let saved = 0;
  for (const [index, { row, loaded, columns }] of edited.entries()) {
    state.pane.progress(`Syncing row ${index + 1} of ${edited.length}`, index + 1, edited.length);
    const id = Number(row[col("id")]);
    try {
      const { data } = await state.pane.api.patch(`actions/${id}`, patchBody(row, loaded, state.plan), `"${row[col("version")]}"`);
      state.server.set(id, data);
      const synced = toRow(data, state.plan);
      marks.set(id, { version: data.version, note: synced[col("notes")], loaded: synced });
      saved += 1;
    } catch (error) {
      const problem = await describe(id, columns, error);
      marks.set(id, { note: problem, error: true });
      problems.push({ id, problem });
    }
  }
  await excel.markRows(globalThis.Excel, marks);
  renderPlan([...state.server.values()]);
  renderProblems(problems);
  await updateButtons();
  const parts = [`${saved} saved`];
  if (problems.length) parts.push(`${problems.length} not saved: see Rows not synced`);
  state.pane.status(`Sync finished: ${parts.join("; ")}.`, problems.length ? "warning" : "success");
  if (problems.length) $("#problems-title").focus();
}

/** Why a row was not saved, with the service's copy when someone else changed it. */
async function describe(id, columns, error) {
  if (error.status === 412) {
    const now = await state.pane.api.get(`actions/${id}`);
    const theirs = toRow(now, state.plan);
    const values = columns.map((title) => `${title}: ${String(theirs[TITLES.indexOf(title)]) ? `“${theirs[TITLES.indexOf(title)]}”` : "(empty)"}`).join("; ");
    return `Conflict: someone else saved version ${now.version} of this row after you loaded it. You changed ${columns.join(", ")}; the service now has ${values}. Nothing was overwritten: Refresh, then make your change again.`;
  }
  if (error.status === 401) throw error;
  return `Not saved: ${error.message.replaceAll("\n", "; ")}`;
}

function renderProblems(problems) {
  $("#problems").replaceChildren(
    ...problems.map(({ id, problem }) => {
      const go = button("Go to row", () => state.pane.guarded(() => excel.goToRow(globalThis.Excel, id)));
      go.setAttribute("aria-label", `Go to row A${id}`);
      return el("li", {}, el("p", { textContent: `A${id}: ${problem}` }), el("div", { className: "actions" }, go));
    }),
  );
  show($("#problems-box"), problems.length > 0);
}

function renderPlan(actions) {
  const overdue = actions.filter((a) => a.overdue).length;
  const done = actions.filter((a) => a.status === "complete").length;
  $("#counts").replaceChildren(
    ...[["Actions", actions.length], ["Overdue", overdue], ["Complete", done]].flatMap(([k, v]) => [el("dt", { textContent: k }), el("dd", { textContent: String(v) })]),
  );
  $("#actions").replaceChildren(...actions.map(card));
  show($("#plan"));
}

function card(action) {
  const rag = { red: "Overdue", amber: "At risk", green: action.status === "complete" ? "Complete" : "On track", grey: "Closed" }[action.rag];
  const item = el(
    "li",
    {},
    el("span", { className: `badge ${action.rag}`, textContent: rag }),
    el("p", { textContent: `A${action.id}: ${action.action}` }),
    el("p", { className: "hint", textContent: `${action.lead_agency || "No lead agency"} · due ${longDate(action.target_date) || "no date"}` }),
  );
  if (action.smart.length) {
    item.append(el("p", { className: "hint", textContent: `Not yet SMART: ${[...new Set(action.smart.map((f) => f.criterion))].join(", ")}` }));
  }
  return item;
}

nameDropdown($("#review"), "review-label");
$("#review").addEventListener("change", () => state.pane.guarded(onReview));
press($("#load"), () => state.pane.guarded(load));
press($("#refresh"), () => state.pane.guarded(load));
press($("#sync"), () => state.pane.guarded(sync));
press($("#firstrun-ok"), () => {
  localStorage.setItem("dhr.firstrun.plan", "seen");
  show($("#firstrun"), false);
  $("#work-title").focus();
});
startPane({ onSignedIn: chooseReview, firstHeading: "#work-title" });
