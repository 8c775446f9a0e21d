/** Small DOM helpers shared by the panes: status messages, selects, dates. */

/** @param {string} selector */
export const $ = (selector, root = document) => root.querySelector(selector);

/** Shows or hides an element (hidden attribute, so it leaves the accessibility tree too). */
export function show(element, visible = true) {
  element.hidden = !visible;
}

/**
 * A message in the pane's status (polite) or alert (assertive) region.
 * @param {HTMLElement} region
 * @param {string} text
 * @param {"info"|"success"|"error"} kind
 */
export function say(region, text, kind = "info") {
  region.textContent = text;
  region.dataset.kind = kind;
  region.hidden = !text;
}

/**
 * Replaces a select's options.
 * @param {HTMLSelectElement} select
 * @param {Array<{value: string|number, label: string}>} options
 * @param {string} placeholder
 */
export function fillSelect(select, options, placeholder) {
  select.replaceChildren();
  const first = new Option(placeholder, "");
  first.disabled = true;
  first.selected = true;
  select.append(first);
  for (const { value, label } of options) select.append(new Option(label, String(value)));
}

/** "2027-09-30" → "30 Sept 2027" (en-GB). */
export function longDate(iso) {
  if (!iso) return "";
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}
