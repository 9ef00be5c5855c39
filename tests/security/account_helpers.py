"""Accounts for the security tests: a database that has accounts, and acting as a given role."""

from __future__ import annotations

import functools

from trainmgr.db.models import Account
from trainmgr.db.stamping import WriteContext
from trainmgr.domain.roles import Role
from trainmgr.services import passwords
from trainmgr.services.container import Services

PASSWORD = "river-stone-42"


@functools.cache
def password_hash() -> str:
    return passwords.hash_password(PASSWORD)  # scrypt once per session, not once per account


def add_account(services: Services, username: str, role: Role | str, *, active: bool = True) -> str:
    """An account stored directly (the account service has its own tests); returns its id."""
    with services.db.write() as s:
        account = Account(username=username, display_name=username.title(), role=Role(role).value,
                          password_hash=password_hash(), active=active, created_by="test")
        s.add(account)
        s.flush()
        return account.id


def act_as(services: Services, username: str, role: Role | str) -> None:
    """What a successful sign-in leaves behind: the account is the database's actor."""
    services.db.context = WriteContext(user=username, role=Role(role).value)
