"""Subcommand handlers: each opens the database through the services and prints for a person."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from trainmgr.db.migrate import current_revision_of, head_revision
from trainmgr.errors import DatabaseError, ValidationError
from trainmgr.services.admin import restore_backup
from trainmgr.services.container import Services
from trainmgr.services.session_open import open_services
from trainmgr.services.tasks import ProgressFn


def _require_existing(path: Path) -> None:
    if not path.exists():
        raise DatabaseError(f"No database at {path}.")


def _open(path: Path, upgrade: bool = True) -> Services:
    _require_existing(path)
    return open_services(path, upgrade=upgrade)


def db_upgrade(_args: argparse.Namespace, path: Path) -> int:
    _require_existing(path)
    before = current_revision_of(path)
    services = open_services(path)
    services.db.close()
    head = head_revision()
    if before == head:
        print(f"{path}: already at schema {head}.")
    else:
        print(f"{path}: upgraded from schema {before or 'none'} to {head} (a backup was taken first).")
    return 0


def db_check(_args: argparse.Namespace, path: Path) -> int:
    _require_existing(path)
    before = current_revision_of(path)
    if before != head_revision():
        print(f"{path}: schema {before or 'none'}, this release expects {head_revision()}: "
              "run 'trainmgr db upgrade'.")
        return 1
    services = _open(path, upgrade=False)
    try:
        report = services.admin.check()
    finally:
        services.db.close()
    print(f"integrity: {report.integrity}")
    print(f"foreign keys: {'ok' if report.foreign_key_problems == 0 else f'{report.foreign_key_problems} problem(s)'}")
    print(f"schema: {report.revision} (this release: {report.head})")
    return 0 if report.ok else 1


def db_info(_args: argparse.Namespace, path: Path) -> int:
    services = _open(path, upgrade=False)
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
    services = _open(path, upgrade=False)
    try:
        dest = services.admin.backup(Path(args.out) if args.out else None)
    finally:
        services.db.close()
    print(f"backed up {path} to {dest}")
    return 0


def db_restore(args: argparse.Namespace, path: Path) -> int:
    replica = restore_backup(Path(args.backup), path)
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
    services = open_services(path)
    try:
        from trainmgr.services.demo import DemoBuilder

        summary = DemoBuilder(services.db).build(trainees=args.trainees, seed=args.seed,
                                                 progress=_terminal_progress())
    finally:
        services.db.close()
        print(file=sys.stderr)
    print(f"demo programme written to {path}: {summary}")
    return 0
