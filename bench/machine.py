"""The machine and commit a benchmark ran on, printed with every figure."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import time


def describe() -> dict:
    model = "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            model = next(line.split(":", 1)[1].strip() for line in info if "model name" in line)
    except (OSError, StopIteration):
        pass
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return {
        "cores": os.cpu_count(),
        "cpu": model,
        "python": platform.python_version(),
        "commit": commit or "unknown",
    }


def p50(call, n: int) -> dict:
    """Runs `call` n times: the median and the slowest, in milliseconds."""
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return {"n": n, "p50_ms": round(statistics.median(samples), 1), "p95_ms": round(samples[-1], 1)}
