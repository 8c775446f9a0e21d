// @ts-check
/**
 * Office.js calls for the Word pane (WordApi 1.1–1.3 and the File API, checked at run time):
 * put a .docx into the document, read its headings and data regions, find a passage or a region,
 * read the whole file in slices for upload, open an old version as a new document.
 */

/** Replaces the document's body with a .docx (base64). */
export async function insertDocument(Word, base64) {
  await Word.run(async (context) => {
    context.document.body.insertFileFromBase64(base64, "Replace");
    await context.sync();
  });
}

/** How many paragraphs of the body hold text: anything that a replacement would lose. */
export async function paragraphsWithText(Word) {
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    return paragraphs.items.filter((p) => p.text.trim()).length;
  });
}

/** Every paragraph's text, built-in style and whether it is all italic, in order. */
export async function readParagraphs(Word) {
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text,items/styleBuiltIn,items/font/italic");
    await context.sync();
    return paragraphs.items.map((p) => ({ text: p.text, style: p.styleBuiltIn, italic: p.font.italic === true }));
  });
}

/** Selects the first place `text` occurs; answers how many places it occurs in. */
export async function findText(Word, text) {
  return Word.run(async (context) => {
    const found = context.document.body.search(text.slice(0, 255), { matchCase: false });
    found.load("items");
    await context.sync();
    if (found.items.length) {
      found.items[0].select();
      await context.sync();
    }
    return found.items.length;
  });
}

/**
 * The data regions of the document, in order: content controls tagged `dhr:<name>`, which the
 * service fills from the review's records (WordApi 1.1).
 * @returns {Promise<{tag: string, title: string}[]>}
 */
export async function readRegions(Word) {
  return Word.run(async (context) => {
    const controls = context.document.contentControls;
    controls.load("items/tag,items/title");
    await context.sync();
    return controls.items
      .filter((c) => (c.tag || "").startsWith("dhr:"))
      .map((c) => ({ tag: c.tag, title: c.title || c.tag.slice(4).replaceAll("_", " ") }));
  });
}

/** Selects the first data region with this tag; answers whether the document still has it. */
export async function selectRegion(Word, tag) {
  return Word.run(async (context) => {
    const found = context.document.contentControls.getByTag(tag);
    found.load("items");
    await context.sync();
    if (found.items.length) {
      found.items[0].select();
      await context.sync();
    }
    return found.items.length > 0;
  });
}

/** Opens a .docx (base64) as a new document (WordApi 1.3). */
export async function openCopy(Word, base64) {
  await Word.run(async (context) => {
    context.application.createDocument(base64).open(); // WordApi 1.3: a new window, nothing replaced
    await context.sync();
  });
}

const asPromise = (call) =>
  new Promise((resolve, reject) =>
    call((result) =>
      result.status === globalThis.Office.AsyncResultStatus.Succeeded ? resolve(result.value) : reject(new Error(result.error?.message || "Word could not read the document")),
    ),
  );

/**
 * The whole document as .docx bytes, read in slices of up to 4 MB (always closing the file).
 * @param {(done: number, total: number) => void} progress
 * @returns {Promise<Uint8Array[]>} the slices
 */
export async function readFileSlices(Office, progress = () => {}) {
  const file = await asPromise((done) =>
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: 4 * 1024 * 1024 }, done),
  );
  try {
    const slices = [];
    for (let i = 0; i < file.sliceCount; i += 1) {
      const slice = await asPromise((done) => file.getSliceAsync(i, done));
      slices.push(Uint8Array.from(slice.data));
      progress(i + 1, file.sliceCount);
    }
    return slices;
  } finally {
    file.closeAsync(() => {});
  }
}
