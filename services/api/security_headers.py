"""Headers on every response, whatever route or error produced it (OWASP ASVS 14.2/14.3):

- `X-Content-Type-Options: nosniff` and `Referrer-Policy: no-referrer` everywhere;
- API answers (JSON, documents, problems): `Cache-Control: no-store` unless the route chose
  otherwise, and a CSP that lets nothing run or frame them;
- HSTS when the request came over TLS (behind the proxy, gunicorn's forwarded_allow_ips lets
  X-Forwarded-Proto say so).

The task panes set their own CSP (services/api/addin.py): Office frames them, and they load
office.js from Microsoft's CDN, so they must not get the API's `frame-ancestors 'none'`.
"""

from __future__ import annotations

from flask import Flask, Response, request

API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
HSTS = "max-age=31536000; includeSubDomains"


def install(app: Flask) -> None:
    @app.after_request
    def secure(response: Response) -> Response:
        headers = response.headers
        headers["X-Content-Type-Options"] = "nosniff"
        headers["Referrer-Policy"] = "no-referrer"
        if request.is_secure:
            headers["Strict-Transport-Security"] = HSTS
        if "Content-Security-Policy" not in headers:
            headers["Content-Security-Policy"] = API_CSP
        if "Cache-Control" not in headers:
            headers["Cache-Control"] = "no-store"
        return response
