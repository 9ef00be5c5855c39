"""The command line: the first administrator, then every command signs in (--user and
--password-file, or $TRAINMGR_USER and $TRAINMGR_PASSWORD_FILE); a wrong password changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.security.account_helpers import add_account

from trainmgr.cli.main import run
from trainmgr.domain.roles import Permission
from trainmgr.services import permissions
from trainmgr.services.container import Services

PASSWORD = "river-stone-42"


@pytest.fixture(autouse=True)
def no_sign_in_left_behind() -> Iterator[None]:
    yield
    permissions.set_sign_in_provider(None)  # the command line installs one per run (for its --db only)


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
    assert "Sign in first: this database has accounts; give --user NAME" in capsys.readouterr().err
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


def test_a_command_s_credentials_sign_in_to_its_own_database_only(db_path: Path, make_db, password_file: Path,
                                                                  services: Services) -> None:  # type: ignore[no-untyped-def]
    other = make_db("other.db")
    assert run(["account", "add", "admin", "--role", "administrator", "--new-password-file", str(password_file),
                "--db", str(other), "--user", "admin", "--password-file", str(password_file)]) == 0
    # the provider left by that run does not sign anyone in to another database
    add_account(services, "boss", "administrator")
    with pytest.raises(permissions.SignInRequired):
        permissions.require(services.db, Permission.VIEW)
