"""`trainmgr report KIND`: an Excel report for a host ministry.

    trainmgr report KIND --db PATH --out FILE.xlsx [--programme ID] [--cohort ID] [--unit ID]
                    [--assessment ID] [--lang en|fr] [--personal-data none|pseudonymised|full]
                    [--suppress-small] [--workbook-password-file F]

KIND is summary, assessment, curriculum, attendance, results or statistics. Programmes, cohorts and
units are named by id or code. The workbook password is read from the first line of a file (never
from the command line, where other users of the machine could read it); `--password-file` is the
sign-in password of the database's accounts, as for every command.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from trainmgr.cli.commands import _open, _terminal_progress
from trainmgr.cli.passphrase import read_password
from trainmgr.errors import ValidationError
from trainmgr.exchange.excel.reports.language import LANGUAGES
from trainmgr.services.container import Services
from trainmgr.services.report_context import PersonalData, ReportKind, ReportRequest

_DB_HELP = "database file (default: $TRAINMGR_DB, else the per-user data folder)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the `report` command (call before the commands that add options to every database command)."""
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    p = sub.add_parser("report", help="write an Excel report for a host ministry",
                       description="Write an Excel report: " + ", ".join(k.value for k in ReportKind) + ".")
    p.add_argument("kind", metavar="KIND", choices=[k.value for k in ReportKind],
                   help="summary | assessment | curriculum | attendance | results | statistics")
    p.add_argument("--db", metavar="PATH", help=_DB_HELP)
    p.add_argument("--out", metavar="FILE.xlsx", required=True, help="workbook to write")
    p.add_argument("--programme", metavar="ID", help="programme id or code (default: the only programme)")
    p.add_argument("--cohort", metavar="ID", help="cohort id or code (attendance, results; narrows others)")
    p.add_argument("--unit", metavar="ID", help="unit id or code (assessment; narrows summary and statistics)")
    p.add_argument("--assessment", metavar="ID", help="one assessment (assessment matrix)")
    p.add_argument("--lang", dest="report_lang", choices=LANGUAGES, default="en",
                   help="language of the report (default en), whatever the interface language")
    p.add_argument("--personal-data", choices=[p.value for p in PersonalData], default=PersonalData.NONE.value,
                   help="none: aggregates only (default); pseudonymised: stable codes, no names or service "
                        "numbers; full: names and service numbers")
    p.add_argument("--suppress-small", action="store_true", help="leave counts from 1 to 4 blank (statistics, summary)")
    p.add_argument("--workbook-password-file", metavar="FILE",
                   help="encrypt the workbook with the password on the first line of FILE (at least 8 characters)")


def _resolve(services: Services, args: argparse.Namespace) -> dict[str, str | None]:
    """Ids for the scope options, each given as an id or a code."""
    programmes = services.programmes.list()
    programme_id = None
    if args.programme:
        programme_id = next((p.id for p in programmes if args.programme in (p.id, p.code)), None)
        if programme_id is None:
            raise ValidationError(f"No programme with id or code {args.programme!r}.")
    scope: dict[str, str | None] = {"programme_id": programme_id, "cohort_id": None, "unit_id": None,
                                    "assessment_id": args.assessment}
    within = [p.id for p in programmes if programme_id in (None, p.id)]
    if args.cohort:
        found = [c.id for pid in within for c in services.cohorts.list(pid) if args.cohort in (c.id, c.code)]
        if len(found) != 1:
            raise ValidationError(f"No cohort with id or code {args.cohort!r}." if not found else
                                  f"{len(found)} cohorts have the code {args.cohort!r}; give its id or --programme.")
        scope["cohort_id"] = found[0]
    if args.unit:
        found = [u.id for pid in within for u in services.units.list(pid) if args.unit in (u.id, u.code)]
        if len(found) != 1:
            raise ValidationError(f"No unit with id or code {args.unit!r}." if not found else
                                  f"{len(found)} units have the code {args.unit!r}; give its id.")
        scope["unit_id"] = found[0]
    return scope


def report(args: argparse.Namespace, path: Path) -> int:
    password = read_password(args.workbook_password_file)
    services = _open(path, args)
    try:
        request = ReportRequest(ReportKind(args.kind), language=args.report_lang,
                                personal_data=PersonalData(args.personal_data), suppress_small=args.suppress_small,
                                password=password, **_resolve(services, args))
        result = services.reports.export(request, Path(args.out), progress=_terminal_progress())
    finally:
        services.db.close()
        print(file=sys.stderr)
    extras = [result.language, f"personal data: {result.personal_data}"]
    if args.suppress_small:
        extras.append("small counts suppressed")
    if result.encrypted:
        extras.append("encrypted")
    print(f"wrote {result.path}: {args.kind} report ({', '.join(extras)}), {result.rows} row(s) "
          f"on {len(result.sheets)} sheet(s)")
    return 0


HANDLERS = {("report", None): report}
