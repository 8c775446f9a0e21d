"""The task panes' JavaScript modules, tested under Node's own test runner (node --test) with
office-addin-mock standing in for Excel: row conversions, PATCH bodies, the API client's
messages, and the workbook calls."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

NODE_TESTS = Path(__file__).parents[1] / "node"


def test_the_pane_modules_pass_their_node_tests():
    if not (shutil.which("node") and (NODE_TESTS / "node_modules" / "office-addin-mock").exists()):
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but node or tests/node/node_modules is missing (make node-deps)")
        pytest.skip(
            "!!! task pane module tests skipped: run `make node-deps` (needs node and npm) !!!"
        )
    done = subprocess.run(
        [
            "node",
            "--test",
            "--test-reporter=spec",
            *sorted(p.name for p in NODE_TESTS.glob("*.test.mjs")),
        ],
        cwd=NODE_TESTS,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert " fail 0" in done.stdout and " pass 0" not in done.stdout
