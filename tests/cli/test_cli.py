"""The command line as a user meets it: one clear line on bad input, nothing changed, exit codes."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from trainmgr.cli.main import run
from trainmgr.db.migrate import head_revision, open_database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "field.db"
    open_database(path, "tester").close()
    return path


def test_info_prints_revision_replica_and_counts(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["db", "info", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert f"schema:    {head_revision()}" in out
    assert "replica:" in out
    assert any(line.startswith("person ") for line in out.splitlines())


def test_check_passes_on_a_healthy_database(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["db", "check", "--db", str(db_path)]) == 0
    assert "integrity: ok" in capsys.readouterr().out


def test_backup_writes_a_database_file(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "copy.db"
    assert run(["db", "backup", "--db", str(db_path), "--out", str(out)]) == 0
    with sqlite3.connect(out) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_env_variable_chooses_the_database(db_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("TRAINMGR_DB", str(db_path))
    assert run(["db", "info"]) == 0
    assert str(db_path) in capsys.readouterr().out


@pytest.mark.parametrize("action", ["check", "info", "upgrade", "backup"])
def test_missing_file_is_one_clear_line_and_creates_nothing(action: str, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.db"
    assert run(["db", action, "--db", str(missing)]) == 1
    err = capsys.readouterr().err.strip()
    assert err == f"trainmgr: No database at {missing}."
    assert not missing.exists()


@pytest.mark.parametrize("action", ["check", "info", "upgrade", "backup"])
def test_not_a_database_is_refused_unchanged(action: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "notes.db"
    text.write_text("shopping list\n")
    before = digest(text)
    assert run(["db", action, "--db", str(text)]) == 1
    err = capsys.readouterr().err
    assert "not a trainmgr database" in err and str(text) in err
    assert "Traceback" not in err
    assert digest(text) == before


@pytest.mark.parametrize("action", ["upgrade", "info", "backup"])
def test_newer_database_is_refused_unchanged(action: str, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfuture'")
    conn.close()
    before = digest(db_path)
    assert run(["db", action, "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "newer release" in err or "f00dfuture" in err
    assert digest(db_path) == before


def test_check_reports_a_database_that_needs_an_upgrade(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("DELETE FROM alembic_version")
    conn.close()
    assert run(["db", "check", "--db", str(db_path)]) == 1
    assert "run 'trainmgr db upgrade'" in capsys.readouterr().out


def test_read_only_folder_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    import trainmgr.db.migrate as migrate

    # Tests run as root, which ignores permission bits: make the folder look read-only.
    monkeypatch.setattr(migrate.os, "access", lambda _path, _mode: False)
    target = tmp_path / "ro" / "demo.db"
    (tmp_path / "ro").mkdir()
    assert run(["demo", "--db", str(target), "--trainees", "5"]) == 1
    assert "read-only" in capsys.readouterr().err
    assert not target.exists()


def test_restore_refuses_a_non_backup_and_keeps_the_database(db_path: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00" * 100)
    before = digest(db_path)
    assert run(["db", "restore", "--db", str(db_path), str(junk)]) == 1
    assert "not a trainmgr backup" in capsys.readouterr().err
    assert digest(db_path) == before


def test_restore_brings_back_data_with_a_new_replica(db_path: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    backup = tmp_path / "b.db"
    assert run(["db", "backup", "--db", str(db_path), "--out", str(backup)]) == 0
    with sqlite3.connect(db_path) as conn:
        old_replica = conn.execute("SELECT replica_id FROM local_replica").fetchone()[0]
    conn.close()
    assert run(["db", "restore", "--db", str(db_path), str(backup)]) == 0
    with sqlite3.connect(db_path) as conn:
        new_replica = conn.execute("SELECT replica_id FROM local_replica").fetchone()[0]
    conn.close()
    assert new_replica != old_replica
    assert "new replica" in capsys.readouterr().out


def test_console_script_prints_no_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"PK\x03\x04 not sqlite")
    proc = subprocess.run([sys.executable, "-m", "trainmgr", "db", "check", "--db", str(bad)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        run(["db", "explode"])
    assert exc.value.code == 2
