/**
 * Signing in from the task pane. With Microsoft Entra ID (DHR_AUTH=entra) Office's single
 * sign-on gives a token for this API (OfficeRuntime.auth.getAccessToken, asked for on every call:
 * Office caches it); the embedded default uses the dev sign-in (by email, localhost only), whose
 * token lives in sessionStorage for this pane only, never in a cookie.
 */

const KEY = "dhr.token";

/** @returns {Promise<string>} "dev" (or the deployment's mode) */
export async function authMode(fetchImpl = (...a) => fetch(...a)) {
  const response = await fetchImpl("/api/v1/auth/config");
  if (!response.ok) throw new Error("The DHR service cannot tell how to sign in.");
  return (await response.json()).mode;
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

const SSO_MESSAGES = {
  13000: "Single sign-on is not available in this version of Office.",
  13001: "You are not signed in to Office: sign in to Office, then try again.",
  13002: "Sign-in was cancelled. Choose Sign in again when you are ready.",
  13003: "This kind of account cannot sign in here: use your work account.",
  13005: "The add-in is not yet approved for single sign-on in your organisation: ask IT.",
  13006: "Office could not sign you in: sign out of Office and back in, then try again.",
  13007: "Office could not get a sign-in for this add-in: ask IT to check its registration.",
  13012: "Single sign-on is not available here (for example in 'Edit in Teams'): open the file in Word or Excel.",
};

/**
 * A token for this API from Office's single sign-on; with `claims`, answering Entra's challenge
 * (MFA, Conditional Access) that the service passed back.
 * @returns {Promise<string>}
 */
export async function officeToken(runtime = globalThis.OfficeRuntime, claims = null) {
  if (!runtime?.auth?.getAccessToken) {
    throw new Error("Sign-in with your organisation's account works inside Word or Excel.");
  }
  const options = { allowSignInPrompt: true, allowConsentPrompt: true };
  if (claims) options.authChallenge = claims;
  try {
    return await runtime.auth.getAccessToken(options);
  } catch (error) {
    throw new Error(SSO_MESSAGES[error?.code] || `Office could not sign you in (${error?.code || error?.message}).`);
  }
}
