"""Offline sync by package file: export what a peer lacks, import and merge what arrives.

Design (see also `trainmgr.domain.merge` and `trainmgr.db.stamping`):
- Every synced row carries per-field clock stamps; imports merge field by field (convergent in any
  order, with duplicates and stale packages); same-field concurrent edits become `SyncConflict` rows
  with a deterministic provisional winner. Conflict rows are themselves synced and are derived
  deterministically (id from the losing write, stamps from the winning one), so laptops that detect
  the same conflict apart agree on one record, and a person's resolution travels like any edit.
- Incremental export sends rows whose local change sequence is above what the peer acknowledged,
  minus rows whose current state came from that very peer. Nothing is marked "sent" at export:
  a package is resent until the peer's own package acknowledges it.
- An import is verified completely (signature, digests, schema, network, sender's key) before the
  first write, then applied in one transaction: a crash or kill leaves the database as before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select, text
from sqlalchemy.exc import IntegrityError

from trainmgr import __version__
from trainmgr.db.base import utcnow
from trainmgr.db.engine import Database
from trainmgr.db.migrate import head_revision, known_revisions
from trainmgr.db.models import LocalReplica, SyncExchange, SyncPeer
from trainmgr.domain.clock import HybridClock, Stamp
from trainmgr.domain.enums import ConflictStatus
from trainmgr.domain.ids import new_id, stable_id
from trainmgr.domain.merge import FieldConflict, merge_rows
from trainmgr.domain.records import ExportSummary, ImportSummary, SyncIdentity, TableTally
from trainmgr.errors import TrainmgrError
from trainmgr.exchange.excel.reports.encryption import check_password
from trainmgr.exchange.sync import Manifest, TableData, new_signing_key, public_key_of, write_package
from trainmgr.exchange.sync.sealed import opened_package, sealed_output
from trainmgr.services.permissions import Permission, PersonalData, require, require_export
from trainmgr.services.sync_tables import SyncedTable, synced_table_map, synced_tables
from trainmgr.services.tasks import NEVER, CancelToken, ProgressFn, no_progress

CHUNK = 2000


class SyncError(TrainmgrError):
    """A package that cannot be applied here; nothing was changed."""


@dataclass
class _Tally:
    new: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    conflicts: int = 0

    def frozen(self, table: str) -> TableTally:
        return TableTally(table, self.new, self.updated, self.deleted, self.unchanged, self.conflicts)


@dataclass
class _Apply:
    """State of one import while it runs inside its transaction."""

    source: str
    clock: HybridClock
    seq: int
    tallies: dict[str, _Tally] = field(default_factory=dict)
    conflicts: list[tuple[str, str, FieldConflict]] = field(default_factory=list)

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq


class SyncService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- identity -------------------------------------------------------------------------
    def identity(self) -> SyncIdentity:
        with self._db.write() as s:
            replica = _replica(s)
            if not replica.signing_key:
                replica.signing_key = new_signing_key()
            return SyncIdentity(replica.replica_id, replica.name, replica.network_id,
                                public_key_of(replica.signing_key))

    def rename(self, name: str) -> None:
        with self._db.write() as s:
            _replica(s).name = name.strip()[:120]

    # --- export ---------------------------------------------------------------------------
    def export(self, path: Path, *, peer: str | None = None, full: bool = False, password: str | None = None,
               progress: ProgressFn = no_progress, cancel: CancelToken = NEVER) -> ExportSummary:
        """Write a package: everything (`full`), or what `peer` has not acknowledged yet; with a
        `password`, the workbook is encrypted (Excel and LibreOffice ask for it; so does the import)."""
        require_export(self._db, PersonalData.PERSONAL)
        path = Path(path)
        if password is None:
            return self._export(path, path, peer, full, progress, cancel)
        check_password(password)
        with sealed_output(path, password) as plain:
            return self._export(plain, path, peer, full, progress, cancel)

    def _export(self, write_to: Path, path: Path, peer: str | None, full: bool, progress: ProgressFn,
                cancel: CancelToken) -> ExportSummary:
        if not full and not peer:
            raise SyncError("Choose a peer for an incremental package, or make a full package.")
        with self._db.write() as s:
            replica = _replica(s)
            if not replica.signing_key:
                replica.signing_key = new_signing_key()
            if not replica.network_id:
                replica.network_id = new_id()
            target = self._find_peer(s, peer) if peer else None
            since = 0 if full or target is None else target.acked_seq
            acks = {p.replica_id: _received(p) for p in s.scalars(select(SyncPeer))}
            header = {
                "package_id": new_id(), "schema_revision": head_revision(), "app_version": __version__,
                "network_id": replica.network_id, "source_replica": replica.replica_id,
                "source_name": replica.name, "created_at": _now(), "covers": "full" if full else "incremental",
                "for_peer": target.replica_id if target else "", "seq_from": since, "seq_to": replica.change_seq,
                "acks": acks,
            }
            key = replica.signing_key
        exclude = target.replica_id if target and not full else None
        counts: Counter[str] = Counter()
        tables = list(synced_tables())
        total = self._count_rows(tables, since, header["seq_to"], exclude)

        def table_data() -> Iterator[TableData]:
            done = 0
            for spec in tables:
                def rows(spec: SyncedTable = spec) -> Iterator[tuple[Any, ...]]:
                    nonlocal done
                    for row in self._export_rows(spec, since, header["seq_to"], exclude):
                        counts[spec.name] += 1
                        done += 1
                        if done % 1000 == 0:
                            cancel.check()
                            progress(done, total, spec.name)
                        yield row
                yield TableData(spec.name, spec.columns, rows())

        manifest = write_package(write_to, header, table_data(), key, progress=None, cancel=cancel)
        progress(total, total, "")
        with self._db.write() as s:
            s.add(SyncExchange(package_id=manifest.package_id, direction="export",
                               peer_replica=header["for_peer"], file_name=str(path), at=_now(),
                               rows=sum(counts.values()), summary={"covers": header["covers"], **counts}))
        return ExportSummary(manifest.package_id, str(path), str(header["covers"]), str(header["for_peer"]),
                             sum(counts.values()), tuple(sorted(counts.items())))

    def _count_rows(self, tables: list[SyncedTable], since: int, upto: int, exclude: str | None) -> int:
        total = 0
        with self._db.engine.connect() as conn:
            for spec in tables:
                t = spec.table
                query = select(text("count(*)")).select_from(t).where(t.c.change_seq > since, t.c.change_seq <= upto)
                if exclude:
                    query = query.where(t.c.arrived_from != exclude)
                total += conn.scalar(query) or 0
        return total

    def _export_rows(self, spec: SyncedTable, since: int, upto: int, exclude: str | None) -> Iterator[tuple]:
        t = spec.table
        cols = [t.c[c.name] for c in spec.columns]
        query = select(*cols).where(t.c.change_seq > since, t.c.change_seq <= upto).order_by(t.c.change_seq)
        if exclude:
            query = query.where(t.c.arrived_from != exclude)
        with self._db.engine.connect() as conn:
            for row in conn.execution_options(yield_per=CHUNK).execute(query):
                yield tuple(row)

    # --- import ---------------------------------------------------------------------------
    def import_package(self, path: Path, *, dry_run: bool = False, password: str | None = None,
                       progress: ProgressFn = no_progress, cancel: CancelToken = NEVER) -> ImportSummary:
        """Check the signed manifest, then read every table once, merging it in one transaction that
        commits only when every sheet matched its signed digest (rolled back on any error, and for a
        dry run)."""
        require(self._db, Permission.IMPORT_SYNC)
        path = Path(path)
        with opened_package(path, password) as package:
            manifest = package.manifest
            self._check_manifest(path, manifest)
            if self._already_imported(manifest.package_id):
                return ImportSummary(manifest.package_id, manifest.source_replica, manifest.source_name,
                                     applied=False, already_imported=True,
                                     notes=("This package was imported before; nothing changed.",))
            cancel.check()
            try:
                return self._apply(path, package, manifest, dry_run, progress, cancel)
            except _DryRun as preview:  # raised inside the transaction so that it rolls back
                return preview.summary

    def _check_manifest(self, path: Path, manifest: Manifest) -> None:
        name = path.name
        with self._db.read() as s:
            replica = _replica(s)
            peer = s.get(SyncPeer, manifest.source_replica)
            if manifest.source_replica == replica.replica_id:
                raise SyncError(f"{name} was exported by this database itself; import it on another laptop.")
            if manifest.schema_revision not in known_revisions():
                raise SyncError(
                    f"{name} was made by a newer release of trainmgr (schema {manifest.schema_revision}, "
                    f"app {manifest.app_version}); install that release to import it. Nothing was changed."
                )
            if replica.network_id and manifest.network_id != replica.network_id:
                raise SyncError(f"{name} belongs to another programme network ({manifest.network_id[:8]}…); "
                                "it was not made for this database. Nothing was changed.")
            if peer and peer.public_key and peer.public_key != manifest.public_key:
                raise SyncError(f"{name} claims to come from {manifest.source_name or manifest.source_replica} "
                                "but is signed with a different key than its earlier packages. Refused.")

    def _already_imported(self, package_id: str) -> bool:
        with self._db.read() as s:
            row = s.get(SyncExchange, package_id)
            return row is not None and row.direction == "import"

    def _apply(self, path: Path, package: Any, manifest: Manifest, dry_run: bool,
               progress: ProgressFn, cancel: CancelToken) -> ImportSummary:
        try:
            return self._apply_in_transaction(path, package, manifest, dry_run, progress, cancel)
        except IntegrityError as exc:  # deferred foreign keys are checked at commit
            raise SyncError(
                f"{path.name} refers to records this database does not have (a package from "
                f"{manifest.source_name or manifest.source_replica} was probably skipped). Import the "
                "missing package first, or ask for a full package. Nothing was changed."
            ) from exc

    def _apply_in_transaction(self, path: Path, package: Any, manifest: Manifest, dry_run: bool,
                              progress: ProgressFn, cancel: CancelToken) -> ImportSummary:
        tables = synced_table_map()
        total = sum(t.rows for t in manifest.tables) or 1
        done = 0
        with self._db.write() as s:
            conn = s.connection()
            # The pragma only holds inside a transaction, and the driver opens one at the first write.
            conn.exec_driver_sql("UPDATE local_replica SET slot = slot")
            conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")  # parents and children arrive in any order
            replica = _replica(s)
            state = _Apply(manifest.source_replica, HybridClock(replica.replica_id, replica.hlc_last or None),
                           replica.change_seq)
            for info in manifest.tables:
                spec = tables.get(info.name)
                if spec is None:
                    raise SyncError(f"{path.name}: sheet {info.name} is not a table this release knows.")
                names = [c.name for c in info.columns]
                tally = state.tallies.setdefault(spec.name, _Tally())
                for chunk in _chunks(package.stream(info.name), CHUNK):
                    cancel.check()
                    rows = [self._complete(spec, dict(zip(names, values, strict=True))) for values in chunk]
                    self._merge_chunk(conn, spec, rows, state, tally)
                    done += len(chunk)
                    progress(done, total, spec.name)
            self._record_conflicts(conn, tables["sync_conflict"], state)
            replica.hlc_last = state.clock.last
            replica.change_seq = state.seq
            if not replica.network_id:
                replica.network_id = manifest.network_id
            self._update_peer(s, manifest, replica.replica_id)
            s.add(SyncExchange(package_id=manifest.package_id, direction="import",
                               peer_replica=manifest.source_replica, file_name=str(path), at=_now(),
                               rows=sum(t.rows for t in manifest.tables),
                               summary={k: vars(v) for k, v in state.tallies.items()}))
            s.flush()
            if dry_run and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                raise IntegrityError("foreign_key_check", {}, Exception("dangling reference"))
            summary = ImportSummary(
                manifest.package_id, manifest.source_replica, manifest.source_name, applied=not dry_run,
                already_imported=False,
                tables=tuple(t.frozen(n) for n, t in state.tallies.items() if n != "sync_conflict" or t.new),
            )
            if dry_run:
                raise _DryRun(summary)
        return summary

    @staticmethod
    def _complete(spec: SyncedTable, row: dict[str, Any]) -> dict[str, Any]:
        """Rows from an older release may lack newer columns: give them the column's default."""
        for column in spec.table.c:
            if column.name not in row and column.name not in ("change_seq", "arrived_from"):
                default = column.default.arg if column.default is not None and not callable(column.default.arg) \
                    else None
                row[column.name] = default
        return row

    def _merge_chunk(self, conn: Connection, spec: SyncedTable, rows: list[dict[str, Any]],
                     state: _Apply, tally: _Tally) -> None:
        t = spec.table
        ids = [r["id"] for r in rows]
        local = {r.id: dict(r._mapping) for r in conn.execute(select(t).where(t.c.id.in_(ids)))}
        inserts, updates = [], []
        for remote in rows:
            state.clock.observe(remote["hlc"])
            mine = local.get(remote["id"])
            if mine is None:
                inserts.append({**remote, "change_seq": state.next_seq(), "arrived_from": state.source})
                tally.new += 1
                local[remote["id"]] = remote
                continue
            result = merge_rows(mine, remote, list(spec.fields))
            for conflict in result.conflicts:
                state.conflicts.append((spec.name, remote["id"], conflict))
                tally.conflicts += 1
            if not result.needs_write:
                tally.unchanged += 1
                continue
            if "deleted" in result.changed_fields and result.row["deleted"]:
                tally.deleted += 1
            else:
                tally.updated += 1
            row = {**result.row, "change_seq": state.next_seq(), "arrived_from": state.source}
            updates.append(row)
            local[remote["id"]] = row
        if inserts:
            conn.execute(t.insert(), inserts)
        for row in updates:
            conn.execute(t.update().where(t.c.id == row["id"]).values(**{k: v for k, v in row.items() if k != "id"}))

    def _record_conflicts(self, conn: Connection, spec: SyncedTable, state: _Apply) -> None:
        """Each losing concurrent write becomes one conflict record, derived deterministically so
        that laptops detecting it apart produce the same record."""
        if not state.conflicts:
            return
        rows = []
        for table, row_id, c in state.conflicts:
            born = c.winner_stamp
            rows.append({
                "id": stable_id("sync_conflict", table, row_id, c.field, c.loser_stamp),
                "born": born, "hlc": born, "field_clocks": None, "vv": {Stamp.parse(born).replica: born},
                "deleted": False, "created_at": None, "created_by": "sync", "updated_at": None, "updated_by": "sync",
                "table_name": table, "row_id": row_id, "field": c.field,
                "value_a": _jsonable(c.loser_value), "stamp_a": c.loser_stamp, "user_a": "",
                "value_b": _jsonable(c.winner_value), "stamp_b": c.winner_stamp, "user_b": "",
                "status": ConflictStatus.OPEN.value, "resolved_value": None, "resolved_by": "", "resolved_at": None,
                "note": "",
            })
        for row in rows:
            row["created_at"] = row["updated_at"] = _wall(row["born"])
        tally = state.tallies.setdefault(spec.name, _Tally())
        source, state.source = state.source, ""  # locally detected: to be sent on to every peer
        self._merge_chunk(conn, spec, rows, state, tally)
        state.source = source

    def _update_peer(self, s: Any, manifest: Manifest, me: str) -> None:
        peer = s.get(SyncPeer, manifest.source_replica)
        if peer is None:
            peer = SyncPeer(replica_id=manifest.source_replica, acked_seq=0, knowledge={})
            s.add(peer)
        peer.name = manifest.source_name or peer.name
        peer.public_key = manifest.public_key
        peer.last_seen_at = _now()
        peer.acked_seq = max(peer.acked_seq or 0, int(manifest.acks.get(me, 0)))
        knowledge = dict(peer.knowledge or {})
        received = int(knowledge.get("received_seq", 0))
        if manifest.seq_from <= received:  # contiguous with what we had: everything up to seq_to is here
            knowledge["received_seq"] = max(received, manifest.seq_to)
        peer.knowledge = knowledge

    @staticmethod
    def _find_peer(s: Any, peer: str) -> SyncPeer:
        found = s.get(SyncPeer, peer) or s.scalar(select(SyncPeer).where(SyncPeer.name == peer))
        if found is None:
            raise SyncError(f"No laptop called {peer} has sent a package here yet; make a full package instead.")
        return found


class _DryRun(Exception):
    def __init__(self, summary: ImportSummary) -> None:
        super().__init__("dry run")
        self.summary = summary


def _replica(s: Any) -> LocalReplica:
    replica = s.get(LocalReplica, 1)
    if replica is None:
        raise SyncError("This database has no replica identity; open it with trainmgr first.")
    return replica


def _received(peer: SyncPeer) -> int:
    return int((peer.knowledge or {}).get("received_seq", 0))


def _chunks(rows: Any, size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _jsonable(value: Any) -> Any:
    """Conflict values are stored as JSON: dates and times as ISO text."""
    return value.isoformat() if hasattr(value, "isoformat") else value


def _now() -> datetime:
    return utcnow()


def _wall(stamp: str) -> datetime:
    """The wall-clock time a stamp was made (naive UTC, like every timestamp in the database)."""
    return datetime.fromtimestamp(Stamp.parse(stamp).wall_ms / 1000, UTC).replace(tzinfo=None)

