"""Finding 5: webhook SSRF. A callback URL to loopback, a private or link-local address, a
host off the allow-list, or a name that later re-resolves to loopback (DNS rebinding) is refused
when subscribed and again at delivery; redirects are not followed; a receiver's reply body is
never stored; and the test-only loopback switch cannot be turned on in production."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from services.bootstrap import build_worker
from services.config import Settings
from services.integrations import outbound
from services.storage.models import OutboxEvent, Subscription
from tests.fakes.dns import FakeDns
from tests.fakes.hostile import valid_docx
from tests.fakes.http_fake import FakeServer, Reply
from tests.integration.conftest import Api

FLOW = "prod-01.uksouth.logic.azure.com"


@pytest.fixture
def receiver():
    """What an attacker would want the service to call: something on 127.0.0.1."""
    with FakeServer(lambda request: Reply(200, b"internal secret")) as server:
        yield server


@pytest.fixture
def flows_app(make_app):
    application = make_app(seed=False, resolver=FakeDns())
    return application


def subscriptions(app) -> int:
    with app.extensions["dhr"].sessions() as session:
        return session.scalar(select(func.count()).select_from(Subscription))


def subscribe(caller, url):
    return caller.post(
        "subscriptions", {"event": "signoff.requested", "callback_url": url, "csp": "DEMO"}
    )


@pytest.mark.parametrize(
    "resolves_to",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.9",
        "192.168.1.1",
        "169.254.169.254",  # cloud metadata
        "100.64.0.1",  # carrier-grade NAT
        "0.0.0.0",  # noqa: S104 - an address a name may resolve to, never bound
        "::1",
        "fd00::1",  # unique local
        "fe80::1",
        "::ffff:127.0.0.1",  # IPv4 inside IPv6
        "64:ff9b::7f00:1",  # NAT64 of 127.0.0.1
        "2002:7f00:1::1",  # 6to4 of 127.0.0.1
    ],
)
def test_a_name_resolving_to_a_non_public_address_is_refused(flows_app, resolves_to):
    flows_app.extensions["dhr"].integrations.resolver.names[FLOW] = [resolves_to]
    coordinator = Api(flows_app.test_client()).as_("coordinator@demo.local")
    refused = subscribe(coordinator, f"https://{FLOW}/workflows/1/triggers/manual/run")
    assert refused.status_code == 422
    assert "not a public address" in refused.json["errors"][0]["message"]
    assert subscriptions(flows_app) == 0


def test_loopback_http_and_hosts_off_the_allow_list_are_refused(flows_app, receiver):
    coordinator = Api(flows_app.test_client()).as_("coordinator@demo.local")
    for url in (
        f"{receiver.base}/collect",  # http://127.0.0.1:<port>/…
        f"http://localhost:{receiver.base.rsplit(':', 1)[1]}/collect",
        "https://127.0.0.1/collect",
        "https://evil.example.com/workflows/1",
        "https://logic.azure.com.evil.example/workflows/1",
        f"https://user:pass@{FLOW}/workflows/1",
        f"https://{FLOW}:8443/workflows/1",
        f"http://{FLOW}/workflows/1",
    ):
        refused = subscribe(coordinator, url)
        assert refused.status_code == 422, (url, refused.json)
    assert subscriptions(flows_app) == 0
    assert receiver.log == []  # nothing was ever called
    assert subscribe(coordinator, f"https://{FLOW}/workflows/1").status_code == 201


def request_a_signoff(app) -> None:
    author = Api(app.test_client()).as_("chair.penhallow@pool.demo.local")
    doc = author.send(
        "reviews/1/documents",
        {"kind": "overview_report", "title": "Overview"},
        ("o.docx", valid_docx("draft")),
    ).json
    made = author.post(f"documents/{doc['id']}/signoffs", {"stage": "panel", "version": "0.1"})
    assert made.status_code == 201, made.json


def subscription_events(app) -> list[OutboxEvent]:
    with app.extensions["dhr"].sessions() as session:
        rows = session.scalars(select(OutboxEvent).where(OutboxEvent.target.like("subscription:%")))
        found = list(rows)
        session.expunge_all()
        return found


def test_a_name_rebound_to_loopback_after_subscribing_is_refused_at_delivery(flows_app, receiver):
    dns = flows_app.extensions["dhr"].integrations.resolver
    coordinator = Api(flows_app.test_client()).as_("coordinator@demo.local")
    port = receiver.base.rsplit(":", 1)[1]
    assert subscribe(coordinator, f"https://{FLOW}/workflows/1").status_code == 201
    dns.names[FLOW] = ["127.0.0.1"]  # the attacker's DNS now answers loopback
    request_a_signoff(flows_app)
    worker = build_worker(flows_app.extensions["dhr"])
    worker.run_once()
    [event] = subscription_events(flows_app)
    assert event.state == "failed"
    assert "127.0.0.1" in event.last_error and "not a public address" in event.last_error
    assert receiver.log == [], port  # the worker never connected


def test_the_connection_goes_to_the_address_checked_with_the_name_kept(receiver):
    """No second look-up between check and connect: the pinned address is called, the Host
    header still names the host (for TLS, the certificate is checked against it too)."""
    port = int(receiver.base.rsplit(":", 1)[1])
    target = outbound.Target("http", "flows.nowhere.invalid", port, "/hook?sig=1", ("127.0.0.1",))
    status, phrase, _after = outbound.post(target, {"event": "x"}, {"Idempotency-Key": "k"}, 5)
    assert (status, phrase) == (200, "OK")
    [request] = receiver.log
    assert request.headers["host"] == f"flows.nowhere.invalid:{port}"
    assert request.path == "/hook"


@pytest.fixture
def loopback_app(make_app):
    application = make_app(seed=False, resolver=FakeDns(), outbound_allow_loopback=True)
    return application


def test_redirects_are_not_followed_and_reply_bodies_are_never_kept(loopback_app, receiver):
    coordinator = Api(loopback_app.test_client()).as_("coordinator@demo.local")
    assert subscribe(coordinator, f"{receiver.base}/hook").status_code == 201
    receiver.inject(Reply(302, b"", {"Location": "http://169.254.169.254/latest/meta-data/"}))
    request_a_signoff(loopback_app)
    worker = build_worker(loopback_app.extensions["dhr"])
    worker.run_once()
    [event] = subscription_events(loopback_app)
    assert event.state == "failed" and "redirects are not followed" in event.last_error
    assert len(receiver.log) == 1  # the redirect's target was never asked
    receiver.inject(Reply(400, b"SECRET-REPLY-0451 the receiver's own words"))
    request_a_signoff(loopback_app)
    worker.run_once()
    last = subscription_events(loopback_app)[-1]
    assert last.last_error == "HTTP 400 Bad Request"
    assert all("SECRET" not in (e.last_error or "") for e in subscription_events(loopback_app))


def test_the_loopback_switch_exists_for_tests_only():
    assert not Settings.from_env({"DHR_OUTBOUND_ALLOW_LOOPBACK": "1"}).outbound_allow_loopback
    production = Settings(production=True, auth="entra", outbound_allow_loopback=True)
    assert any("tests only" in p for p in production.problems())
    entra = Settings(
        auth="entra", entra_tenant_id="t", entra_client_id="c", outbound_allow_loopback=True
    )
    assert any("tests only" in p for p in entra.problems())
    for url in ("http://127.0.0.1:9/x", "https://evil.example.com/x"):
        assert Settings(teams_webhooks={"DEMO": url}).problems()
    assert not Settings(teams_webhooks={"DEMO": f"https://{FLOW}/workflows/1"}).problems()
