"""Migrations: the models and the migration scripts agree, databases saved by every earlier release
upgrade to head with their data (after a backup), and a database from a newer release is refused
without being touched."""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from trainmgr.db import migrate
from trainmgr.db.base import Base
from trainmgr.db.engine import make_engine
from trainmgr.db.migrate import head_revision, open_database
from trainmgr.errors import NewerDatabaseError
from trainmgr.paths import backup_dir_for
from trainmgr.services.session_open import open_services

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
RELEASES = sorted(FIXTURES.glob("release-*.db"))
FRAMEWORK_TABLES = (
    "framework", "proficiency_scale", "proficiency_level", "capability_area", "competency",
    "level_descriptor", "standard", "competency_standard",
)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def revision_of(path: Path) -> str:
    with closing(read_only(path)) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def live_ids(path: Path, tables: tuple[str, ...]) -> dict[str, set[str]]:
    with closing(read_only(path)) as conn:
        return {t: {r[0] for r in conn.execute(f"SELECT id FROM {t} WHERE deleted = 0")} for t in tables}


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    """What autogenerate would write for a new revision: nothing, or someone forgot a migration."""
    engine = make_engine(tmp_path / "head.db")
    try:
        migrate.migrate(engine)
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True, "render_as_batch": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_there_is_a_fixture_of_an_earlier_release() -> None:
    assert RELEASES, "tests/fixtures/release-*.db missing: see tests/fixtures/make_fixtures.py"
    for db in RELEASES:
        assert db.with_suffix(".json").is_file(), f"{db.name} has no .json record"
        assert not db.with_name(db.name + "-wal").exists(), f"{db.name} must be one self-contained file"


@pytest.fixture(params=RELEASES, ids=lambda p: p.stem)
def release(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, dict, str]:
    """A copy of an old release's database (the fixture itself is never opened), its record, and
    the fixture's digest."""
    fixture: Path = request.param
    digest = sha256(fixture)
    copy = tmp_path / "laptop" / "trainmgr.db"
    copy.parent.mkdir()
    shutil.copyfile(fixture, copy)
    # The copy stands for the laptop's own file: bind it there, or opening it would rightly treat it
    # as a copy of the fixture (same replica id, original still present) and give it a new identity.
    with contextlib.closing(sqlite3.connect(copy)) as conn:
        conn.execute("UPDATE local_replica SET bound_path = ?", (str(copy.resolve()),))
        conn.commit()
    record = json.loads(fixture.with_suffix(".json").read_text(encoding="utf-8"))
    yield copy, record, digest
    assert sha256(fixture) == digest, f"{fixture.name} was modified by a test"


def test_an_old_release_database_upgrades_to_head_with_its_data(release: tuple[Path, dict, str]) -> None:
    path, record, _ = release
    assert revision_of(path) == record["revision"]
    services = open_services(path, user="tester")
    try:
        info = services.admin.info()
        assert info.revision == head_revision()
        check = services.admin.check()
        assert (check.integrity, check.foreign_key_problems) == ("ok", 0)
        assert info.replica_id == record["replica_id"]  # the same laptop, still

        p = record["programme"]
        [programme] = services.programmes.list()
        assert (programme.id, programme.code, programme.name) == (p["id"], p["code"], p["name"])
        assert (programme.start_date, programme.end_date) == (
            date.fromisoformat(p["start_date"]), date.fromisoformat(p["end_date"]))
        units = [{"id": u.id, "name": u.name, "parent_id": u.parent_id, "kind": u.kind}
                 for u in services.units.list(p["id"])]
        assert units == record["units"]  # the tombstoned unit stays deleted

        frameworks = {f.id: f for f in services.frameworks.list()}
        old = frameworks[record["framework"]["id"]]
        assert old.competencies == record["framework"]["competencies"]

        counts = {c.table: [c.live, c.deleted] for c in info.counts}
        for table, (live, deleted) in record["counts"].items():
            if table in FRAMEWORK_TABLES:  # a newer starter framework may be added beside the old one
                assert counts[table][0] >= live and counts[table][1] >= deleted, table
            elif table not in ("local_replica", "app_meta"):
                assert counts[table] == [live, deleted], table
    finally:
        services.db.close()


def test_upgrading_an_old_release_backs_it_up_first(release: tuple[Path, dict, str]) -> None:
    path, record, _ = release
    before = sha256(path)
    open_database(path, "tester").close()
    backups = sorted(backup_dir_for(path).glob("*-pre-upgrade.db"))
    if record["revision"] == head_revision():
        assert backups == []
        return
    [backup] = backups
    assert revision_of(backup) == record["revision"]
    with closing(read_only(backup)) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT name FROM programme").fetchone()[0] == record["programme"]["name"]
    assert before != sha256(path)  # (the original itself was upgraded)


def test_an_upgraded_old_database_agrees_with_a_new_one_on_starter_ids(
    release: tuple[Path, dict, str], template_db: Path
) -> None:
    """A laptop set up with an old release and one set up with this one must share the starter
    framework's ids, or their first sync would duplicate (or fail on) every descriptor."""
    path, _, _ = release
    open_database(path, "tester").close()
    old = live_ids(path, FRAMEWORK_TABLES)
    new = live_ids(template_db, FRAMEWORK_TABLES)
    for table in FRAMEWORK_TABLES:
        assert old[table] == new[table], f"{table}: {len(old[table] - new[table])} ids differ"


def test_opening_a_database_at_head_takes_no_backup(db_path: Path) -> None:
    assert revision_of(db_path) == head_revision()
    open_database(db_path, "tester").close()
    assert not backup_dir_for(db_path).exists()


def test_a_database_behind_head_is_backed_up_before_migrating(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Simulate the next release: one more (no-op) revision after today's head."""
    today = head_revision()
    calls: list[str] = []
    monkeypatch.setattr(migrate, "head_revision", lambda: "9999_next")
    monkeypatch.setattr(migrate, "known_revisions", lambda: {today, "9999_next"})
    real_backup = migrate.backups.rotating_backup

    def spy_backup(path: Path, reason: str, **kwargs: object) -> Path:
        assert revision_of(path) == today  # taken before anything was migrated
        calls.append(reason)
        return real_backup(path, reason, **kwargs)

    monkeypatch.setattr(migrate.backups, "rotating_backup", spy_backup)
    monkeypatch.setattr(migrate, "migrate", lambda engine: calls.append("migrate"))
    open_database(db_path, "tester").close()
    assert calls == ["pre-upgrade", "migrate"]
    [backup] = backup_dir_for(db_path).glob("*-pre-upgrade.db")
    assert revision_of(backup) == today


@pytest.mark.parametrize("journal", ["WAL", "DELETE"])
def test_a_database_from_a_newer_release_is_refused_untouched(make_db, journal: str) -> None:  # type: ignore[no-untyped-def]
    path: Path = make_db("newer.db")
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
        conn.commit()
        conn.execute(f"PRAGMA journal_mode={journal}")  # a backup made by that release is in DELETE mode
    digest = sha256(path)
    with pytest.raises(NewerDatabaseError, match="newer release") as err:
        open_database(path, "tester")
    assert str(path) in str(err.value)
    assert sha256(path) == digest
    assert not backup_dir_for(path).exists()
