// @ts-check
/**
 * The document's checklist: each heading of the template, done when the author's text follows
 * it before the next heading. The templates' prompts for the author are wholly italic
 * paragraphs ("Answer:", "Records examined, staff interviewed…"), so they do not count.
 * Pure: takes the paragraphs Word gave.
 */

const HEADING = /^heading(\d)$/i;

/**
 * @param {Array<{text: string, style: string, italic?: boolean}>} paragraphs
 * @returns {Array<{title: string, level: number, done: boolean}>}
 */
export function checklist(paragraphs) {
  const items = [];
  for (const { text, style, italic } of paragraphs) {
    const match = String(style || "").match(HEADING);
    if (match && Number(match[1]) <= 3 && text.trim()) {
      items.push({ title: text.trim(), level: Number(match[1]), done: false });
    } else if (items.length && text.trim() && !italic) {
      items[items.length - 1].done = true;
    }
  }
  return items;
}

/** Bytes → base64, in pieces so a large document does not overflow the call stack. */
export function toBase64(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
