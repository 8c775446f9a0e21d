"""What a published report is made of, and nothing else: the allow-list of publication by
reconstruction (docs/publication.md). rebuild_read fills it from the author's package,
rebuild_write makes a new package from it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

LIST_FORMATS = {"bullet", "decimal", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman"}


@dataclass
class Run:
    text: str = ""
    bold: bool = False
    italic: bool = False
    underline: bool = False
    footnote: int | None = None  # a reference to this footnote instead of text
    brk: str | None = None  # "line" | "page": a break instead of text


@dataclass
class Paragraph:
    kind: str = "body"  # body | heading | title | subtitle | list
    level: int = 0  # heading level 1-9, or list level 0-8
    runs: list[Run] = field(default_factory=list)
    list_id: str | None = None  # which list (its numbering restarts per list)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Cell:
    blocks: list = field(default_factory=list)
    span: int = 1
    merge: str | None = None  # vertical merge: "restart" | "continue"


@dataclass
class Row:
    cells: list[Cell] = field(default_factory=list)
    header: bool = False


@dataclass
class Table:
    grid: list[int] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)


@dataclass
class SectionEnd:
    """The end of a run of pages laid out landscape or portrait (a wide table's pages)."""

    landscape: bool = False


@dataclass
class Contents:
    """Where the table of contents goes (the author's own one is never carried)."""


@dataclass
class Report:
    blocks: list = field(default_factory=list)
    footnotes: dict[int, list] = field(default_factory=dict)
    lists: dict[str, dict[int, str]] = field(default_factory=dict)  # list -> level -> format
    landscape: bool = False  # the last run of pages
    dropped: dict[str, list] = field(default_factory=lambda: defaultdict(list))

    def drop(self, kind: str, paragraph: int | None = None) -> None:
        self.dropped[kind].append(paragraph)

    def dropped_list(self) -> list[dict]:
        """What did not carry over: a kind, how many, and the first paragraphs it was in."""
        found = []
        for kind in sorted(self.dropped):
            places = self.dropped[kind]
            paragraphs = sorted({p for p in places if p is not None})
            found.append({"kind": kind, "count": len(places), "paragraphs": paragraphs[:20]})
        return found
