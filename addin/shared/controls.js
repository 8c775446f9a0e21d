// @ts-check
/**
 * The Fluent UI web components (bundled in addin/vendor/fluent.js) as the panes use them: the
 * theme Office is showing (light, dark; forced colours through CSS), dropdowns named by their
 * labels, and the confirmation dialog every replacing action goes through.
 */

import { setTheme, webDarkTheme, webLightTheme } from "../vendor/fluent.js";
import { $, button, el } from "./ui.js";

/**
 * Follows Office's theme: Office.context.officeTheme's colours for the pane's background and
 * text, and Fluent's dark tokens when Office is dark (isDarkTheme, or a dark body background).
 * @param {{bodyBackgroundColor?: string, bodyForegroundColor?: string, isDarkTheme?: boolean}|undefined} office
 */
export function followTheme(office) {
  const dark = office ? office.isDarkTheme ?? luminance(office.bodyBackgroundColor) < 0.4 : false;
  setTheme(dark ? webDarkTheme : webLightTheme);
  const root = document.documentElement;
  root.dataset.theme = dark ? "dark" : "light";
  if (office?.bodyBackgroundColor && office?.bodyForegroundColor) {
    root.style.setProperty("--pane-background", office.bodyBackgroundColor);
    root.style.setProperty("--pane-foreground", office.bodyForegroundColor);
  }
}

/** Relative luminance of "#rrggbb" (0 black … 1 white); 1 when unknown. */
function luminance(hex) {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex || "");
  if (!match) return 1;
  const [r, g, b] = match.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Names a Fluent dropdown's combobox by its label and keeps each option's aria-selected true:
 * Fluent 3.1 binds neither on its button-type control.
 * @param {any} dropdown
 * @param {string} labelId
 */
export async function nameDropdown(dropdown, labelId) {
  await customElements.whenDefined("fluent-dropdown");
  while (!dropdown.control) await new Promise((resolve) => setTimeout(resolve, 10)); // inserted on connect
  const control = dropdown.control;
  control.id = `${dropdown.id}-control`;
  control.setAttribute("aria-labelledby", `${labelId} ${control.id}`);
  if (!control.hasAttribute("aria-expanded")) control.setAttribute("aria-expanded", "false");
  dropdown.addEventListener("change", () => {
    for (const option of dropdown.querySelectorAll("fluent-option")) {
      option.setAttribute("aria-selected", String(option.value === dropdown.value));
    }
  });
}

/**
 * Keeps a progress bar's value where assistive technology and axe read it.
 * @param {any} bar a fluent-progress-bar
 * @param {number|null} done null for "working, no measure"
 * @param {number} total
 */
export function setProgress(bar, done, total = 1) {
  bar.setAttribute("role", "progressbar");
  bar.setAttribute("aria-valuemin", "0");
  if (done === null) {
    bar.removeAttribute("value");
    bar.removeAttribute("aria-valuenow");
    return;
  }
  bar.setAttribute("max", String(total));
  bar.setAttribute("value", String(done));
  bar.setAttribute("aria-valuemax", String(total));
  bar.setAttribute("aria-valuenow", String(done));
}

/**
 * Asks before anything is replaced. Resolves with the chosen value, or null when cancelled
 * (Cancel or Escape). Focus returns to where it was.
 * @param {{title: string, body: string, choices: Array<{label: string, value: string, primary?: boolean}>}} question
 * @returns {Promise<string|null>}
 */
export function ask({ title, body, choices }) {
  const back = /** @type {HTMLElement|null} */ (document.activeElement);
  const dialog = el("fluent-dialog", { id: "ask" });
  dialog.setAttribute("type", "modal");
  // Named by aria-label: the inner <dialog> is in Fluent's shadow root, where ids in the page
  // cannot be referenced. The body is read as the dialog's first content.
  dialog.setAttribute("aria-label", title);
  return new Promise((resolve) => {
    let answer = null;
    const close = (value) => {
      answer = value;
      dialog.hide();
    };
    const buttons = choices.map((c) => button(c.label, () => close(c.value), { appearance: c.primary ? "primary" : "" }));
    buttons.forEach((b) => (b.slot = "action"));
    const cancel = button("Cancel", () => close(null));
    cancel.slot = "action";
    dialog.append(
      el(
        "fluent-dialog-body",
        {},
        el("h2", { slot: "title", id: "ask-title", textContent: title }),
        el("p", { id: "ask-body", textContent: body }),
        ...buttons,
        cancel,
      ),
    );
    dialog.addEventListener("toggle", (event) => {
      if (/** @type {any} */ (event).detail?.newState !== "closed") return;
      dialog.remove();
      back?.focus();
      resolve(answer);
    });
    $("body").append(dialog);
    buttons[0]?.setAttribute("autofocus", "");
    customElements.whenDefined("fluent-dialog").then(() => dialog.show());
  });
}
