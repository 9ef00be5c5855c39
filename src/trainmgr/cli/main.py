"""`trainmgr` command line. Errors print one clear line to stderr and exit non-zero; never a traceback.

    trainmgr [--db PATH]                          open the GUI
    trainmgr db upgrade|check|info [--db PATH]
    trainmgr db backup [--db PATH] [--out FILE]
    trainmgr db restore [--db PATH] BACKUP
    trainmgr db encrypt|decrypt|passwd [--db PATH] [--passphrase-file F]   (see cli/security_commands.py)
    trainmgr demo --db PATH [--trainees N] [--seed S]
    trainmgr sync export --db PATH --out FILE.xlsx [--for PEER | --full]
    trainmgr sync import --db PATH FILE.xlsx [--dry-run]
    trainmgr sync conflicts --db PATH
    trainmgr import framework --db PATH FILE.xlsx [--dry-run]
    trainmgr export framework --db PATH --out FILE.xlsx [--framework CODE]
    trainmgr import roster --db PATH FILE.xlsx [--programme CODE] [--dry-run]
    trainmgr export roster --db PATH --out FILE.xlsx [--programme CODE] [--template] [--lang fr]
    trainmgr report KIND --db PATH --out FILE.xlsx [--cohort ID] [--lang en|fr] …   (see cli/report_commands.py)
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from trainmgr import __version__
from trainmgr.cli import account_commands, commands, report_commands, security_commands
from trainmgr.errors import TrainmgrError
from trainmgr.logsetup import setup_logging
from trainmgr.paths import resolve_db_path

log = logging.getLogger(__name__)

COMMANDS = frozenset({"db", "demo", "sync", "import", "export", "report"})
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trainmgr",
        description="Training programmes for host-nation security forces, offline. "
                    "Without a command, opens the application window.",
    )
    parser.add_argument("--version", action="version", version=f"trainmgr {__version__}")
    db_help = "database file (default: $TRAINMGR_DB, else the per-user data folder)"
    parser.add_argument("--db", metavar="PATH", help=db_help)
    parser.add_argument("--lang", metavar="CODE", help="interface language (en, fr, ar)")
    parser.add_argument("--self-test", action="store_true", help="open the database and main window, then exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = sub.add_parser("db", help="database administration")
    db_sub = db.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, text in (("upgrade", "migrate the database to this release (backing it up first)"),
                       ("check", "integrity check and migration state (changes nothing)"),
                       ("info", "schema revision, replica id and row counts")):
        p = db_sub.add_parser(name, help=text)
        p.add_argument("--db", metavar="PATH", help=db_help)
    p = db_sub.add_parser("backup", help="write a consistent backup of the database")
    p.add_argument("--db", metavar="PATH", help=db_help)
    p.add_argument("--out", metavar="FILE", help="backup file (default: the database's backup folder)")
    p = db_sub.add_parser("restore", help="replace the database by a backup (the current one is backed up)")
    p.add_argument("--db", metavar="PATH", help=db_help)
    p.add_argument("backup", metavar="BACKUP", help="backup file to restore")

    demo = sub.add_parser("demo", help="build a realistic demo programme")
    demo.add_argument("--db", metavar="PATH", required=True, help="database to create or fill")
    demo.add_argument("--trainees", type=int, default=2000, metavar="N", help="number of trainees (default 2000)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")

    sync = sub.add_parser("sync", help="exchange data with other laptops and HQ by package file")
    sync_sub = sync.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sync_sub.add_parser("export", help="write a sync package")
    p.add_argument("--db", metavar="PATH", help=db_help)
    p.add_argument("--out", metavar="FILE", required=True, help="package file to write (.xlsx)")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--for", dest="peer", metavar="PEER", help="only what PEER (replica id or name) lacks")
    who.add_argument("--full", action="store_true", help="everything (to seed a new laptop or HQ)")
    p.add_argument("--package-password-file", metavar="FILE",
                   help="encrypt the package with the password on the first line of FILE (at least 8 characters)")
    p = sync_sub.add_parser("import", help="verify and merge a sync package")
    p.add_argument("--db", metavar="PATH", help=db_help)
    p.add_argument("package", metavar="FILE", help="package file (.xlsx)")
    p.add_argument("--package-password-file", metavar="FILE",
                   help="the password of a protected package, on the first line of FILE")
    p.add_argument("--dry-run", action="store_true", help="show what would change; change nothing")
    p = sync_sub.add_parser("conflicts", help="list open sync conflicts")
    p.add_argument("--db", metavar="PATH", help=db_help)

    imp = sub.add_parser("import", help="import a workbook (competency framework, trainee roster)")
    imp_sub = imp.add_subparsers(dest="action", metavar="WHAT", required=True)
    p = imp_sub.add_parser("framework", help="check and import a competency framework workbook")
    p.add_argument("--db", metavar="PATH", help=db_help)
    p.add_argument("file", metavar="FILE.xlsx", help="framework workbook (one row per competency)")
    p.add_argument("--dry-run", action="store_true", help="show what would change and the errors; change nothing")
    p = imp_sub.add_parser("roster", help="check and import a trainee roster workbook")
    p.add_argument("--db", metavar="PATH", help=db_help)
    p.add_argument("file", metavar="FILE.xlsx", help="roster workbook (one row per trainee)")
    p.add_argument("--programme", metavar="CODE", help="programme code (default: the only programme of the database)")
    p.add_argument("--dry-run", action="store_true", help="show what would change and the errors; change nothing")

    exp = sub.add_parser("export", help="export a workbook (competency framework, trainee roster)")
    exp_sub = exp.add_subparsers(dest="action", metavar="WHAT", required=True)
    p = exp_sub.add_parser("framework", help="write a competency framework workbook")
    p.add_argument("--db", metavar="PATH", help=db_help)
    p.add_argument("--out", metavar="FILE.xlsx", required=True, help="workbook to write")
    p.add_argument("--framework", metavar="CODE",
                   help="framework code, or CODE@VERSION (default: the only framework of the database)")
    p = exp_sub.add_parser("roster", help="write the trainees of a programme as a roster workbook")
    p.add_argument("--db", metavar="PATH", help=db_help)
    p.add_argument("--out", metavar="FILE.xlsx", required=True, help="workbook to write")
    p.add_argument("--programme", metavar="CODE", help="programme code (default: the only programme of the database)")
    p.add_argument("--template", action="store_true", help="a blank roster with the drop-down lists, no trainees")
    p.add_argument("--lang", metavar="CODE", default=argparse.SUPPRESS,  # SUPPRESS: keeps a global --lang given
                   help="language of the headers, drop-down lists and instructions: en (default) or fr")
    report_commands.add_arguments(parser)  # report KIND … (before the options added to every command)
    account_commands.add_arguments(parser)  # account …, audit …, --user/--password-file everywhere
    security_commands.add_arguments(parser)  # db encrypt|decrypt|passwd…, --passphrase-file everywhere
    return parser


Handler = Callable[[argparse.Namespace, Path], int]

HANDLERS: dict[tuple[str, str | None], Handler] = {
    ("db", "upgrade"): commands.db_upgrade,
    ("db", "check"): commands.db_check,
    ("db", "info"): commands.db_info,
    ("db", "backup"): commands.db_backup,
    ("db", "restore"): commands.db_restore,
    ("demo", None): commands.demo,
    ("sync", "export"): commands.sync_export,
    ("sync", "import"): commands.sync_import,
    ("sync", "conflicts"): commands.sync_conflicts,
    ("import", "framework"): commands.import_framework,
    ("export", "framework"): commands.export_framework,
    ("import", "roster"): commands.import_roster,
    ("export", "roster"): commands.export_roster,
    **report_commands.HANDLERS,
    **security_commands.HANDLERS,
    **account_commands.HANDLERS,  # also ('db', 'check'): the integrity check plus the audit chains
}


def parse(argv: Sequence[str]) -> argparse.Namespace:
    return build_parser().parse_args(list(argv))


def run(argv: Sequence[str]) -> int:
    """Run a subcommand; returns the exit code."""
    args = parse(argv)
    log_file = setup_logging()
    handler = HANDLERS[(args.command, getattr(args, "action", None))]
    account_commands.sign_in_on_demand(args)  # a database with accounts: sign in at the first permission check
    try:
        return handler(args, resolve_db_path(args.db))
    except TrainmgrError as exc:
        print(f"trainmgr: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:  # output piped into `head` and closed: not an error for the user
        return EXIT_OK
    except KeyboardInterrupt:
        print("trainmgr: interrupted; nothing was changed.", file=sys.stderr)
        return 130
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"trainmgr: {exc.strerror or exc}{where}", file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:  # last resort: one line for the user, the traceback in the log
        log.exception("unexpected error in %s", " ".join(argv))
        where = f"; details in {log_file}" if log_file else ""
        print(f"trainmgr: unexpected error: {exc}{where}", file=sys.stderr)
        return EXIT_FAILED
