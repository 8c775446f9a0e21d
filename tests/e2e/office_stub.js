// A stand-in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the Playwright
// tests: Office.onReady for the host named by window.__officeHost; an in-memory Word document
// (the .docx last inserted is what getFileAsync gives back, in slices) and an in-memory Excel
// workbook with the calls the panes make. Every call is recorded in __officeCalls; tests edit
// cells with __excel.edit(rowId, title, value), which fires the table's onChanged, and set the
// Word document's paragraphs with __word.paragraphs = [...].
(function () {
  const calls = (window.__officeCalls = []);
  const host = window.__officeHost || "Excel";
  window.Office = {
    HostType: { Word: "Word", Excel: "Excel" },
    onReady(callback) {
      const info = { host, platform: "OfficeOnline" };
      setTimeout(() => callback && callback(info), 0);
      return Promise.resolve(info);
    },
    context: { requirements: { isSetSupported: () => true } },
    FileType: { Compressed: "compressed" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  };
  // Office's single sign-on: the token the test put in __officeToken, or the error it named.
  window.OfficeRuntime = {
    auth: {
      async getAccessToken(options) {
        calls.push(`getAccessToken:${options && options.allowSignInPrompt}`);
        if (window.__officeTokenError) throw { code: window.__officeTokenError };
        return window.__officeToken;
      },
    },
  };
  if (host === "Word") installWord();
  if (host !== "Excel") return;

  const book = { sheets: new Set(), header: [], table: null };
  const runtime = { _events: true };
  Object.defineProperty(runtime, "enableEvents", {
    get: () => runtime._events,
    set: (value) => {
      runtime._events = value;
      calls.push(`enableEvents=${value}`);
    },
  });
  const rowOf = (address) => Number(String(address).split("!").pop().match(/\d+/)[0]);

  function newTable() {
    const table = {
      name: null,
      headers: book.header.slice(),
      rows: [],
      hidden: new Set(),
      formats: {},
      validation: {},
      handlers: [],
      delete() {
        calls.push("table.delete");
        book.table = null;
      },
    };
    table.rowsApi = {
      add(_index, values) {
        calls.push(`rows.add:${values.length}`);
        values.forEach((v) => table.rows.push(v.slice()));
      },
    };
    return table;
  }

  function tableApi(table) {
    return {
      isNullObject: false,
      get name() {
        return table.name;
      },
      set name(value) {
        table.name = value;
      },
      delete: table.delete,
      rows: table.rowsApi,
      onChanged: {
        add(handler) {
          calls.push("onChanged.add");
          table.handlers.push(handler);
        },
      },
      columns: {
        getItem(title) {
          const index = table.headers.indexOf(title);
          if (index < 0) throw new Error(`No column ${title}`);
          return {
            getDataBodyRange() {
              return {
                set numberFormat(value) {
                  table.formats[title] = value[0][0];
                },
                set columnHidden(value) {
                  if (value) table.hidden.add(title);
                },
                dataValidation: {
                  clear() {},
                  set rule(rule) {
                    table.validation[title] = rule.list.source.split(",");
                    calls.push(`validation:${title}`);
                  },
                  set errorAlert(_value) {},
                },
              };
            },
          };
        },
      },
      getHeaderRowRange: () => ({ format: { font: {} } }),
      getRange: () => ({ format: { autofitColumns() {} } }),
      getDataBodyRange() {
        return {
          rowIndex: 1,
          load() {},
          get values() {
            return table.rows.map((r) => r.slice());
          },
          getCell(row, column) {
            return {
              set values(value) {
                table.rows[row][column] = value[0][0];
              },
              format: { fill: {} },
            };
          },
          getIntersectionOrNullObject(range) {
            const index = range.row - 2;
            const inside = index >= 0 && index < table.rows.length;
            return { isNullObject: !inside, rowIndex: range.row - 1, rowCount: 1, load() {} };
          },
        };
      },
    };
  }

  const sheetApi = (name) => ({
    isNullObject: !book.sheets.has(name),
    getRange(address) {
      return {
        row: rowOf(address),
        set values(value) {
          if (rowOf(address) === 1) book.header = value[0].slice();
        },
      };
    },
    activate() {},
  });

  const context = {
    runtime,
    workbook: {
      worksheets: {
        getItemOrNullObject: (name) => sheetApi(name),
        getItem: (name) => sheetApi(name),
        add(name) {
          calls.push(`worksheets.add:${name}`);
          book.sheets.add(name);
          return sheetApi(name);
        },
      },
      tables: {
        getItemOrNullObject: (name) =>
          book.table && book.table.name === name ? tableApi(book.table) : { isNullObject: true },
        getItem(name) {
          if (!book.table || book.table.name !== name) throw new Error(`ItemNotFound: ${name}`);
          return tableApi(book.table);
        },
        add(address, hasHeaders) {
          calls.push(`tables.add:${address}:${hasHeaders}`);
          book.table = newTable();
          return tableApi(book.table);
        },
      },
    },
    sync: async () => {},
  };
  window.Excel = { run: async (callback) => callback(context) };

  window.__excel = {
    table: () => book.table,
    row(id) {
      const t = book.table;
      const row = t.rows.find((r) => Number(r[t.headers.indexOf("Row id")]) === Number(id));
      return Object.fromEntries(t.headers.map((h, i) => [h, row[i]]));
    },
    async edit(id, title, value) {
      const t = book.table;
      const index = t.rows.findIndex((r) => Number(r[t.headers.indexOf("Row id")]) === Number(id));
      t.rows[index][t.headers.indexOf(title)] = value;
      const column = String.fromCharCode(65 + t.headers.indexOf(title));
      const event = { address: `'Action plan'!${column}${index + 2}`, source: "Local", changeType: "RangeEdited" };
      if (runtime._events) for (const handler of t.handlers) await handler(event);
    },
  };

  function installWord() {
    const doc = { bytes: null, paragraphs: [], selected: null, opened: [] };
    window.__word = doc;
    const decode = (base64) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    Office.context.document = {
      getFileAsync(type, options, callback) {
        calls.push(`getFileAsync:${type}:${options.sliceSize}`);
        const bytes = doc.bytes || new Uint8Array();
        const size = 8 * 1024; // small slices, so a test sees more than one
        const count = Math.max(1, Math.ceil(bytes.length / size));
        const file = {
          sliceCount: count,
          getSliceAsync(index, done) {
            calls.push(`getSliceAsync:${index}`);
            const data = Array.from(bytes.subarray(index * size, (index + 1) * size));
            done({ status: "succeeded", value: { data, index } });
          },
          closeAsync(done) {
            calls.push("closeAsync");
            done({ status: "succeeded" });
          },
        };
        setTimeout(() => callback({ status: "succeeded", value: file }), 0);
      },
    };
    const context = {
      document: {
        body: {
          insertFileFromBase64(base64, location) {
            calls.push(`insertFileFromBase64:${location}`);
            doc.bytes = decode(base64);
          },
          get paragraphs() {
            const items = doc.paragraphs.map((p) => ({
              text: p.text,
              styleBuiltIn: p.style,
              font: { italic: Boolean(p.italic) },
            }));
            return { items, load() {} };
          },
          search(text) {
            calls.push(`search:${text}`);
            const items = doc.paragraphs
              .filter((p) => p.text.toLowerCase().includes(text.toLowerCase()))
              .map((p) => ({ select: () => { doc.selected = p.text; calls.push(`select:${p.text}`); } }));
            return { items, load() {} };
          },
        },
      },
      application: {
        createDocument(base64) {
          return { open: () => { doc.opened.push(decode(base64).length); calls.push("createDocument.open"); } };
        },
      },
      sync: async () => {},
    };
    window.Word = { run: async (callback) => callback(context) };
  }
})();
