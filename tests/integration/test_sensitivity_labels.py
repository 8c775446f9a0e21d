"""Microsoft Purview sensitivity labels: an uploaded file's label is kept with its version, what
the service generates carries the label configured for its marking (DHR_SENSITIVITY_LABELS),
and a file a label has encrypted is refused naming the label and saying what to do instead."""

from __future__ import annotations

import pytest

from app import create_app
from services.config import Settings
from services.documents.sensitivity import OLE_LABEL_HINT, apply_label, label_of
from services.documents.upload_checks import check_upload
from services.seed.demo import seed_once
from tests.fakes.dns import FakeDns
from tests.fakes.hostile import valid_docx
from tests.integration.conftest import Api
from tests.integration.imr_steps import ok

SENSITIVE = "9f8e7d6c-5b4a-4321-8765-0fedcba98765"
TENANT = "11111111-2222-3333-4444-555555555555"


def test_a_label_set_on_a_package_reads_back_and_the_package_stays_acceptable():
    labelled = apply_label(valid_docx("x"), SENSITIVE, "OFFICIAL-SENSITIVE", TENANT)
    label = label_of(labelled)
    assert (label.id, label.name, label.site_id) == (SENSITIVE, "OFFICIAL-SENSITIVE", TENANT)
    assert check_upload(labelled, "x.docx") == "docx"  # the upload checks take it
    assert label_of(valid_docx("y")) is None
    relabelled = apply_label(labelled, SENSITIVE, "OFFICIAL-SENSITIVE", TENANT)
    assert label_of(relabelled).id == SENSITIVE


@pytest.fixture
def labelled_app(tmp_path, database_url, clock):
    settings = Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        tls=False,
        sensitivity_labels={"OFFICIAL-SENSITIVE": SENSITIVE},
        entra_tenant_id=TENANT,
    )
    application = create_app(settings, clock=clock, resolver=FakeDns())
    seed_once(application.extensions["dhr"], imrs=True)  # commissioning letters are generated
    yield application
    application.extensions["dhr"].engine.dispose()


def test_generated_documents_carry_the_configured_label_and_uploads_keep_theirs(labelled_app):
    coordinator = Api(labelled_app.test_client()).as_("coordinator@demo.local")
    documents = ok(coordinator.get("reviews/1/documents"))
    letter = next(d for d in documents if d["kind"] == "letter")
    assert letter["current_version"]["sensitivity_label"]["id"] == SENSITIVE
    content = coordinator.get(f"documents/{letter['id']}/versions/0.1/content").data
    assert label_of(content).name == "OFFICIAL-SENSITIVE"

    other = "0a0b0c0d-1111-4222-8333-444455556666"
    uploaded = apply_label(valid_docx("minutes"), other, "OFFICIAL", TENANT)
    made = ok(
        coordinator.send(
            "reviews/1/documents", {"kind": "other", "title": "Minutes"}, ("m.docx", uploaded)
        ),
        201,
    )
    assert made["current_version"]["sensitivity_label"] == {
        "id": other,
        "name": "OFFICIAL",
        "site_id": TENANT,
    }


def encrypted_office_file(label_name: str | None) -> bytes:
    """The outside of a file a label encrypted: an OLE container with an EncryptedPackage
    stream and the label's properties in its (unencrypted) summary information."""
    parts = ["EncryptedPackage", "\x06DataSpaces"]
    if label_name is not None:
        parts += [f"MSIP_Label_{SENSITIVE}_Enabled", "true", f"MSIP_Label_{SENSITIVE}_Name"]
        parts.append(label_name)
    body = "\x00\x00".join(parts).encode("utf-16-le")
    return OLE_LABEL_HINT + bytes(504) + body


def test_an_encrypted_upload_is_refused_naming_its_label(labelled_app):
    coordinator = Api(labelled_app.test_client()).as_("coordinator@demo.local")
    refused = coordinator.send(
        "reviews/1/documents",
        {"kind": "other", "title": "Secret"},
        ("s.docx", encrypted_office_file("OFFICIAL-SENSITIVE Protected")),
    )
    assert refused.status_code == 415, refused.json
    detail = refused.json["detail"]
    assert "'OFFICIAL-SENSITIVE Protected'" in detail
    assert "without encryption" in detail and "SharePoint library directly" in detail
    plain = coordinator.send(
        "reviews/1/documents",
        {"kind": "other", "title": "Old"},
        ("o.docx", encrypted_office_file(None)),
    )
    assert plain.status_code == 415 and "password-protected" in plain.json["detail"]
