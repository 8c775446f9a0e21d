"""gunicorn settings for `make serve` and `make load`; every value can be overridden by DHR_*.

Threaded workers: a request mostly waits on the database, fsync or SharePoint, so two threads
per process keep a core busy without the memory of a process each.
"""

import os

from services.config import Settings

_settings = Settings.from_env()

bind = f"{_settings.host}:{_settings.port}"
workers = int(os.environ.get("DHR_WORKERS", str(2 * (os.cpu_count() or 1) + 1)))
worker_class = "gthread"
threads = int(os.environ.get("DHR_THREADS", "2"))
timeout = int(os.environ.get("DHR_REQUEST_TIMEOUT_SECONDS", "120"))  # a publication pack's PDFs
graceful_timeout = 30
# Longer than any client or proxy keeps an idle connection for reuse: otherwise the server can
# close one just as the client sends on it (a reset, seen 4 times in a 30-minute `make soak`).
keepalive = 75
# A document upload is one body; anything larger is refused by the app with a clear 413.
limit_request_line = 8190
accesslog = os.environ.get("DHR_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("DHR_LOG_LEVEL", "info")
# The service sits behind a TLS proxy in production; the embedded certificate is for localhost.
if _settings.tls:
    from services.tls import dev_certificate

    certfile, keyfile = (str(p) for p in dev_certificate(_settings.data_dir))
forwarded_allow_ips = os.environ.get("DHR_FORWARDED_ALLOW_IPS", "127.0.0.1")
