"""Opening a database: whatever a user points trainmgr at, they get a clear message naming the file,
and a file trainmgr refuses is left exactly as it was. Every connection is set up for durability."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import select, text

from trainmgr.db import migrate
from trainmgr.db.migrate import head_revision, open_database
from trainmgr.db.models import Assessment, Finding, Instrument, Person, Programme, Result, Unit
from trainmgr.errors import (
    CorruptDatabaseError,
    DatabaseError,
    NotADatabaseError,
    TrainmgrError,
)
from trainmgr.services.container import Services


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def other_app_database(path: Path, journal: str) -> Path:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA journal_mode={journal}")
        conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('Awa', '+227 90 00 00 00')")
        conn.commit()
    return path


def to_rollback_journal(path: Path) -> int:
    """Put everything in the main file (no -wal beside it) and return the page size."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
        return conn.execute("PRAGMA page_size").fetchone()[0]


def damage_pages(path: Path, first: int, count: int) -> Path:
    """Overwrite `count` pages from page `first` (0-based) with garbage, as a bad sector would."""
    page_size = to_rollback_journal(path)
    data = bytearray(path.read_bytes())
    assert len(data) > (first + count) * page_size, "database too small to damage in the middle"
    garbage = bytes((i * 37 + 11) % 256 for i in range(page_size))
    for page in range(first, first + count):
        data[page * page_size:(page + 1) * page_size] = garbage
    path.write_bytes(bytes(data))
    return path


def middle_pages(path: Path) -> int:
    return path.stat().st_size // 4096 // 3


BadFile = Callable[[Path, Callable[..., Path]], Path]


def text_file(tmp: Path, _make_db: Callable[..., Path]) -> Path:
    path = tmp / "notes.db"
    path.write_text("Meeting notes, not a database\n" * 50, encoding="utf-8")
    return path


def zero_byte_file(tmp: Path, _make_db: Callable[..., Path]) -> Path:
    path = tmp / "empty.db"
    path.write_bytes(b"")
    return path


def other_app_rollback_journal(tmp: Path, _make_db: Callable[..., Path]) -> Path:
    return other_app_database(tmp / "contacts.db", "DELETE")


def other_app_wal(tmp: Path, _make_db: Callable[..., Path]) -> Path:
    return other_app_database(tmp / "contacts-wal.db", "WAL")


def corrupt_middle(tmp: Path, make_db: Callable[..., Path]) -> Path:
    path = make_db("corrupt.db")
    return damage_pages(path, middle_pages(path), 8)


def corrupt_header(tmp: Path, make_db: Callable[..., Path]) -> Path:
    path = make_db("bad-header.db")
    to_rollback_journal(path)
    data = bytearray(path.read_bytes())  # the magic bytes stay: SQLite itself must notice
    data[16:100] = b"\xff" * 84
    path.write_bytes(bytes(data))
    return path


def truncated(tmp: Path, make_db: Callable[..., Path]) -> Path:
    path = make_db("truncated.db")
    to_rollback_journal(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


@pytest.mark.parametrize(
    ("make_bad", "error"),
    [
        (text_file, NotADatabaseError),
        (zero_byte_file, NotADatabaseError),
        (other_app_rollback_journal, NotADatabaseError),
        (other_app_wal, NotADatabaseError),
        (corrupt_middle, CorruptDatabaseError),
        (corrupt_header, CorruptDatabaseError),
        (truncated, CorruptDatabaseError),
    ],
    ids=lambda v: getattr(v, "__name__", ""),
)
def test_a_file_that_is_not_a_healthy_trainmgr_database_is_refused_and_left_unchanged(
    tmp_path: Path, make_db: Callable[..., Path], make_bad: BadFile, error: type[TrainmgrError]
) -> None:
    path = make_bad(tmp_path, make_db)
    digest, size = sha256(path), path.stat().st_size
    with pytest.raises(error) as err:
        open_database(path, "tester")
    assert str(path) in str(err.value)
    assert (sha256(path), path.stat().st_size) == (digest, size)
    assert not list(tmp_path.glob("*-backups"))


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "trainmgr.db"
    folder.mkdir()
    with pytest.raises(NotADatabaseError, match="is a folder") as err:
        open_database(folder, "tester")
    assert str(folder) in str(err.value)
    assert list(folder.iterdir()) == []


def test_a_read_only_folder_is_refused_before_anything_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests may run as root, which ignores permissions: make the folder look read-only instead.
    monkeypatch.setattr(migrate.os, "access", lambda *_args, **_kw: False)
    path = tmp_path / "trainmgr.db"
    with pytest.raises(DatabaseError, match="read-only") as err:
        open_database(path, "tester")
    assert str(tmp_path) in str(err.value)
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_database_file_is_refused(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    digest = sha256(db_path)
    monkeypatch.setattr(migrate.os, "access", lambda p, _mode: Path(p) != db_path)
    with pytest.raises(DatabaseError, match="read-only") as err:
        open_database(db_path, "tester")
    assert str(db_path) in str(err.value)
    assert sha256(db_path) == digest


def test_a_new_database_is_created_at_head_in_a_new_folder(tmp_path: Path) -> None:
    path = tmp_path / "not" / "yet" / "trainmgr.db"
    db = open_database(path, "tester")
    try:
        assert migrate.current_revision(db.engine) == head_revision()
    finally:
        db.close()


def test_upgrade_false_on_a_missing_database_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "trainmgr.db"
    with pytest.raises(DatabaseError, match="needs an upgrade"):
        open_database(path, "tester", upgrade=False)
    assert not path.exists()


# --- every connection ---------------------------------------------------------------------------

PRAGMAS = ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")


def pragmas(conn: object) -> dict[str, object]:
    return {name: conn.execute(text(f"PRAGMA {name}")).scalar() for name in PRAGMAS}  # type: ignore[attr-defined]


def assert_durable(values: dict[str, object]) -> None:
    assert values["journal_mode"] == "wal"
    assert values["synchronous"] == 2  # FULL: with NORMAL, commits were lost on power failure
    assert values["foreign_keys"] == 1
    assert isinstance(values["busy_timeout"], int) and values["busy_timeout"] > 0


def test_every_connection_gets_the_durability_pragmas(services: Services) -> None:
    engine = services.db.engine
    with engine.connect() as one, engine.connect() as two:  # two pooled connections at once
        assert_durable(pragmas(one))
        assert_durable(pragmas(two))
    with services.db.write() as s:
        assert_durable(pragmas(s))
    with services.db.read() as s:
        assert_durable(pragmas(s))


def test_a_foreign_key_violation_is_refused(services: Services) -> None:
    with pytest.raises(sa_exc.IntegrityError, match="FOREIGN KEY"), services.db.write() as s:
        s.add(Unit(programme_id="00000000-0000-7000-8000-000000000000", name="Orphan"))
    with services.db.read() as s:
        assert s.scalars(select(Unit)).all() == []


@pytest.fixture
def assessment(services: Services) -> tuple[str, str, str]:
    """A programme, a unit, an assessment of it and a competency: what a finding needs."""
    [framework] = services.frameworks.list()
    with services.db.write() as s:
        programme = Programme(code="P", name="Programme")
        s.add(programme)
        s.flush()
        unit = Unit(programme_id=programme.id, name="Battalion")
        s.add(unit)
        s.flush()
        a = Assessment(programme_id=programme.id, unit_id=unit.id, framework_id=framework.id,
                       assessed_on=date(2025, 3, 1))
        s.add(a)
        s.flush()
        competency_id = s.execute(text("SELECT id FROM competency LIMIT 1")).scalar_one()
        return programme.id, a.id, competency_id


def test_a_finding_level_outside_the_scale_is_refused(services: Services, assessment: tuple[str, str, str]) -> None:
    _, assessment_id, competency_id = assessment
    with pytest.raises(sa_exc.IntegrityError, match="CHECK constraint"), services.db.write() as s:
        s.add(Finding(assessment_id=assessment_id, competency_id=competency_id, current_level=7, required_level=3))
    with services.db.write() as s:  # the same finding at a level on the scale is accepted
        s.add(Finding(assessment_id=assessment_id, competency_id=competency_id, current_level=2, required_level=3))


def test_a_negative_score_is_refused(services: Services, assessment: tuple[str, str, str]) -> None:
    programme_id, _, _ = assessment
    with services.db.write() as s:
        instrument = Instrument(programme_id=programme_id, kind="post_test", level="2_learning", title="Post-test")
        person = Person(programme_id=programme_id, family_name="Diallo")
        s.add_all([instrument, person])
        s.flush()
        ids = instrument.id, person.id
    with pytest.raises(sa_exc.IntegrityError, match="CHECK constraint"), services.db.write() as s:
        s.add(Result(instrument_id=ids[0], person_id=ids[1], score=-1))
    with services.db.write() as s:
        s.add(Result(instrument_id=ids[0], person_id=ids[1], score=0))


def test_reopening_a_healthy_database_keeps_its_identity(db_path: Path, tmp_path: Path) -> None:
    first = open_database(db_path, "tester")
    with first.read() as s:
        replica = s.execute(text("SELECT replica_id FROM local_replica")).scalar_one()
    first.close()
    again = open_database(db_path, "tester")
    try:
        with again.read() as s:
            assert s.execute(text("SELECT replica_id FROM local_replica")).scalar_one() == replica
    finally:
        again.close()
    assert not (tmp_path / f"{db_path.stem}-backups").exists()  # at head: nothing to back up

