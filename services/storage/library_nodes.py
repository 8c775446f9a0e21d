"""Several nodes on the embedded library: a node refuses to start on a library directory it
cannot share with the nodes already serving the database (docs/deployment.md, "Several nodes").

The embedded library is rows in the database and files in `DHR_DATA_DIR/blobs`. Nodes that
share the database must share that directory, or a version one node stores is a row the others
cannot open. So:

- the directory holds its own id (`library-id`, made when the library is first used) and the
  database records which id its documents live in (`library_binding`): a node whose directory
  holds another id, or none while the database is bound, is refused;
- each node writes a heartbeat into the directory (`nodes/<node>`), then into the database
  (`library_nodes`). A starting node waits for each other live node's next heartbeat and reads
  that node's file in its own directory: absent, or older than the database says, and the
  directory is not the one that node writes to (another disk, or a copy), so it is refused.
"""

from __future__ import annotations

import hashlib
import logging
import os
import socket
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from services.storage.models import LibraryBinding, LibraryNode

ID_FILE = "library-id"
LIVE_BEATS = 3  # a node is live while its last heartbeat is younger than this many intervals


class Refused(SystemExit):
    """This node must not serve the database with this library directory."""

    def __init__(self, reason: str):
        super().__init__(f"Refusing to start: {reason} (docs/deployment.md, 'Several nodes')")


def default_node_id(data_dir: Path) -> str:
    return f"{socket.gethostname()}:{data_dir.resolve()}"


@dataclass
class NodeRegistry:
    engine: Engine
    directory: Path  # the library directory, DHR_DATA_DIR/blobs
    node_id: str
    beat_seconds: float = 10.0
    stopped: threading.Event = field(default_factory=threading.Event)

    def claim(self) -> str:
        """Checks this node may serve the database with this directory, then registers it;
        the library's id. Raises Refused."""
        self.directory.mkdir(parents=True, exist_ok=True)
        library_id = self._bound_library(self._directory_id())
        with Session(self.engine) as session:
            others = [
                n
                for n in session.scalars(select(LibraryNode))
                if n.node_id != self.node_id and self._live(n)
            ]
        for node in others:
            self._sees(node, library_id)
        now = time.time()
        self._write_marker(now)
        with Session(self.engine) as session, session.begin():
            row = session.get(LibraryNode, self.node_id) or LibraryNode(node_id=self.node_id)
            row.host, row.directory = socket.gethostname(), str(self.directory.resolve())
            row.library_id, row.beat_seconds = library_id, self.beat_seconds
            row.started_at = row.seen_at = now
            session.add(row)
        return library_id

    def beat(self) -> None:
        """The heartbeat: the file in the directory first, then the database."""
        now = time.time()
        self._write_marker(now)
        with self.engine.begin() as connection:
            connection.execute(
                update(LibraryNode)
                .where(LibraryNode.node_id == self.node_id, LibraryNode.seen_at < now)
                .values(seen_at=now)
            )

    def run(self) -> threading.Thread:
        """Beats every `beat_seconds` in a daemon thread until `close()`."""

        def loop() -> None:
            while not self.stopped.wait(self.beat_seconds):
                try:
                    self.beat()
                except Exception:  # a database blip: the next beat tries again
                    logging.getLogger(__name__).warning("library heartbeat failed", exc_info=True)

        thread = threading.Thread(target=loop, name="dhr-library-heartbeat", daemon=True)
        thread.start()
        return thread

    def close(self) -> None:
        """Stops the heartbeat: the node stops counting as live after LIVE_BEATS intervals."""
        self.stopped.set()

    def _directory_id(self) -> str | None:
        path = self.directory / ID_FILE
        return path.read_text(encoding="ascii").strip() if path.exists() else None

    def _bound_library(self, found: str | None) -> str:
        """The database's library id, binding it to this directory's when it has none yet."""
        with Session(self.engine) as session:
            binding = session.get(LibraryBinding, "local")
        if binding is None:
            found = found or self._make_id()
            try:
                with Session(self.engine) as session, session.begin():
                    session.add(
                        LibraryBinding(
                            key="local",
                            library_id=found,
                            bound_by=self.node_id,
                            bound_at=time.time(),
                        )
                    )
            except IntegrityError:  # another node bound it at the same moment
                return self._bound_library(found)
            return found
        if found != binding.library_id:
            raise Refused(
                f"this database's documents are in the embedded library {binding.library_id} "
                f"(first served by {binding.bound_by}), but this node's library directory "
                f"{self.directory.resolve()} "
                + (f"is another library ({found})" if found else "is not that library (no id)")
                + ": mount the shared library at DHR_DATA_DIR/blobs, or use DHR_LIBRARY=sharepoint"
            )
        return binding.library_id

    def _make_id(self) -> str:
        """A new id for the directory, unless another process wrote one first."""
        path = self.directory / ID_FILE
        try:
            with path.open("x", encoding="ascii") as handle:
                handle.write(uuid.uuid4().hex)
                handle.flush()
                os.fsync(handle.fileno())
        except FileExistsError:
            pass
        return path.read_text(encoding="ascii").strip()

    def _live(self, node: LibraryNode) -> bool:
        return time.time() - node.seen_at < LIVE_BEATS * node.beat_seconds

    def _sees(self, node: LibraryNode, library_id: str) -> None:
        """Waits for `node`'s next heartbeat, then reads its file here (see the module)."""
        where = f"node {node.node_id} (host {node.host}, directory {node.directory})"
        if node.library_id != library_id:
            raise Refused(f"{where} serves another library ({node.library_id})")
        before, deadline = node.seen_at, time.time() + LIVE_BEATS * node.beat_seconds
        seen = before
        while seen <= before and time.time() < deadline:
            time.sleep(min(node.beat_seconds / 4, 0.5))
            with Session(self.engine) as session:
                row = session.get(LibraryNode, node.node_id)
                seen = row.seen_at if row else before
        if seen <= before:
            return  # it stopped beating: not live any more
        marker = self._marker(node.node_id)
        written = float(marker.read_text(encoding="ascii")) if marker.exists() else None
        if written is None or written < seen - node.beat_seconds / 2:
            raise Refused(
                f"{where} is serving this database, and this node's library directory "
                f"{self.directory.resolve()} does not show its heartbeat: it is not the same "
                "directory (another disk, or a copy). Mount the shared library at "
                "DHR_DATA_DIR/blobs, or use DHR_LIBRARY=sharepoint"
            )

    def _marker(self, node_id: str) -> Path:
        name = hashlib.sha256(node_id.encode("utf-8")).hexdigest()[:32]
        return self.directory / "nodes" / name

    def _write_marker(self, now: float) -> None:
        path = self._marker(self.node_id)
        path.parent.mkdir(exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(repr(now), encoding="ascii")
        os.replace(temporary, path)


def adopt(engine: Engine, directory: Path) -> None:
    """After `flask dhr restore`: the restored directory is now the database's library (it
    takes the bound id), and the nodes that served the backed-up deployment are forgotten."""
    with Session(engine) as session, session.begin():
        binding = session.get(LibraryBinding, "local")
        for node in session.scalars(select(LibraryNode)):
            session.delete(node)
    if binding is not None:
        directory.mkdir(parents=True, exist_ok=True)
        (directory / ID_FILE).write_text(binding.library_id, encoding="ascii")
