// @ts-check
/**
 * Small DOM helpers shared by the panes: elements, Fluent buttons, the live regions' messages
 * (with the button that recovers from them), dropdowns, dates. No Office.js and no API here.
 */

/**
 * @param {string} selector
 * @returns {any} the element (the panes' markup is fixed, so a miss is a programming error)
 */
export const $ = (selector, root = document) => root.querySelector(selector);

/** Shows or hides an element (hidden attribute, so it leaves the accessibility tree too). */
export function show(element, visible = true) {
  element.hidden = !visible;
}

/**
 * An element with properties and children.
 * @param {string} tag
 * @param {Record<string, any>} props
 * @param {...(Node|string)} children
 * @returns {any}
 */
export function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/**
 * A Fluent button. Its role is also written as an attribute: Fluent sets it through
 * ElementInternals, which Chromium's accessibility tree reads but axe-core and Playwright do not.
 * @param {string} text
 * @param {() => any} onClick
 * @param {{appearance?: string, id?: string}} options
 */
export function button(text, onClick, { appearance = "", id = "" } = {}) {
  const node = el("fluent-button", { textContent: text });
  node.setAttribute("role", "button");
  if (appearance) node.setAttribute("appearance", appearance);
  if (id) node.id = id;
  press(node, onClick);
  return node;
}

/**
 * Runs `work` when the button is pressed, unless it is disabled (a disabled-focusable Fluent
 * button still takes focus and clicks, so the reason next to it can be read) or its own work
 * from the last press is still running (a double press never does it twice).
 * @param {HTMLElement} node
 * @param {() => any} work
 */
export function press(node, work) {
  node.addEventListener("click", () => {
    if (node.getAttribute("aria-disabled") === "true" || node.dataset.running) return;
    const done = work();
    if (done && typeof done.finally === "function") {
      node.dataset.running = "yes";
      done.finally(() => delete node.dataset.running);
    }
  });
}

/**
 * Enables a button, or disables it while keeping it focusable, with the reason in text next to
 * it (the reason's element is its aria-describedby).
 * @param {HTMLElement} node a fluent-button
 * @param {string} reason empty when enabled
 */
export function allow(node, reason = "") {
  const why = document.getElementById(`${node.id}-why`);
  node.toggleAttribute("disabled-focusable", Boolean(reason));
  if (reason) node.setAttribute("aria-disabled", "true");
  else node.removeAttribute("aria-disabled");
  if (why) {
    why.textContent = reason;
    show(why, Boolean(reason));
    if (reason) node.setAttribute("aria-describedby", why.id);
    else node.removeAttribute("aria-describedby");
  }
}

const INTENT = { info: "info", success: "success", error: "error", warning: "warning" };
const ICON = { info: "ℹ", success: "✓", error: "✕", warning: "⚠" };

/**
 * Puts a message into a live region (status: polite; alert: assertive). The regions are in the
 * page from load, so the first message is announced; an empty message clears the region.
 * @param {HTMLElement} region
 * @param {string} text
 * @param {"info"|"success"|"error"|"warning"} kind
 * @param {Array<HTMLElement>} actions buttons that recover from what the message says
 */
export function say(region, text, kind = "info", actions = []) {
  if (!text) {
    region.replaceChildren();
    region.dataset.kind = "";
    return;
  }
  const bar = el("fluent-message-bar", { className: "message" });
  bar.setAttribute("role", "none"); // the region around it is the live region
  bar.setAttribute("intent", INTENT[kind]);
  bar.setAttribute("layout", "multiline");
  bar.append(el("span", { slot: "icon", className: "icon", textContent: ICON[kind], ariaHidden: "true" }));
  bar.append(el("span", { className: "text", textContent: text }));
  if (actions.length) bar.append(el("div", { slot: "actions", className: "actions" }, ...actions));
  region.dataset.kind = kind;
  region.replaceChildren(bar);
}

/**
 * Replaces a Fluent dropdown's options.
 * @param {any} dropdown a fluent-dropdown
 * @param {Array<{value: string|number, label: string}>} options
 * @param {string} placeholder
 */
export function fillDropdown(dropdown, options, placeholder) {
  const list = dropdown.querySelector("fluent-listbox");
  list.replaceChildren(
    ...options.map(({ value, label }) => {
      const option = el("fluent-option", { textContent: label });
      option.setAttribute("value", String(value));
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      return option;
    }),
  );
  dropdown.setAttribute("placeholder", placeholder);
  dropdown.value = "";
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

/** An ISO timestamp → "14:02 on 26 Nov 2026" (UK time). */
export function when(iso) {
  const at = new Date(iso);
  const time = at.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });
  return `${time} on ${longDate(iso.slice(0, 10))}`;
}
