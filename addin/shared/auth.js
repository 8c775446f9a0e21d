// @ts-check
/**
 * Signing in from the task pane. The embedded default uses the dev sign-in (by email, localhost
 * only), whose token lives in sessionStorage for this pane only, never in a cookie. With
 * Microsoft Entra ID (DHR_AUTH=entra) a token for this API comes from, in turn:
 *   1. nested app authentication (MSAL.js) where Office supports it (NestedAppAuth 1.1);
 *   2. Office's single sign-on (OfficeRuntime.auth.getAccessToken);
 *   3. the sign-in dialog (signin.js, through Office's dialog API), when Office cannot sign in.
 * Each of Office's 13xxx codes becomes words and the next step (try again, or the dialog).
 */

const KEY = "dhr.token";

/** @returns {Promise<{mode: string, client_id?: string, authority?: string, scope?: string}>} */
export async function authConfig(fetchImpl = (...a) => fetch(...a)) {
  const response = await fetchImpl("/api/v1/auth/config");
  if (!response.ok) throw new Error(`The DHR service answered ${response.status} when asked how to sign in.`);
  return response.json();
}

/**
 * Dev sign-in: a token for the person with this email.
 * @param {string} email
 * @returns {Promise<{token: string, email: string}>}
 */
export async function devSignIn(email, fetchImpl = (...a) => fetch(...a), storage = sessionStorage) {
  const response = await fetchImpl("/api/v1/dev/sign-in", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = (body.errors && body.errors[0] && body.errors[0].message) || body.detail;
    throw new Error(detail ? `Sign-in failed: ${detail}` : "Sign-in failed.");
  }
  storage.setItem(KEY, JSON.stringify({ token: body.access_token, email }));
  return { token: body.access_token, email };
}

/** The signed-in person of this pane, or null. */
export function savedSession(storage = sessionStorage) {
  try {
    return JSON.parse(storage.getItem(KEY) || "null");
  } catch {
    return null;
  }
}

export function signOut(storage = sessionStorage) {
  storage.removeItem(KEY);
}

/** A sign-in that did not work: words for the person and what to offer next. */
export class SignInError extends Error {
  /**
   * @param {string} message
   * @param {"retry"|"dialog"} next "retry": ask Office again; "dialog": the sign-in dialog
   * @param {number|string|null} code
   */
  constructor(message, next, code = null) {
    super(message);
    this.name = "SignInError";
    this.next = next;
    this.code = code;
  }
}

/** Office's single sign-on codes: what happened, in words, and what helps. */
export const SSO_CODES = {
  13000: ["Single sign-on is not available in this version of Office.", "dialog"],
  13001: ["You are not signed in to Office. Choose Sign in to sign in to Office.", "retry"],
  13002: ["Sign-in was cancelled. Choose Sign in when you are ready.", "retry"],
  13003: ["This kind of account cannot use single sign-on here: sign in with your work account instead.", "dialog"],
  13005: ["Office is not yet approved to sign you in to the DHR service: sign in with the sign-in window, and ask IT to grant consent.", "dialog"],
  13006: ["Office could not sign you in (a problem in Office itself). Try again; if it keeps failing, sign out of Office and back in.", "retry"],
  13007: ["Office could not get a sign-in for the DHR service: use the sign-in window instead.", "dialog"],
  13008: ["Office is still finishing an earlier sign-in. Try again in a moment.", "retry"],
  13010: ["Your browser's security settings stopped the sign-in: put this site and Office in the same security zone, then try again.", "retry"],
  13012: ["Single sign-on is not available here (for example in 'Edit in Teams'): use the sign-in window.", "dialog"],
  13013: ["Office was asked to sign you in too often. Wait a minute, then try again.", "retry"],
  50001: ["This copy of Office is out of date for single sign-on: use the sign-in window.", "dialog"],
};

/**
 * A token for this API from Office's single sign-on; with `claims`, answering Entra's challenge
 * (MFA, Conditional Access) that the service passed back.
 * @returns {Promise<string>}
 */
export async function officeToken(runtime = globalThis.OfficeRuntime, claims = null) {
  if (!runtime?.auth?.getAccessToken) {
    throw new SignInError("Sign-in with your organisation's account works inside Word or Excel.", "dialog");
  }
  /** @type {Record<string, any>} */
  const options = { allowSignInPrompt: true, allowConsentPrompt: true };
  if (claims) options.authChallenge = claims;
  try {
    return await runtime.auth.getAccessToken(options);
  } catch (error) {
    const [words, next] = SSO_CODES[error?.code] || [`Office could not sign you in (${error?.code || error?.message}).`, "dialog"];
    throw new SignInError(words, /** @type {"retry"|"dialog"} */ (next), error?.code ?? null);
  }
}

/**
 * Nested app authentication: MSAL.js asks Office (the host) for a token for this API, silently
 * when it can, with Office's own prompt when the person must act.
 * @param {{client_id: string, authority: string, scope: string}} config
 * @param {any} msal the module addin/vendor/msal.js
 */
export async function nestedAppToken(config, msal) {
  const app = await msal.createNestablePublicClientApplication({
    auth: { clientId: config.client_id, authority: config.authority },
  });
  const request = { scopes: [config.scope] };
  try {
    return (await app.acquireTokenSilent(request)).accessToken;
  } catch (error) {
    if (!(error instanceof msal.InteractionRequiredAuthError)) throw error;
    return (await app.acquireTokenPopup(request)).accessToken;
  }
}

/**
 * The sign-in dialog (Office's dialog API): signin.html signs the person in with MSAL.js's
 * redirect flow and sends the token back with messageParent.
 * @param {any} office the Office namespace
 * @returns {Promise<string>}
 */
export function dialogToken(office = globalThis.Office) {
  const url = new URL("../signin.html", import.meta.url).href;
  return new Promise((resolve, reject) => {
    office.context.ui.displayDialogAsync(url, { height: 60, width: 30, promptBeforeOpen: false }, (opened) => {
      if (opened.status !== office.AsyncResultStatus.Succeeded) {
        reject(new SignInError(`The sign-in window did not open (${opened.error?.code}): allow pop-ups for Office, then try again.`, "retry", opened.error?.code));
        return;
      }
      const dialog = opened.value;
      dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
        dialog.close();
        const answer = JSON.parse(arg.message);
        if (answer.token) resolve(answer.token);
        else reject(new SignInError(`The sign-in window could not sign you in: ${answer.error}`, "retry"));
      });
      dialog.addEventHandler(office.EventType.DialogEventReceived, (arg) => {
        const closed = arg.error === 12006;
        reject(new SignInError(closed ? "You closed the sign-in window before signing in." : `The sign-in window stopped (${arg.error}).`, "retry", arg.error));
      });
    });
  });
}
