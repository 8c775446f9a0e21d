"""Routes for CSPs, agencies and people."""

from __future__ import annotations

from flask_smorest import Blueprint

from services.api.context import run
from services.api.responses import directory as r
from services.api.responses.base import Many
from services.api.schemas import AgencySchema, CspSchema, DirectoryFilterSchema, PersonSchema
from services.workflows.directory import directory, directory_audit
from services.workflows.reviews import dashboard

blp = Blueprint("directory", __name__, url_prefix="/api/v1", description="CSPs, agencies, people")


@blp.route("/csps", methods=["POST"])
@blp.arguments(CspSchema)
@blp.response(201, r.CspResponse)
def create_csp(data):
    """Add a Community Safety Partnership (administrators)."""
    return run(directory.create_csp, data)


@blp.route("/csps", methods=["GET"])
@blp.response(200, Many(r.CspResponse))
def list_csps():
    """The CSPs the caller holds a role in."""
    return run(directory.list_csps)


@blp.route("/csps/<code>/dashboard", methods=["GET"])
@blp.response(200, r.CspDashboardResponse)
def csp_dashboard(code):
    """Open reviews by state, deadlines in the next 30 days and overdue, pool capacity."""
    return run(dashboard.dashboard, code)


@blp.route("/agencies", methods=["POST"])
@blp.arguments(AgencySchema)
@blp.response(201, r.AgencyResponse)
def create_agency(data):
    """Add an agency to a CSP; `statutory` defaults from the guidance's list of kinds."""
    return run(directory.create_agency, data)


@blp.route("/agencies", methods=["GET"])
@blp.arguments(DirectoryFilterSchema, location="query")
@blp.response(200, Many(r.AgencyResponse))
def list_agencies(query):
    return run(directory.list_agencies, query["csp"])


@blp.route("/people", methods=["POST"])
@blp.arguments(PersonSchema)
@blp.response(201, r.PersonResponse)
def create_person(data):
    """Add a person: an agency's staff, or an independent chair or author in the shared pool."""
    return run(directory.create_person, data)


@blp.route("/people", methods=["GET"])
@blp.arguments(DirectoryFilterSchema, location="query")
@blp.response(200, Many(r.PersonResponse))
def list_people(query):
    return run(directory.list_people, query["csp"])


@blp.route("/directory/audit", methods=["GET"])
@blp.response(200, r.AuditTrailResponse)
def read_directory_audit():
    """The hash-chained trail of directory changes, verified on read (administrators)."""
    return run(directory_audit.directory_audit)


@blp.route("/people/<id:person_id>", methods=["DELETE"])
@blp.response(200, r.PersonResponse)
def remove_person(person_id):
    """Administrators: the person has left; their sign-ins are refused, their record is kept."""
    return run(directory.remove_person, person_id)
