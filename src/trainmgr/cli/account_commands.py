"""`trainmgr account …` and `trainmgr audit …`, and signing in on the command line.

    trainmgr account add USER --role ROLE [--name "Display Name"] [--new-password-file F] --db PATH
    trainmgr account list --db PATH
    trainmgr account set USER [--role ROLE] [--name N] [--disable | --enable] [--reset-password] --db PATH
    trainmgr audit verify --db PATH
    trainmgr audit list|export [--out FILE.xlsx] [--who U] [--action A] [--table T] [--record ID]
                               [--since YYYY-MM-DD] [--until YYYY-MM-DD] --db PATH

Signing in: a database without accounts works as before (every command, full rights: the "no
accounts yet" mode). `trainmgr account add USER --role administrator` creates the first account;
from then on every command that needs a permission signs in with `--user NAME` (or $TRAINMGR_USER)
and the password from the first line of `--password-file FILE` (or $TRAINMGR_PASSWORD_FILE), else
typed at a prompt. The sign-in happens at the first command's service call that checks a permission.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from trainmgr.cli import commands
from trainmgr.db.engine import Database
from trainmgr.domain.account_records import AuditFilter
from trainmgr.domain.roles import Role
from trainmgr.errors import DatabaseError, ValidationError
from trainmgr.paths import resolve_db_path
from trainmgr.services import permissions
from trainmgr.services.accounts import AccountService, role_name
from trainmgr.services.audit import AuditService
from trainmgr.services.container import Services

USER_ENV, PASSWORD_FILE_ENV = "TRAINMGR_USER", "TRAINMGR_PASSWORD_FILE"
_DB_HELP = "database file (default: $TRAINMGR_DB, else the per-user data folder)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add `account` and `audit`, and `--user`/`--password-file` to every command that opens a database."""
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    account = sub.add_parser("account", help="accounts on this laptop (administrators)")
    acc = account.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = acc.add_parser("add", help="add an account (the first one must be an administrator)")
    p.add_argument("username", metavar="USER")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--name", default="", help="display name (default: the user name)")
    p.add_argument("--new-password-file", metavar="FILE", help="the new account's password (default: ask twice)")
    p = acc.add_parser("list", help="list the accounts")
    p = acc.add_parser("set", help="change an account's role, name or state, or reset its password")
    p.add_argument("username", metavar="USER")
    p.add_argument("--role", choices=[r.value for r in Role])
    p.add_argument("--name")
    state = p.add_mutually_exclusive_group()
    state.add_argument("--disable", action="store_true", help="the account can no longer sign in")
    state.add_argument("--enable", action="store_true")
    p.add_argument("--reset-password", action="store_true", help="set a new password (asked, or --new-password-file)")
    p.add_argument("--new-password-file", metavar="FILE", help="the new password")
    audit = sub.add_parser("audit", help="the audit trail: verify its hash chains, list or export it")
    aud = audit.add_subparsers(dest="action", metavar="ACTION", required=True)
    aud.add_parser("verify", help="check that no audit event was altered or removed")
    for name, text in (("list", "print matching events, newest first"), ("export", "write them to Excel")):
        p = aud.add_parser(name, help=text)
        if name == "export":
            p.add_argument("--out", metavar="FILE.xlsx", required=True)
        else:
            p.add_argument("--limit", type=int, default=50, metavar="N")
        p.add_argument("--who", default="", metavar="USER")
        p.add_argument("--action", dest="event_action", default="", metavar="ACTION")
        p.add_argument("--table", default="", metavar="TABLE")
        p.add_argument("--record", default="", metavar="ID")
        p.add_argument("--since", type=_day, metavar="YYYY-MM-DD")
        p.add_argument("--until", type=_day, metavar="YYYY-MM-DD", help="up to and including this day")
    for leaf in (*acc.choices.values(), *aud.choices.values()):
        leaf.add_argument("--db", metavar="PATH", help=_DB_HELP)
    for leaf in _leaves(parser):
        if any("--db" in a.option_strings for a in leaf._actions):
            leaf.add_argument("--user", metavar="NAME", help=f"sign in as NAME (default: ${USER_ENV})")
            leaf.add_argument("--password-file", metavar="FILE",
                              help=f"read the password from the first line of FILE (default: ${PASSWORD_FILE_ENV}, "
                                   "else ask)")


def _leaves(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return [parser]
    return [leaf for child in dict.fromkeys(subs[0].choices.values()) for leaf in _leaves(child)]


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


# --- signing in --------------------------------------------------------------------------------
def _first_line(path: str, what: str) -> str:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"Cannot read the {what} file {path} ({exc}).") from exc
    if not lines or not lines[0]:
        raise ValidationError(f"The {what} file {path} is empty: its first line is the {what}.")
    return lines[0]


def sign_in_on_demand(args: argparse.Namespace) -> None:
    """Sign in with the command's credentials when a service first needs a permission on a
    database that has accounts (set once, before the command runs)."""
    user = getattr(args, "user", None) or os.environ.get(USER_ENV, "")
    password_file = getattr(args, "password_file", None) or os.environ.get(PASSWORD_FILE_ENV, "")
    target = resolve_db_path(getattr(args, "db", None)).resolve()

    def sign_in(db: Database) -> None:
        if Path(db.path).resolve() != target:
            return  # the credentials are for this command's database only
        if not user:
            raise permissions.SignInRequired(
                f"Sign in first: this database has accounts; give --user NAME and --password-file FILE "
                f"(or ${USER_ENV} and ${PASSWORD_FILE_ENV}).")
        if password_file:
            password = _first_line(password_file, "password")
        elif sys.stdin.isatty():
            password = getpass.getpass(f"Password of {user}: ")
        else:
            raise permissions.SignInRequired(f"No password for {user}: give --password-file FILE "
                                             f"(or ${PASSWORD_FILE_ENV}).")
        AccountService(db).sign_in(user, password)

    permissions.set_sign_in_provider(sign_in)


def _new_password(args: argparse.Namespace, username: str) -> str:
    if args.new_password_file:
        return _first_line(args.new_password_file, "password")
    if not sys.stdin.isatty():
        raise ValidationError("Give the new password with --new-password-file FILE.")
    first = getpass.getpass(f"New password for {username}: ")
    if getpass.getpass(f"New password for {username} (again): ") != first:
        raise ValidationError("The two passwords differ; nothing was changed.")
    return first


# --- commands ----------------------------------------------------------------------------------
def _open(args: argparse.Namespace, path: Path) -> Services:
    if not path.exists():
        raise DatabaseError(f"No database at {path}.")
    return commands._open(path, args)  # asks for the passphrase of an encrypted database


def account_add(args: argparse.Namespace, path: Path) -> int:
    services = _open(args, path)
    try:
        accounts = AccountService(services.db)
        first = not accounts.has_accounts()
        row = accounts.add(args.username, args.name, args.role, _new_password(args, args.username))
    finally:
        services.db.close()
    print(f"added {row.username} ({role_name(row.role)}).")
    if first:
        print("This database now requires a sign-in: give --user and --password-file to every command.")
    return 0


def account_list(args: argparse.Namespace, path: Path) -> int:
    services = _open(args, path)
    try:
        rows = AccountService(services.db).list()
    finally:
        services.db.close()
    if not rows:
        print("no accounts yet: everyone has full rights until an administrator is added.")
    for r in rows:
        last = r.last_sign_in_at.isoformat(sep=" ", timespec="minutes") if r.last_sign_in_at else "never"
        state = "" if r.active else "  (disabled)"
        print(f"{r.username:<20} {role_name(r.role):<18} {r.display_name:<30} last sign-in {last}{state}")
    return 0


def account_set(args: argparse.Namespace, path: Path) -> int:
    services = _open(args, path)
    try:
        accounts = AccountService(services.db)
        match = [r for r in accounts.list() if r.username == args.username.strip().casefold()]
        if not match:
            raise ValidationError(f"No account called '{args.username}'.")
        active = True if args.enable else False if args.disable else None
        row = accounts.update(match[0].id, display_name=args.name, role=args.role, active=active)
        if args.reset_password:
            accounts.reset_password(row.id, _new_password(args, row.username))
    finally:
        services.db.close()
    print(f"{row.username}: {role_name(row.role)}, {'active' if row.active else 'disabled'}"
          f"{', new password set' if args.reset_password else ''}.")
    return 0


def _print_audit_check(services: Services) -> bool:
    try:
        ok, lines = audit_check(services.db)
    finally:
        services.db.close()
    for line in lines:
        print(line)
    return ok


def audit_verify(args: argparse.Namespace, path: Path) -> int:
    return 0 if _print_audit_check(_open(args, path)) else 1


def db_check(args: argparse.Namespace, path: Path) -> int:
    """`trainmgr db check`: SQLite's checks (commands.db_check), then the audit trail's hash chains."""
    code = commands.db_check(args, path)
    try:
        services = commands._open(path, args, upgrade=False)
    except DatabaseError:
        return code  # behind this release's schema: db_check said so already
    return code if _print_audit_check(services) else 1


def audit_check(db: Database) -> tuple[bool, list[str]]:
    """The audit part of `trainmgr db check`: (chains intact, lines to print)."""
    result = AuditService(db).verify()
    older = f"; {result.unsealed:,} from before the chain, not verifiable" if result.unsealed else ""
    if result.ok:
        return True, [f"audit trail: ok ({result.events:,} events, {result.chains} laptop chain(s){older})"]
    lines = [f"audit trail: BROKEN ({result.events:,} events, {result.chains} laptop chain(s))"]
    for b in result.breaks:
        if b.event_id:
            lines.append(f"  laptop {b.replica}: first broken event {b.event_id} ({b.action} by {b.actor or '?'}, "
                         f"clock {b.born}): {b.problem}")
        else:
            lines.append(f"  laptop {b.replica}: {b.problem}")
    return False, lines


def _filter(args: argparse.Namespace) -> AuditFilter:
    since = datetime.combine(args.since, datetime.min.time()) if args.since else None
    until = datetime.combine(args.until + timedelta(days=1), datetime.min.time()) if args.until else None
    return AuditFilter(actor=args.who, action=args.event_action, entity=args.table, entity_id=args.record,
                       since=since, until=until)


def audit_list(args: argparse.Namespace, path: Path) -> int:
    services = _open(args, path)
    try:
        page = AuditService(services.db).search(_filter(args), limit=max(1, args.limit))
    finally:
        services.db.close()
    for r in page.rows:
        when = r.at.isoformat(sep=" ", timespec="seconds") if r.at else ""
        why = f"  because: {r.reason}" if r.reason else ""
        print(f"{when}  {r.actor:<12} {r.action:<22} {r.entity} {r.entity_id}  {r.summary(100)}{why}")
    print(f"{len(page.rows)} of {page.total} event(s)")
    return 0


def audit_export(args: argparse.Namespace, path: Path) -> int:
    services = _open(args, path)
    try:
        count = AuditService(services.db).export(Path(args.out), _filter(args), progress=commands._terminal_progress())
    finally:
        services.db.close()
    print(file=sys.stderr)
    print(f"wrote {count} audit event(s) to {args.out}")
    return 0


HANDLERS = {
    ("db", "check"): db_check,
    ("account", "add"): account_add,
    ("account", "list"): account_list,
    ("account", "set"): account_set,
    ("audit", "verify"): audit_verify,
    ("audit", "list"): audit_list,
    ("audit", "export"): audit_export,
}
