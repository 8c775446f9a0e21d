"""docs/rules.md stays true: every rule code used is catalogued, and what it names exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).parents[2]
CATALOGUE = ROOT / "docs" / "rules.md"
CODE = re.compile(r"\bV(\d+)\b")
SEARCHED = ("services", "tests", "addin")
SUFFIXES = {".py", ".toml", ".js", ".mjs", ".html"}
SKIPPED = {"node_modules", "vendor", "vendor-src", "__pycache__"}


def catalogued() -> set[str]:
    return {f"V{n}" for n in re.findall(r"^### V(\d+) ", CATALOGUE.read_text(), re.M)}


def used() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for top in SEARCHED:
        for path in (ROOT / top).rglob("*"):
            if path.suffix not in SUFFIXES or SKIPPED & set(path.parts):
                continue
            for number in CODE.findall(path.read_text(encoding="utf-8", errors="replace")):
                found.setdefault(f"V{number}", set()).add(str(path.relative_to(ROOT)))
    return found


def test_the_catalogue_holds_v1_to_v23_once_each():
    headings = re.findall(r"^### (V\d+) ", CATALOGUE.read_text(), re.M)
    assert headings == [f"V{n}" for n in range(1, 24)]


def test_every_rule_code_in_the_code_and_tests_is_catalogued():
    missing = {code: sorted(where) for code, where in used().items() if code not in catalogued()}
    assert not missing, f"rule codes used but not in docs/rules.md: {missing}"


def test_every_module_and_test_the_catalogue_names_exists():
    named = re.findall(r"`((?:services|tests)/[\w/.-]+\.(?:py|toml))`", CATALOGUE.read_text())
    assert len(named) > 40
    absent = sorted({p for p in named if not (ROOT / p).is_file()})
    assert not absent, f"docs/rules.md names files that do not exist: {absent}"


def test_every_catalogued_rule_names_its_module_and_its_tests():
    sections = re.split(r"^### ", CATALOGUE.read_text(), flags=re.M)[1:]
    for section in sections:
        code = section.split()[0]
        assert "Enforced by `services/" in section, f"{code} names no module"
        assert "Proved by `tests/" in section, f"{code} names no test"
        assert "Source:" in section, f"{code} names no source"


def test_the_check_finds_a_code_that_is_not_catalogued():
    """The scanner reads rule codes as the code writes them; an unknown one is not catalogued."""
    unknown = "V" + "24"  # spelt apart, or this file would itself use an uncatalogued code
    assert CODE.findall(f'raise Invalid("... ({unknown})")') == ["24"]
    assert unknown not in catalogued()
