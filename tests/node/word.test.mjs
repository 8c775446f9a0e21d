// The Word pane's modules: the sections checklist, base64, and the Word calls against
// office-addin-mock (insert a .docx, read paragraphs, find and select a passage).
import assert from "node:assert/strict";
import { test } from "node:test";
import { createRequire } from "node:module";

import { checklist, toBase64 } from "../../addin/shared/sections.js";
import { findText, insertDocument, readFileSlices } from "../../addin/shared/word.js";

const { OfficeMockObject } = createRequire(import.meta.url)("office-addin-mock");

test("a section is done when the author's text follows its heading, not the italic prompt", () => {
  assert.deepEqual(
    checklist([
      { text: "Domestic Homicide Review", style: "Title" },
      { text: "1. Introduction", style: "Heading1" },
      { text: "   ", style: "Normal" },
      { text: "The purpose of this IMR, the agency's role…", style: "Normal", italic: true },
      { text: "2. Chronology", style: "Heading1" },
      { text: "The council had contact in 2023.", style: "Normal" },
      { text: "2.1 Police", style: "Heading2" },
    ]),
    [
      { title: "1. Introduction", level: 1, done: false },
      { title: "2. Chronology", level: 1, done: true },
      { title: "2.1 Police", level: 2, done: false },
    ],
  );
});

test("bytes become base64 in pieces", () => {
  const bytes = new Uint8Array(70_000).map((_, i) => i % 251);
  assert.equal(toBase64(bytes), Buffer.from(bytes).toString("base64"));
});

function wordMock(paragraphTexts) {
  const calls = [];
  const mock = new OfficeMockObject({
    context: {
      document: {
        body: {
          insertFileFromBase64(base64, location) {
            calls.push(["insert", base64.length, location]);
          },
          results: { items: paragraphTexts.map((text) => ({ text, select: () => calls.push(["select", text]) })) },
          search: function (text) {
            calls.push(["search", text]);
            return this.results;
          },
        },
      },
    },
    run: async function (callback) {
      return callback(this.context);
    },
  });
  return { mock, calls };
}

test("insertDocument replaces the body with the .docx", async () => {
  const { mock, calls } = wordMock([]);
  await insertDocument(mock, "UEsDBA==");
  assert.deepEqual(calls, [["insert", 8, "Replace"]]);
});

test("findText selects the first place the passage occurs", async () => {
  const { mock, calls } = wordMock(["Jordan Fernleigh", "Jordan Fernleigh again"]);
  assert.equal(await findText(mock, "Jordan Fernleigh"), 2);
  assert.deepEqual(calls, [["search", "Jordan Fernleigh"], ["select", "Jordan Fernleigh"]]);
});

test("readFileSlices reads every slice in order and always closes the file", async () => {
  const closed = [];
  const slices = [[1, 2, 3], [4, 5]];
  globalThis.Office = {
    FileType: { Compressed: "compressed" },
    AsyncResultStatus: { Succeeded: "succeeded" },
    context: {
      document: {
        getFileAsync(type, options, done) {
          assert.equal(type, "compressed");
          assert.equal(options.sliceSize, 4 * 1024 * 1024);
          done({
            status: "succeeded",
            value: {
              sliceCount: 2,
              getSliceAsync: (i, back) => back({ status: "succeeded", value: { data: slices[i] } }),
              closeAsync: (back) => closed.push(true) && back?.({}),
            },
          });
        },
      },
    },
  };
  const seen = [];
  const read = await readFileSlices(globalThis.Office, (done, total) => seen.push(`${done}/${total}`));
  assert.deepEqual(read.map((s) => [...s]), slices);
  assert.deepEqual(seen, ["1/2", "2/2"]);
  assert.equal(closed.length, 1);
});
