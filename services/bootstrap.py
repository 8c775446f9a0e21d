"""Builds the adapters for the configured mode: the one place that wires the service together."""

from __future__ import annotations

import socket
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from services.auth.app_tokens import AppTokens
from services.auth.certificates import CertificateSource
from services.auth.dev import DevTokens, load_or_create_key
from services.auth.entra import EntraTokens
from services.auth.obo import UserTokens
from services.clock import SystemClock
from services.config import Settings
from services.documents.parse_sandbox import ParseSandbox
from services.documents.upload_checks import Limits
from services.domain.guidance import Guidance, load_guidance
from services.integrations import outbound
from services.integrations.sharepoint_lists import ListSync
from services.integrations.worker import Worker
from services.ports import Clock, DocumentLibrary
from services.storage.blobs import BlobStore
from services.storage.db import make_engine, make_session_factory
from services.storage.library_nodes import NodeRegistry, default_node_id
from services.storage.local_library import LocalLibrary
from services.storage.sharepoint_library import SharePointLibrary
from services.storage.sharepoint_provision import Provisioner
from services.workflows.directory.principal import Principals
from services.workflows.kernel.context import DocumentServices, Integrations, UploadQuota


@dataclass
class Services:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    guidance: Guidance
    clock: Clock
    tokens: DevTokens
    entra: EntraTokens | None  # DHR_AUTH=entra: bearer tokens are Entra ID access tokens
    documents: DocumentServices
    integrations: Integrations
    background: ThreadPoolExecutor  # work a client asked for asynchronously (202 + Location)
    # The principals this process has built, reused until the access generation changes.
    principals: Principals = field(default_factory=Principals)


def build(
    settings: Settings, clock: Clock | None = None, resolver: outbound.Resolver | None = None
) -> Services:
    """`resolver` looks host names up for outbound calls (socket.getaddrinfo unless a test
    names what a host resolves to)."""
    problems = settings.problems()
    if problems:
        raise SystemExit("Refusing to start: " + "; ".join(problems))
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.effective_database_url)
    clock = clock or SystemClock()
    return Services(
        settings=settings,
        engine=engine,
        sessions=make_session_factory(engine),
        guidance=load_guidance(settings.guidance_file),
        clock=clock,
        tokens=DevTokens(load_or_create_key(settings.data_dir), settings.token_ttl_seconds),
        entra=_entra_tokens(settings) if settings.auth == "entra" else None,
        documents=DocumentServices(
            library_for=_library_factory(settings, clock),
            sandbox=ParseSandbox(
                render_workers=settings.render_workers,
                render_seconds=settings.render_seconds,
                upload_workers=settings.upload_workers,
                parse_seconds=settings.parse_seconds,
                max_render_bytes=settings.max_upload_bytes,
            ),
            limits=Limits(max_bytes=settings.max_upload_bytes),
            uploads_dir=settings.data_dir / "uploads",
            sensitivity_labels=settings.sensitivity_labels,
            tenant_id=settings.entra_tenant_id,
            quota=UploadQuota(
                session_hours=settings.upload_session_hours,
                sessions_per_person=settings.upload_sessions_per_person,
                daily_bytes=settings.upload_daily_bytes,
            ),
        ),
        background=ThreadPoolExecutor(max_workers=2, thread_name_prefix="dhr-background"),
        integrations=Integrations(
            public_url=settings.public_url,
            teams_webhooks=settings.teams_webhooks,
            sharepoint_lists=settings.library == "sharepoint",
            outbound=settings.outbound_policy(),
            resolver=resolver or socket.getaddrinfo,
        ),
    )


def _entra_tokens(settings: Settings) -> EntraTokens:
    host = settings.public_url.split("://", 1)[1]
    return EntraTokens(
        tenant_id=settings.entra_tenant_id,
        client_id=settings.entra_client_id,
        issuer=settings.issuer,
        jwks_url=settings.jwks_url,
        app_id_uri=f"api://{host}/{settings.entra_client_id}",
        allowed_tenants=settings.entra_allowed_tenants,
        ca_bundle=settings.entra_ca_bundle,
        keys_cooldown_seconds=settings.entra_keys_cooldown_seconds,
    )


def _sharepoint_tokens(settings: Settings) -> AppTokens:
    scope = "{0.scheme}://{0.netloc}/.default".format(urlsplit(settings.sharepoint_site_url))
    return AppTokens(
        tenant_id=settings.entra_tenant_id,
        client_id=settings.entra_client_id,
        certificate=CertificateSource(settings.entra_certificate or "", settings.entra_ca_bundle),
        scope=scope,
        authority_host=settings.entra_authority_host,
        instance_discovery=settings.entra_instance_discovery,
        ca_bundle=settings.entra_ca_bundle,
    )


def sharepoint_provisioner(settings: Settings) -> Provisioner:
    """`flask dhr provision-sharepoint`'s client, with the app's own (certificate) identity."""
    return Provisioner(
        settings.sharepoint_site_url, settings.sharepoint_library, _sharepoint_tokens(settings)
    )


def build_worker(services: Services, verify_tls: bool | str = True) -> Worker:
    """The outbox worker for this configuration (SharePoint lists only with the SharePoint mode)."""
    settings = services.settings
    lists = None
    if settings.library == "sharepoint":
        lists = ListSync(settings.sharepoint_site_url, _sharepoint_tokens(settings))
    return Worker(
        sessions=services.sessions,
        public_url=settings.public_url,
        teams_webhooks=settings.teams_webhooks,
        lists=lists,
        lease_seconds=settings.outbox_lease_seconds,
        backoff_seconds=settings.outbox_backoff_seconds,
        max_attempts=settings.outbox_max_attempts,
        verify_tls=verify_tls,
        library_for=services.documents.library_for,
        sweeps=(
            lambda: send_deadline_reminders(services),
            lambda: send_action_reminders(services),
            lambda: sweep_uploads(services),
        ),
        policy=services.integrations.outbound,
        resolver=services.integrations.resolver,
    )


def start_node(services: Services, heartbeat: bool = True) -> NodeRegistry | None:
    """With the embedded library: refuses (SystemExit) a node that cannot share the library
    directory with the nodes already serving the database, else registers it and, with
    `heartbeat`, keeps proving it sees the directory. Call after migrating."""
    settings = services.settings
    if settings.library != "local":
        return None
    registry = NodeRegistry(
        services.engine,
        settings.data_dir / "blobs",
        settings.node_id or default_node_id(settings.data_dir),
        settings.node_beat_seconds,
    )
    registry.claim()
    if heartbeat:
        registry.run()
    return registry


def sweep_uploads(services: Services) -> int:
    """Removes expired upload sessions and their slices (the worker runs it each 15 min)."""
    from services.workflows.kernel.uploads import sweep_expired

    with services.sessions() as session:
        swept = sweep_expired(
            session,
            services.documents.uploads_dir,
            services.clock.now(),
            services.documents.quota.session_hours,
        )
        session.commit()
    return swept


def send_deadline_reminders(services: Services) -> int:
    """Queues the deadline reminders now due, once each (the worker runs it each 15 min)."""
    from services.domain.access import Principal
    from services.domain.reminders import enabled
    from services.workflows.kernel.context import Ctx
    from services.workflows.reminders.reminders import send

    kinds = enabled(services.settings.reminders)
    with services.sessions() as session:
        system = Principal(person_id=0, name="deadline reminders")
        ctx = Ctx(session, system, services.clock, services.guidance, None, services.integrations)
        sent = send(ctx, kinds)
        session.commit()
        return sent


def send_action_reminders(services: Services) -> int:
    """Queues reminders for actions whose target date is near (the worker runs it each 15 min)."""
    from services.domain.access import Principal
    from services.domain.reminders import enabled
    from services.workflows.action_plan.monitoring import send_reminders
    from services.workflows.kernel.context import Ctx

    if "action_due" not in enabled(services.settings.reminders):
        return 0
    with services.sessions() as session:
        system = Principal(person_id=0, name="action reminders")
        ctx = Ctx(session, system, services.clock, services.guidance, None, services.integrations)
        sent = send_reminders(ctx)
        session.commit()
        return sent


def _library_factory(settings: Settings, clock: Clock) -> Callable[..., DocumentLibrary]:
    """The embedded library shares each request's session; SharePoint is one shared client for
    the app, and a client per request acting for the signed-in person (on-behalf-of)."""
    if settings.library == "sharepoint":
        tokens = _sharepoint_tokens(settings)

        def sharepoint(provider) -> SharePointLibrary:
            return SharePointLibrary(
                settings.sharepoint_site_url,
                settings.sharepoint_library,
                provider,
                backoff_seconds=settings.sharepoint_retry_backoff,
            )

        shared = sharepoint(tokens)
        if settings.auth != "entra" or not settings.sharepoint_as_user:
            return lambda _session, _assertion=None: shared
        users = UserTokens(lambda: tokens.client, tokens.scope)
        return lambda _session, assertion=None: (
            sharepoint(users.provider(assertion)) if assertion else shared
        )
    blobs = BlobStore(settings.data_dir / "blobs")
    return lambda session, _assertion=None: LocalLibrary(session, blobs, clock)
