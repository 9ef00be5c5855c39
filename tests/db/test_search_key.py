"""person.search_key: folded by the migration's triggers on every write path, backfilled for people
already there, and never exported by sync (it is derived on each laptop)."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from alembic import command
from sqlalchemy import select, text

from trainmgr.db import migrate
from trainmgr.db.engine import make_engine
from trainmgr.db.models import Person
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.session_open import open_services
from trainmgr.services.sync_tables import synced_table_map
from trainmgr.services.trainees import TraineeInput

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "release-0.1.0.db"


def key_of(path: Path, family: str) -> str:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return conn.execute("SELECT search_key FROM person WHERE family_name = ?", (family,)).fetchone()[0]


def test_orm_writes_keep_the_key_folded(tmp_path: Path) -> None:
    services = open_services(tmp_path / "t.db", user="t")
    try:
        pid = services.programmes.create(ProgrammeInput(code="SAH", name="Sahel")).id
        row = services.trainees.create(TraineeInput(pid, "Traoré", "Mohamed Ibrahim", "محمد", "0012"))
        assert key_of(tmp_path / "t.db", "Traoré") == "traore\nmohamed ibrahim\nمحمد\n0012"
        services.trainees.update(row.id, TraineeInput(pid, "Traoré", "Mohammed", "", "0012"))
        assert key_of(tmp_path / "t.db", "Traoré") == "traore\nmohammed\n\n0012"
    finally:
        services.db.close()


def test_rows_written_without_the_orm_get_their_key(tmp_path: Path) -> None:
    """Sync import and the demo insert with plain SQL: the trigger still folds the names."""
    services = open_services(tmp_path / "t.db", user="t")
    try:
        pid = services.programmes.create(ProgrammeInput(code="SAH", name="Sahel")).id
        row = services.trainees.create(TraineeInput(pid, "Keita", "Seydou"))
        with services.db.write() as s:
            s.execute(text("UPDATE person SET family_name = 'KÉÏTA' WHERE id = :id"), {"id": row.id})
        with services.db.read() as s:
            assert s.scalar(select(Person.search_key).where(Person.id == row.id)).startswith("keita\n")
    finally:
        services.db.close()


def test_upgrading_backfills_people_already_there(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    engine = make_engine(path)
    try:
        config = migrate.alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0002")
            conn.execute(text("DROP TRIGGER IF EXISTS person_search_key_insert"))  # as a 0002 database had none
            conn.execute(text(
                "INSERT INTO person (id, born, hlc, deleted, change_seq, arrived_from, created_at, created_by, "
                "updated_at, updated_by, role, family_name, given_names, name_native, service_number, sex, "
                "position, phone, vetting_status, vetting_reference, notes) VALUES ('p1', '', '', 0, 0, '', "
                "'2024-01-01', '', '2024-01-01', '', 'trainee', 'Ndiaye', 'Aïssatou', '', '007', 'female', '', '', "
                "'not_started', '', '')"))
        migrate.migrate(engine)
    finally:
        engine.dispose()
    assert key_of(path, "Ndiaye") == "ndiaye\naissatou\n\n007"


def test_the_key_does_not_travel() -> None:
    person = synced_table_map()["person"]
    assert "search_key" not in {c.name for c in person.columns}
    assert "search_key" not in person.fields
    assert "service" in synced_table_map()["rank"].fields  # a rank's service is real data: it travels
    assert {"cohort_id", "unit_id"} <= set(synced_table_map()["cohort_unit"].fields)
