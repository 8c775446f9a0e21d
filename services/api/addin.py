"""Serves the add-in: the manifest for this deployment, the task panes, and how to sign in.

The manifest in the repository names https://127.0.0.1:3000; GET /manifest.xml answers it with
this deployment's DHR_PUBLIC_URL (and Entra client id), so one file serves every deployment.
Pane files are served with no-cache (Office caches aggressively) and a Content-Security-Policy
that allows only this origin and the Office.js CDN.
"""

from __future__ import annotations

from pathlib import Path

from flask import Response, abort, send_from_directory
from flask_smorest import Blueprint

from services.api.context import public, services
from services.api.responses import addin as r
from services.api.responses.base import binary

ROOT = Path(__file__).resolve().parents[2]
ADDIN = ROOT / "addin"
MANIFEST = ROOT / "manifest.xml"
REPO_ORIGIN = "https://127.0.0.1:3000"
REPO_CLIENT_ID = "5d0c1a3e-6f2b-4c8e-9a7d-3b1e2f4a6c80"
OFFICE_CDN = "https://appsforoffice.microsoft.com"
# Office on the web shows the pane in a frame of these sites; desktop Office in a webview.
OFFICE_FRAMES = (
    "https://*.officeapps.live.com https://*.office.com https://*.office365.com "
    "https://*.sharepoint.com https://*.cloud.microsoft"
)
SERVED = {".html", ".js", ".css", ".png", ".svg"}
# The bundle's sources and build tools live beside the panes but are never served.
NOT_SERVED = {"vendor-src", "node_modules"}

blp = Blueprint("addin", __name__, description="The Office add-in: manifest and task panes")


def manifest_text() -> str:
    settings = services().settings
    host = settings.public_url.split("://", 1)[1]
    text = (
        MANIFEST.read_text(encoding="utf-8")
        .replace(REPO_ORIGIN, settings.public_url)
        .replace(f"api://{REPO_ORIGIN.split('://', 1)[1]}/", f"api://{host}/")
    )
    if settings.entra_client_id:
        text = text.replace(REPO_CLIENT_ID, settings.entra_client_id)
    return text


@blp.route("/manifest.xml")
@blp.response(200, **binary("application/xml"))
@blp.doc(security=[])
@public
def manifest():
    """The add-in manifest for this deployment (sideload it, or upload it to the admin centre)."""
    response = Response(manifest_text(), mimetype="application/xml")
    response.headers["Cache-Control"] = "no-cache"
    return response


@blp.route("/addin/<path:name>")
@blp.response(200, **binary("application/octet-stream"))
@blp.doc(security=[])
@public
def addin_file(name: str):
    """A task-pane file: HTML, ES modules, styles and icons; nothing else under addin/."""
    if Path(name).suffix not in SERVED or NOT_SERVED & set(Path(name).parts):
        abort(404)
    response = send_from_directory(ADDIN, name, max_age=0)
    response.headers["Cache-Control"] = "no-cache"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = (
        f"default-src 'self'; script-src 'self' {OFFICE_CDN}; style-src 'self'; "
        f"img-src 'self' data:; connect-src 'self' {sign_in_origin()}; frame-src {OFFICE_CDN}; "
        f"frame-ancestors 'self' {OFFICE_FRAMES}; base-uri 'none'; form-action 'none'"
    )
    return response


@blp.route("/api/v1/auth/config")
@blp.response(200, r.AuthConfigResponse)
@blp.doc(security=[])
@public
def auth_config():
    """How the task pane signs people in here: `dev` (the embedded sign-in by email) or `entra`,
    with what MSAL.js needs for nested app authentication and the sign-in dialog (the app's
    client id, its authority, and this API's scope). Nothing here is secret."""
    settings = services().settings
    if settings.auth != "entra":
        return {"mode": settings.auth}
    host = settings.public_url.split("://", 1)[1]
    return {
        "mode": settings.auth,
        "client_id": settings.entra_client_id,
        "authority": f"{settings.entra_authority_host.rstrip('/')}/{settings.entra_tenant_id}",
        "scope": f"api://{host}/{settings.entra_client_id}/access_as_user",
    }


def sign_in_origin() -> str:
    """The Entra authority the sign-in dialog's MSAL.js talks to (token redemption)."""
    settings = services().settings
    return settings.entra_authority_host.rstrip("/") if settings.auth == "entra" else ""
