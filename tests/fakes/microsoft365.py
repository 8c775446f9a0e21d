"""Starts the fake Entra ID and fake SharePoint together and builds our real adapter on them."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from services.auth.app_tokens import AppTokens, load_certificate_credential
from services.config import Settings
from services.storage.sharepoint_library import SharePointLibrary
from services.tls import dev_certificate
from tests.fakes.entra import CLIENT_ID, TENANT, FakeEntra, client_certificate
from tests.fakes.sharepoint import FakeSharePoint


@dataclass
class Microsoft365:
    entra: FakeEntra
    sharepoint: FakeSharePoint
    tokens: AppTokens
    credential_pem: Path
    ca_bundle: Path

    def settings(self, **values) -> Settings:
        """Service settings for DHR_LIBRARY=sharepoint against these fakes."""
        values.setdefault("library", "sharepoint")
        values.setdefault("entra_certificate", self.credential_pem)
        return Settings(
            sharepoint_site_url=self.sharepoint.site_url,
            entra_tenant_id=TENANT,
            entra_client_id=CLIENT_ID,
            entra_authority_host=self.entra.authority_host,
            entra_instance_discovery=False,
            entra_ca_bundle=str(self.ca_bundle),
            tls=False,
            **values,
        )

    def library(self, **options) -> SharePointLibrary:
        options.setdefault("backoff_seconds", 0.01)
        return SharePointLibrary(
            self.sharepoint.site_url, "Shared Documents", self.tokens, **options
        )


@contextlib.contextmanager
def microsoft365(folder: Path, provisioned: bool = True) -> Iterator[Microsoft365]:
    """`provisioned=False`: a new SharePoint site, before `flask dhr provision-sharepoint`."""
    cert, key = dev_certificate(folder / "tls")
    credential = client_certificate(folder)
    entra = FakeEntra((cert, key), credential)
    sharepoint = FakeSharePoint(entra.issued, provisioned=provisioned)
    with entra.server, sharepoint.server:
        tokens = AppTokens(
            tenant_id=TENANT,
            client_id=CLIENT_ID,
            credential=load_certificate_credential(credential),
            scope=f"{sharepoint.server.base}/.default",
            authority_host=entra.authority_host,
            instance_discovery=False,
            ca_bundle=str(cert),
        )
        yield Microsoft365(entra, sharepoint, tokens, credential, cert)
