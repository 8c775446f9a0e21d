"""The WSGI entry point for gunicorn: one app per worker process, built from DHR_* variables.

`make serve` migrates and seeds before any worker starts (scripts/serve.py); nothing here does.
On the embedded library each worker checks, as the node, that it shares the library directory
with the nodes already serving the database, and refuses to boot if not (docs/deployment.md).
"""

from app import create_app
from services.bootstrap import start_node

app = create_app()
start_node(app.extensions["dhr"])
