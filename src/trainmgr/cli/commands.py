"""Subcommand handlers: each opens the database through the services and prints for a person."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from trainmgr.cli.passphrase import key_for, read_passphrase, read_password
from trainmgr.db.migrate import current_revision_of, head_revision, is_encrypted
from trainmgr.errors import DatabaseError, ValidationError
from trainmgr.services.admin import restore_backup
from trainmgr.services.common import WorkbookImportError
from trainmgr.services.container import Services
from trainmgr.services.framework_io import FrameworkImportPreview
from trainmgr.services.roster_io import RosterPreview
from trainmgr.services.session_open import open_services
from trainmgr.services.tasks import ProgressFn


def _require_existing(path: Path) -> None:
    if not path.exists():
        raise DatabaseError(f"No database at {path}.")


def _open(path: Path, args: argparse.Namespace, upgrade: bool = True) -> Services:
    """The one place a command opens a database (asking for the passphrase of an encrypted one)."""
    _require_existing(path)
    return open_services(path, upgrade=upgrade, key=key_for(args, path))


def db_upgrade(args: argparse.Namespace, path: Path) -> int:
    _require_existing(path)
    key = key_for(args, path)
    before = current_revision_of(path, key)
    services = open_services(path, key=key)
    services.db.close()
    head = head_revision()
    if before == head:
        print(f"{path}: already at schema {head}.")
    else:
        print(f"{path}: upgraded from schema {before or 'none'} to {head} (a backup was taken first).")
    return 0


def db_check(args: argparse.Namespace, path: Path) -> int:
    _require_existing(path)
    key = key_for(args, path)
    before = current_revision_of(path, key)
    if before != head_revision():
        print(f"{path}: schema {before or 'none'}, this release expects {head_revision()}: "
              "run 'trainmgr db upgrade'.")
        return 1
    services = open_services(path, upgrade=False, key=key)
    try:
        report = services.admin.check()
    finally:
        services.db.close()
    print(f"integrity: {report.integrity}")
    print(f"foreign keys: {'ok' if report.foreign_key_problems == 0 else f'{report.foreign_key_problems} problem(s)'}")
    print(f"schema: {report.revision} (this release: {report.head})")
    return 0 if report.ok else 1


def db_info(args: argparse.Namespace, path: Path) -> int:
    services = _open(path, args, upgrade=False)
    try:
        info = services.admin.info()
    finally:
        services.db.close()
    print(f"database:  {info.path}")
    print(f"size:      {info.size_bytes / 1_048_576:.1f} MB")
    print(f"schema:    {info.revision} (this release: {info.head})")
    print(f"replica:   {info.replica_id}{f' ({info.replica_name})' if info.replica_name else ''}")
    width = max(len(c.table) for c in info.counts)
    print(f"{'table'.ljust(width)}  {'rows':>9}  {'deleted':>8}")
    for count in info.counts:
        print(f"{count.table.ljust(width)}  {count.live:>9}  {count.deleted:>8}")
    return 0


def db_backup(args: argparse.Namespace, path: Path) -> int:
    services = _open(path, args, upgrade=False)
    try:
        dest = services.admin.backup(Path(args.out) if args.out else None)
    finally:
        services.db.close()
    print(f"backed up {path} to {dest}")
    return 0


def db_restore(args: argparse.Namespace, path: Path) -> int:
    backup = Path(args.backup)
    passphrase = (read_passphrase(args.passphrase_file, f"Passphrase of the backup {backup.name}")
                  if is_encrypted(backup) else None)
    replica = restore_backup(backup, path, passphrase)
    print(f"restored {path} from {args.backup}; this copy now syncs as a new replica ({replica}).")
    return 0


def _terminal_progress() -> ProgressFn:
    last = [0.0]

    def report(done: int, total: int, message: str) -> None:
        now = time.monotonic()
        if now - last[0] < 0.5 and done < total:
            return
        last[0] = now
        pct = f"{100 * done / total:5.1f}%" if total else ""
        print(f"\r{pct} {message[:60]:<60}", end="", file=sys.stderr, flush=True)

    return report


def demo(args: argparse.Namespace, path: Path) -> int:
    if args.trainees < 1 or args.trainees > 1_000_000:
        raise ValidationError("--trainees must be between 1 and 1 000 000.")
    services = open_services(path, key=key_for(args, path))
    try:
        from trainmgr.services.demo import DemoBuilder

        summary = DemoBuilder(services.db).build(trainees=args.trainees, seed=args.seed,
                                                 progress=_terminal_progress())
    finally:
        services.db.close()
        print(file=sys.stderr)
    print(f"demo programme written to {path}: {summary}")
    return 0


def sync_export(args: argparse.Namespace, path: Path) -> int:
    services = _open(path, args)
    try:
        summary = services.sync.export(Path(args.out), peer=args.peer, full=args.full,
                                       password=read_password(args.package_password_file, "the package password"),
                                       progress=_terminal_progress())
    finally:
        services.db.close()
        print(file=sys.stderr)
    print(f"wrote {summary.covers} package {summary.path}: {summary.rows} record(s)")
    return 0


def sync_import(args: argparse.Namespace, path: Path) -> int:
    package = Path(args.package)
    if not package.is_file():
        raise DatabaseError(f"No package file at {package}.")
    services = _open(path, args)
    try:
        summary = services.sync.import_package(
            package, dry_run=args.dry_run, progress=_terminal_progress(),
            password=read_password(args.package_password_file, "the package password"))
    finally:
        services.db.close()
        print(file=sys.stderr)
    source = summary.source_name or summary.source_replica
    if summary.already_imported:
        print(f"{package.name}: already imported from {source}; nothing changed.")
        return 0
    verb = "would change" if args.dry_run else "applied"
    print(f"{package.name} from {source}: {verb} "
          f"{summary.total('new')} new, {summary.total('updated')} updated, {summary.total('deleted')} deleted, "
          f"{summary.total('unchanged')} unchanged, {summary.total('conflicts')} conflict(s).")
    for tally in summary.tables:
        if tally.new or tally.updated or tally.deleted or tally.conflicts:
            print(f"  {tally.table}: +{tally.new} ~{tally.updated} -{tally.deleted} !{tally.conflicts}")
    return 0


def sync_conflicts(args: argparse.Namespace, path: Path) -> int:
    services = _open(path, args)
    try:
        rows = services.conflicts.list(open_only=True)
    finally:
        services.db.close()
    if not rows:
        print("No open conflicts.")
        return 0
    for c in rows:
        print(f"{c.id}  {c.table}.{c.field}  {c.label or c.row_id}")
        print(f"    kept for now: {c.value_b!r}  (laptop {c.laptop_b}, {c.stamp_b[:13]})")
        print(f"    other value:  {c.value_a!r}  (laptop {c.laptop_a}, {c.stamp_a[:13]})")
    print(f"{len(rows)} open conflict(s).")
    return 0


def import_framework(args: argparse.Namespace, path: Path) -> int:
    workbook = Path(args.file)
    if not workbook.is_file():
        raise ValidationError(f"No workbook at {workbook}.")
    services = _open(path, args)
    io = services.framework_io
    try:
        result = _preview_or_apply(lambda progress: io.preview(workbook, progress=progress),
                                   lambda progress: io.apply(workbook, progress=progress),
                                   args.dry_run)
    finally:
        services.db.close()
        print(file=sys.stderr)
    _print_framework_preview(result, dry_run=args.dry_run)
    return 0 if result.can_apply else 1


def _print_framework_preview(result: FrameworkImportPreview, dry_run: bool) -> None:
    if not _print_outcome(result, dry_run):
        return
    for change in result.new:
        print(f"  new      {change.code}  {change.title}")
    for change in result.changed:
        print(f"  changed  {change.code}  {change.title}  ({', '.join(change.fields)})")
    if result.kept:
        print(f"  {result.kept} competencies of the framework are not in the file; they are kept as they are.")
    for warning in result.warnings:
        print(f"  note: {warning}")


def export_framework(args: argparse.Namespace, path: Path) -> int:
    services = _open(path, args)
    io = services.framework_io
    try:
        framework_id = io.find(args.framework) if args.framework else io.only_framework()
        result = io.export(framework_id, Path(args.out), progress=_terminal_progress())
    finally:
        services.db.close()
        print(file=sys.stderr)
    print(f"wrote {result.path}: framework {result.framework_code} {result.framework_version}, "
          f"{result.competencies} competencies")
    return 0


def import_roster(args: argparse.Namespace, path: Path) -> int:
    workbook = Path(args.file)
    if not workbook.is_file():
        raise ValidationError(f"No workbook at {workbook}.")
    services = _open(path, args)
    io = services.roster_io
    try:
        programme_id = io.find_programme(args.programme) if args.programme else io.only_programme()
        result = _preview_or_apply(lambda progress: io.preview(programme_id, workbook, progress=progress),
                                   lambda progress: io.apply(programme_id, workbook, progress=progress),
                                   args.dry_run)
    finally:
        services.db.close()
        print(file=sys.stderr)
    _print_roster_preview(result, dry_run=args.dry_run)
    return 0 if result.can_apply else 1


def _print_roster_preview(result: RosterPreview, dry_run: bool) -> None:
    if not _print_outcome(result, dry_run):
        return
    for change in result.new:
        print(f"  new       row {change.row}  {change.name}  {change.service_number}".rstrip())
    for change in result.updated:
        print(f"  updated   row {change.row}  {change.name}  ({', '.join(change.fields)})")
    for dup in result.duplicates:
        print(f"  check     row {dup.row}  {dup.name} may be {dup.other} ({dup.reason})")
    for warning in result.warnings:
        print(f"  note: {warning}")


def export_roster(args: argparse.Namespace, path: Path) -> int:
    services = _open(path, args)
    io = services.roster_io
    try:
        programme_id = io.find_programme(args.programme) if args.programme else io.only_programme()
        lang = getattr(args, "lang", None) or "en"
        if args.template:
            result = io.template(programme_id, Path(args.out), lang=lang)
        else:
            result = io.export(programme_id, Path(args.out), progress=_terminal_progress(), lang=lang)
    finally:
        services.db.close()
        print(file=sys.stderr)
    what = "blank roster template" if args.template else f"roster, {result.trainees} trainees"
    print(f"wrote {result.path}: programme {result.programme_code}, {what}")
    return 0


def _preview_or_apply(preview: Callable[[ProgressFn], Any], apply: Callable[[ProgressFn], Any],
                      dry_run: bool) -> Any:
    """A workbook import: the dry run's preview, or the applied result; a refused apply carries
    its preview (with the errors), and nothing was written."""
    if dry_run:
        return preview(_terminal_progress())
    try:
        return apply(_terminal_progress())
    except WorkbookImportError as exc:
        return exc.preview


def _print_outcome(result: Any, dry_run: bool) -> bool:
    """The first lines of any workbook import's report; False when it had errors (then nothing else
    is worth printing)."""
    if result.errors:
        for line in result.error_lines():
            print(line)
        print(f"{result.file_name}: {len(result.errors)} error(s); nothing was imported.")
        return False
    if not result.has_changes:
        verb = "nothing would change" if dry_run else "nothing changed"
        print(f"{result.file_name}: {verb}; {result.summary()}.")
    else:
        verb = "would import" if dry_run else "imported"
        print(f"{result.file_name}: {verb} {result.summary()}.")
    return True
