"""A CSP's own versions of the templates: checked, test-rendered in the sandbox, then versioned.

Everything that opens the uploaded file happens in the sandbox (services.documents.parse_sandbox):
the upload checks, the template's tags in every part docxtpl renders, and a test render with
each data variant (services.documents.specimen_variants). What the template uses is kept with it.
"""

from __future__ import annotations

import hashlib
import time

from sqlalchemy import func, select

from services.documents.catalogue import WORKBOOK_VARIABLES, Template
from services.documents.contexts import headings_for, load_headings
from services.documents.render_docx import RenderFailed
from services.documents.specimen import specimen_extra, specimen_review_data
from services.documents.specimen_variants import variants
from services.documents.upload_checks import Refused
from services.domain.access import require_csp
from services.storage.models import CouncilTemplate
from services.workflows.directory.directory import visible_csp
from services.workflows.kernel import audit_trail
from services.workflows.kernel.context import Ctx
from services.workflows.kernel.uploads import Upload


def specimen_context(found: Template) -> dict:
    h = headings_for(load_headings(), found.headings or "", "2016")
    return found.build(specimen_review_data(), specimen_extra(h))


def upload_template(ctx: Ctx, found: Template, csp_code: str, upload: Upload) -> dict:
    csp = visible_csp(ctx, csp_code)
    require_csp(ctx.principal, "manage_directory", csp.id)
    code = csp.code
    ctx.idle()  # nothing written yet: no lock is held through the checks and test renders
    try:
        variables = _check(ctx, found, upload, code)
    except (Refused, RenderFailed) as refused:
        ctx.session.rollback()
        _audit(
            ctx, "template.refused", {"name": found.name, "csp": csp.code, "reason": refused.code}
        )
        ctx.session.commit()
        raise
    latest = (
        ctx.session.scalar(
            select(func.max(CouncilTemplate.version)).where(
                CouncilTemplate.csp_id == csp.id, CouncilTemplate.name == found.name
            )
        )
        or 0
    )
    row = CouncilTemplate(
        csp_id=csp.id,
        name=found.name,
        version=latest + 1,
        content=upload.data,
        sha256=hashlib.sha256(upload.data).hexdigest(),
        uploaded_by=ctx.actor_id,
        uploaded_at=ctx.clock.now(),
        variables=variables,
    )
    ctx.session.add(row)
    ctx.session.flush()
    _audit(
        ctx,
        "template.uploaded",
        {"name": found.name, "csp": csp.code, "version": row.version, "sha256": row.sha256},
    )
    return {"name": found.name, "csp": csp.code, "version": row.version, "sha256": row.sha256}


def _check(ctx: Ctx, found: Template, upload: Upload, key: str) -> list[str]:
    """Refused unless the file is a safe template of the right kind that fills, quickly, with
    every data variant; the variables it uses (kept with it) when it is."""
    sandbox = ctx.docs.sandbox
    kind = sandbox.inspect(upload.data, upload.filename, ctx.docs.limits, key)
    if kind != found.file_type:
        raise Refused(415, "wrong_type", f"{found.name} is a .{found.file_type} template")
    h = headings_for(load_headings(), found.headings or "", "2016")
    tried = variants(found.build, h)
    if kind == "xlsx":
        for what, context in tried:
            _timed(lambda c=context: sandbox.render_workbook(upload.data, c, key), what, sandbox)
        return list(WORKBOOK_VARIABLES)
    report = sandbox.template_report(upload.data, set(tried[0][1]), key)
    if report["findings"]:
        reasons = "; ".join(report["findings"][:20])
        raise Refused(422, "template_refused", f"The template cannot be used: {reasons}")
    for what, context in tried:
        _timed(lambda c=context: sandbox.render(upload.data, c, key), what, sandbox)
    return report["variables"]


def _timed(render, what: str, sandbox) -> None:
    """A test render must leave room in the budget: real data is larger than a specimen."""
    started = time.monotonic()
    try:
        render()
    except RenderFailed as failed:
        raise RenderFailed(f"With {what}: {failed}", failed.code) from failed
    except Refused as refused:
        raise Refused(refused.status, refused.code, f"With {what}: {refused}") from refused
    allowed = sandbox.render_seconds / 2
    if time.monotonic() - started > allowed:
        raise Refused(
            422,
            "render_slow",
            f"With {what} the template took longer than {allowed:g} s to fill; real reviews "
            "hold more than the test data, so it would not be safe to use",
        )


def variables_of(ctx: Ctx, row: CouncilTemplate) -> list[str]:
    """The variables kept with the template; read once (in the sandbox) for rows stored before
    they were kept, then kept."""
    if row.variables is None:
        report = ctx.docs.sandbox.template_report(row.content, set(), str(row.csp_id))
        row.variables = report["variables"]
    return list(row.variables)


def current(ctx: Ctx, csp_id: int, name: str) -> CouncilTemplate | None:
    return ctx.session.scalar(
        select(CouncilTemplate)
        .where(CouncilTemplate.csp_id == csp_id, CouncilTemplate.name == name)
        .order_by(CouncilTemplate.version.desc())
        .limit(1)
    )


def _audit(ctx: Ctx, action: str, payload: dict) -> None:
    audit_trail.append(
        ctx.session, audit_trail.DIRECTORY_CHAIN, ctx.actor_id, action, payload, ctx.clock.now()
    )
