"""The bare-Flask baseline of `make load`: one route, one small JSON read from the same database.

    gunicorn --config gunicorn.conf.py bench.baseline_app:app

It runs under the same gunicorn settings (gunicorn.conf.py: workers, threads, keep-alive) and the
same engine settings (services.storage.db.make_engine) as the service, on another port, during
the same locust run; each endpoint's p95 is reported as a multiple of its p95. No token, no
schema, no session: what is left is Flask, gunicorn, the socket and one indexed query.
"""

from __future__ import annotations

import os

from flask import Flask, jsonify
from sqlalchemy import text

from services.storage.db import make_engine

engine = make_engine(os.environ["DHR_DATABASE_URL"])
app = Flask(__name__)


@app.get("/baseline")
def baseline():
    with engine.connect() as connection:
        row = connection.execute(
            text("SELECT id, reference, state FROM reviews WHERE id = :id"), {"id": 1}
        ).one()
    return jsonify(id=row.id, reference=row.reference, state=row.state)
