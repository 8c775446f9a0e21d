"""`python -m bench.table`: the README's "Measured" table, rewritten from bench/results/*.json.

`make bench`, `make load`, `make soak` and `make fuzz` each write their JSON; this turns the
latest of every file into one table (figure, machine, commit) between the README's markers.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
TITLES = {
    "api_latency": "API, in-process",
    "documents": "Document library",
    "rendering": "Rendering",
    "chronology": "Chronology",
    "scale": "`make scale`",
    "imr_extraction": "IMR extraction",
    "overview": "Overview stage",
    "anonymity": "Anonymity and publication",
    "load": "`make load`",
    "soak": "`make soak`",
    "fuzz": "`make fuzz`",
}


def figure(value: dict) -> str:
    if "p50_ms" in value:
        return f"p50 {value['p50_ms']:g} ms, p95 {value['p95_ms']:g} ms (n={value['n']})"
    if "seconds" in value:
        return f"{value['seconds']:g} s, peak {value['peak_mb']:g} MB"
    return json.dumps(value)


def latency(r: dict) -> str:
    found = f"p50 {r['p50_ms']:g} / p95 {r['p95_ms']:g} / p99 {r['p99_ms']:g} ms"
    if r.get("ratio_p95") is not None:
        found += f"; p95 {r['ratio_p95']:g}x the bare-Flask baseline's"
    return found


def _load_rows(data: dict) -> list[tuple[str, str]]:
    load = data.get("load_average")
    found = [
        (
            f"{data['users']} users, {data['minutes']:g} min, {data['database']}",
            f"{data['requests']:,} requests, {data['failures']} failures, {data['rps']} req/s"
            + (f"; load average {load['before']} before, {load['after']} after" if load else ""),
        )
    ]
    base = data.get("baseline")
    if base:
        found.append(
            (
                f"{base['endpoint']}: the yardstick, same gunicorn settings and database",
                f"p50 {base['p50_ms']:g} / p95 {base['p95_ms']:g} / p99 {base['p99_ms']:g} ms",
            )
        )
    found += [(r["endpoint"], latency(r)) for r in data["endpoints"]]
    if "memory_growth" in data:
        mb = data["memory_mb"]
        found.append(
            (
                "memory of every service process (RSS, summed)",
                f"{mb[0][1]:g} MB at start, {mb[len(mb) // 5][1]:g} MB once warm, "
                f"{mb[-1][1]:g} MB at the end: growth {data['memory_growth']:.1%}",
            )
        )
    return found


def _scale_rows(data: dict) -> list[tuple[str, str]]:
    return [
        (
            f"{p['nodes']} node(s), {data['clients']} clients",
            f"{p['requests']} requests in {p['seconds']:g} s, {p['rps']} req/s",
        )
        for p in data["phases"]
    ] + [
        (
            "lost or duplicated versions, deliveries, reminders; broken audit chains",
            f"{len(data['problems'])} problems "
            f"({data['versions']['accepted_saves']} saves, "
            f"{data['deliveries']['teams_posts']} Teams posts, "
            f"{data['reminders']['reminders_in_outbox']} reminders, "
            f"{data['audit']['chains']} chains)",
        )
    ]


def _chronology_rows(data: dict) -> list[tuple[str, str]]:
    s = data["summary"]
    return [(f"combined chronology, {k} rows", figure(v)) for k, v in data["figures"].items()] + [
        (
            "combined chronology, 20,000 rows: ours against stock and the raw splice",
            f"{s['ours_vs_stock']}x faster than stock (goal >= 12x), "
            f"{s['ours_vs_splice']}x the splice (goal <= 1.5x)",
        )
    ]


def rows(name: str, data: dict) -> list[tuple[str, str]]:
    if name in ("load", "soak"):
        return _load_rows(data)
    if name == "scale":
        return _scale_rows(data)
    if name == "chronology":
        return _chronology_rows(data)
    if name == "fuzz":
        return [
            (
                f"schemathesis, checks {data['checks']}, signed in as {p['signed_in_as']}",
                f"{p['operations']} operations, {p['cases']:,} cases, {p['failures']} failures",
            )
            for p in data["passes"]
        ]
    if name == "api_latency":
        return [
            (f"{op} ({db})", figure(v))
            for db, ops in data["databases"].items()
            for op, v in ops.items()
        ]
    if name == "rendering":
        return [(f"action plan xlsx: {k}", figure(v)) for k, v in data["action_plan_xlsx"].items()]
    nested = data["results"]
    if all(isinstance(v, dict) and "p50_ms" not in v for v in nested.values()):
        return [
            (f"{op} ({where})", figure(v)) for where, ops in nested.items() for op, v in ops.items()
        ]
    return [(op, figure(v)) for op, v in nested.items()]


def table() -> str:
    lines = ["| Benchmark | Operation | Figure | Machine, commit |", "|---|---|---|---|"]
    for name, title in TITLES.items():
        path = RESULTS / f"{name}.json"
        if not path.exists():
            continue
        data = json.loads(path.read_text())
        m = data["machine"]
        where = f"{m['cores']} cores {m['cpu']}, Py {m['python']}, {m['commit']}"
        for operation, value in rows(name, data):
            lines.append(f"| {title} | {operation} | {value} | {where} |")
    return "\n".join(lines)


def main() -> None:
    readme = ROOT / "README.md"
    text = readme.read_text()
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    readme.write_text(text[:start] + "\n" + table() + "\n" + text[end:])
    print(f"README.md: the Measured table rewritten from {RESULTS.relative_to(ROOT)}/")


if __name__ == "__main__":
    main()
