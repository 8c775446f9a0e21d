/**
 * The Excel task pane: pick a review, load its action plan into the ActionPlan table, track
 * edits, sync changed rows back (PATCH with If-Match) and show conflicts and SMART findings next
 * to the rows. Outside Excel the same page lists the plan read-only.
 */

import { createApi } from "../shared/api.js";
import { authMode, devSignIn, officeToken, savedSession, signOut } from "../shared/auth.js";
import * as excel from "../shared/excel.js";
import { officeHost, supports } from "../shared/office.js";
import { changes, col, toRow } from "../shared/plan.js";
import { $, fillSelect, longDate, say, show } from "../shared/ui.js";

const state = { session: savedSession(), host: null, plan: null, server: new Map(), dirty: new Set() };
const api = createApi({
  token: () => (state.session?.sso ? officeToken() : state.session?.token),
  onClaims: (claims) => officeToken(globalThis.OfficeRuntime, claims),
});
const status = (text, kind = "info") => say($("#status"), text, kind);
const failure = (error) => say($("#error"), error ? error.message : "", "error");

async function start() {
  state.host = await officeHost();
  show($("#excel-actions"), state.host === "Excel");
  show($("#outside"), state.host !== "Excel");
  if (state.host === "Excel" && !supports("ExcelApi", "1.8")) {
    failure(new Error("This version of Excel is too old for the action plan (ExcelApi 1.8 needed)."));
  }
  $("#signin-form").addEventListener("submit", onSignIn);
  $("#review").addEventListener("change", onReview);
  $("#load").addEventListener("click", () => guarded(load));
  $("#sync").addEventListener("click", () => guarded(sync));
  $("#refresh").addEventListener("click", () => guarded(load));
  if ((await authMode()) === "entra") {
    try {
      await officeToken();
      state.session = { sso: true, email: "your organisation account" };
      await signedIn();
    } catch (error) {
      failure(error);
    }
    return;
  }
  if (state.session) await signedIn();
  else show($("#signin"));
}

async function guarded(work) {
  failure(null);
  for (const id of ["#load", "#sync", "#refresh"]) $(id).disabled = true;
  try {
    await work();
  } catch (error) {
    failure(error);
  } finally {
    $("#load").disabled = !$("#review").value;
    $("#refresh").disabled = !state.plan;
    updateSync();
  }
}

async function onSignIn(event) {
  event.preventDefault();
  failure(null);
  try {
    state.session = await devSignIn($("#email").value.trim());
    await signedIn();
  } catch (error) {
    failure(error);
  }
}

async function signedIn() {
  show($("#signin"), false);
  if (state.session.sso) {
    $("#who").replaceChildren("Signed in with your organisation's account");
  } else {
    const out = Object.assign(document.createElement("button"), { type: "button", className: "link", textContent: "Sign out" });
    out.addEventListener("click", () => {
      signOut();
      location.reload();
    });
    $("#who").replaceChildren(`Signed in as ${state.session.email} · `, out);
  }
  show($("#who"));
  try {
    const reviews = await api.get("reviews");
    fillSelect($("#review"), reviews.map((r) => ({ value: r.id, label: `${r.reference} (${r.state.replaceAll("_", " ")})` })), "Choose a review");
    show($("#work"));
    if (!reviews.length) status("You are not on any review yet.");
  } catch (error) {
    if (error.status === 401) {
      signOut();
      state.session = null;
      show($("#signin"));
    }
    failure(error);
  }
}

async function onReview() {
  state.plan = null;
  state.dirty.clear();
  $("#load").disabled = false;
  await guarded(async () => {
    await fetchPlan();
    status(state.host === "Excel" ? "Choose Load action plan to put it in this workbook." : "");
  });
}

async function fetchPlan() {
  const plan = await api.get(`reviews/${$("#review").value}/action-plan?format=json`);
  state.plan = plan;
  state.server = new Map(plan.actions.map((a) => [a.id, a]));
  renderPlan(plan);
  return plan;
}

function lists(plan) {
  return {
    scopes: plan.scopes,
    agencies: plan.agencies.map((a) => a.name),
    statuses: plan.statuses.map((s) => s.label),
    themes: plan.themes,
  };
}

async function load() {
  const plan = await fetchPlan();
  const rows = plan.actions.map((a) => toRow(a, plan));
  show($("#progress-box"));
  await excel.writePlan(window.Excel, rows, lists(plan), (done, total) => {
    $("#progress").max = total;
    $("#progress").value = done;
    $("#progress-label").textContent = `Writing rows: ${done} of ${total}`;
  });
  show($("#progress-box"), false);
  state.dirty.clear();
  if (!state.tracking) {
    await excel.trackChanges(window.Excel, (ids) => {
      ids.forEach((id) => state.dirty.add(Number(id)));
      updateSync();
    });
    state.tracking = true;
  }
  status(`Loaded ${rows.length} actions into the ActionPlan table.`, "success");
}

function updateSync() {
  const count = state.dirty.size;
  $("#sync").disabled = count === 0;
  $("#sync").textContent = count ? `Sync changes (${count})` : "Sync changes";
}

async function sync() {
  const rows = await excel.readRows(window.Excel);
  const marks = new Map();
  const counts = { saved: 0, conflicts: 0, refused: 0 };
  for (const row of rows) {
    const id = Number(row[col("id")]);
    if (!state.dirty.has(id)) continue;
    await syncRow(id, row, marks, counts);
  }
  await excel.markRows(window.Excel, marks);
  renderPlan({ ...state.plan, actions: [...state.server.values()] });
  const parts = [`${counts.saved} saved`];
  if (counts.conflicts) parts.push(`${counts.conflicts} changed by someone else: Refresh to see them`);
  if (counts.refused) parts.push(`${counts.refused} not saved: see Sync notes`);
  status(`Sync finished: ${parts.join("; ")}.`, counts.conflicts || counts.refused ? "error" : "success");
}

async function syncRow(id, row, marks, counts) {
  let body;
  try {
    body = changes(row, state.server.get(id), state.plan);
  } catch (error) {
    marks.set(id, { note: error.message, error: true });
    counts.refused += 1;
    return;
  }
  if (!Object.keys(body).length) {
    state.dirty.delete(id);
    return;
  }
  try {
    const { data } = await api.patch(`actions/${id}`, body, `"${row[col("version")]}"`);
    state.server.set(id, data);
    state.dirty.delete(id);
    counts.saved += 1;
    const findings = data.smart.map((f) => `${f.criterion}: ${f.message}`).join("; ");
    marks.set(id, { version: data.version, note: findings });
  } catch (error) {
    if (error.status === 412) {
      counts.conflicts += 1;
      marks.set(id, { note: "Conflict: changed by someone else since you loaded the plan. Refresh, then make your change again.", error: true });
    } else {
      counts.refused += 1;
      marks.set(id, { note: error.message.replaceAll("\n", "; "), error: true });
    }
  }
}

function renderPlan(plan) {
  const actions = plan.actions;
  const overdue = actions.filter((a) => a.overdue).length;
  const done = actions.filter((a) => a.status === "complete").length;
  $("#counts").replaceChildren(
    ...[["Actions", actions.length], ["Overdue", overdue], ["Complete", done]].flatMap(([k, v]) => [
      Object.assign(document.createElement("dt"), { textContent: k }),
      Object.assign(document.createElement("dd"), { textContent: String(v) }),
    ]),
  );
  $("#actions").replaceChildren(...actions.map(card));
  show($("#plan"));
}

function card(action) {
  const item = document.createElement("li");
  const badge = Object.assign(document.createElement("span"), {
    className: `badge ${action.rag}`,
    textContent: { red: "Overdue", amber: "At risk", green: action.status === "complete" ? "Complete" : "On track", grey: "Closed" }[action.rag],
  });
  const title = Object.assign(document.createElement("p"), { textContent: action.action });
  const meta = Object.assign(document.createElement("p"), {
    className: "hint",
    textContent: `${action.lead_agency || "No lead agency"} · due ${longDate(action.target_date) || "no date"}`,
  });
  item.append(badge, title, meta);
  if (action.smart.length) {
    item.append(Object.assign(document.createElement("p"), { className: "hint", textContent: `Not yet SMART: ${[...new Set(action.smart.map((f) => f.criterion))].join(", ")}` }));
  }
  return item;
}

start();
