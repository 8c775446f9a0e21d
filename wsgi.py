"""The WSGI entry point for gunicorn: one app per worker process, built from DHR_* variables.

`make serve` migrates and seeds before any worker starts (scripts/serve.py); nothing here does.
"""

from app import create_app

app = create_app()
