// A stand-in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the Playwright
// tests, behaving as Office's documentation says for the calls the panes make:
// - Office.onReady for the host named by window.__officeHost; requirement sets (NestedAppAuth is
//   not supported unless window.__officeSets says so: Chromium has no Office host to broker it);
// - Office.context.officeTheme from window.__officeTheme ("light" or "dark");
// - OfficeRuntime.auth.getAccessToken: window.__officeTokenErrors (codes thrown one per call, in
//   order), then window.__officeTokenError (thrown every time), else window.__officeToken;
// - the dialog API: a URL on another origin fails with 12004, as Office refuses it; the sign-in
//   itself happens at Microsoft, so the test says what the dialog page sends back
//   (window.__officeDialogReply = {message} or {closed: true}, which Office reports as 12006);
// - Word: an in-memory document whose paragraphs are read from the .docx last inserted (its
//   word/document.xml, unzipped with the browser's DecompressionStream); tests may type into it
//   by setting __word.paragraphs; its content controls (w:sdt: tag and title, in order) are
//   in __word.controls; getFileAsync gives the inserted file back in 8 KB slices;
//   createDocument(...).open() records a new document and leaves this one alone;
// - Excel: a workbook kept in sessionStorage (a workbook outlives its task pane), with sheets,
//   cells, one table, settings, data validation resolved from its source range, and onChanged
//   on worksheets and tables. __excel.edit(rowId, title, value) is a person typing in a cell
//   (it fires onChanged); window.__excelEditsWhileClosed = [[rowId, title, value], …] are edits
//   made before this pane opened (no handler saw them).
// Every call is recorded in __officeCalls.
(function () {
  const calls = (window.__officeCalls = []);
  const host = window.__officeHost || "Excel";
  const sets = Object.assign(
    { WordApi: "1.5", ExcelApi: "1.12", IdentityAPI: "1.3", DialogApi: "1.2", File: "1.1", CompressedFile: "1.1" },
    window.__officeSets || {},
  );
  const THEMES = {
    light: { themeId: "Colorful", bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#242424", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#242424", isDarkTheme: false },
    dark: { themeId: "Black", bodyBackgroundColor: "#292929", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#383838", controlForegroundColor: "#FFFFFF", isDarkTheme: true },
  };
  const newer = (have, want) => {
    const [a, b] = [have, want].map((v) => String(v).split(".").map(Number));
    return a[0] > b[0] || (a[0] === b[0] && (a[1] || 0) >= (b[1] || 0));
  };
  const succeeded = (value) => ({ status: "succeeded", value });

  window.Office = {
    HostType: { Word: "Word", Excel: "Excel" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    FileType: { Compressed: "compressed" },
    onReady(callback) {
      const info = { host, platform: "OfficeOnline" };
      setTimeout(() => callback && callback(info), 0);
      return Promise.resolve(info);
    },
    context: {
      requirements: { isSetSupported: (name, version = "1.1") => Boolean(sets[name]) && newer(sets[name], version) },
      officeTheme: THEMES[window.__officeTheme || "light"],
      ui: { displayDialogAsync, messageParent: (message) => calls.push(`messageParent:${message}`) },
    },
  };

  window.OfficeRuntime = {
    auth: {
      async getAccessToken(options) {
        calls.push(`getAccessToken:${options && options.allowSignInPrompt}`);
        const queued = window.__officeTokenErrors && window.__officeTokenErrors.shift();
        if (queued) throw { code: queued, name: "Error", message: `SSO error ${queued}` };
        if (window.__officeTokenError) throw { code: window.__officeTokenError };
        return window.__officeToken;
      },
    },
  };

  function displayDialogAsync(url, options, callback) {
    const target = new URL(url, location.href);
    calls.push(`displayDialogAsync:${target.pathname}`);
    if (target.origin !== location.origin) {
      setTimeout(() => callback({ status: "failed", error: { code: 12004, message: "The domain of the URL is not trusted." } }), 0);
      return;
    }
    const handlers = {};
    const dialog = {
      addEventHandler: (type, handler) => (handlers[type] = handler),
      close: () => calls.push("dialog.close"),
    };
    setTimeout(() => {
      callback(succeeded(dialog));
      const reply = window.__officeDialogReply || { closed: true };
      setTimeout(() => {
        if (reply.message !== undefined) handlers.dialogMessageReceived?.({ message: reply.message, origin: location.origin });
        else handlers.dialogEventReceived?.({ error: 12006 });
      }, 0);
    }, 0);
  }

  if (host === "Word") installWord();
  if (host === "Excel") installExcel();

  async function readDocx(bytes) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let end = bytes.length - 22;
    while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
    let at = view.getUint32(end + 16, true);
    for (let i = 0; i < view.getUint16(end + 10, true); i += 1) {
      const method = view.getUint16(at + 10, true);
      const size = view.getUint32(at + 20, true);
      const nameLength = view.getUint16(at + 28, true);
      const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
      const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
      const local = view.getUint32(at + 42, true);
      at += 46 + skip;
      if (name !== "word/document.xml") continue;
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      let data = bytes.subarray(start, start + size);
      if (method === 8) {
        const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
        data = new Uint8Array(await new Response(stream).arrayBuffer());
      }
      return new TextDecoder().decode(data);
    }
    return "";
  }

  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  function controlsOf(xml) {
    if (!xml) return [];
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    const value = (sdt, name) => sdt.getElementsByTagNameNS(W, name)[0]?.getAttributeNS(W, "val") || "";
    return [...doc.getElementsByTagNameNS(W, "sdt")].map((sdt) => ({ tag: value(sdt, "tag"), title: value(sdt, "alias") }));
  }

  function paragraphsOf(xml) {
    if (!xml) return [];
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    return [...doc.getElementsByTagNameNS(W, "p")].map((p) => {
      const style = p.getElementsByTagNameNS(W, "pStyle")[0];
      const runs = [...p.getElementsByTagNameNS(W, "r")].filter((r) => r.getElementsByTagNameNS(W, "t").length);
      const italic = runs.length > 0 && runs.every((r) => r.getElementsByTagNameNS(W, "i").length > 0);
      const text = [...p.getElementsByTagNameNS(W, "t")].map((t) => t.textContent).join("");
      return { text, style: style ? style.getAttributeNS(W, "val") : "Normal", italic };
    });
  }

  function installWord() {
    const doc = { bytes: null, paragraphs: [], controls: [], selected: null, opened: [], pending: null };
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
            done(succeeded({ data: Array.from(bytes.subarray(index * size, (index + 1) * size)), index }));
          },
          closeAsync(done) {
            calls.push("closeAsync");
            done(succeeded());
          },
        };
        setTimeout(() => callback(succeeded(file)), 0);
      },
    };
    const context = {
      document: {
        body: {
          insertFileFromBase64(base64, location) {
            calls.push(`insertFileFromBase64:${location}`);
            doc.bytes = decode(base64);
            doc.pending = readDocx(doc.bytes).then((xml) => {
              doc.paragraphs = paragraphsOf(xml);
              doc.controls = controlsOf(xml);
            });
          },
          get paragraphs() {
            const items = doc.paragraphs.map((p) => ({ text: p.text, styleBuiltIn: p.style, font: { italic: Boolean(p.italic) } }));
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
        get contentControls() {
          const item = (c) => ({ tag: c.tag, title: c.title, select: () => { doc.selected = c.title; calls.push(`select:${c.tag}`); } });
          return {
            items: doc.controls.map(item),
            load() {},
            getByTag(tag) {
              calls.push(`getByTag:${tag}`);
              return { items: doc.controls.filter((c) => c.tag === tag).map(item), load() {} };
            },
          };
        },
      },
      application: {
        createDocument(base64) {
          return { open: () => { doc.opened.push(decode(base64).length); calls.push("createDocument.open"); } };
        },
      },
      sync: async () => { if (doc.pending) await doc.pending; doc.pending = null; },
    };
    window.Word = { run: async (callback) => callback(context) };
  }

  function installExcel() {
    const KEY = "__officeStub.workbook";
    const saved = JSON.parse(sessionStorage.getItem(KEY) || "null");
    const book = saved || { sheets: {}, table: null, settings: {} };
    const handlers = { sheets: {}, table: [] };
    const runtime = { _events: true };
    const persist = () => sessionStorage.setItem(KEY, JSON.stringify(book));
    Object.defineProperty(runtime, "enableEvents", {
      get: () => runtime._events,
      set: (value) => { runtime._events = value; calls.push(`enableEvents=${value}`); },
    });
    const column = (letters) => letters.split("").reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
    const letter = (index) => String.fromCharCode(65 + index);
    // "A1:C3", "F:F", "F3", "$B$1:$B$3" → {c1, r1, c2, r2} (rows 1-based; open-ended rows to 1e6)
    function parse(address) {
      const [a, b = a] = String(address).replaceAll("$", "").split("!").pop().split(":");
      const cell = (ref) => { const m = ref.match(/^([A-Z]+)(\d*)$/); return [column(m[1]), m[2] ? Number(m[2]) : null]; };
      const [c1, r1] = cell(a);
      const [c2, r2] = cell(b);
      return { c1, r1: r1 || 1, c2, r2: r2 || 1e6 };
    }
    const sheetOf = (name) => (book.sheets[name] = book.sheets[name] || { visibility: "Visible", cells: {} });

    function rangeApi(name, address) {
      const sheet = sheetOf(name);
      const box = address ? parse(address) : { c1: 0, r1: 1, c2: 25, r2: 1e6 };
      const used = () => Object.keys(sheet.cells).map((ref) => parse(ref)).filter((p) => p.c1 >= box.c1 && p.c1 <= box.c2 && p.r1 >= box.r1 && p.r1 <= box.r2);
      return {
        load() {},
        set values(values) {
          values.forEach((row, i) => row.forEach((v, j) => (sheet.cells[`${letter(box.c1 + j)}${box.r1 + i}`] = v)));
        },
        clear() {
          for (const p of used()) delete sheet.cells[`${letter(p.c1)}${p.r1}`];
        },
        getUsedRangeOrNullObject() {
          const cells = used();
          if (!cells.length) return { isNullObject: true, load() {} };
          const r2 = Math.max(...cells.map((p) => p.r1));
          const values = [];
          for (let r = box.r1; r <= r2; r += 1) {
            const row = [];
            for (let c = box.c1; c <= Math.min(box.c2, Math.max(...cells.map((p) => p.c1))); c += 1) row.push(sheet.cells[`${letter(c)}${r}`] ?? "");
            values.push(row);
          }
          return { isNullObject: false, values, load() {} };
        },
      };
    }

    function sheetApi(name) {
      if (!book.sheets[name]) return { isNullObject: true };
      return {
        isNullObject: false,
        name,
        get visibility() { return book.sheets[name].visibility; },
        set visibility(value) { book.sheets[name].visibility = value; calls.push(`visibility:${name}=${value}`); },
        getRange: (address) => rangeApi(name, address),
        activate() {},
        onChanged: { add(handler) { calls.push(`onChanged.add:${name}`); (handlers.sheets[name] = handlers.sheets[name] || []).push(handler); } },
      };
    }

    function tableApi() {
      const table = book.table;
      const body = {
        rowIndex: 1,
        load() {},
        get values() { return table.rows.map((r) => r.slice()); },
        getCell: (row, col) => ({ set values(value) { table.rows[row][col] = value[0][0]; }, format: { fill: {} } }),
        getRow: (row) => ({ select() { book.selected = table.rows[row][table.headers.indexOf("Row id")]; calls.push(`select:row ${row}`); } }),
      };
      return {
        isNullObject: false,
        get name() { return table.name; },
        set name(value) { table.name = value; },
        delete() { calls.push("table.delete"); book.table = null; handlers.table = []; },
        rows: { add(_index, values) { calls.push(`rows.add:${values.length}`); values.forEach((v) => table.rows.push(v.slice())); } },
        onChanged: { add(handler) { calls.push("onChanged.add:table"); handlers.table.push(handler); } },
        columns: {
          getItem(title) {
            if (table.headers.indexOf(title) < 0) throw new Error(`No column ${title}`);
            return {
              getDataBodyRange: () => ({
                set numberFormat(value) { table.formats[title] = value[0][0]; },
                set columnHidden(value) { if (value && !table.hidden.includes(title)) table.hidden.push(title); },
                dataValidation: {
                  clear() { delete table.validation[title]; },
                  set rule(rule) { table.validation[title] = rule.list.source; calls.push(`validation:${title}`); },
                  set errorAlert(_value) {},
                },
              }),
            };
          },
        },
        getHeaderRowRange: () => ({ format: { font: {} } }),
        getRange: () => ({ format: { autofitColumns() {} } }),
        getDataBodyRange: () => body,
      };
    }

    const context = {
      runtime,
      workbook: {
        worksheets: {
          getItemOrNullObject: (name) => sheetApi(name),
          getItem(name) { if (!book.sheets[name]) throw new Error(`ItemNotFound: ${name}`); return sheetApi(name); },
          add(name) { calls.push(`worksheets.add:${name}`); sheetOf(name); return sheetApi(name); },
        },
        tables: {
          getItemOrNullObject: (name) => (book.table && book.table.name === name ? tableApi() : { isNullObject: true }),
          getItem(name) { if (!book.table || book.table.name !== name) throw new Error(`ItemNotFound: ${name}`); return tableApi(); },
          add(address, hasHeaders) {
            calls.push(`tables.add:${address}:${hasHeaders}`);
            const sheet = String(address).split("!")[0].replaceAll("'", "");
            const box = parse(address); // with headers: the range's first row names the columns
            const headers = [];
            for (let c = box.c1; c <= box.c2; c += 1) headers.push(sheetOf(sheet).cells[`${letter(c)}${box.r1}`]);
            book.table = { name: null, sheet, headers, rows: [], hidden: [], formats: {}, validation: {} };
            return tableApi();
          },
        },
        settings: {
          add(key, value) { book.settings[key] = value; },
          getItemOrNullObject: (key) => (key in book.settings ? { isNullObject: false, value: book.settings[key], load() {} } : { isNullObject: true, load() {} }),
        },
      },
      sync: async () => persist(),
    };
    window.Excel = { run: async (callback) => callback(context) };

    const rowIndex = (id) => book.table.rows.findIndex((r) => Number(r[book.table.headers.indexOf("Row id")]) === Number(id));
    const type = (id, title, value) => {
      const index = rowIndex(id);
      book.table.rows[index][book.table.headers.indexOf(title)] = value;
      persist();
      return `'${book.table.sheet}'!${letter(book.table.headers.indexOf(title))}${index + 2}`;
    };
    for (const [id, title, value] of window.__excelEditsWhileClosed || []) type(id, title, value);

    window.__excel = {
      book,
      table: () => book.table,
      row(id) {
        const t = book.table;
        return Object.fromEntries(t.headers.map((h, i) => [h, t.rows[rowIndex(id)][i]]));
      },
      /** The values Excel offers in a column's dropdown: its validation source, resolved. */
      dropdown(title) {
        const source = book.table.validation[title];
        const match = /^='([^']+)'!(.+)$/.exec(source || "");
        if (!match) return String(source || "").split(",");
        const box = parse(match[2]);
        const values = [];
        for (let r = box.r1; r <= box.r2; r += 1) values.push(sheetOf(match[1]).cells[`${letter(box.c1)}${r}`]);
        return values;
      },
      async edit(id, title, value) {
        const address = type(id, title, value);
        const event = { address, source: "Local", changeType: "RangeEdited", worksheetId: book.table.sheet };
        if (!runtime._events) return;
        for (const handler of [...(handlers.sheets[book.table.sheet] || []), ...handlers.table]) await handler(event);
      },
    };
  }
})();
