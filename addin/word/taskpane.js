/**
 * The Word task pane: from "which review and document" to "submitted for QA". Start from the
 * template, follow the template's sections, save versions (sliced upload), read the history,
 * check for names that must not be published, submit, and for a senior manager approve or return.
 * Outside Word the same page follows the review with the Word-only buttons hidden.
 */

import { createApi } from "../shared/api.js";
import { authMode, devSignIn, officeToken, savedSession, signOut } from "../shared/auth.js";
import { officeHost, supports } from "../shared/office.js";
import { checklist, toBase64 } from "../shared/sections.js";
import { $, fillSelect, longDate, say, show } from "../shared/ui.js";
import * as word from "../shared/word.js";

const state = { session: savedSession(), inWord: false, imr: null, doc: null, documents: [] };
const REPORTS = ["overview_report", "executive_summary"];
const api = createApi({
  token: () => (state.session?.sso ? officeToken() : state.session?.token),
  onClaims: (claims) => officeToken(globalThis.OfficeRuntime, claims),
});
const status = (text, kind = "info") => say($("#status"), text, kind);
const failure = (error) => say($("#error"), error ? error.message : "", "error");
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

async function start() {
  state.inWord = (await officeHost()) === "Word";
  document.querySelectorAll(".office-only").forEach((node) => show(node, state.inWord));
  show($("#outside"), !state.inWord);
  if (state.inWord && !supports("WordApi", "1.3")) {
    failure(new Error("This version of Word is too old for the DHR pane (WordApi 1.3 needed)."));
  }
  $("#signin-form").addEventListener("submit", onSignIn);
  $("#review").addEventListener("change", () => guarded(onReview));
  $("#document").addEventListener("change", () => guarded(onDocument));
  for (const [id, work] of Object.entries({ start: startFromTemplate, save, check, submit, approve, return: giveBack })) {
    $(`#${id}`).addEventListener("click", () => guarded(work));
  }
  if ((await authMode()) === "entra") {
    await guarded(async () => {
      await officeToken();
      state.session = { sso: true, email: "your organisation account" };
      await signedIn();
    });
    return;
  }
  if (state.session) await guarded(signedIn);
  else show($("#signin"));
}

async function guarded(work) {
  failure(null);
  const buttons = [...document.querySelectorAll("main button")];
  buttons.forEach((b) => (b.disabled = true));
  try {
    await work();
  } catch (error) {
    failure(error);
    if (error.status === 401) {
      signOut();
      show($("#signin"));
    }
  } finally {
    buttons.forEach((b) => (b.disabled = false));
    show($("#progress-box"), false);
  }
}

function progress(label, done, total) {
  show($("#progress-box"));
  $("#progress-label").textContent = label;
  $("#progress").max = total;
  $("#progress").value = done;
}

async function onSignIn(event) {
  event.preventDefault();
  await guarded(async () => {
    state.session = await devSignIn($("#email").value.trim());
    await signedIn();
  });
}

async function signedIn() {
  show($("#signin"), false);
  if (state.session.sso) {
    $("#who").replaceChildren("Signed in with your organisation's account");
  } else {
    const out = el("button", { type: "button", className: "link", textContent: "Sign out" });
    out.addEventListener("click", () => {
      signOut();
      location.reload();
    });
    $("#who").replaceChildren(`Signed in as ${state.session.email} · `, out);
  }
  show($("#who"));
  const [reviews, imrs] = await Promise.all([api.get("reviews"), api.get("imrs")]);
  const known = new Map(reviews.map((r) => [r.id, `${r.reference} (${r.state.replaceAll("_", " ")})`]));
  for (const imr of imrs) if (!known.has(imr.review.id)) known.set(imr.review.id, imr.review.reference);
  fillSelect($("#review"), [...known].map(([value, label]) => ({ value, label })), "Choose a review");
  show($("#work"));
  if (!known.size) status("You have no review or IMR to work on yet.");
}

async function onReview() {
  const id = $("#review").value;
  state.imr = state.doc = null;
  ["#write", "#qa", "#history-box", "#findings-box", "#checklist-box", "#document-facts"].forEach((s) => show($(s), false));
  const review = await api.get(`reviews/${id}`).catch((error) => (error.status === 404 ? null : Promise.reject(error)));
  renderReviewFacts(review);
  const imrs = await api.get(`reviews/${id}/imrs`).catch(() => []);
  const documents = await api.get(`reviews/${id}/documents`).catch(() => []);
  state.documents = documents;
  const options = [
    ...imrs.map((i) => ({ value: `imr:${i.id}`, label: `${i.agency.name} IMR (${i.state.replaceAll("_", " ")})` })),
    ...documents.filter((d) => d.kind !== "imr").map((d) => ({ value: `doc:${d.id}`, label: `${d.title} (v${d.current_version.label})` })),
  ];
  fillSelect($("#document"), options, options.length ? "Choose a document" : "No document you may work on");
  $("#document").disabled = !options.length;
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

async function onDocument() {
  const [kind, id] = $("#document").value.split(":");
  state.imr = kind === "imr" ? await api.get(`imrs/${id}`) : null;
  const docId = kind === "doc" ? id : state.imr.document?.id;
  state.doc = docId ? await api.get(`documents/${docId}`) : null;
  render();
  await refreshDetails();
}

function render() {
  const { imr, doc } = state;
  const rows = [];
  if (imr) rows.push(["IMR", imr.state.replaceAll("_", " ")], ["Due", `${longDate(imr.due_on)}${imr.overdue ? " (overdue)" : ""}`]);
  rows.push(["Current version", doc ? doc.current_version.label : "not started"]);
  facts($("#document-facts"), rows);
  const option = $("#document").selectedOptions[0];
  if (imr && option) option.textContent = `${imr.agency.name} IMR (${imr.state.replaceAll("_", " ")})`;
  const allowed = new Set(imr ? imr.allowed_actions || [] : ["edit"]);
  show($("#write"), allowed.has("edit") || Boolean(doc));
  $("#start").textContent = doc ? "Open current version" : "Start from template";
  show($("#start"), state.inWord && (allowed.has("edit") || Boolean(doc)));
  show($("#save"), state.inWord && Boolean(doc) && allowed.has("edit"));
  show($("#comment"), state.inWord && Boolean(doc) && allowed.has("edit"));
  show($('label[for="comment"]'), state.inWord && Boolean(doc) && allowed.has("edit"));
  show($("#check"), Boolean(doc));
  show($("#submit"), allowed.has("submit") && Boolean(doc));
  show($("#approve-box"), allowed.has("qa_approve"));
  show($("#return-box"), allowed.has("qa_return"));
  show($("#qa"), ["submit", "qa_approve", "qa_return"].some((a) => allowed.has(a)));
}

async function refreshDetails() {
  if (state.doc) {
    const versions = await api.get(`documents/${state.doc.id}/versions`);
    $("#history").replaceChildren(...versions.map(versionCard));
    show($("#history-box"));
  }
  if (state.inWord && state.doc) {
    const items = checklist(await word.readParagraphs(window.Word));
    const done = items.filter((i) => i.done).length;
    $("#checklist-summary").textContent = `${done} of ${items.length} sections written`;
    $("#checklist").replaceChildren(
      ...items.map((i) => el("li", { textContent: `${i.done ? "✓ Written" : "○ To write"}: ${i.title}` })),
    );
    show($("#checklist-box"), items.length > 0);
  }
}

function versionCard(version) {
  const item = el(
    "li",
    {},
    el("p", { textContent: `Version ${version.label} · ${longDate(version.created.slice(0, 10))} · ${version.author.name}` }),
  );
  if (version.comment) item.append(el("p", { className: "hint", textContent: version.comment }));
  if (state.inWord) {
    const open = el("button", { type: "button", textContent: `Open version ${version.label}` });
    open.addEventListener("click", () =>
      guarded(async () => {
        await word.openCopy(window.Word, await contentBase64(version.label));
        status(`Version ${version.label} opened as a new document.`, "success");
      }),
    );
    item.append(el("div", { className: "actions" }, open));
  }
  return item;
}

async function contentBase64(label) {
  const bytes = await api.get(`documents/${state.doc.id}/versions/${label}/content`);
  return toBase64(new Uint8Array(bytes));
}

async function startFromTemplate() {
  if (!state.doc && state.imr) {
    progress("Filling the template", 0, 1);
    await api.post(`imrs/${state.imr.id}/document`, {});
    await onDocument();
  }
  await word.insertDocument(window.Word, await contentBase64(state.doc.current_version.label));
  await refreshDetails();
  status(`Version ${state.doc.current_version.label} is in the document. Write, then Save version.`, "success");
}

async function save() {
  const slices = await word.readFileSlices(window.Office, (done, total) => progress(`Reading the document: slice ${done} of ${total}`, done, total));
  const size = slices.reduce((n, s) => n + s.length, 0);
  const whole = new Uint8Array(size);
  slices.reduce((at, s) => (whole.set(s, at), at + s.length), 0);
  const digest = await crypto.subtle.digest("SHA-256", whole);
  const sha256 = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
  const upload = await api.post("uploads", { filename: state.doc.filename, size, sha256, chunks: slices.length });
  for (const [index, slice] of slices.entries()) {
    progress(`Sending slice ${index + 1} of ${slices.length}`, index, slices.length);
    await api.call("PUT", `uploads/${upload.upload_id}/chunks/${index}`, {
      body: slice,
      headers: { "Content-Type": "application/octet-stream" },
    });
  }
  const form = new FormData();
  form.append("upload_id", upload.upload_id);
  form.append("comment", $("#comment").value.trim());
  const { data } = await api.call("POST", `documents/${state.doc.id}/versions`, {
    body: form,
    headers: { "If-Match": state.doc.etag },
  });
  state.doc = data;
  $("#comment").value = "";
  render();
  await refreshDetails();
  status(`Saved as version ${data.current_version.label}.`, "success");
}

async function check() {
  const label = state.doc.current_version.label;
  const scan = await api.post(`documents/${state.doc.id}/versions/${label}/anonymity-scan`, {});
  const report = REPORTS.includes(state.doc.kind) ? await presubmission() : [];
  const findings = [...report, ...scan.hits, ...scan.warnings];
  $("#findings").replaceChildren(...findings.map(findingCard));
  show($("#findings-box"), findings.length > 0);
  const blocking = report.filter((f) => f.severity === "block").length;
  const parts = [`${scan.hits.length} real names or sensitive terms`, `${scan.warnings.length} details to look at`];
  if (REPORTS.includes(state.doc.kind)) parts.unshift(`${blocking} pre-submission findings that block`);
  const bad = scan.hits.length + blocking;
  status(`Version ${label}: ${parts.join(", ")}.`, bad ? "error" : findings.length ? "info" : "success");
}

/** The pre-submission check (V10–V16) of the overview and summary's current versions. */
async function presubmission() {
  const current = (kind) => state.documents.find((d) => d.kind === kind);
  const overview = current("overview_report");
  const summary = current("executive_summary");
  if (!overview || !summary) {
    throw new Error("The pre-submission check needs both the overview report and the executive summary.");
  }
  const result = await api.post(`reviews/${$("#review").value}/checks`, {
    overview_document_id: overview.id,
    overview_version: overview.id === state.doc.id ? state.doc.current_version.label : overview.current_version.label,
    executive_summary_document_id: summary.id,
    executive_summary_version: summary.id === state.doc.id ? state.doc.current_version.label : summary.current_version.label,
  });
  return result.findings.filter((f) => f.document === state.doc.kind);
}

function findingCard(finding) {
  const what = finding.rule
    ? `${finding.rule} (${finding.severity === "block" ? "must fix" : "check"}): ${finding.message}`
    : finding.term
      ? `“${finding.term}” (${finding.kind}${finding.who ? `, use ${finding.who}` : ""})`
      : finding.message || finding.kind;
  const where = finding.rule ? finding.section || "" : `${finding.part}: …${finding.context || ""}…`;
  const item = el("li", {}, el("p", { textContent: what }));
  if (where) item.append(el("p", { className: "hint", textContent: where }));
  const target = finding.term || finding.text || finding.section;
  if (state.inWord && target) {
    const go = el("button", { type: "button", textContent: "Show in document" });
    go.addEventListener("click", () =>
      guarded(async () => {
        const count = await word.findText(window.Word, target);
        status(count ? `Found ${count} times; the first is selected.` : "Not in the document as it stands now.");
      }),
    );
    item.append(el("div", { className: "actions" }, go));
  }
  return item;
}

async function submit() {
  const label = state.doc.current_version.label;
  state.imr = await api.post(`imrs/${state.imr.id}/submissions`, { version: label });
  render();
  status(`Version ${label} submitted for quality assurance.`, "success");
}

async function approve() {
  state.imr = await api.post(`imrs/${state.imr.id}/qa-decision`, {
    decision: "approve",
    version: state.imr.submitted_version?.label,
    agency_accepts_recommendations: $("#accepts").checked,
    qa_checks: Object.fromEntries([...document.querySelectorAll('input[name="qa"]')].map((box) => [box.value, box.checked])),
  });
  render();
  status("Approved: the IMR counts as received.", "success");
}

async function giveBack() {
  const comments = $("#qa-comments").value.trim();
  if (!comments) throw new Error("Write your comments for the author before returning the IMR.");
  state.imr = await api.post(`imrs/${state.imr.id}/qa-decision`, { decision: "return", comments });
  render();
  status("Returned to the author with your comments.", "success");
}

start();
