"""The access log (who read which IMR, chronology or draft, and when) and refused requests."""

from __future__ import annotations

from flask_smorest import Blueprint

from services.api import schemas as s
from services.api.context import run
from services.api.files import attachment
from services.api.responses import audit_export as r
from services.api.responses.base import CSV, Many, also
from services.workflows.kernel import access_log, refusals

blp = Blueprint("audit_export", __name__, url_prefix="/api/v1", description="Access log")


@blp.route("/audit/export", methods=["GET"])
@blp.arguments(s.AccessLogQuerySchema, location="query")
@also(blp, CSV)
@blp.response(200, r.AccessLogResponse)
def export(query):
    """Every read of the review's IMRs, chronologies and draft reports (coordinator, CSP chair)."""
    result = run(access_log.export, query["review"], query["format"])
    return result if query["format"] == "json" else attachment(*result)


@blp.route("/admin/refusals", methods=["GET"])
@blp.arguments(s.RefusalsQuerySchema, location="query")
@blp.response(200, Many(r.RefusalResponse))
def list_refusals(query):
    """Administrators: requests refused with 403 or 404, newest first (?person=)."""
    return run(refusals.list_refusals, query["person"])
