"""Every write carries its sync metadata: stamped here, once, for the whole application.

A `before_flush` hook gives each new or changed synced row a hybrid-logical-clock stamp, per field,
advances the row's version vector and this database's change sequence, and persists the clock in
the same transaction. Services therefore write plain ORM objects and cannot forget to make a change
visible to sync. Hard deletes of synced rows are refused: deletion is a tombstone (`deleted=True`),
so that it propagates to other laptops and never resurrects.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from trainmgr.db import audit_hook
from trainmgr.db.base import SYNC_COLUMNS, Synced, natural_id, utcnow
from trainmgr.db.models.local import LocalReplica
from trainmgr.domain.clock import HybridClock
from trainmgr.domain.ids import new_id


@dataclass(frozen=True)
class WriteContext:
    """Who is writing: the person at the keyboard (or process) on this database's replica.

    `role` is the signed-in account's role (trainmgr.domain.roles.Role); None while nobody is signed
    in, which grants everything only as long as the database has no account at all (see
    trainmgr.services.permissions)."""

    user: str
    role: str | None = None


class Stamper:
    """Hands out stamps and change sequence numbers for one transaction."""

    def __init__(self, replica: LocalReplica, user: str) -> None:
        self.replica = replica
        self.user = user
        self.clock = HybridClock(replica.replica_id, replica.hlc_last or None)
        self.seq = replica.change_seq
        self.now = utcnow()

    def next(self) -> tuple[str, int]:
        self.seq += 1
        return self.clock.tick(), self.seq

    def new_row(self) -> dict[str, Any]:
        """Sync columns for a row inserted in bulk (bypassing the ORM)."""
        stamp, seq = self.next()
        return {
            "born": stamp, "hlc": stamp, "field_clocks": None, "vv": {self.replica.replica_id: stamp},
            "deleted": False, "change_seq": seq, "arrived_from": "", "created_at": self.now, "created_by": self.user,
            "updated_at": self.now, "updated_by": self.user,
        }

    def stamp_insert(self, obj: Synced) -> None:
        for key, value in self.new_row().items():
            setattr(obj, key, value)
        if not obj.id:
            key = type(obj).__natural_key__
            obj.id = natural_id(type(obj), *(getattr(obj, k) for k in key)) if key else new_id()

    def stamp_update(self, obj: Synced, changed: list[str]) -> None:
        stamp, seq = self.next()
        clocks = dict(obj.field_clocks or {})
        clocks.update(dict.fromkeys(changed, stamp))
        obj.field_clocks = clocks
        vector = dict(obj.vv or {})
        vector[self.replica.replica_id] = stamp
        obj.vv = vector
        obj.hlc = stamp
        obj.change_seq = seq
        obj.arrived_from = ""
        obj.updated_at = self.now
        obj.updated_by = self.user

    def persist(self) -> None:
        self.replica.hlc_last = self.clock.last
        self.replica.change_seq = self.seq


def load_replica(session: Session) -> LocalReplica:
    with session.no_autoflush:
        replica = session.get(LocalReplica, 1)
    if replica is None:
        raise RuntimeError("database has no replica identity (open it through trainmgr.db.engine)")
    return replica


def changed_fields(obj: Synced) -> list[str]:
    state = inspect(obj)
    return [attr.key for attr in state.attrs if attr.key not in SYNC_COLUMNS and attr.history.has_changes()]


def _before_flush(session: Session, _flush_context: Any, _instances: Any) -> None:
    if session.info.get("raw_sync_apply"):
        return  # the sync importer writes remote stamps itself
    for obj in session.deleted:
        if isinstance(obj, Synced):
            raise TypeError(f"{type(obj).__name__} is synced: set deleted=True instead of deleting it")
    new = [obj for obj in session.new if isinstance(obj, Synced)]
    dirty = [(obj, changed_fields(obj)) for obj in session.dirty if isinstance(obj, Synced)]
    dirty = [(obj, fields) for obj, fields in dirty if fields]
    if not new and not dirty:
        return
    ctx: WriteContext = session.info.get("write_context") or WriteContext(user="system")
    stamper = Stamper(load_replica(session), ctx.user)
    for obj in new:
        stamper.stamp_insert(obj)
    for obj, fields in dirty:
        stamper.stamp_update(obj, fields)
    stamper.persist()


def install(session_class: type[Session]) -> None:
    """Attach the stamping hook to a Session class (done once, by the engine module)."""
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)
    audit_hook.install(session_class)  # the audit trail is recorded around the stamps (see there)
