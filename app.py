"""The composition root: `create_app()` builds the service. `make run` serves it with gunicorn
(scripts/serve.py); `python app.py` is the single-process development server, for a machine
where gunicorn cannot run (Windows)."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import click
from flask import Flask
from flask.cli import with_appcontext

from services.bootstrap import Services, build
from services.config import Settings
from services.ports import Clock
from services.storage.blobs import BlobStore


def create_app(
    settings: Settings | None = None, clock: Clock | None = None, resolver=None
) -> Flask:
    """Builds the Flask app for `settings` (default: from DHR_* variables). Touches no network,
    except to read the MSAL certificate when it is a Key Vault reference. `clock` and
    `resolver` (host name look-ups for webhooks) are for tests."""
    from services import api

    services: Services = build(settings or Settings.from_env(), clock, resolver)
    app = Flask(__name__, template_folder=None, static_folder=None)
    api.init_app(app, services)
    app.cli.add_command(dhr_commands)
    return app


@click.group("dhr")
def dhr_commands() -> None:
    """DHR service commands."""


@dhr_commands.command("worker")
@click.option("--once", is_flag=True, help="Deliver what is due now, then stop.")
@with_appcontext
def worker_command(once: bool) -> None:
    """Deliver outbox events to Teams, SharePoint lists, Power Automate and the task pane."""
    from flask import current_app

    from services.bootstrap import build_worker, start_node
    from services.storage.db import migrate

    services = current_app.extensions["dhr"]
    migrate(services.engine)
    start_node(services, heartbeat=not once)
    worker = build_worker(services)
    if once:
        click.echo(f"queued {worker.sweep()} reminders")
        click.echo(f"delivered or retried {worker.run_once()} events")
        return
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    logging.info("outbox worker running")
    worker.run_forever()


@dhr_commands.command("provision-sharepoint")
@click.option("--check", is_flag=True, help="Only list what differs; change nothing.")
@with_appcontext
def provision_sharepoint_command(check: bool) -> None:
    """Create or fix the SharePoint library and tracker lists the service needs (idempotent)."""
    from flask import current_app

    from services.bootstrap import sharepoint_provisioner

    settings = current_app.extensions["dhr"].settings
    if not settings.sharepoint_site_url:
        raise click.UsageError("Set DHR_SHAREPOINT_SITE_URL (and the DHR_ENTRA_* settings)")
    found = sharepoint_provisioner(settings).run(check=check)
    for line in found:
        click.echo(line)
    if not found:
        click.echo("SharePoint is as the service needs it: nothing to change")
    elif check:
        click.echo(f"{len(found)} difference(s); run without --check to fix them")
        raise SystemExit(1)


@dhr_commands.command("backup")
@click.argument("folder", type=click.Path(path_type=Path))
@with_appcontext
def backup_command(folder: Path) -> None:
    """Copy the database and every document version into FOLDER (a new folder)."""
    from flask import current_app

    from services.storage.backup import backup

    services = current_app.extensions["dhr"]
    settings = services.settings
    done = backup(settings.effective_database_url, BlobStore(settings.data_dir / "blobs"), folder)
    click.echo(f"backed up the database and {done['blobs']} blobs to {folder}")


@dhr_commands.command("restore")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@with_appcontext
def restore_command(folder: Path) -> None:
    """Check FOLDER's hashes, then restore it into this (empty) deployment."""
    from flask import current_app

    from services.storage.backup import restore
    from services.storage.library_nodes import adopt
    from services.storage.reconcile import reconcile

    services = current_app.extensions["dhr"]
    settings = services.settings
    blobs = BlobStore(settings.data_dir / "blobs")
    done = restore(folder, settings.effective_database_url, blobs)
    adopt(services.engine, settings.data_dir / "blobs")  # this directory is the library now
    report = reconcile(services.sessions, blobs)
    click.echo(f"restored {done['blobs']} blobs; broken versions: {report['broken_versions']}")


def main() -> None:
    from services.bootstrap import start_node
    from services.seed.demo import seed_once
    from services.storage.db import migrate
    from services.tls import dev_certificate

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    app = create_app()
    services: Services = app.extensions["dhr"]
    settings = services.settings
    migrate(services.engine)
    start_node(services)
    if settings.seed_demo:
        seed_once(services)
    ssl_context = dev_certificate(settings.data_dir) if settings.tls else None
    scheme = "https" if ssl_context else "http"
    from services.bootstrap import build_worker

    # The outbox worker beside the app; `flask --app app dhr worker` runs it on its own.
    worker = build_worker(services)
    threading.Thread(target=worker.run_forever, name="outbox-worker", daemon=True).start()
    logging.info("DHR service on %s://%s:%s", scheme, settings.host, settings.port)
    app.run(host=settings.host, port=settings.port, ssl_context=ssl_context, threaded=True)


if __name__ == "__main__":
    main()
