"""Several nodes on one database with the embedded library: a node that cannot share the
library directory with the node already serving is refused at start (docs/deployment.md,
"Several nodes"); one that mounts the same directory joins."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from services.bootstrap import start_node
from services.storage.models import LibraryNode

BEAT = 0.2  # seconds between heartbeats, so the test waits well under a second a node


@pytest.fixture
def nodes(make_app, tmp_path):
    """Starts node `name` on data directory `folder` against the test's one database."""
    started = []

    def start(name: str, folder: str):
        app = make_app(node_id=name, data_dir=tmp_path / folder, node_beat_seconds=BEAT)
        registry = start_node(app.extensions["dhr"])
        started.append(registry)
        return registry

    yield start
    for registry in started:
        if registry is not None:
            registry.close()


def test_a_second_node_with_its_own_library_directory_is_refused(nodes):
    first = nodes("node-a", "a")
    assert first is not None
    with pytest.raises(SystemExit, match="Refusing to start: this database's documents are in"):
        nodes("node-b", "b")


def test_a_second_node_on_the_same_library_directory_joins(nodes, tmp_path):
    first = nodes("node-a", "a")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "blobs").symlink_to(tmp_path / "a" / "blobs")  # a shared volume
    second = nodes("node-b", "b")
    assert second is not None
    with Session(first.engine) as session:
        names = sorted(n.node_id for n in session.scalars(select(LibraryNode)))
    assert names == ["node-a", "node-b"]


def test_a_copy_of_the_library_directory_is_not_the_library(nodes, tmp_path):
    """Same library id (copied with the files), but the running node's heartbeats land in the
    original only: the copy is refused once the first node has beaten again."""
    nodes("node-a", "a")
    (tmp_path / "c").mkdir()
    shutil.copytree(tmp_path / "a" / "blobs", tmp_path / "c" / "blobs")
    with pytest.raises(SystemExit, match="does not show its heartbeat"):
        nodes("node-c", "c")


def test_the_same_node_starting_again_is_not_a_second_node(nodes):
    """gunicorn's workers and the outbox worker of one node share its name and directory."""
    nodes("node-a", "a")
    assert nodes("node-a", "a") is not None
