/**
 * Office.js calls for the action-plan workbook (ExcelApi; 1.8 for events and validation, checked
 * at run time). The plan lives in a table named ActionPlan on a sheet "Action plan", with hidden
 * Row id and Row version columns so rows are found by id, never by position (people sort).
 */

import { COLUMNS, TITLES, col } from "./plan.js";

export const SHEET = "Action plan";
export const TABLE = "ActionPlan";
/** Rows written per context.sync(): Excel on the web refuses requests over 5 MB. */
export const PAGE = 200;

const letter = (index) => String.fromCharCode(65 + index);
const LAST = letter(COLUMNS.length - 1);

/**
 * Writes the plan into the ActionPlan table, replacing what was there.
 * @param {object} Excel the Excel namespace (office.js, or a mock in tests)
 * @param {Array<Array>} rows values in COLUMNS order
 * @param {{scopes: string[], agencies: string[], statuses: string[], themes: string[]}} lists
 * @param {(done: number, total: number) => void} progress
 */
export async function writePlan(Excel, rows, lists, progress = () => {}) {
  await Excel.run(async (context) => {
    context.runtime.enableEvents = false; // our own writes are not edits to sync
    try {
      let sheet = context.workbook.worksheets.getItemOrNullObject(SHEET);
      await context.sync();
      if (sheet.isNullObject) sheet = context.workbook.worksheets.add(SHEET);
      const old = context.workbook.tables.getItemOrNullObject(TABLE);
      await context.sync();
      if (!old.isNullObject) old.delete();
      sheet.getRange(`A1:${LAST}1`).values = [TITLES];
      const table = context.workbook.tables.add(`'${SHEET}'!A1:${LAST}1`, true);
      table.name = TABLE;
      await context.sync();
      for (let start = 0; start < rows.length; start += PAGE) {
        const page = rows.slice(start, start + PAGE);
        table.rows.add(null, page);
        await context.sync();
        progress(Math.min(start + PAGE, rows.length), rows.length);
      }
      format(table, lists);
      sheet.activate();
      await context.sync();
    } finally {
      context.runtime.enableEvents = true;
      await context.sync();
    }
  });
}

function format(table, lists) {
  for (const column of COLUMNS) {
    const range = table.columns.getItem(column.title).getDataBodyRange();
    if (column.date) range.numberFormat = [["dd/mm/yyyy"]];
    if (column.hidden) range.columnHidden = true;
  }
  for (const [title, values] of [
    ["Scope", lists.scopes],
    ["Lead agency", lists.agencies],
    ["Status", lists.statuses],
    ["Theme", lists.themes],
  ]) {
    const range = table.columns.getItem(title).getDataBodyRange();
    range.dataValidation.clear();
    range.dataValidation.rule = { list: { inCellDropDown: true, source: values.join(",") } };
    range.dataValidation.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: "Not in the list",
      message: `Choose a ${title.toLowerCase()} from the list`,
    };
  }
  table.getHeaderRowRange().format.font.bold = true;
  table.getRange().format.autofitColumns();
}

/**
 * Every row of the table, as arrays in COLUMNS order.
 * @returns {Promise<Array<Array>>}
 */
export async function readRows(Excel) {
  return Excel.run(async (context) => {
    const body = context.workbook.tables.getItem(TABLE).getDataBodyRange();
    body.load("values");
    await context.sync();
    return body.values;
  });
}

/**
 * Calls `onChangedIds(ids)` with the row ids of every edit people make in the table.
 * @returns {Promise<void>}
 */
export async function trackChanges(Excel, onChangedIds) {
  await Excel.run(async (context) => {
    const table = context.workbook.tables.getItem(TABLE);
    table.onChanged.add(async (event) => {
      if (event.source && event.source !== "Local") return;
      const ids = await Excel.run(async (inner) => {
        const body = inner.workbook.tables.getItem(TABLE).getDataBodyRange();
        const changed = inner.workbook.worksheets.getItem(SHEET).getRange(event.address);
        const rows = body.getIntersectionOrNullObject(changed);
        rows.load("rowIndex,rowCount");
        body.load("rowIndex,values");
        await inner.sync();
        if (rows.isNullObject) return [];
        const first = rows.rowIndex - body.rowIndex;
        return body.values.slice(first, first + rows.rowCount).map((r) => r[col("id")]);
      });
      onChangedIds(ids.filter(Boolean));
    });
    await context.sync();
  });
}

/**
 * Writes each row's sync note (conflict, refusal or SMART findings) and, after a save, its new
 * version; finds rows by id.
 * @param {Map<number, {note?: string, version?: number}>} marks
 */
export async function markRows(Excel, marks) {
  await Excel.run(async (context) => {
    context.runtime.enableEvents = false;
    try {
      const body = context.workbook.tables.getItem(TABLE).getDataBodyRange();
      body.load("values");
      await context.sync();
      body.values.forEach((row, index) => {
        const mark = marks.get(Number(row[col("id")]));
        if (!mark) return;
        if (mark.note !== undefined) {
          const cell = body.getCell(index, col("notes"));
          cell.values = [[mark.note]];
          cell.format.fill.color = mark.error ? "#FDE7E9" : "#FFFFFF";
        }
        if (mark.version !== undefined) body.getCell(index, col("version")).values = [[mark.version]];
      });
      await context.sync();
    } finally {
      context.runtime.enableEvents = true;
      await context.sync();
    }
  });
}
