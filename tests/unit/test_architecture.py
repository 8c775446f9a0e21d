"""The layout the import contracts cannot say: stages meet only through public names, and every
module in services/ is small (400 lines) with small functions (80 lines)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).parents[2]
WORKFLOWS = ROOT / "services" / "workflows"


def stage_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[2] if parts[:2] == ["services", "workflows"] and len(parts) > 2 else None


def private_reaches(path: Path, own: str | None = None) -> list[str]:
    """Private names (`_x`) this module takes from another stage, imported or as an attribute."""
    own = own or path.relative_to(WORKFLOWS).parts[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found, aliases = [], {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            other = stage_of(node.module)
            for name in node.names:
                target = f"{node.module}.{name.name}"
                if stage_of(target) not in (None, own):
                    if name.name.startswith("_"):
                        found.append(f"{path.name} imports {target}")
                    aliases[name.asname or name.name] = target
                elif other not in (None, own) and name.name.startswith("_"):
                    found.append(f"{path.name} imports {node.module}.{name.name}")
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
            and isinstance(node.value, ast.Name)
            and node.value.id in aliases
        ):
            found.append(f"{path.name} uses {aliases[node.value.id]}.{node.attr}")
    return found


def test_workflows_hold_stage_packages_only():
    assert [p.name for p in WORKFLOWS.glob("*.py")] == ["__init__.py"]
    stages = sorted(p.name for p in WORKFLOWS.iterdir() if (p / "__init__.py").exists())
    assert "kernel" in stages and len(stages) >= 8


def test_stages_meet_only_through_public_names():
    reaches = [r for p in WORKFLOWS.rglob("*.py") for r in private_reaches(p)]
    assert not reaches, reaches


def test_the_check_sees_a_private_reach(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from services.workflows.library import documents\n"
        "from services.workflows.overview.checks import _pins\n"
        "from services.workflows.imrs.views import _history\n"
        "documents._writable_review(None, 1, {}, False)\n"
    )
    assert len(private_reaches(sample, own="imrs")) == 2


def test_no_module_in_services_is_over_400_lines():
    long = {
        str(p.relative_to(ROOT)): n
        for p in (ROOT / "services").rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert not long, long


def test_no_function_is_over_80_lines_outside_scripts():
    long = []
    for top in ("services", "tests", "bench", "migrations"):
        for path in (ROOT / top).rglob("*.py"):
            if "node_modules" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    length = node.end_lineno - node.lineno + 1
                    if length > 80:
                        long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} {length}")
    assert not long, long
