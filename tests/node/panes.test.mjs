// The task panes' modules under Node's test runner: the plan's row conversions and PATCH bodies,
// the API client's messages, sign-in, check findings, and the Excel calls against a hand fake.
import assert from "node:assert/strict";
import { test } from "node:test";

import { ApiError, createApi, problemMessage } from "../../addin/shared/api.js";
import { markRows, readPlan } from "../../addin/shared/excel.js";
import { changes, col, editedColumns, excelDate, isoDate, parseMilestones, patchBody, toRow } from "../../addin/shared/plan.js";

const PLAN = {
  statuses: [
    { key: "not_started", label: "Not started" },
    { key: "in_progress", label: "In progress" },
    { key: "complete", label: "Complete" },
    { key: "cannot_complete", label: "Cannot complete" },
  ],
  agencies: [
    { id: 1, name: "Demoshire Police" },
    { id: 2, name: "Demo District Council" },
  ],
};
const ACTION = {
  id: 7,
  version: 3,
  recommendation_label: "1. Train staff",
  scope: "local",
  action: "Run a course",
  success_measure: "95% trained",
  lead_agency_id: 1,
  lead_agency: "Demoshire Police",
  lead_officer: "Marion Kells",
  milestones: [{ on: "2027-03-31", text: "Course written" }],
  target_date: "2027-09-30",
  status: "in_progress",
  completion_date: null,
  outcome: "",
  closure_reason: "",
  theme: "training",
  smart: [],
};

test("dates go to Excel serials and back, day-first when typed", () => {
  assert.equal(excelDate("2027-09-30"), 46660);
  assert.equal(isoDate(46660), "2027-09-30");
  assert.equal(isoDate("30/09/2027"), "2027-09-30");
  assert.equal(isoDate(""), null);
  assert.throws(() => isoDate("31st of never"), /not a date/);
});

test("an unchanged row sends nothing; edited cells send only their fields", () => {
  const row = toRow(ACTION, PLAN);
  assert.equal(row[col("status")], "In progress");
  assert.equal(row[col("milestones")], "31/03/2027: Course written");
  assert.deepEqual(changes(row, ACTION, PLAN), {});
  row[col("status")] = "Complete";
  row[col("completion_date")] = excelDate("2026-11-20");
  row[col("outcome")] = "All trained";
  row[col("lead_agency")] = "Demo District Council";
  assert.deepEqual(changes(row, ACTION, PLAN), {
    lead_agency_id: 2,
    status: "complete",
    completion_date: "2026-11-20",
    outcome: "All trained",
  });
});

test("milestones typed on new lines or after '; ' both parse", () => {
  assert.deepEqual(parseMilestones("31/03/2027: Written\n30/06/2027: Run; audited"), [
    { on: "2027-03-31", text: "Written" },
    { on: "2027-06-30", text: "Run; audited" },
  ]);
  assert.throws(() => parseMilestones("soon"), /not a milestone/);
});

test("a bad status or agency is refused before anything is sent", () => {
  const row = toRow(ACTION, PLAN);
  row[col("status")] = "Finished-ish";
  assert.throws(() => changes(row, ACTION, PLAN), /Status is one of/);
  row[col("status")] = "Complete";
  row[col("lead_agency")] = "Ministry of Magic";
  assert.throws(() => changes(row, ACTION, PLAN), /not an agency/);
});

test("problem+json becomes a message naming each field and cell", () => {
  const message = problemMessage(
    {
      detail: "One or more fields break a rule",
      errors: [
        { field: "completion_date", message: "Required (V15)" },
        { sheet: "Action plan", cell: "J4", field: "target_date", message: "not a date" },
      ],
    },
    422,
  );
  assert.equal(message, "One or more fields break a rule\nCompletion date: Required (V15)\nAction plan J4: not a date");
  assert.match(problemMessage(null, 0), /cannot be reached/);
});

test("the API client sends the bearer and If-Match, and turns failures into ApiError", async () => {
  const calls = [];
  const fetchImpl = async (url, init) => {
    calls.push({ url, init });
    if (init.method === "PATCH") {
      return new Response(JSON.stringify({ title: "Edited version is not current", detail: "Action A7 was changed" }), {
        status: 412,
        headers: { "Content-Type": "application/problem+json" },
      });
    }
    return new Response(JSON.stringify([{ id: 1 }]), { headers: { "Content-Type": "application/json" } });
  };
  const api = createApi({ token: () => "t0k", fetchImpl });
  assert.deepEqual(await api.get("reviews"), [{ id: 1 }]);
  assert.equal(calls[0].init.headers.Authorization, "Bearer t0k");
  await assert.rejects(api.patch("actions/7", { status: "complete" }, '"3"'), (error) => {
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 412);
    assert.equal(error.message, "Action A7 was changed");
    return true;
  });
  assert.equal(calls[1].init.headers["If-Match"], '"3"');
  const offline = createApi({ token: () => null, fetchImpl: async () => { throw new TypeError("fetch failed"); } });
  await assert.rejects(offline.get("reviews"), /cannot be reached/);
});

/** A hand-made workbook (office-addin-mock wants every isNullObject loaded; Office does not). */
function workbook(values, loaded = values) {
  const cells = [];
  const notes = [];
  const body = {
    values,
    load() {},
    getCell(row, column) {
      const cell = { row, column, values: null, format: { fill: { color: null } } };
      cells.push(cell);
      return cell;
    },
  };
  const used = { isNullObject: false, values: loaded.map((r) => [JSON.stringify(r)]), load() {} };
  const lists = {
    isNullObject: false,
    getRange(address) {
      if (address === "F:F") return { getUsedRangeOrNullObject: () => used };
      const cell = { address, values: null };
      notes.push(cell);
      return cell;
    },
  };
  const table = { isNullObject: false, getDataBodyRange: () => body };
  const context = {
    runtime: { enableEvents: true },
    sync: async () => {},
    workbook: {
      settings: { getItemOrNullObject: () => ({ isNullObject: false, value: "1", load() {} }) },
      tables: { getItem: () => table, getItemOrNullObject: () => table },
      worksheets: { getItem: () => lists, getItemOrNullObject: () => lists },
    },
  };
  return { mock: { context, run: async (callback) => callback(context) }, cells, notes };
}

test("readPlan gives the review, the rows and each row as loaded, by id", async () => {
  const rows = [toRow(ACTION, PLAN)];
  const { mock } = workbook(rows);
  const plan = await readPlan(mock);
  assert.equal(plan.reviewId, 1);
  assert.deepEqual(plan.rows, rows);
  assert.deepEqual(plan.loaded.get(7), rows[0]);
});

test("markRows finds rows by id, writes the note, the new version and the new loaded copy", async () => {
  const other = { ...ACTION, id: 8 };
  const rows = [toRow(other, PLAN), toRow(ACTION, PLAN)];
  const { mock, cells, notes } = workbook(rows);
  const synced = toRow({ ...ACTION, version: 4 }, PLAN);
  await markRows(mock, new Map([[7, { version: 4, note: "time-bound: Give a target date", loaded: synced }]]));
  const byColumn = Object.fromEntries(cells.map((c) => [c.column, c]));
  assert.equal(byColumn[col("notes")].row, 1);
  assert.deepEqual(byColumn[col("notes")].values, [["time-bound: Give a target date"]]);
  assert.deepEqual(byColumn[col("version")].values, [[4]]);
  assert.deepEqual(notes, [{ address: "F2", values: [[JSON.stringify(synced)]] }]);
  assert.equal(mock.context.runtime.enableEvents, true);
});

test("an edit is what differs from the row as loaded; the PATCH sends only those fields", () => {
  const loaded = toRow(ACTION, PLAN);
  const row = loaded.slice();
  assert.deepEqual(editedColumns(row, loaded), []);
  row[col("target_date")] = "30/09/2027"; // the same day, typed: not an edit
  row[col("notes")] = "Sync note written by the pane"; // read-only: not an edit
  assert.deepEqual(editedColumns(row, loaded), []);
  row[col("outcome")] = "Course booked";
  row[col("lead_officer")] = "Sam Okafor";
  assert.deepEqual(editedColumns(row, loaded), ["Lead officer", "Outcome"]);
  // Someone else's change on the server is not sent back: only the person's own edits are.
  assert.deepEqual(patchBody(row, loaded, PLAN), { lead_officer: "Sam Okafor", outcome: "Course booked" });
});

test("Office's single sign-on gives the token, or a message a person understands", async () => {
  const { officeToken } = await import("../../addin/shared/auth.js");
  const runtime = (result) => ({ auth: { getAccessToken: async (options) => {
    assert.equal(options.allowSignInPrompt, true);
    if (typeof result === "number") throw { code: result };
    return result;
  } } });
  assert.equal(await officeToken(runtime("eyJ.token")), "eyJ.token");
  await assert.rejects(officeToken(runtime(13001)), /not signed in to Office/);
  await assert.rejects(officeToken(runtime(13012)), /Edit in Teams/);
  await assert.rejects(officeToken(undefined), /inside Word or Excel/);
  // Each code says what helps next: Office again, or the sign-in dialog.
  const next = async (code) => officeToken(runtime(code)).catch((error) => error.next);
  assert.deepEqual(await Promise.all([13002, 13003, 13006, 13012, 99999].map(next)), ["retry", "dialog", "retry", "dialog", "dialog"]);
});

test("a claims challenge is answered once with a new token, then the call is sent again", async () => {
  const seen = [];
  const fetchImpl = async (_url, init) => {
    seen.push(init.headers.Authorization);
    if (seen.length === 1) {
      return new Response(JSON.stringify({ detail: "More sign-in needed", claims: '{"mfa":1}' }), {
        status: 403,
        headers: { "Content-Type": "application/problem+json" },
      });
    }
    return new Response("[]", { headers: { "Content-Type": "application/json" } });
  };
  const asked = [];
  const api = createApi({ token: () => "first", onClaims: async (claims) => (asked.push(claims), "second"), fetchImpl });
  assert.deepEqual(await api.get("reviews"), []);
  assert.deepEqual(seen, ["Bearer first", "Bearer second"]);
  assert.deepEqual(asked, ['{"mfa":1}']);
});

test("nested app authentication asks silently first, then with Office's prompt", async () => {
  const { nestedAppToken } = await import("../../addin/shared/auth.js");
  class InteractionRequiredAuthError extends Error {}
  const asked = [];
  const msal = {
    InteractionRequiredAuthError,
    createNestablePublicClientApplication: async (config) => {
      asked.push(["create", config.auth.clientId, config.auth.authority]);
      return {
        acquireTokenSilent: async (request) => {
          asked.push(["silent", request.scopes]);
          throw new InteractionRequiredAuthError("consent");
        },
        acquireTokenPopup: async (request) => (asked.push(["popup", request.scopes]), { accessToken: "naa-token" }),
      };
    },
  };
  const config = { client_id: "c1", authority: "https://login.example/t1", scope: "api://h/c1/access_as_user" };
  assert.equal(await nestedAppToken(config, msal), "naa-token");
  assert.deepEqual(asked, [
    ["create", "c1", "https://login.example/t1"],
    ["silent", ["api://h/c1/access_as_user"]],
    ["popup", ["api://h/c1/access_as_user"]],
  ]);
});

test("findings are said once each, under the heading where they occur, parts in words", async () => {
  const { groupFindings, partName } = await import("../../addin/shared/findings.js");
  const paragraphs = [
    { text: "1. Introduction", style: "Heading1" },
    { text: "Jordan Fernleigh was known to the council.", style: "Normal" },
    { text: "2. Chronology", style: "Heading1" },
    { text: "On 3 March 2023 Jordan Fernleigh called.", style: "Normal" },
  ];
  const hit = { term: "Jordan Fernleigh", kind: "real_name", who: "Adult A", part: "word/document.xml" };
  const groups = groupFindings([hit, hit, { ...hit, part: "word/header1.xml" }, { rule: "V12", severity: "block", message: "No summary", section: "Summary" }], paragraphs);
  assert.deepEqual(groups.map((g) => g.heading), ["1. Introduction", "Summary"]);
  const [item] = groups[0].items;
  assert.equal(item.count, 3);
  assert.equal(item.text, "“Jordan Fernleigh” (real name: use Adult A)");
  assert.deepEqual([...item.where], ["the body", "a header"]);
  assert.equal(partName("docProps/core.xml"), "the document's properties");
});

test("a reader without the register is told what and where, and Show finds the text as written", async () => {
  const { groupFindings, findingTarget } = await import("../../addin/shared/findings.js");
  // As the service answers someone who may not read the subject register: no term, no who.
  const hidden = { kind: "name", text: "Fern\u200dleigh", message: "A name on the review's register", part: "word/document.xml" };
  const [group] = groupFindings([hidden], [{ text: "Fern\u200dleigh was seen.", style: "Normal" }]);
  assert.equal(group.items[0].text, "A name on the review's register: “Fern\u200dleigh”");
  assert.doesNotMatch(group.items[0].text, /undefined/);
  assert.equal(findingTarget({ ...hidden, term: "Fernleigh" }), "Fern\u200dleigh");
});

test("the check's findings for this document are flattened from their location and grouped by section", async () => {
  const { groupFindings, reportFindings } = await import("../../addin/shared/findings.js");
  const answer = [
    { severity: "block", rule: "V11", message: "Empty section", location: { document: "overview_report", version: "0.3", section: "9. Equality and diversity" } },
    { severity: "block", rule: "V12", message: "Pseudonyms differ", location: { document: "executive_summary", version: "0.2", section: "2. Summary" } },
    { severity: "block", rule: "V16", kind: "name", text: "Fernleigh", message: "A name on the review's register", location: { document: "overview_report", version: "0.3", part: "word/document.xml" } },
  ];
  const mine = reportFindings(answer, "overview_report");
  assert.deepEqual(mine.map((f) => f.rule), ["V11", "V16"]);
  assert.equal(mine[0].section, "9. Equality and diversity");
  const groups = groupFindings(mine, []);
  assert.deepEqual(groups.map((g) => g.heading), ["9. Equality and diversity", "Elsewhere in the document"]);
});
