"""Overview report with a combined chronology of N rows: ours against a stock docxtpl row loop.

Each measurement runs in a fresh process so peak memory (max RSS) is its own:
    python -m bench.chronology one ours|stock N
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
from datetime import date, timedelta

SIZES = (100, 1000, 5000, 20000)


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


def one(method: str, n: int) -> dict:
    data = rows(n)
    if method == "stock":
        from docxtpl import DocxTemplate

        from services.documents.jinja_env import make_environment

        template = stock_template()
        started = time.perf_counter()
        document = DocxTemplate(io.BytesIO(template))
        document.render({"chronology": data}, jinja_env=make_environment(), autoescape=True)
        out = io.BytesIO()
        document.save(out)
    else:
        from services.documents.catalogue import CATALOGUE
        from services.documents.contexts import headings_for, load_headings
        from services.documents.render_docx import render_docx
        from services.documents.specimen import specimen_extra, specimen_review_data

        template = CATALOGUE["overview_report"]
        h = headings_for(load_headings(), "overview_report", "2016")
        started = time.perf_counter()
        context = template.build(specimen_review_data(chronology=data), specimen_extra(h))
        render_docx(template.default_bytes(), context)
    seconds = time.perf_counter() - started
    return {"seconds": round(seconds, 3), "peak_mb": peak_mb()}


def peak_mb() -> float:
    """This process's own peak RSS (VmHWM); ru_maxrss would carry the parent's peak over exec."""
    with open("/proc/self/status", encoding="ascii") as status:
        kib = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    return round(kib / 1024, 1)


def run() -> dict:
    results = {}
    for n in SIZES:
        for method in ("stock", "ours"):
            out = subprocess.run(
                [sys.executable, "-m", "bench.chronology", "one", method, str(n)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            results[f"{method} {n}"] = json.loads(out)
    return results


if __name__ == "__main__":
    if sys.argv[1:2] == ["one"]:
        print(json.dumps(one(sys.argv[2], int(sys.argv[3]))))
    else:
        for name, figures in run().items():
            print(f"{name:12} {figures['seconds']:8.3f} s  {figures['peak_mb']:7.1f} MB")
