"""The command line: the first administrator, then every command signs in (--user and
--password-file, or $TRAINMGR_USER and $TRAINMGR_PASSWORD_FILE); a wrong password changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from trainmgr.cli.main import run
from trainmgr.services import permissions

PASSWORD = "river-stone-42"


@pytest.fixture(autouse=True)
def no_sign_in_left_behind() -> Iterator[None]:
    yield
    permissions.set_sign_in_provider(None)  # the command line installs one per run


@pytest.fixture
def password_file(tmp_path: Path) -> Path:
    path = tmp_path / "pw.txt"
    path.write_text(PASSWORD + "\n", encoding="utf-8")
    return path


def test_accounts_from_the_command_line(db_path: Path, password_file: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    db = ["--db", str(db_path)]
    assert run(["account", "list", *db]) == 0
    assert "no accounts yet" in capsys.readouterr().out
    assert run(["account", "add", "ali", "--role", "trainer", "--new-password-file", str(password_file), *db]) == 1
    assert "must be an administrator" in capsys.readouterr().err
    assert run(["account", "add", "admin", "--role", "administrator", "--name", "Capt. Moreau",
                "--new-password-file", str(password_file), *db]) == 0
    assert "now requires a sign-in" in capsys.readouterr().out
    # from now on: signed in, or refused
    assert run(["account", "list", *db]) == 1
    assert "sign in with --user NAME" in capsys.readouterr().err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not-the-password\n", encoding="utf-8")
    assert run(["account", "add", "ali", "--role", "trainer", "--new-password-file", str(password_file),
                "--user", "admin", "--password-file", str(wrong), *db]) == 1
    assert "Wrong user name or password." in capsys.readouterr().err
    me = ["--user", "admin", "--password-file", str(password_file)]
    assert run(["account", "add", "ali", "--role", "trainer", "--new-password-file", str(password_file), *me, *db]) == 0
    monkeypatch.setenv("TRAINMGR_USER", "ali")
    monkeypatch.setenv("TRAINMGR_PASSWORD_FILE", str(password_file))
    assert run(["account", "list", *db]) == 1  # a trainer does not manage accounts
    assert "Only an administrator can manage accounts; you are signed in as 'ali' (trainer)." in capsys.readouterr().err
    assert run(["account", "set", "ali", "--role", "evaluator", *me, *db]) == 0
    assert run(["account", "list", *me, *db]) == 0
    out = capsys.readouterr().out
    assert "ali" in out and "evaluator" in out and "Capt. Moreau" in out
    assert run(["audit", "list", "--action", "account.create", *me, *db]) == 0
    assert "2 of 2 event(s)" in capsys.readouterr().out
