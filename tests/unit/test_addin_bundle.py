"""The committed add-in bundle (addin/vendor/*.js: Fluent UI web components and MSAL.js) is what
a fresh esbuild of addin/vendor-src gives with the locked versions, so nobody serves code that
the lock file does not explain."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ADDIN = Path(__file__).parents[2] / "addin"
SOURCE = ADDIN / "vendor-src"


def test_the_committed_bundle_matches_a_fresh_build(tmp_path):
    if not (shutil.which("node") and (SOURCE / "node_modules" / "esbuild").exists()):
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but node or addin/vendor-src/node_modules is missing")
        pytest.skip("!!! add-in bundle check skipped: run `make addin-deps` (needs npm) !!!")
    done = subprocess.run(
        ["node", "build.mjs", str(tmp_path)],
        cwd=SOURCE,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    for name in ("fluent.js", "msal.js"):
        fresh = (tmp_path / name).read_bytes()
        assert fresh == (ADDIN / "vendor" / name).read_bytes(), f"run `make addin-bundle` ({name})"


def test_the_bundle_names_the_versions_in_the_lock():
    lock = (SOURCE / "package-lock.json").read_text(encoding="utf-8")
    msal = (ADDIN / "vendor" / "msal.js").read_text(encoding="utf-8")
    assert '"node_modules/@azure/msal-browser": {\n      "version": "5.30.0"' in lock
    assert "@azure/msal-browser v5.30.0" in msal
