"""Every hostile file in the corpus is refused with the right status, before any parser runs."""

from __future__ import annotations

import contextlib
import resource

import pytest

from services.documents.parse_sandbox import ParseSandbox
from services.documents.upload_checks import Limits, Refused, check_upload
from tests.fakes.hostile import hostile_corpus, valid_docx, valid_xlsx

CORPUS = hostile_corpus()


@pytest.fixture(scope="module")
def sandbox():
    box = ParseSandbox(time_limit=30)
    yield box
    box.close()


def refuse(name: str, data: bytes, sandbox: ParseSandbox) -> Refused:
    with pytest.raises(Refused) as caught:
        kind = check_upload(data, name)
        sandbox.check(kind, data)
    return caught.value


@pytest.mark.parametrize(
    ("case", "name", "data", "status", "code"), CORPUS, ids=[c[0] for c in CORPUS]
)
def test_hostile_file_is_refused(sandbox, case, name, data, status, code):
    refused = refuse(name, data, sandbox)
    assert (refused.status, refused.code) == (status, code), str(refused)


def test_checks_stay_in_bounded_memory():
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for _case, name, data, _status, _code in CORPUS:
        with contextlib.suppress(Refused):
            check_upload(data, name)
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kib < 100 * 1024


def test_valid_files_pass(sandbox):
    assert check_upload(valid_docx(), "IMR draft.docx") == "docx"
    assert sandbox.check("docx", valid_docx())["paragraphs"] == 1
    assert check_upload(valid_xlsx(), "Action plan.XLSX") == "xlsx"
    assert sandbox.check("xlsx", valid_xlsx())["sheets"] == ["Sheet"]
    pdf = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"
    assert check_upload(pdf, "qa-letter.pdf") == "pdf"


def test_size_and_unpacked_limits():
    with pytest.raises(Refused) as caught:
        check_upload(valid_docx(), "x.docx", Limits(max_bytes=100))
    assert caught.value.status == 413
    with pytest.raises(Refused) as caught:
        check_upload(valid_docx(), "x.docx", Limits(max_uncompressed=1000))
    assert caught.value.code == "too_big_unpacked"


def test_a_hung_or_greedy_parse_replaces_the_worker():
    box = ParseSandbox(time_limit=0.001)
    with pytest.raises(Refused) as caught:
        box.check("docx", valid_docx(paragraphs=2000))
    assert caught.value.code == "parse_timeout"
    box.parses.seconds = 30
    assert box.check("docx", valid_docx())["paragraphs"] == 1
    box.close()
