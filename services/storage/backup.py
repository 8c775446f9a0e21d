"""Backup and restore of the embedded library and the database, for `flask dhr backup DIR` and
`flask dhr restore DIR` (docs/deployment.md says when to run them).

A backup is a folder: the database (SQLite's online backup, or `pg_dump --format=custom`), then
every blob the library holds, then `manifest.json` naming each file with its SHA-256. The
database goes first: a blob is durable before the row naming it commits, so every version in
the copied database has its blob among the blobs copied after it. Restore checks every hash
before it touches anything, and refuses a target that already holds data.

With SharePoint as the library, documents live (and are backed up) in Microsoft 365; the
backup then holds the database alone.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from services.storage.blobs import BlobStore

MANIFEST = "manifest.json"


def _libpq(url: str) -> tuple[str, str | None]:
    """(a libpq connection URI, the schema named by its search_path option, if any)."""
    parsed = make_url(url)
    options = parsed.query.get("options", "")
    if isinstance(options, tuple):  # the URL repeated the parameter
        options = " ".join(options)
    schema = options.split("search_path=", 1)[1] if "search_path=" in options else None
    plain = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
    return plain, schema


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _sqlite_file(url: URL) -> str:
    if not url.database:
        raise ValueError(f"{url} names no database file: an in-memory database is not kept")
    return url.database


def backup(database_url: str, blobs: BlobStore, target: Path) -> dict:
    target.mkdir(parents=True, exist_ok=False)
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        database = target / "database.sqlite3"
        source = sqlite3.connect(_sqlite_file(url))
        copy = sqlite3.connect(database)
        with copy:
            source.backup(copy)
        source.close()
        copy.close()
    else:
        database = target / "database.dump"
        uri, schema = _libpq(database_url)
        argv = ["pg_dump", "--format=custom", "--no-owner", f"--file={database}"]
        argv += [f"--schema={schema}"] if schema else []
        subprocess.run([*argv, uri], check=True, capture_output=True)  # noqa: S603
    files = {database.name: _sha256(database)}
    for sha256 in sorted(blobs.hashes()):
        relative = blobs.path(sha256).relative_to(blobs.root)
        (target / "blobs" / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(blobs.path(sha256), target / "blobs" / relative)
        files[f"blobs/{relative.as_posix()}"] = sha256
    manifest = {"database": database.name, "schema": _libpq_schema(database_url), "files": files}
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    return {"files": len(files), "blobs": len(files) - 1}


def _libpq_schema(database_url: str) -> str | None:
    if make_url(database_url).get_backend_name() == "sqlite":
        return None
    return _libpq(database_url)[1]


def verify(source: Path) -> dict:
    """Every file the manifest names, with its hash; raises ValueError naming the first bad one."""
    manifest = json.loads((source / MANIFEST).read_text())
    for name, sha256 in manifest["files"].items():
        path = source / name
        if not path.exists() or _sha256(path) != sha256:
            raise ValueError(f"backup damaged: {name} is missing or does not match its SHA-256")
    return manifest


def restore(source: Path, database_url: str, blobs: BlobStore) -> dict:
    manifest = verify(source)
    url = make_url(database_url)
    if blobs.root.exists() and any(blobs.hashes()):
        raise ValueError(f"{blobs.root} already holds documents: restore into an empty place")
    if url.get_backend_name() == "sqlite":
        target = Path(_sqlite_file(url))
        if target.exists() and target.stat().st_size:
            raise ValueError(f"{target} exists: restore into a new database file")
        shutil.copy2(source / manifest["database"], target)
    else:
        uri, _schema = _libpq(database_url)
        subprocess.run(  # noqa: S603
            ["pg_restore", "--no-owner", "--exit-on-error", f"--dbname={uri}",  # noqa: S607
             str(source / manifest["database"])],
            check=True,
            capture_output=True,
        )  # fmt: skip
    count = 0
    for name, sha256 in manifest["files"].items():
        if name.startswith("blobs/"):
            destination = blobs.path(sha256)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source / name, destination)
            count += 1
    return {"blobs": count}
