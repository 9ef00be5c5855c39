"""SyncHistoryService: the peers and the package history the Exchange page shows (no Qt)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from trainmgr.db.engine import Database, make_engine
from trainmgr.services.container import Services
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.sync_history import SyncHistoryService


@pytest.fixture
def laptop(make_db: Callable[..., Path]) -> Iterator[Callable[[str], tuple[Services, SyncHistoryService]]]:
    opened: list[Services] = []

    def make(name: str) -> tuple[Services, SyncHistoryService]:
        path = make_db(f"{name}.db")
        services = Services.build(Database(path, make_engine(path), name))
        services.sync.rename(name)
        opened.append(services)
        return services, SyncHistoryService(services.db)

    yield make
    for services in opened:
        services.db.close()


def test_a_new_database_has_no_peers_and_no_history(laptop: Callable[..., tuple[Services, SyncHistoryService]]) -> None:
    services, history = laptop("field")
    assert history.peers() == [] and history.history() == []
    assert history.laptop_names() == {services.sync.identity().replica_id: "field"}


def test_peers_and_history_after_exchanges(laptop: Callable[..., tuple[Services, SyncHistoryService]],
                                           tmp_path: Path) -> None:
    a, _ = laptop("field")
    b, history = laptop("hq")
    c, _ = laptop("school")
    a.programmes.create(ProgrammeInput(code="SAH", name="Sahel"))
    a_id, b_id, c_id = (s.sync.identity().replica_id for s in (a, b, c))
    a.sync.export(tmp_path / "a1.xlsx", full=True)
    b.sync.import_package(tmp_path / "a1.xlsx")
    b.sync.export(tmp_path / "b-seed.xlsx", full=True)  # the school joins the network through HQ
    c.sync.import_package(tmp_path / "b-seed.xlsx")
    c.sync.export(tmp_path / "c1.xlsx", full=True)
    b.sync.import_package(tmp_path / "c1.xlsx")
    b.sync.export(tmp_path / "b-for-a.xlsx", peer=a_id)
    b.sync.export(tmp_path / "b-full.xlsx", full=True)

    rows = history.history()
    assert [(r.direction, r.peer_name, Path(r.file_name).name) for r in rows] == [
        ("export", "", "b-full.xlsx"), ("export", "field", "b-for-a.xlsx"),
        ("import", "school", "c1.xlsx"), ("export", "", "b-seed.xlsx"), ("import", "field", "a1.xlsx")]
    assert rows[1].peer_replica == a_id and rows[4].rows > 0
    assert all(earlier.at >= later.at for earlier, later in itertools.pairwise(rows))
    assert [r.file_name for r in history.history(limit=1)] == [rows[0].file_name]

    peers = history.peers()
    assert [p.name for p in peers] == ["school", "field"]  # the most recently seen first
    field = peers[1]
    assert field.replica_id == a_id and field.received_seq > 0 and field.acked_seq == 0
    assert field.last_seen_at is not None
    assert history.laptop_names() == {a_id: "field", b_id: "hq", c_id: "school"}
