"""The app registration's certificate read from Azure Key Vault with the host's managed identity
(real azure-identity and azure-keyvault-secrets against fakes on 127.0.0.1), then used by MSAL
for SharePoint: the key never has to sit on the host's disk."""

from __future__ import annotations

import base64

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from services.auth.app_tokens import AppTokens
from services.auth.certificates import CertificateSource
from services.config import Settings
from services.seed.demo import seed_once
from tests.fakes.entra import CLIENT_ID, TENANT, client_certificate
from tests.fakes.hostile import valid_docx
from tests.fakes.key_vault import FakeKeyVault
from tests.integration.conftest import Api


def pkcs12_of(pem: bytes) -> str:
    """The same key and certificate as Key Vault holds a PKCS#12 certificate: base64 DER."""
    key = serialization.load_pem_private_key(pem, password=None)
    certificate = x509.load_pem_x509_certificate(pem)
    der = pkcs12.serialize_key_and_certificates(
        b"dhr-app", key, certificate, None, serialization.NoEncryption()
    )
    return base64.b64encode(der).decode()


@pytest.mark.parametrize("kind", ["pem", "pkcs12"])
def test_the_certificate_comes_from_key_vault_and_sharepoint_accepts_the_app(
    make_app, tmp_path, database_url, m365, monkeypatch, kind
):
    pem = m365.credential_pem.read_text()
    cert, key = m365.ca_bundle, m365.ca_bundle.with_name("dev-key.pem")
    stored = pem if kind == "pem" else pkcs12_of(pem.encode())
    types = {"dhr-app": "application/x-pkcs12"} if kind == "pkcs12" else {}
    with FakeKeyVault((cert, key), {"dhr-app": stored}, types) as vault:
        for name, value in vault.environment().items():
            monkeypatch.setenv(name, value)
        settings = m365.settings(
            data_dir=tmp_path / "data",
            database_url=database_url,
            entra_certificate=vault.reference("dhr-app"),
        )
        app = make_app(settings)
        assert vault.reads == ["dhr-app"]  # read once, at start
        seed_once(app.extensions["dhr"], imrs=False)
        author = Api(app.test_client()).as_("coordinator@demo.local")
        made = author.send(
            "reviews/1/documents",
            {"kind": "other", "title": "Minutes"},
            ("m.docx", valid_docx("Minutes")),
        )
        assert made.status_code == 201, made.json
        assert (
            m365.entra.issued
        )  # MSAL's client assertion, signed with the vault's key, was accepted


def test_a_malformed_key_vault_reference_is_refused():
    from services.auth.certificates import certificate_pem

    try:
        certificate_pem("https://x.vault.azure.net/keys/dhr")
    except ValueError as exc:
        assert "secrets/<name>" in str(exc)
    else:
        raise AssertionError("a /keys/ URL was accepted")
    assert (
        Settings.from_env(
            {"DHR_ENTRA_CERTIFICATE": "https://v.vault.azure.net/secrets/a"}
        ).entra_certificate
        == "https://v.vault.azure.net/secrets/a"
    )


def test_a_certificate_renewed_in_key_vault_is_used_without_a_restart(tmp_path, m365, monkeypatch):
    cert, key = m365.ca_bundle, m365.ca_bundle.with_name("dev-key.pem")
    with FakeKeyVault((cert, key), {"dhr-app": m365.credential_pem.read_text()}) as vault:
        for name, value in vault.environment().items():
            monkeypatch.setenv(name, value)
        source = CertificateSource(vault.reference("dhr-app"), str(cert), refresh_seconds=0)
        tokens = AppTokens(
            tenant_id=TENANT,
            client_id=CLIENT_ID,
            certificate=source,
            scope=f"{m365.sharepoint.server.base}/.default",
            authority_host=m365.entra.authority_host,
            instance_discovery=False,
            ca_bundle=str(cert),
        )
        assert tokens()["access_token"] in m365.entra.issued
        (tmp_path / "renewed").mkdir()
        renewed = client_certificate(tmp_path / "renewed")
        m365.entra.certificates = [x509.load_pem_x509_certificate(renewed.read_bytes())]
        vault.renew("dhr-app", renewed.read_text())  # the old certificate is withdrawn
        tokens.invalidate()
        assert tokens()["access_token"] in m365.entra.issued  # signed with the renewed one
        assert source.version == "2"
