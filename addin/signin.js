// @ts-check
/**
 * The sign-in dialog's page (opened by the panes through Office's dialog API when Office's own
 * sign-in cannot be used): MSAL.js's redirect flow to Microsoft Entra ID and back, then the token
 * for this API goes to the pane with messageParent. Nothing is stored here but MSAL's own cache
 * for the redirect, in sessionStorage.
 */

import { PublicClientApplication } from "./vendor/msal.js";
import { authConfig } from "./shared/auth.js";

const tell = (answer) => globalThis.Office.context.ui.messageParent(JSON.stringify(answer));

async function signIn() {
  await globalThis.Office.onReady();
  const config = await authConfig();
  const msal = new PublicClientApplication({
    auth: { clientId: config.client_id || "", authority: config.authority, redirectUri: new URL("signin.html", location.href).href },
    cache: { cacheLocation: "sessionStorage" },
  });
  await msal.initialize();
  const done = await msal.handleRedirectPromise();
  if (done) return tell({ token: done.accessToken });
  await msal.loginRedirect({ scopes: [config.scope || ""] });
}

signIn().catch((error) => {
  document.getElementById("state").textContent = `Sign-in failed: ${error.message}`;
  tell({ error: error.message });
});
