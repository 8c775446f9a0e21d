// @ts-check
/**
 * The only caller of the DHR backend. Every failure becomes an ApiError whose message a person
 * can read: the problem+json title, its detail, and each named field's message.
 */

export class ApiError extends Error {
  /**
   * @param {string} message what to show the person
   * @param {number} status the HTTP status (0 when the service could not be reached)
   * @param {object|null} problem the problem+json body, when there was one
   */
  constructor(message, status, problem = null) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.problem = problem;
  }
}

const FIELD_NAMES = {
  lead_agency_id: "Lead agency",
  target_date: "Target date",
  completion_date: "Completion date",
  success_measure: "Success measure",
  lead_officer: "Lead officer",
  closure_reason: "Reason it cannot be completed",
  evidence_document_id: "Evidence",
};

/** A field name as a person would say it: "lead_officer" → "Lead officer". */
export function fieldLabel(field) {
  if (FIELD_NAMES[field]) return FIELD_NAMES[field];
  const words = String(field).replace(/[_.]/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The message for a problem+json body: its detail (or title) and every field error.
 * @param {object} problem
 * @param {number} status
 * @returns {string}
 */
export function problemMessage(problem, status) {
  if (!problem || typeof problem !== "object") {
    return status === 0
      ? "The DHR service cannot be reached. Check your connection and try again."
      : `The DHR service answered ${status}. Try again, or tell your coordinator.`;
  }
  const lines = [problem.detail || problem.title || `Error ${status}`];
  for (const error of problem.errors || []) {
    const where = error.cell ? `${error.sheet || "Sheet"} ${error.cell}: ` : `${fieldLabel(error.field)}: `;
    lines.push(`${where}${error.message}`);
  }
  return lines.join("\n");
}

/**
 * A client for /api/v1 that sends the bearer token on every call.
 * When the service answers 403 with a `claims` challenge (Entra wants MFA or Conditional Access),
 * `onClaims(claims)` is asked for a new token and the call is sent once more with it.
 * @param {{token: () => (string|null|Promise<string>), onClaims?: (claims: string) => Promise<string>,
 *   fetchImpl?: typeof fetch, base?: string}} options
 */
export function createApi({ token, onClaims = null, fetchImpl = (...a) => fetch(...a), base = "" }) {
  async function call(method, path, { json, body, headers = {} } = {}, challenged = null) {
    const sent = { ...headers };
    const bearer = challenged || (await token());
    if (bearer) sent.Authorization = `Bearer ${bearer}`;
    let payload = body;
    if (json !== undefined) {
      sent["Content-Type"] = "application/json";
      payload = JSON.stringify(json);
    }
    let response;
    try {
      response = await fetchImpl(`${base}/api/v1/${path}`, { method, headers: sent, body: payload });
    } catch {
      throw new ApiError(problemMessage(null, 0), 0);
    }
    const type = response.headers.get("Content-Type") || "";
    if (!response.ok) {
      const problem = type.includes("json") ? await response.json().catch(() => null) : null;
      if (response.status === 403 && problem?.claims && onClaims && !challenged) {
        return call(method, path, { json, body, headers }, await onClaims(problem.claims));
      }
      throw new ApiError(problemMessage(problem, response.status), response.status, problem);
    }
    if (type.includes("json")) return { data: await response.json(), headers: response.headers };
    return { data: await response.arrayBuffer(), headers: response.headers };
  }
  return {
    /** @param {string} path */
    get: async (path) => (await call("GET", path)).data,
    /** @param {string} path @param {object} json */
    post: async (path, json) => (await call("POST", path, { json })).data,
    /** PATCH with If-Match; answers {data, etag}. */
    patch: async (path, json, etag) => {
      const { data, headers } = await call("PATCH", path, { json, headers: { "If-Match": etag } });
      return { data, etag: headers.get("ETag") };
    },
    call,
  };
}
