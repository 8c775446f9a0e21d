// @ts-check
/**
 * Office.js calls for the action-plan workbook (ExcelApi 1.8, checked at run time). The plan lives
 * in a table named ActionPlan on a sheet "Action plan", with hidden Row id and Row version columns
 * so rows are found by id, never by position (people sort). A hidden sheet "DHR lists" holds the
 * dropdowns' lists (one value a cell, so commas and the 255-character limit of a typed list do
 * not matter), each row as it was loaded (so edits are found by comparing, whenever they were
 * made) and, in the workbook's settings, which review the plan belongs to.
 */

import { COLUMNS, TITLES, col } from "./plan.js";

export const SHEET = "Action plan";
export const TABLE = "ActionPlan";
export const LISTS = "DHR lists";
const REVIEW_SETTING = "dhr.review";
/** Rows written per context.sync(): Excel on the web refuses requests over 5 MB. */
export const PAGE = 200;
/** The lists sheet's columns: the four dropdowns, then each loaded row (id, then its values). */
const LIST_COLUMNS = ["Scope", "Lead agency", "Status", "Theme"];

const letter = (index) => String.fromCharCode(65 + index);
const LAST = letter(COLUMNS.length - 1);

/**
 * Writes the plan into the ActionPlan table, replacing what was there.
 * @param {any} Excel the Excel namespace (office.js, or a mock in tests)
 * @param {Array<Array>} rows values in COLUMNS order
 * @param {Record<string, string[]>} lists the dropdowns' values by column title
 * @param {number} reviewId
 * @param {(done: number, total: number) => void} progress
 */
export async function writePlan(Excel, rows, lists, reviewId, progress = () => {}) {
  await Excel.run(async (context) => {
    context.runtime.enableEvents = false; // our own writes are not edits to sync
    try {
      const sheet = await sheetNamed(context, SHEET);
      const old = context.workbook.tables.getItemOrNullObject(TABLE);
      await context.sync();
      if (!old.isNullObject) old.delete();
      sheet.getRange(`A1:${LAST}1`).values = [TITLES];
      const table = context.workbook.tables.add(`'${SHEET}'!A1:${LAST}1`, true);
      table.name = TABLE;
      await context.sync();
      for (let start = 0; start < rows.length; start += PAGE) {
        table.rows.add(null, rows.slice(start, start + PAGE));
        await context.sync();
        progress(Math.min(start + PAGE, rows.length), rows.length);
      }
      await writeLists(context, lists, rows);
      format(table, lists);
      context.workbook.settings.add(REVIEW_SETTING, String(reviewId));
      sheet.activate();
      await context.sync();
    } finally {
      context.runtime.enableEvents = true;
      await context.sync();
    }
  });
}

async function sheetNamed(context, name) {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  return sheet.isNullObject ? context.workbook.worksheets.add(name) : sheet;
}

/** The hidden sheet: each list down its own column; the loaded rows (as JSON) in column F. */
async function writeLists(context, lists, rows) {
  const sheet = await sheetNamed(context, LISTS);
  sheet.getRange().clear();
  LIST_COLUMNS.forEach((title, index) => {
    const values = lists[title];
    if (values.length) sheet.getRange(`${letter(index)}1:${letter(index)}${values.length}`).values = values.map((v) => [v]);
  });
  if (rows.length) sheet.getRange(`F1:F${rows.length}`).values = rows.map((r) => [JSON.stringify(r)]);
  sheet.visibility = "Hidden";
}

function format(table, lists) {
  for (const column of COLUMNS) {
    const range = table.columns.getItem(column.title).getDataBodyRange();
    if (column.date) range.numberFormat = [["dd/mm/yyyy"]];
    if (column.hidden) range.columnHidden = true;
  }
  LIST_COLUMNS.forEach((title, index) => {
    const count = lists[title].length;
    const range = table.columns.getItem(title).getDataBodyRange();
    range.dataValidation.clear();
    if (!count) return;
    const source = `='${LISTS}'!$${letter(index)}$1:$${letter(index)}$${count}`;
    range.dataValidation.rule = { list: { inCellDropDown: true, source } };
    range.dataValidation.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: "Not in the list",
      message: `Choose a ${title.toLowerCase()} from the list`,
    };
  });
  table.getHeaderRowRange().format.font.bold = true;
  table.getRange().format.autofitColumns();
}

/**
 * The plan in this workbook, if any: its review, its rows now, and each row as it was loaded.
 * @returns {Promise<{reviewId: number|null, rows: Array<Array>, loaded: Map<number, Array>}>}
 */
export async function readPlan(Excel) {
  return Excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(REVIEW_SETTING);
    const table = context.workbook.tables.getItemOrNullObject(TABLE);
    const lists = context.workbook.worksheets.getItemOrNullObject(LISTS);
    setting.load("value");
    await context.sync();
    if (table.isNullObject || lists.isNullObject) return { reviewId: null, rows: [], loaded: new Map() };
    const body = table.getDataBodyRange();
    const used = lists.getRange("F:F").getUsedRangeOrNullObject(true);
    body.load("values");
    used.load("values");
    await context.sync();
    const loaded = used.isNullObject ? [] : used.values.map((r) => JSON.parse(r[0]));
    return {
      reviewId: setting.isNullObject ? null : Number(setting.value),
      rows: body.values.filter((r) => r[col("id")] !== ""),
      loaded: new Map(loaded.map((r) => [Number(r[col("id")]), r])),
    };
  });
}

/**
 * Calls `onEdit()` after every edit people make on the plan's sheet. The handler is on the
 * worksheet, which a Refresh keeps, so edits after a Refresh are seen too.
 */
export async function watchSheet(Excel, onEdit) {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(SHEET).onChanged.add(async (event) => {
      if (event.source && event.source !== "Local") return;
      onEdit();
    });
    await context.sync();
  });
}

/**
 * Writes each row's sync note and, after a save, its new version and its new loaded copy.
 * @param {Map<number, {note?: string, error?: boolean, version?: number, loaded?: Array}>} marks
 */
export async function markRows(Excel, marks) {
  await Excel.run(async (context) => {
    context.runtime.enableEvents = false;
    try {
      const body = context.workbook.tables.getItem(TABLE).getDataBodyRange();
      const lists = context.workbook.worksheets.getItem(LISTS);
      const used = lists.getRange("F:F").getUsedRangeOrNullObject(true);
      body.load("values");
      used.load("values");
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
      const loaded = used.isNullObject ? [] : used.values.map((r) => JSON.parse(r[0]));
      loaded.forEach((row, index) => {
        const mark = marks.get(Number(row[col("id")]));
        if (mark?.loaded) lists.getRange(`F${index + 1}`).values = [[JSON.stringify(mark.loaded)]];
      });
      await context.sync();
    } finally {
      context.runtime.enableEvents = true;
      await context.sync();
    }
  });
}

/** Selects the row of this action (by id, wherever sorting put it). */
export async function goToRow(Excel, id) {
  await Excel.run(async (context) => {
    const body = context.workbook.tables.getItem(TABLE).getDataBodyRange();
    body.load("values");
    await context.sync();
    const index = body.values.findIndex((r) => Number(r[col("id")]) === Number(id));
    if (index >= 0) body.getRow(index).select();
    await context.sync();
  });
}
