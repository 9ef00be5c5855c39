"""Accounts: the first administrator, signing in (wrong then right), roles and passwords managed by an
administrator, the last administrator kept, every step in the audit trail, hashes never stored plain."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from trainmgr.db.models import Account, AuditEvent
from trainmgr.errors import ValidationError
from trainmgr.services import passwords
from trainmgr.services.accounts import AccountService, SignInFailed
from trainmgr.services.container import Services
from trainmgr.services.permissions import PermissionDenied, SignInRequired

PASSWORD = "river-stone-42"


@pytest.fixture
def accounts(services: Services) -> AccountService:
    return AccountService(services.db)


def audit_actions(services: Services) -> list[tuple[str, str]]:
    with services.db.read() as s:
        rows = s.execute(select(AuditEvent.action, AuditEvent.actor).where(AuditEvent.entity == "account")
                         .order_by(AuditEvent.born)).all()
    return [tuple(r) for r in rows]


def test_the_first_administrator_is_created_once_and_signed_in(services: Services, accounts: AccountService) -> None:
    assert not accounts.has_accounts()
    row = accounts.create_first_administrator(" Admin ", "Capt. Moreau", PASSWORD)
    assert (row.username, row.display_name, row.role, row.active) == ("admin", "Capt. Moreau", "administrator", True)
    assert (services.db.context.user, services.db.context.role) == ("admin", "administrator")
    assert accounts.has_accounts()
    with pytest.raises(PermissionDenied, match="already has accounts"):
        accounts.create_first_administrator("other", "", PASSWORD)
    assert audit_actions(services) == [("account.create", "admin")]


def test_a_password_is_stored_as_a_salted_scrypt_hash(services: Services, accounts: AccountService) -> None:
    accounts.create_first_administrator("admin", "", PASSWORD)
    accounts.add("ali", "Ali", "trainer", PASSWORD)
    with services.db.read() as s:
        hashes = list(s.scalars(select(Account.password_hash)))
    assert all(h.startswith("scrypt$15$8$1$") and PASSWORD not in h for h in hashes)
    assert hashes[0] != hashes[1]  # same password, different salts
    assert passwords.verify_password(PASSWORD, hashes[0]) and not passwords.verify_password("river-stone-43", hashes[0])
    assert not passwords.verify_password(PASSWORD, "scrypt$15$8$1$not-base64$x")


@pytest.mark.parametrize(("password", "message"), [("short1", "at least 8"), ("admin", "at least 8"),
                                                   ("aaaaaaaaaa", "more than three"), ("Admin12345", "")])
def test_weak_passwords_are_refused(accounts: AccountService, password: str, message: str) -> None:
    if message:
        with pytest.raises(ValidationError, match=message):
            accounts.create_first_administrator("admin", "", password)
        assert not accounts.has_accounts()
    else:
        assert accounts.create_first_administrator("admin", "", password).username == "admin"


def test_sign_in_wrong_then_right(services: Services, accounts: AccountService) -> None:
    accounts.create_first_administrator("admin", "", PASSWORD)
    accounts.add("ali", "Ali Traoré", "trainer", PASSWORD)
    accounts.sign_out()
    with pytest.raises(SignInFailed, match=r"^Wrong user name or password\.$"):
        accounts.sign_in("ali", "river-stone-41")
    with pytest.raises(SignInFailed, match=r"^Wrong user name or password\.$"):
        accounts.sign_in("nobody", PASSWORD)  # an unknown name gets the same answer
    assert services.db.context.role is None
    row = accounts.sign_in("ALI", PASSWORD)
    assert (row.username, services.db.context.user, services.db.context.role) == ("ali", "ali", "trainer")
    assert accounts.signed_in() == accounts.signed_in() and accounts.signed_in().last_sign_in_at is not None
    actions = audit_actions(services)
    assert ("account.sign_in_failed", "ali") in actions and ("account.sign_in_failed", "nobody") in actions
    assert actions[-1] == ("account.sign_in", "ali")


def test_the_first_account_of_the_command_line_must_be_an_administrator(accounts: AccountService) -> None:
    with pytest.raises(ValidationError, match="must be an administrator"):
        accounts.add("ali", "", "trainer", PASSWORD)
    assert accounts.add("root", "", "administrator", PASSWORD).role == "administrator"


def test_only_an_administrator_manages_accounts(accounts: AccountService) -> None:
    accounts.create_first_administrator("admin", "", PASSWORD)
    ali = accounts.add("ali", "", "programme_manager", PASSWORD)
    accounts.sign_in("ali", PASSWORD)
    with pytest.raises(PermissionDenied, match="Only an administrator can manage accounts; you are signed in as 'ali'"):
        accounts.add("bea", "", "viewer", PASSWORD)
    with pytest.raises(PermissionDenied):
        accounts.update(ali.id, role="administrator")
    accounts.sign_out()
    with pytest.raises(SignInRequired):
        accounts.list()


def test_roles_change_and_a_disabled_account_cannot_sign_in(services: Services, accounts: AccountService) -> None:
    accounts.create_first_administrator("admin", "", PASSWORD)
    ali = accounts.add("ali", "", "trainer", PASSWORD)
    row = accounts.update(ali.id, role="evaluator", reason="passed the evaluator course")
    assert row.role == "evaluator"
    accounts.update(ali.id, active=False)
    accounts.sign_out()
    with pytest.raises(SignInFailed, match="'ali' is disabled"):
        accounts.sign_in("ali", PASSWORD)
    with services.db.read() as s:
        change = s.scalar(select(AuditEvent).where(AuditEvent.action == "account.update").order_by(AuditEvent.born))
    assert (change.before, change.after["role"], change.reason) == ({"role": "trainer"}, "evaluator",
                                                                     "passed the evaluator course")


def test_the_last_administrator_is_kept(accounts: AccountService) -> None:
    admin = accounts.create_first_administrator("admin", "", PASSWORD)
    with pytest.raises(ValidationError, match="last active administrator"):
        accounts.update(admin.id, role="programme_manager")
    with pytest.raises(ValidationError, match="last active administrator"):
        accounts.update(admin.id, active=False)
    assert [a.role for a in accounts.list()] == ["administrator"]


def test_passwords_reset_by_an_administrator_and_changed_by_their_owner(accounts: AccountService) -> None:
    accounts.create_first_administrator("admin", "", PASSWORD)
    ali = accounts.add("ali", "", "trainer", PASSWORD)
    accounts.reset_password(ali.id, "forgotten-then-new")
    accounts.sign_in("ali", "forgotten-then-new")
    with pytest.raises(SignInFailed, match="current password is wrong"):
        accounts.change_own_password("wrong-password", "another-pass-9")
    accounts.change_own_password("forgotten-then-new", "another-pass-9")
    accounts.sign_out()
    assert accounts.sign_in("ali", "another-pass-9").username == "ali"
