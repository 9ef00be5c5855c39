"""Accounts on this laptop: the first administrator, signing in and out, managing accounts.

Accounts are local (never synced): each laptop has its own, and its password hashes never leave
it. Every change to an account, each sign-in and each refused sign-in is an audit event (those do
travel to HQ, without any hash). Signing in sets the database's write context, so everything written
afterwards carries the account's user name, and `trainmgr.services.permissions` checks its role.
See that module for the "no accounts yet" mode a database starts in.
"""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from trainmgr.db.base import utcnow
from trainmgr.db.engine import Database
from trainmgr.db.models import Account, AuditEvent
from trainmgr.db.stamping import WriteContext
from trainmgr.domain.account_records import AccountRow
from trainmgr.domain.roles import ROLE_NAMES, Permission, Role
from trainmgr.errors import NotFoundError, TrainmgrError, ValidationError
from trainmgr.services import passwords
from trainmgr.services.permissions import PermissionDenied, has_accounts, require

_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,39}")


class SignInFailed(TrainmgrError):
    """A wrong user name or password (which of the two is not said)."""


def _row(a: Account) -> AccountRow:
    return AccountRow(a.id, a.username, a.display_name, a.role, a.active, a.created_at, a.last_sign_in_at)


def normalise_username(username: str) -> str:
    name = username.strip().casefold()
    if not _USERNAME.fullmatch(name):
        raise ValidationError("A user name has 2 to 40 letters (a–z), digits, '.', '_' or '-', and starts with "
                              "a letter or digit.")
    return name


def _role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise ValidationError(f"Unknown role: {role} (use {', '.join(r.value for r in Role)}).") from None


def _check_password(password: str, username: str) -> None:
    problem = passwords.password_problem(password, username)
    if problem:
        raise ValidationError(problem)


class AccountService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- state -------------------------------------------------------------------------------
    def has_accounts(self) -> bool:
        """False in the "no accounts yet" mode (anyone may do anything, as in a single-user install)."""
        return has_accounts(self._db)

    def signed_in(self) -> AccountRow | None:
        role = self._db.context.role
        if role is None:
            return None
        with self._db.read() as s:
            account = s.scalar(select(Account).where(Account.username == self._db.context.user))
            return _row(account) if account is not None else None

    def list(self) -> list[AccountRow]:
        require(self._db, Permission.MANAGE_ACCOUNTS)
        with self._db.read() as s:
            return [_row(a) for a in s.scalars(select(Account).order_by(Account.username))]

    # --- creating ----------------------------------------------------------------------------
    def create_first_administrator(self, username: str, display_name: str, password: str) -> AccountRow:
        """The first account of this database (an administrator), signed in at once. Refused once
        any account exists."""
        name = normalise_username(username)
        _check_password(password, name)
        with self._db.write() as s:
            if s.scalar(select(func.count()).select_from(Account)):
                raise PermissionDenied("This database already has accounts; ask an administrator to add yours.")
            account = self._add(s, name, display_name, Role.ADMINISTRATOR, password, created_by=name)
            row = _row(account)
        self._db.context = WriteContext(user=row.username, role=row.role)
        return row

    def add(self, username: str, display_name: str, role: str, password: str) -> AccountRow:
        """A new account (administrators only; the first account must be an administrator)."""
        require(self._db, Permission.MANAGE_ACCOUNTS)
        name, chosen = normalise_username(username), _role(role)
        _check_password(password, name)
        with self._db.write() as s:
            if not s.scalar(select(func.count()).select_from(Account)) and chosen is not Role.ADMINISTRATOR:
                raise ValidationError("The first account of a database must be an administrator "
                                      "(it is the one that can add the others).")
            if s.scalar(select(Account).where(Account.username == name)) is not None:
                raise ValidationError(f"There is already an account called '{name}'.")
            return _row(self._add(s, name, display_name, chosen, password, created_by=self._db.context.user))

    def _add(self, s: Session, name: str, display_name: str, role: Role, password: str,
             created_by: str) -> Account:
        account = Account(username=name, display_name=display_name.strip()[:120] or name, role=role.value,
                          password_hash=passwords.hash_password(password), active=True, created_by=created_by,
                          created_at=utcnow(), password_changed_at=utcnow())
        s.add(account)
        s.flush()
        self._event(s, "account.create", account, after={"username": name, "display_name": account.display_name,
                                                          "role": role.value, "active": True}, actor=created_by)
        return account

    # --- changing ----------------------------------------------------------------------------
    def update(self, account_id: str, *, display_name: str | None = None, role: str | None = None,
               active: bool | None = None, reason: str = "") -> AccountRow:
        """Change an account's name, role or active flag (administrators only). The last active
        administrator cannot be demoted or deactivated: nobody could manage accounts any more."""
        require(self._db, Permission.MANAGE_ACCOUNTS)
        with self._db.write() as s:
            account = self._get(s, account_id)
            before = {"display_name": account.display_name, "role": account.role, "active": account.active}
            if display_name is not None:
                account.display_name = display_name.strip()[:120] or account.username
            if role is not None:
                account.role = _role(role).value
            if active is not None:
                account.active = active
            after = {"display_name": account.display_name, "role": account.role, "active": account.active}
            if after == before:
                return _row(account)
            s.flush()
            admins = s.scalar(select(func.count()).select_from(Account).where(
                Account.role == Role.ADMINISTRATOR.value, Account.active.is_(True)))
            if not admins:
                raise ValidationError("This is the last active administrator; make another account an "
                                      "administrator first.")
            changed = [k for k in after if after[k] != before[k]]
            if account.username == self._db.context.user and self._db.context.role is not None:
                # the change applies to the person at the keyboard at once, not at their next sign-in
                self._db.context = (WriteContext(user=account.username, role=account.role) if account.active
                                    else WriteContext(user=""))
            self._event(s, "account.update", account, before={k: before[k] for k in changed},
                        after={k: after[k] for k in changed}, reason=reason)
            return _row(account)

    def reset_password(self, account_id: str, new_password: str) -> None:
        """An administrator sets a new password for an account (e.g. a forgotten one)."""
        require(self._db, Permission.MANAGE_ACCOUNTS)
        with self._db.write() as s:
            account = self._get(s, account_id)
            _check_password(new_password, account.username)
            self._set_password(s, account, new_password, "account.password_reset")

    def change_own_password(self, old_password: str, new_password: str) -> None:
        """The signed-in person changes their own password (the old one is asked again)."""
        if self._db.context.role is None:
            raise PermissionDenied("Sign in first to change your password.")
        with self._db.write() as s:
            account = s.scalar(select(Account).where(Account.username == self._db.context.user))
            if account is None or not passwords.verify_password(old_password, account.password_hash):
                raise SignInFailed("The current password is wrong; the password was not changed.")
            _check_password(new_password, account.username)
            self._set_password(s, account, new_password, "account.password_change")

    def _set_password(self, s: Session, account: Account, password: str, action: str) -> None:
        account.password_hash = passwords.hash_password(password)
        account.password_changed_at = utcnow()
        account.failed_sign_ins = 0
        self._event(s, action, account)

    # --- signing in --------------------------------------------------------------------------
    def sign_in(self, username: str, password: str) -> AccountRow:
        """Check the password and make this account the actor of everything written from now on."""
        name = username.strip().casefold()
        disabled = ""
        with self._db.write() as s:
            account = s.scalar(select(Account).where(Account.username == name)) if name else None
            stored = account.password_hash if account is not None else passwords.dummy_hash()
            good = passwords.verify_password(password, stored)
            if account is not None and good and not account.active:
                disabled = account.username
            if account is None or not good or not account.active:
                if account is not None:
                    account.failed_sign_ins += 1
                s.add(AuditEvent(at=utcnow(), actor=name[:80] or "?", action="account.sign_in_failed",
                                 entity="account", entity_id=account.id if account is not None else None,
                                 after={"username": name[:80]}))
                failed = True
            else:
                failed = False
                account.last_sign_in_at = utcnow()
                account.failed_sign_ins = 0
                if passwords.needs_rehash(account.password_hash):
                    account.password_hash = passwords.hash_password(password)
                self._event(s, "account.sign_in", account, actor=account.username)
                row = _row(account)
        if disabled:  # raised after the commit, so that the refused attempt stays recorded
            raise SignInFailed(f"The account '{disabled}' is disabled; ask an administrator to enable it.")
        if failed:
            raise SignInFailed("Wrong user name or password.")
        self._db.context = WriteContext(user=row.username, role=row.role)
        return row

    def sign_out(self) -> None:
        """Nobody is signed in any more: with accounts present, every service refuses until a sign-in."""
        if self._db.context.role is not None:
            with self._db.write() as s:
                s.add(AuditEvent(at=utcnow(), actor=self._db.context.user, action="account.sign_out",
                                 entity="account"))
        self._db.context = WriteContext(user="")

    # --- helpers -----------------------------------------------------------------------------
    @staticmethod
    def _get(s: Session, account_id: str) -> Account:
        account = s.get(Account, account_id)
        if account is None:
            raise NotFoundError("That account no longer exists.")
        return account

    def _event(self, s: Session, action: str, account: Account, *, before: dict[str, object] | None = None,
               after: dict[str, object] | None = None, reason: str = "", actor: str = "") -> None:
        s.add(AuditEvent(at=utcnow(), actor=actor or self._db.context.user, action=action, entity="account",
                         entity_id=account.id, before=before,
                         after={"username": account.username, **(after or {})}, reason=reason))


def role_name(role: str) -> str:
    """The English name of a role, for the command line."""
    return ROLE_NAMES[Role(role)]
