// @ts-check
/**
 * The start-up both panes share: which host and theme, how to sign in (dev form, or Entra ID
 * through nested app authentication, Office's single sign-on and the sign-in dialog), the header,
 * and `guarded` — every piece of work runs through it, so a failure always ends in words and a
 * button that recovers (Retry, Sign in), a 401 resets the header, and the pane is marked busy
 * while focus stays on the control the person pressed.
 */

import { createApi } from "./api.js";
import { authConfig, devSignIn, dialogToken, nestedAppToken, officeToken, savedSession, signOut } from "./auth.js";
import { followTheme, setProgress } from "./controls.js";
import { officeHost, supports } from "./office.js";
import { $, button, say, show } from "./ui.js";

/** Failed Office sign-ins after which the sign-in dialog is offered whatever the code. */
const DIALOG_AFTER = 3;

/**
 * @param {{onSignedIn: (pane: any) => Promise<void>, firstHeading: string}} options
 */
export async function startPane({ onSignedIn, firstHeading }) {
  const pane = {
    host: /** @type {"Word"|"Excel"|null} */ (null),
    session: /** @type {any} */ (null),
    config: /** @type {any} */ (null),
    busy: false,
    queue: Promise.resolve(),
    failures: 0,
    dialogToken: /** @type {string|null} */ (null),
    api: /** @type {any} */ (null),
    status: (text, kind = "info", actions = []) => say($("#status"), text, kind, actions),
    alert: (text, actions = []) => say($("#alert"), text, "error", actions),
    progress: (label, done, total = 1) => progress(label, done, total),
    guarded: (work) => guarded(pane, work),
    signedIn: () => signedIn(pane, onSignedIn, firstHeading),
  };
  pane.api = createApi({ token: () => token(pane), onClaims: (claims) => officeToken(globalThis.OfficeRuntime, claims) });
  pane.host = await officeHost();
  if (pane.host) followTheme(globalThis.Office?.context?.officeTheme);
  $("#signin-form").addEventListener("submit", (event) => {
    event.preventDefault();
    pane.guarded(async () => {
      pane.session = await devSignIn(($("#email").value || "").trim());
      await pane.signedIn();
    });
  });
  await begin(pane);
  return pane;
}

/** How to sign in, then signed in; when the service cannot be reached: the reason and Retry. */
async function begin(pane) {
  await pane.guarded(async () => {
    pane.config = await authConfig().catch((error) => {
      const why = error instanceof TypeError ? "the DHR service cannot be reached" : error.message;
      throw Object.assign(new Error(`The pane cannot start: ${why}. Check your connection, then choose Retry.`), {
        recover: button("Retry", () => begin(pane), { appearance: "primary" }),
      });
    });
    if (pane.config.mode === "entra") await organisationSignIn(pane);
    else if ((pane.session = savedSession())) await pane.signedIn();
    else showSignInForm();
  });
}

function showSignInForm() {
  show($("#signin"));
  $("#signin-title").focus();
}

/** Entra ID: nested app authentication, else Office's SSO, else (or on request) the dialog. */
async function organisationSignIn(pane, viaDialog = false) {
  if (viaDialog) pane.dialogToken = await dialogToken();
  await token(pane);
  pane.session = { sso: true };
  await pane.signedIn();
}

async function token(pane) {
  if (!pane.session?.sso && pane.config?.mode !== "entra") return pane.session?.token;
  if (pane.dialogToken) return pane.dialogToken;
  if (supports("NestedAppAuth", "1.1") && pane.config.client_id) {
    try {
      return await nestedAppToken(pane.config, await import("../vendor/msal.js"));
    } catch {
      // Office's own single sign-on is the next way in.
    }
  }
  return officeToken();
}

async function signedIn(pane, onSignedIn, firstHeading) {
  pane.failures = 0;
  show($("#signin"), false);
  const who = $("#who");
  if (pane.session.sso) {
    who.replaceChildren("Signed in with your organisation's account");
  } else {
    const out = button("Sign out", () => {
      signOut();
      location.reload();
    });
    out.classList.add("link");
    who.replaceChildren(`Signed in as ${pane.session.email} · `, out);
  }
  show(who);
  pane.alert("");
  await onSignedIn(pane);
  $(firstHeading).focus();
}

/** The sign-in is over (401): the header says so, and Sign in starts it again. */
function expired(pane) {
  signOut();
  pane.session = null;
  pane.dialogToken = null;
  $("#who").replaceChildren("Not signed in");
  const again = button(
    "Sign in",
    () => {
      if (pane.config.mode === "entra") return pane.guarded(() => organisationSignIn(pane));
      pane.alert("");
      showSignInForm();
    },
    { appearance: "primary" },
  );
  pane.alert("Your sign-in has expired. Sign in again to carry on: nothing in the document has changed.", [again]);
}

/** An Office sign-in failure: the words, and Sign in again or the sign-in window. */
function signInFailed(pane, error) {
  pane.failures += 1;
  $("#who").replaceChildren("Not signed in");
  const actions = [];
  if (error.next === "retry") {
    actions.push(button("Sign in", () => pane.guarded(() => organisationSignIn(pane)), { appearance: "primary" }));
  }
  if (error.next === "dialog" || pane.failures >= DIALOG_AFTER) {
    actions.push(button("Sign in with a window", () => pane.guarded(() => organisationSignIn(pane, true))));
  }
  pane.alert(error.message, actions);
}

/**
 * Runs one piece of work after any already running (the pane is busy meanwhile: aria-busy);
 * focus stays where it is; any failure is said with what recovers from it. A button pressed
 * again while its own work runs is turned away (press() in ui.js), so nothing is saved twice.
 */
function guarded(pane, work) {
  const turn = pane.queue.then(() => run(pane, work));
  pane.queue = turn.catch(() => {});
  return turn;
}

async function run(pane, work) {
  pane.busy = true;
  $("main").setAttribute("aria-busy", "true");
  pane.alert("");
  try {
    await work();
  } catch (error) {
    if (error?.status === 401) expired(pane);
    else if (error?.name === "SignInError") signInFailed(pane, error);
    else pane.alert(error?.message || String(error), [error?.recover || retry(pane, work, error)].filter(Boolean));
  } finally {
    pane.busy = false;
    $("main").removeAttribute("aria-busy");
    progress("", null);
  }
}

/** Unreachable (0) or unavailable (5xx): the same work may simply be tried again. */
function retry(pane, work, error) {
  if (!(error?.status === 0 || error?.status >= 500)) return null;
  return button("Retry", () => pane.guarded(work), { appearance: "primary" });
}

/** The progress bar and its announcement ("Sending slice 2 of 3"); an empty label hides it. */
function progress(label, done, total = 1) {
  const box = $("#progress-box");
  $("#progress-label").textContent = label;
  show(box, Boolean(label));
  setProgress($("#progress"), done, total);
}
