/**
 * Signing in from the task pane. The embedded default uses the dev sign-in (by email, localhost
 * only); the token lives in sessionStorage for this pane only, never in a cookie.
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
