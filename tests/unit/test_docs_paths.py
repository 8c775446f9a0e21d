"""The docs stay true to the code's layout: every file path the README and docs/ name in
backticks (`services/workflows/library/letters.py`, `workflows/kernel/refusals.py`) exists, so a
module that moves takes its documentation with it."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).parents[2]
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
NAMED = re.compile(r"`([A-Za-z0-9_.\-/]+\.(?:py|toml|js|mjs|html|css|xml|md|json|docx|xlsx))`")
# Where a shortened path may start: the repository, or the package that holds the code.
BASES = (ROOT, ROOT / "services")


def named_paths(text: str) -> list[str]:
    """Paths with a folder in them; a bare file name or a URL path (/api/v1/…) is not one."""
    return [p for p in NAMED.findall(text) if "/" in p and not p.startswith("/")]


def test_every_path_the_docs_name_exists():
    missing = [
        f"{doc.relative_to(ROOT)}: {path}"
        for doc in DOCUMENTS
        for path in named_paths(doc.read_text())
        if not any((base / path).exists() for base in BASES)
    ]
    assert not missing, "paths named in the docs that do not exist:\n" + "\n".join(missing)


def test_a_moved_module_is_caught():
    text = "the letters (`services/workflows/letters.py`) and `/api/v1/openapi.json`"
    assert named_paths(text) == ["services/workflows/letters.py"]
    assert not any((base / "services/workflows/letters.py").exists() for base in BASES)
