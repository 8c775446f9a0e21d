// MSAL.js for the panes: nested app authentication in Office, and the redirect flow of the
// fallback sign-in dialog.
export {
  createNestablePublicClientApplication,
  InteractionRequiredAuthError,
  PublicClientApplication,
} from "@azure/msal-browser";
