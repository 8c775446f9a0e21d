"""The app registration's certificate read from Azure Key Vault with the host's managed identity
(real azure-identity and azure-keyvault-secrets against fakes on 127.0.0.1), then used by MSAL
for SharePoint: the key never has to sit on the host's disk."""

from __future__ import annotations

from app import create_app
from services.config import Settings
from services.workflows.demo import seed_once
from tests.fakes.hostile import valid_docx
from tests.fakes.key_vault import FakeKeyVault
from tests.integration.conftest import Api


def test_the_certificate_comes_from_key_vault_and_sharepoint_accepts_the_app(
    tmp_path, database_url, clock, m365, monkeypatch
):
    pem = m365.credential_pem.read_text()
    cert, key = m365.ca_bundle, m365.ca_bundle.with_name("dev-key.pem")
    with FakeKeyVault((cert, key), {"dhr-app": pem}) as vault:
        for name, value in vault.environment().items():
            monkeypatch.setenv(name, value)
        settings = m365.settings(
            data_dir=tmp_path / "data",
            database_url=database_url,
            entra_certificate=vault.reference("dhr-app"),
        )
        app = create_app(settings, clock=clock)
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
        app.extensions["dhr"].engine.dispose()


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
