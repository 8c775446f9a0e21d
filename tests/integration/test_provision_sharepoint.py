"""`flask dhr provision-sharepoint` against a new SharePoint site (the fake, through
office365-rest-python-client): it makes the library's settings, its columns and the tracker lists
with DhrKey indexed; a second run changes nothing; `--check` lists what a hand has broken and
changes nothing."""

from __future__ import annotations

import pytest

from app import create_app
from tests.fakes.microsoft365 import microsoft365


@pytest.fixture
def new_site(tmp_path):
    with microsoft365(tmp_path / "m365", provisioned=False) as fakes:
        yield fakes


@pytest.fixture
def cli(new_site, tmp_path, database_url, clock):
    settings = new_site.settings(data_dir=tmp_path / "data", database_url=database_url)
    app = create_app(settings, clock=clock)
    runner = app.test_cli_runner()
    yield lambda *args: runner.invoke(args=["dhr", "provision-sharepoint", *args])
    app.extensions["dhr"].engine.dispose()


def changes(sharepoint) -> list[str]:
    """The requests that changed something (contextinfo and reads excluded)."""
    return [
        f"{r.headers.get('x-http-method', r.method)} {r.path}"
        for r in sharepoint.server.log
        if r.method == "POST" and not r.path.lower().endswith("/contextinfo")
    ]


def test_a_new_site_is_provisioned_once_and_a_second_run_changes_nothing(cli, new_site):
    sharepoint = new_site.sharepoint
    checked = cli("--check")
    assert checked.exit_code == 1, checked.output
    assert "DHR Reviews: missing" in checked.output
    assert "Shared Documents: EnableModeration is False, should be True" in checked.output
    assert "Shared Documents: column DhrMarking (Text) missing" in checked.output
    assert changes(sharepoint) == []  # --check changed nothing

    made = cli()
    assert made.exit_code == 0, made.output
    assert "DHR Sign-offs: created" in made.output
    settings = sharepoint.settings
    assert (settings.EnableMinorVersions, settings.EnableModeration, settings.ForceCheckout) == (
        True,
        True,
        True,
    )
    assert settings.DraftVersionVisibility == 2
    library = sharepoint.schema.by_title("Documents")
    assert set(library.fields) == {"DhrReview", "DhrKind", "DhrAgency", "DhrMarking"}
    for title in ("DHR Reviews", "DHR Sign-offs"):
        tracker = sharepoint.schema.by_title(title)
        assert tracker.fields["DhrKey"]["Indexed"] is True
        assert tracker.fields["DhrSequence"]["TypeAsString"] == "Number"

    before = len(changes(sharepoint))
    again = cli()
    assert again.exit_code == 0, again.output
    assert "nothing to change" in again.output
    assert len(changes(sharepoint)) == before
    assert cli("--check").exit_code == 0

    # The service works on what was made: a file with its columns, under require check out.
    item, label = new_site.library().create(
        "DEMO-2026-001", "o.docx", b"x", comment="", fields={"DhrKind": "overview_report"}
    )
    assert label == "0.1" and sharepoint.files[item].fields == {"DhrKind": "overview_report"}


def test_check_lists_what_a_hand_broke_and_changes_nothing(cli, new_site):
    sharepoint = new_site.sharepoint
    assert cli().exit_code == 0
    sharepoint.settings.ForceCheckout = False
    del sharepoint.schema.by_title("Documents").fields["DhrAgency"]
    sharepoint.schema.by_title("DHR Reviews").fields["DhrKey"]["Indexed"] = False
    before = len(changes(sharepoint))
    checked = cli("--check")
    assert checked.exit_code == 1
    assert checked.output.splitlines()[:3] == [
        "Shared Documents: ForceCheckout is False, should be True",
        "Shared Documents: column DhrAgency (Text) missing",
        "DHR Reviews: column DhrKey is not indexed, should be",
    ]
    assert len(changes(sharepoint)) == before
    assert sharepoint.settings.ForceCheckout is False
    fixed = cli()
    assert fixed.exit_code == 0 and sharepoint.settings.ForceCheckout is True
    assert cli("--check").exit_code == 0
