"""`make fuzz`: schemathesis against the served API's own OpenAPI description, signed in.

Every check schemathesis has, at least 2,000 generated cases over every operation; the run
fails on any server error or any response that breaks the description. The figures go to
bench/results/fuzz.json; the full report to out/fuzz/.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

from bench.machine import describe
from bench.served import ROOT, serve

RESULTS = Path(__file__).with_name("results")
REPORTS = ROOT / "out" / "fuzz"
EXAMPLES = int(os.environ.get("DHR_FUZZ_EXAMPLES", "30"))  # per operation and phase
SEED = os.environ.get("DHR_FUZZ_SEED", "20261126")


def main() -> int:
    machine = describe()
    print(
        f"machine: {machine['cores']} cores, {machine['cpu']}, Python {machine['python']}, "
        f"commit {machine['commit']}"
    )
    REPORTS.mkdir(parents=True, exist_ok=True)
    passes = []
    with serve("fuzz") as service:
        print(f"schemathesis against {service.base_url} ({service.database})", flush=True)
        for who, email, only in PASSES:
            token = service.token(email)
            passes.append(schemathesis(service.base_url, token, who, only))
    figures = {
        "machine": machine,
        "command": "make fuzz",
        "checks": "all",
        "max_examples_per_operation": EXAMPLES,
        "seed": SEED,
        "passes": passes,
        "cases": sum(p["cases"] for p in passes),
        "failures": sum(p["failures"] for p in passes),
        "seconds": round(sum(p["seconds"] for p in passes), 1),
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "fuzz.json").write_text(json.dumps(figures, indent=2) + "\n")
    print(json.dumps({k: v for k, v in figures.items() if k != "machine"}, indent=2))
    ok = all(p["exit_code"] == 0 for p in passes) and figures["cases"] >= 2000
    return 0 if ok and figures["failures"] == 0 else 1


# (who, signed in as, the operations of that pass: a path regex, or None for every one)
PASSES = (
    ("coordinator", "coordinator@demo.local", None),
    ("review chair", "chair.ashdown@pool.demo.local", None),
    ("IMR author", "p.castell@police.demo.local", r"/(imrs|documents|uploads|templates)"),
    ("administrator", "admin@demo.local", r"/(people|csps|agencies|directory|admin|home-office)"),
)


def schemathesis(base_url: str, token: str, who: str, only: str | None) -> dict:
    argv = [
        str(Path(sys.executable).parent / "schemathesis"),
        "--config-file",
        str(Path(__file__).with_name("schemathesis.toml")),
        "run",
        f"{base_url}/api/v1/openapi.json",
        "--checks", "all",
        "--header", f"Authorization: Bearer {token}",
        "--max-examples", str(EXAMPLES),
        "--seed", SEED,
        "--workers", "1",  # hypothesis's lambda parsing is not thread-safe on 3.11
        "--request-timeout", "30",
        "--generation-database", "none",
        "--report", "junit",
        "--report-junit-path", str(REPORTS / f"junit-{who.replace(' ', '-')}.xml"),
        "--no-color",
    ]  # fmt: skip
    if only:
        argv += ["--include-path-regex", only]
    start = time.monotonic()
    run = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, check=False)
    seconds = time.monotonic() - start
    (REPORTS / f"schemathesis-{who.replace(' ', '-')}.txt").write_text(run.stdout)
    print(run.stdout[-15000:])
    if run.returncode not in (0, 1):
        print(run.stderr[-5000:], file=sys.stderr)
    return summary(who, run.stdout, seconds, run.returncode)


def summary(who: str, output: str, seconds: float, returncode: int) -> dict:
    """The figures schemathesis prints at the end of its run."""

    def number(pattern: str) -> int:
        found = re.search(pattern, output)
        return int(found.group(1)) if found else 0

    return {
        "signed_in_as": who,
        "operations": number(r"Tested:\s*(\d+)"),
        "cases": number(r"(\d+) generated"),
        "failures": number(r"(\d+) found \d+ unique failures"),
        "seconds": round(seconds, 1),
        "exit_code": returncode,
    }


if __name__ == "__main__":
    sys.exit(main())
