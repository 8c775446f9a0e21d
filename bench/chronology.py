"""The combined chronology of N rows three ways, in one run: stock docxtpl (a `{%tr for %}` row
loop), our engine (the combined chronology document as the service renders it) and a raw XML
splice (the stock template's data row written directly for each row into document.xml, deflated
at the level our engine uses: the least any renderer has to do).
`make bench-chronology`, or part of `make bench`.

Each measurement runs in a fresh process (`python -m bench.chronology one ours|stock|splice N`)
so its peak memory is its own: VmHWM, the process's peak resident set, of the whole process
(interpreter, imports and the N input rows included), and `added_mb` above its resident set
just before the first render. `seconds` is the process's CPU time, the best of REPEATS
renders in that process (stock docxtpl: three, one at 50,000 rows): on a 2-core machine shared with
other work, wall time measures the neighbours as much as the renderer, CPU time far less; the
best wall time is recorded beside it (`wall_seconds`). Every variant is single-threaded.
The engine against the splice is also taken in turn in one process (`interleaved`), so a
neighbour's burst cannot fall on one of them only.
"""

from __future__ import annotations

import io
import itertools
import json
import re
import subprocess
import sys
import time
import zipfile
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

SIZES = (1000, 5000, 20000, 50000)
METHODS = ("stock", "ours", "splice")
REPEATS = 9
GOALS = {"ours_vs_stock_min": 12.0, "ours_vs_splice_max": 1.5, "peak_mb_max": 120.0}
RESULTS = Path(__file__).with_name("results")


def rows(n: int) -> list[dict]:
    start = date(2016, 1, 1)
    return [
        {
            "date": start + timedelta(days=i // 4),
            "time": "",
            "agency": f"Agency {i % 7}",
            "event": f"Contact {i}: the victim reported threats & asked for help <urgent> "
            "and was given advice about safety planning and a referral.",
            "action_outcome": "DASH completed; referral to MARAC & IDVA.",
        }
        for i in range(n)
    ]


def stock_template() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Chronology", style="Heading 1")
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, title in zip(
        table.rows[0].cells, ("Date", "Agency", "Event", "Outcome"), strict=True
    ):
        cell.text = title
    table.add_row().cells[0].text = "{%tr for row in chronology %}"
    for cell, key in zip(
        table.add_row().cells, ("date", "agency", "event", "action_outcome"), strict=True
    ):
        cell.text = f"{{{{ row.{key} }}}}"
    table.add_row().cells[0].text = "{%tr endfor %}"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def stock(template: bytes, data: list[dict]) -> bytes:
    from docxtpl import DocxTemplate

    from services.documents.jinja_env import make_environment

    document = DocxTemplate(io.BytesIO(template))
    document.render({"chronology": data}, jinja_env=make_environment(), autoescape=True)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_ROW = re.compile(r"<w:tr[ >](?:(?!<w:tr[ >]).)*?</w:tr>", re.DOTALL)
_FIELD = re.compile(r"\{\{ row\.(\w+) \}\}")


def splice(template: bytes, data: list[dict]) -> bytes:
    """The stock template's data row, its `{{ row.x }}` replaced by each row's escaped value,
    written in place of the loop's three rows: the same document stock docxtpl makes."""
    with zipfile.ZipFile(io.BytesIO(template)) as source:
        body = source.read("word/document.xml").decode("utf-8")
        loop = [m for m in _ROW.finditer(body) if "{%tr" in m.group(0) or "{{ row." in m.group(0)]
        pieces = _FIELD.split(loop[1].group(0))  # markup, field, markup, ... markup
        pattern = "".join(
            "{" + piece + "}" if i % 2 else piece.replace("{", "{{").replace("}", "}}")
            for i, piece in enumerate(pieces)
        )
        table = "".join(
            pattern.format_map({k: escape(str(v)) for k, v in row.items()}) for row in data
        )
        body = body[: loop[0].start()] + table + body[loop[-1].end() :]
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for item in source.infolist():
                if item.filename == "word/document.xml":  # deflated as our engine does it
                    target.writestr(item.filename, body.encode("utf-8"), compresslevel=1)
                else:
                    target.writestr(item, source.read(item.filename))
    return out.getvalue()


def ours(data: list[dict]) -> bytes:
    from services.documents.catalogue import CATALOGUE
    from services.documents.contexts import headings_for, load_headings
    from services.documents.render_docx import render_docx
    from services.documents.specimen import specimen_extra, specimen_review_data

    template = CATALOGUE["combined_chronology"]
    review = specimen_review_data(chronology=data)
    extra = specimen_extra(headings_for(load_headings(), "overview_report", "2016"))
    return render_docx(template.default_bytes(), template.build(review, extra))


def one(method: str, n: int) -> dict:
    data = rows(n)
    template = stock_template()
    render = {
        "stock": lambda: stock(template, data),
        "splice": lambda: splice(template, data),
        "ours": lambda: ours(data),
    }[method]
    before = resident_mb()
    wall, cpu = float("inf"), float("inf")
    repeats = REPEATS if method != "stock" else 3 if n <= 20000 else 1  # stock takes seconds
    for _ in range(repeats):
        started, started_cpu = time.perf_counter(), time.process_time()
        render()
        cpu = min(cpu, time.process_time() - started_cpu)
        wall = min(wall, time.perf_counter() - started)
    peak = peak_mb()
    return {
        "seconds": round(cpu, 4),
        "wall_seconds": round(wall, 4),
        "peak_mb": peak,
        "added_mb": round(peak - before, 1),
    }


def interleaved(n: int, rounds: int = 9) -> dict:
    """Our engine and the splice taken in turn in one process, the best CPU time of each: the
    machine's load drifts over a run, and taken in turn both see the same drift."""
    data, template = rows(n), stock_template()
    best = {"ours": float("inf"), "splice": float("inf")}
    for _ in range(rounds):
        for method, render in (
            ("ours", lambda: ours(data)),
            ("splice", lambda: splice(template, data)),
        ):
            started = time.process_time()
            render()
            best[method] = min(best[method], time.process_time() - started)
    return {
        **{m: round(v, 4) for m, v in best.items()},
        "ratio": round(best["ours"] / best["splice"], 2),
    }


def peak_mb() -> float:
    """This process's own peak RSS (VmHWM); ru_maxrss would carry the parent's peak over exec."""
    return _status("VmHWM:")


def resident_mb() -> float:
    return _status("VmRSS:")


def _status(field: str) -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        kib = next(int(line.split()[1]) for line in status if line.startswith(field))
    return round(kib / 1024, 1)


def run(sizes=SIZES) -> dict:
    figures = {}
    for n in sizes:
        for method in METHODS:
            out = subprocess.run(
                [sys.executable, "-m", "bench.chronology", "one", method, str(n)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            figures[f"{method} {n}"] = json.loads(out)
    found = summary(figures, sizes)
    turns = subprocess.run(
        [sys.executable, "-m", "bench.chronology", "interleaved", "20000"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found["ours_vs_splice_interleaved_20000"] = json.loads(turns)
    return {"figures": figures, "summary": found, "goals": GOALS}


def summary(figures: dict, sizes) -> dict:
    """The two ratios at 20,000 rows and, per method, the added seconds per 1,000 rows between
    successive sizes (constant when rendering is linear)."""
    at = {m: figures[f"{m} 20000"] for m in METHODS} if 20000 in sizes else {}
    found: dict = {}
    if at:
        found["ours_vs_stock"] = round(at["stock"]["seconds"] / at["ours"]["seconds"], 2)
        found["ours_vs_splice"] = round(at["ours"]["seconds"] / at["splice"]["seconds"], 2)
        found["ours_peak_mb"] = at["ours"]["peak_mb"]
    for method in METHODS:
        steps = {}
        for small, large in itertools.pairwise(sizes):
            seconds = (figures[f"{method} {n}"]["seconds"] for n in (small, large))
            extra = -next(seconds) + next(seconds)
            steps[f"{small}-{large}"] = round(1000 * extra / (large - small), 4)
        found[f"{method}_seconds_per_1000_rows"] = steps
    return found


def main() -> None:
    from bench.machine import describe

    results = {"machine": describe(), **run()}
    for name, f in results["figures"].items():
        print(f"chronology {name:14} {f['seconds']:8.3f} s  peak {f['peak_mb']:7.1f} MB")
    print(json.dumps(results["summary"], indent=2))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "chronology.json").write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    if sys.argv[1:2] == ["one"]:
        print(json.dumps(one(sys.argv[2], int(sys.argv[3]))))
    elif sys.argv[1:2] == ["interleaved"]:
        print(json.dumps(interleaved(int(sys.argv[2]))))
    else:
        main()
