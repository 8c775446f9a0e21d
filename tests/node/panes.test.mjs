// The task panes' modules under Node's test runner: the plan's row conversions and PATCH bodies,
// the API client's messages, and the Excel calls against office-addin-mock.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createRequire } from "node:module";

import { ApiError, createApi, problemMessage } from "../../addin/shared/api.js";
import { markRows, readRows } from "../../addin/shared/excel.js";
import { changes, col, excelDate, isoDate, parseMilestones, toRow } from "../../addin/shared/plan.js";

const { OfficeMockObject } = createRequire(import.meta.url)("office-addin-mock");

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

function workbook(values) {
  const cells = [];
  const mock = new OfficeMockObject({
    context: {
      runtime: { enableEvents: true },
      workbook: {
        tables: {
          table: {
            body: {
              values,
              getCell(row, column) {
                const cell = { row, column, values: null, format: { fill: { color: null } } };
                cells.push(cell);
                return cell;
              },
            },
            getDataBodyRange: function () {
              return this.body;
            },
          },
          getItem: function () {
            return this.table;
          },
        },
      },
    },
    run: async function (callback) {
      return callback(this.context);
    },
  });
  return { mock, cells };
}

test("readRows loads the table body's values", async () => {
  const rows = [toRow(ACTION, PLAN)];
  const { mock } = workbook(rows);
  assert.deepEqual(await readRows(mock), rows);
});

test("markRows finds rows by id, writes the note and the new version, events off meanwhile", async () => {
  const other = { ...ACTION, id: 8 };
  const { mock, cells } = workbook([toRow(other, PLAN), toRow(ACTION, PLAN)]);
  await markRows(mock, new Map([[7, { version: 4, note: "time-bound: Give a target date" }]]));
  const byColumn = Object.fromEntries(cells.map((c) => [c.column, c]));
  assert.equal(byColumn[col("notes")].row, 1);
  assert.deepEqual(byColumn[col("notes")].values, [["time-bound: Give a target date"]]);
  assert.deepEqual(byColumn[col("version")].values, [[4]]);
  assert.equal(mock.context.runtime.enableEvents, true);
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
