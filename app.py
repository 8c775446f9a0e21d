"""The composition root: `create_app()` builds the service; `python app.py` serves the demo."""

from __future__ import annotations

import logging

from flask import Flask

from services.bootstrap import Services, build
from services.config import Settings
from services.ports import Clock


def create_app(settings: Settings | None = None, clock: Clock | None = None) -> Flask:
    """Builds the Flask app for `settings` (default: from DHR_* variables). Touches no network."""
    from services import api

    services: Services = build(settings or Settings.from_env(), clock)
    app = Flask(__name__, template_folder=None, static_folder=None)
    api.init_app(app, services)
    return app


def main() -> None:
    from services.storage.db import migrate
    from services.tls import dev_certificate
    from services.workflows.demo import seed_once

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    app = create_app()
    services: Services = app.extensions["dhr"]
    settings = services.settings
    migrate(services.engine)
    if settings.seed_demo:
        seed_once(services)
    ssl_context = dev_certificate(settings.data_dir) if settings.tls else None
    scheme = "https" if ssl_context else "http"
    logging.info("DHR service on %s://%s:%s", scheme, settings.host, settings.port)
    app.run(host=settings.host, port=settings.port, ssl_context=ssl_context, threaded=True)


if __name__ == "__main__":
    main()
