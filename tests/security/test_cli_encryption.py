"""`trainmgr db encrypt|passwd|decrypt|backup|restore` and `--passphrase-file` on the other commands."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from tests.security.security_helpers import PASSPHRASE, add_known_people, files_snapshot, known_names_in

from trainmgr.cli.main import run
from trainmgr.db.engine import SQLITE_MAGIC
from trainmgr.db.keys import keys_path_for
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.protection import open_unlocked


@pytest.fixture
def field_db(make_db: Callable) -> Path:
    path = make_db("field.db")
    services = open_unlocked(path, None)
    add_known_people(services)
    services.db.close()
    return path


def _phrase(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def test_encrypt_change_passphrase_and_decrypt_from_the_command_line(field_db: Path, tmp_path: Path, capsys) -> None:
    old, new = _phrase(tmp_path, "old.txt", PASSPHRASE), _phrase(tmp_path, "new.txt", "an entirely new phrase")
    wrong = _phrase(tmp_path, "wrong.txt", "not the passphrase")
    db = ["--db", str(field_db)]
    assert run(["db", "encrypt", *db, "--passphrase-file", old]) == 0
    out = capsys.readouterr()
    assert "is encrypted" in out.out and "Encrypting" in out.err
    assert field_db.read_bytes()[:16] != SQLITE_MAGIC and known_names_in(field_db.read_bytes()) == []
    assert "1 backup(s)" in out.out  # the one taken before encrypting, encrypted too

    before = files_snapshot(tmp_path)
    assert run(["db", "check", *db, "--passphrase-file", wrong]) == 1
    assert "Wrong passphrase" in capsys.readouterr().err
    assert files_snapshot(tmp_path) == before

    assert run(["db", "check", *db, "--passphrase-file", old]) == 0
    assert "integrity: ok" in capsys.readouterr().out
    db_bytes = field_db.read_bytes()
    assert run(["db", "passwd", *db, "--passphrase-file", old, "--new-passphrase-file", new]) == 0
    assert field_db.read_bytes() == db_bytes
    assert run(["sync", "conflicts", *db, "--passphrase-file", old]) == 1
    assert run(["sync", "conflicts", *db, "--passphrase-file", new]) == 0
    capsys.readouterr()

    assert run(["db", "decrypt", *db, "--passphrase-file", new]) == 0
    assert field_db.read_bytes()[:16] == SQLITE_MAGIC and not keys_path_for(field_db).exists()
    assert run(["sync", "conflicts", *db]) == 0  # plain again: no passphrase asked
    assert "No open conflicts." in capsys.readouterr().out


def test_commands_ask_for_the_passphrase_when_no_file_is_given(make_encrypted: Callable, monkeypatch, capsys) -> None:
    path = make_encrypted()
    asked: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or PASSPHRASE)
    assert run(["sync", "conflicts", "--db", str(path)]) == 0
    assert asked == [f"Passphrase of {path.name}: "]
    assert "No open conflicts." in capsys.readouterr().out


def test_backup_and_restore_of_an_encrypted_database(make_encrypted: Callable, tmp_path: Path, capsys) -> None:
    path = make_encrypted()
    services = open_unlocked(path, PASSPHRASE)
    add_known_people(services)
    services.db.close()
    phrase = _phrase(tmp_path, "p.txt", PASSPHRASE)
    backup = tmp_path / "saved" / "copy.db"
    assert run(["db", "backup", "--db", str(path), "--passphrase-file", phrase, "--out", str(backup)]) == 0
    assert backup.read_bytes()[:16] != SQLITE_MAGIC and known_names_in(backup.read_bytes()) == []

    services = open_unlocked(path, PASSPHRASE)
    services.programmes.create(ProgrammeInput(code="LATE", name="Added after the backup"))
    services.db.close()
    assert run(["db", "restore", "--db", str(path), str(backup), "--passphrase-file", phrase]) == 0
    assert "new replica" in capsys.readouterr().out
    services = open_unlocked(path, PASSPHRASE)
    try:
        codes = {p.code for p in services.programmes.list()}
        assert "SEC" in codes and "LATE" not in codes
        assert services.admin.check().ok
    finally:
        services.db.close()
    assert known_names_in(path.read_bytes()) == []


def test_a_command_that_opens_the_database_twice_asks_once(make_encrypted: Callable, monkeypatch) -> None:
    import argparse

    from trainmgr.cli.passphrase import key_for

    path = make_encrypted()
    asked: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or PASSPHRASE)
    args = argparse.Namespace(passphrase_file=None)
    assert key_for(args, path) is key_for(args, path)
    assert len(asked) == 1
