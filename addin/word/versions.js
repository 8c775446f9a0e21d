// @ts-check
/**
 * Versions in the Word pane, never losing work: "Open" asks before anything in the document is
 * replaced and offers a new document first; old versions open in a new document; a save is read
 * in slices, sent, then checked and stored ("Checking and saving"); a save that meets a newer
 * version (412) shows whose it is and when, and offers to save on top of it or open it alongside.
 */

import { ask } from "../shared/controls.js";
import { toBase64 } from "../shared/sections.js";
import { $, button, el, press, show, when } from "../shared/ui.js";
import * as word from "../shared/word.js";

/** @type {any} */
let state;
/** @type {{render: () => void, reload: () => Promise<void>}} */
let pane;

export function wireVersions(shared, hooks) {
  state = shared;
  pane = hooks;
  press($("#start"), () => state.pane.guarded(startOrOpen));
  press($("#save"), () => state.pane.guarded(() => save(state.doc.etag)));
}

async function contentBase64(label) {
  const bytes = await state.pane.api.get(`documents/${state.doc.id}/versions/${label}/content`);
  return toBase64(new Uint8Array(bytes));
}

async function startOrOpen() {
  if (!state.doc && state.imr) {
    state.pane.progress("Filling the template", null);
    await state.pane.api.post(`imrs/${state.imr.id}/document`, {});
    await pane.reload();
  }
  await openVersion(state.doc.current_version.label);
}

/** Puts a version in this document only when nothing would be lost, or the author says so. */
async function openVersion(label) {
  const written = await word.paragraphsWithText(globalThis.Word);
  let where = "here";
  if (written) {
    where = await ask({
      title: `Open version ${label}`,
      body: `This document already has ${written} paragraph${written === 1 ? "" : "s"} of text. Opening version ${label} here replaces all of it, and whatever you have not saved as a version is lost. A new document keeps this one as it is.`,
      choices: [
        { label: "Open in a new document", value: "new", primary: true },
        { label: "Replace this document", value: "here" },
      ],
    });
  }
  if (!where) return state.pane.status("Nothing was opened: this document is as it was.");
  const content = await contentBase64(label);
  if (where === "new") {
    await word.openCopy(globalThis.Word, content);
    return state.pane.status(`Version ${label} opened in a new document; this one is as it was.`, "success");
  }
  await word.insertDocument(globalThis.Word, content);
  await pane.reload();
  state.pane.status(`Version ${label} is in the document. Write, then Save version.`, "success");
}

/** Reads the document in slices, sends them, then stores the version with If-Match. */
async function save(ifMatch) {
  const slices = await word.readFileSlices(globalThis.Office, (done, total) =>
    state.pane.progress(`Reading the document: slice ${done} of ${total}`, done, total),
  );
  const size = slices.reduce((n, s) => n + s.length, 0);
  const whole = new Uint8Array(size);
  slices.reduce((at, s) => (whole.set(s, at), at + s.length), 0);
  const digest = await crypto.subtle.digest("SHA-256", whole);
  const sha256 = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
  const upload = await state.pane.api.post("uploads", { filename: state.doc.filename, size, sha256, chunks: slices.length });
  for (const [index, slice] of slices.entries()) {
    state.pane.progress(`Sending slice ${index + 1} of ${slices.length}`, index + 1, slices.length);
    await state.pane.api.call("PUT", `uploads/${upload.upload_id}/chunks/${index}`, {
      body: slice,
      headers: { "Content-Type": "application/octet-stream" },
    });
  }
  state.pane.progress("Checking and saving the version", null);
  const form = new FormData();
  form.append("upload_id", upload.upload_id);
  form.append("comment", ($("#comment").value || "").trim());
  try {
    const { data } = await state.pane.api.call("POST", `documents/${state.doc.id}/versions`, { body: form, headers: { "If-Match": ifMatch } });
    $("#comment").value = "";
    show($("#conflict"), false);
    await pane.reload();
    state.pane.status(`Saved as version ${data.current_version.label}.`, "success");
  } catch (error) {
    if (error.status !== 412) throw error;
    await conflict(error.problem?.current_version);
  }
}

/** Someone saved first: show what is now current, keep the author's text, offer two ways on. */
async function conflict(theirs) {
  const mine = state.doc.current_version.label;
  await pane.reload(); // the newer version, its etag and the history as they are now
  theirs = theirs || state.doc.current_version;
  const said = theirs.comment ? ` (“${theirs.comment}”)` : "";
  $("#conflict-text").textContent =
    `Version ${theirs.label} was saved by ${theirs.author.name} at ${when(theirs.created)}${said}, after version ${mine} that you opened. ` +
    "Your text is still in this document: nothing was saved over and nothing was replaced.";
  $("#conflict-actions").replaceChildren(
    button(`Save mine as a new version on top of ${theirs.label}`, () => state.pane.guarded(() => save(state.doc.etag)), { appearance: "primary" }),
    button(`Open ${theirs.label} alongside`, () =>
      state.pane.guarded(async () => {
        await word.openCopy(globalThis.Word, await contentBase64(theirs.label));
        state.pane.status(`Version ${theirs.label} opened in a new document beside yours.`, "success");
      }),
    ),
  );
  show($("#conflict"));
  state.pane.status(`Not saved: version ${theirs.label} by ${theirs.author.name} came first. Choose what to do below.`, "warning");
  $("#conflict-title").focus();
}

/** The history, newest first; each version opens in a new document. */
export async function refreshHistory(shared) {
  if (!shared.doc) return;
  const versions = await shared.pane.api.get(`documents/${shared.doc.id}/versions`);
  $("#history").replaceChildren(...versions.map(versionCard));
  show($("#history-box"));
}

function versionCard(version) {
  const item = el("li", {}, el("p", { textContent: `Version ${version.label} · ${when(version.created)} · ${version.author.name}` }));
  if (version.comment) item.append(el("p", { className: "hint", textContent: version.comment }));
  if (state.inWord) {
    const open = button(`Open version ${version.label}`, () =>
      state.pane.guarded(async () => {
        await word.openCopy(globalThis.Word, await contentBase64(version.label));
        state.pane.status(`Version ${version.label} opened in a new document.`, "success");
      }),
    );
    open.setAttribute("aria-label", `Open version ${version.label} in a new document`);
    item.append(el("div", { className: "actions" }, open));
  }
  return item;
}
