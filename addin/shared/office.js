// @ts-check
/**
 * Whether the page runs inside Office, and in which host. Outside Office (a plain browser, or
 * office.js unreachable) the panes work as dashboards with the Office-only buttons hidden.
 */

/** @returns {Promise<"Word"|"Excel"|null>} */
export function officeHost(timeoutMs = 3000) {
  const office = globalThis.Office;
  if (!office || typeof office.onReady !== "function") return Promise.resolve(null);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs);
    office.onReady((info) => {
      clearTimeout(timer);
      const host = info && info.host;
      if (host === office.HostType?.Excel || host === "Excel") resolve("Excel");
      else if (host === office.HostType?.Word || host === "Word") resolve("Word");
      else resolve(null);
    });
  });
}

/** Requirement sets are checked at run time, never in the manifest's base Requirements. */
export function supports(set, version) {
  const requirements = globalThis.Office?.context?.requirements;
  return Boolean(requirements && requirements.isSetSupported(set, version));
}
