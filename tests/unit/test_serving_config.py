"""gunicorn.conf.py: what `make serve` and `make load` run with, read as gunicorn reads it."""

from __future__ import annotations

import runpy
from pathlib import Path

CONF = Path(__file__).resolve().parents[2] / "gunicorn.conf.py"


def settings(monkeypatch, **env) -> dict:
    for name, value in {"DHR_TLS": "0", **env}.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(CONF))


def test_it_binds_where_the_settings_say(monkeypatch):
    conf = settings(monkeypatch, DHR_HOST="127.0.0.1", DHR_PORT="8123", DHR_WORKERS="3")
    assert conf["bind"] == "127.0.0.1:8123"
    assert (conf["workers"], conf["worker_class"]) == (3, "gthread")
    assert "certfile" not in conf  # plain HTTP behind the TLS proxy


def test_idle_connections_outlive_any_client_reuse(monkeypatch):
    # Found by `make soak`: with keepalive = 5 the server closed connections the load
    # generator (idle 1-6 s between requests) was about to reuse: 4 resets in 30 minutes.
    # Proxies reuse upstream connections for up to 60 s (nginx's keepalive_timeout default
    # is 75 s, Azure Application Gateway's 60 s).
    assert settings(monkeypatch)["keepalive"] > 60


def test_the_dev_certificate_when_tls_is_on(monkeypatch, tmp_path):
    conf = settings(monkeypatch, DHR_TLS="1", DHR_DATA_DIR=str(tmp_path))
    assert Path(conf["certfile"]).exists() and Path(conf["keyfile"]).exists()
