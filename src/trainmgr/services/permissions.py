"""Enforcing the roles in the services: `require(db, Permission.X)` at the top of a service method.

Who is acting is the database's write context (`db.context`), set by `AccountService.sign_in`. The
rules (trainmgr.domain.roles):
- someone signed in: their role's permissions, nothing more;
- nobody signed in and the database has no active account yet ("no accounts yet" mode, the
  single-user mode every database starts in): everything is allowed, as before accounts existed;
- nobody signed in but accounts exist: everything is refused. Once the first administrator is
  created, working on the database needs a sign-in, in the GUI and on the command line alike.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import text

from trainmgr.db.engine import Database
from trainmgr.domain.roles import (
    PERMISSION_ACTIONS,
    ROLE_NAMES,
    Permission,
    PersonalData,
    Role,
    allowed_roles_text,
    allows,
    export_permission,
)
from trainmgr.errors import TrainmgrError


class PermissionDenied(TrainmgrError):
    """The signed-in account's role does not allow this action; nothing was changed."""


class SignInRequired(PermissionDenied):
    """The database has accounts and nobody is signed in."""


# How a front end without a sign-in screen (the command line) signs in when a permission is first
# needed on a database with accounts: called with the database, it signs in or raises.
SignInProvider = Callable[[Database], None]
_sign_in_provider: list[SignInProvider | None] = [None]


def set_sign_in_provider(provider: SignInProvider | None) -> None:
    _sign_in_provider[0] = provider


def has_accounts(db: Database) -> bool:
    """True once the database has an active account (from then on, a sign-in is required)."""
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT 1 FROM account WHERE active = 1 LIMIT 1")).first() is not None


def can(db: Database, permission: Permission) -> bool:
    """Whether the current actor may do `permission` (for showing or hiding a command)."""
    role = db.context.role
    if role is None:
        return not has_accounts(db)
    return allows(role, permission)


def require(db: Database, permission: Permission) -> None:
    """Raise PermissionDenied unless the current actor may do `permission`."""
    role = db.context.role
    if role is None:
        if not has_accounts(db):
            return
        provider = _sign_in_provider[0]
        if provider is not None:
            provider(db)
            role = db.context.role
        if role is None:
            raise SignInRequired(f"Sign in first: only {allowed_roles_text(permission)} can "
                                 f"{_action(permission)}, and this database has accounts.")
    if not allows(role, permission):
        raise PermissionDenied(f"Only {allowed_roles_text(permission)} can {_action(permission)}; "
                               f"you are signed in as '{db.context.user}' ({ROLE_NAMES[Role(role)]}).")


def require_export(db: Database, personal_data: PersonalData | str) -> None:
    """Before writing an export: a viewer may export aggregate figures only (no row about a person).
    `personal_data` is any level name (see domain.roles.export_permission)."""
    require(db, export_permission(personal_data))


def _action(permission: Permission) -> str:
    return PERMISSION_ACTIONS[permission]
