"""A CSP's own versions of the templates: checked, test-rendered in the sandbox, then versioned."""

from __future__ import annotations

import hashlib

from sqlalchemy import func, select

from services.documents.catalogue import Template
from services.documents.contexts import headings_for, load_headings
from services.documents.specimen import specimen_extra, specimen_review_data
from services.documents.template_checks import template_findings
from services.documents.upload_checks import Refused, check_upload
from services.domain.access import require_csp
from services.storage.models import CouncilTemplate
from services.workflows import audit_trail
from services.workflows.context import Ctx
from services.workflows.directory import csp_by_code
from services.workflows.uploads import Upload


def specimen_context(found: Template) -> dict:
    h = headings_for(load_headings(), found.headings or "", "2016")
    return found.build(specimen_review_data(), specimen_extra(h))


def upload_template(ctx: Ctx, found: Template, csp_code: str, upload: Upload) -> dict:
    csp = csp_by_code(ctx, csp_code)
    require_csp(ctx.principal, "manage_directory", csp.id)
    try:
        _check(ctx, found, upload)
    except Refused as refused:
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
    )
    ctx.session.add(row)
    ctx.session.flush()
    _audit(
        ctx,
        "template.uploaded",
        {"name": found.name, "csp": csp.code, "version": row.version, "sha256": row.sha256},
    )
    return {"name": found.name, "csp": csp.code, "version": row.version, "sha256": row.sha256}


def _check(ctx: Ctx, found: Template, upload: Upload) -> None:
    kind = check_upload(upload.data, upload.filename, ctx.documents.limits)
    ctx.documents.sandbox.check(kind, upload.data)
    if kind != found.file_type:
        raise Refused(415, "wrong_type", f"{found.name} is a .{found.file_type} template")
    if kind != "docx":
        return
    context = specimen_context(found)
    findings = template_findings(upload.data, set(context))
    if findings:
        raise Refused(
            422, "template_refused", "The template cannot be used: " + "; ".join(findings[:20])
        )
    ctx.documents.sandbox.render(upload.data, context)


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
