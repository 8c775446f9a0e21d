"""`render` on a report the author has written in fills its data regions again and keeps the
author's prose; a region edited by hand is a conflict unless it is overwritten."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from services.documents.regions import region_text, regions
from tests.fakes.report_docx import author_writes
from tests.integration.imr_steps import ok

REVIEW = 1
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def content(caller, doc: dict) -> bytes:
    label = doc["current_version"]["label"]
    return caller.get(f"documents/{doc['id']}/versions/{label}/content").data


def save(caller, doc: dict, data: bytes) -> dict:
    current = ok(caller.get(f"documents/{doc['id']}"))
    return ok(
        caller.send(
            f"documents/{doc['id']}/versions",
            {"comment": "written"},
            ("report.docx", data),
            {"If-Match": current["etag"]},
        ),
        201,
    )


def family_region(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        body = etree.fromstring(z.read("word/document.xml")).find(f"{W}body")
    return region_text(regions(body)["family"])


def edit_family_region(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    root = etree.fromstring(parts["word/document.xml"])
    list(regions(root.find(f"{W}body"))["family"].iter(f"{W}t"))[-1].text = "Typed by hand."
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, part in parts.items():
            z.writestr(name, part)
    return out.getvalue()


def analysis(caller, doc: dict) -> str:
    label = doc["current_version"]["label"]
    sections = ok(caller.get(f"documents/{doc['id']}/versions/{label}/sections"))["sections"]
    return next(s for s in sections if s["title"] == "16. Analysis")["text"]


def test_render_keeps_the_prose_and_reports_the_regions_it_changed(api):
    author = api.as_("chair.penhallow@pool.demo.local")
    started = ok(
        author.post(f"reviews/{REVIEW}/documents/from-template", {"template": "overview_report"}),
        201,
    )
    written = save(author, started, author_writes(content(author, started)))
    words = "What the review found, written by the author (16. Analysis)."
    assert analysis(author, written) == words
    contact = {
        "name": "Margaret Fernleigh",
        "relationship": "Mother",
        "method": "letter",
        "outcome": "took_part",
        "saw_draft": True,
        "draft_comments": "She asked for the tribute to use her words.",
    }
    ok(author.post(f"reviews/{REVIEW}/family-contacts", contact), 201)

    filled = ok(author.post(f"reviews/{REVIEW}/documents/{written['id']}/render", {}), 201)
    assert "family" in filled["regions"]["changed"]
    assert filled["regions"]["conflicts"] == []
    assert analysis(author, filled) == words  # the author's prose is still there
    region = family_region(content(author, filled))
    assert "Mother" in region and "She asked for the tribute to use her words." in region
    assert "Margaret" not in region  # the report names relationships, never the family

    edited = save(author, filled, edit_family_region(content(author, filled)))
    contact = {**contact, "name": "Sam Fernleigh", "relationship": "Brother", "saw_draft": None}
    ok(author.post(f"reviews/{REVIEW}/family-contacts", contact), 201)
    kept = ok(author.post(f"reviews/{REVIEW}/documents/{edited['id']}/render", {}), 201)
    assert kept["regions"]["conflicts"] == ["family"]
    assert "Typed by hand." in family_region(content(author, kept))
    forced = ok(
        author.post(f"reviews/{REVIEW}/documents/{kept['id']}/render", {"overwrite": ["family"]}),
        201,
    )
    assert "family" in forced["regions"]["changed"] and forced["regions"]["conflicts"] == []
    assert "Brother" in family_region(content(author, forced))
    assert analysis(author, forced) == words

    # The panel decides to include the full chronology as an appendix: a region too.
    assert "Appendix D: Combined chronology" not in region_texts(content(author, forced))
    chosen = ok(
        author.post(
            f"reviews/{REVIEW}/documents/{forced['id']}/render", {"chronology_appendix": True}
        ),
        201,
    )
    assert chosen["regions"]["changed"] == ["appendix_chronology"]
    assert "Appendix D: Combined chronology" in region_texts(content(author, chosen))
    assert analysis(author, chosen) == words


def region_texts(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        body = etree.fromstring(z.read("word/document.xml")).find(f"{W}body")
    return "\n".join(region_text(r) for r in regions(body).values())
