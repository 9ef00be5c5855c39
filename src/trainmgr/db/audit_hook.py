"""The audit trail, recorded beside the sync stamps for every write made through the ORM.

Two `before_flush` listeners frame `trainmgr.db.stamping`'s:
1. `_record` (first): each new, changed or tombstoned synced row becomes an `AuditEvent` with who
   (the signed-in account, from the session's write context), what changed field by field (before
   and after) and, for the transitions that ask one, why. A sign-off, validation, approval or
   conflict resolution gets its own action name; a package exchanged with another laptop is
   recorded as one event. Audit events are refused any update or delete: the trail is append-only.
2. `_chain` (last, once stamping gave every new event its id and clock stamp): each new event is
   chained to this laptop's previous one by SHA-256 (`trainmgr.db.audit_chain`).

Not recorded per row: the audit table itself, local bookkeeping (replica, peers, settings), rows
written around the ORM — a sync import merges other laptops' rows, whose own trails arrive with
them (the import itself is one event, attributed to who imported it), and bulk builders (the demo)
record one summary event themselves.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterator
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from trainmgr.db.audit_chain import CHAIN_HEAD_KEY, event_hash, parse_head, plain
from trainmgr.db.base import SYNC_COLUMNS, Synced, utcnow
from trainmgr.db.models.local import AppMeta, LocalReplica, SyncExchange
from trainmgr.db.models.records import AuditEvent

# (table, field, new value) -> action: transitions that are decisions, named as such in the trail.
NAMED_TRANSITIONS = {
    ("assessment", "status", "validated"): "assessment.validate",
    ("assessment", "status", "signed"): "assessment.sign",
    ("curriculum", "status", "approved"): "curriculum.approve",
    ("curriculum", "status", "retired"): "curriculum.retire",
    ("sync_conflict", "status", "resolved"): "conflict.resolve",
}
# The field holding the "why" of a change, for the tables whose changes carry one.
REASON_FIELDS = {"sync_conflict": "note", "enrolment": "status_reason", "training_session": "cancel_note"}

BATCH_KEY = "audit_batch"
_columns_cache: dict[type, tuple[str, ...]] = {}


class AppendOnlyError(RuntimeError):
    """Code tried to change or delete an audit event (a programming error: the trail is append-only)."""


def _data_columns(cls: type) -> tuple[str, ...]:
    keys = _columns_cache.get(cls)
    if keys is None:
        keys = tuple(a.key for a in inspect(cls).column_attrs if a.key not in SYNC_COLUMNS)
        _columns_cache[cls] = keys
    return keys


def _actor(session: Session) -> str:
    context = session.info.get("write_context")
    return str(getattr(context, "user", "") or "system")


def _created(obj: Synced) -> tuple[str, dict[str, Any] | None, dict[str, Any] | None]:
    values = {k: plain(getattr(obj, k)) for k in _data_columns(type(obj))}
    return "create", None, {k: v for k, v in values.items() if v not in (None, "") and k != "deleted"}


def _changed(obj: Synced) -> tuple[str, dict[str, Any], dict[str, Any]] | None:
    state = inspect(obj)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for key in _data_columns(type(obj)):
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        before[key] = plain(history.deleted[0]) if history.deleted else None
        after[key] = plain(history.added[0]) if history.added else None
    if not after:
        return None
    table = obj.__tablename__  # type: ignore[attr-defined]
    if "deleted" in after:
        action = "delete" if after["deleted"] else "restore"
    else:
        action = next((name for (t, field, value), name in NAMED_TRANSITIONS.items()
                       if t == table and after.get(field) == value), "update")
    return action, before, after


def _reason(obj: Any) -> str:
    field = REASON_FIELDS.get(getattr(obj, "__tablename__", ""))
    return str(getattr(obj, field, "") or "") if field else ""


def _exchange(obj: SyncExchange) -> AuditEvent:
    return AuditEvent(action=f"sync.{obj.direction}", entity="sync_exchange", entity_id=obj.package_id,
                      after=plain({"peer": obj.peer_replica, "file": obj.file_name, "rows": obj.rows,
                                   "summary": obj.summary, "personal_data": "personal"}))


def _record(session: Session, _flush_context: Any, _instances: Any) -> None:
    if session.info.get("raw_sync_apply"):
        return
    for obj in session.deleted:
        if isinstance(obj, AuditEvent):
            raise AppendOnlyError("audit events are append-only: one cannot be deleted")
    tally = session.info.get(BATCH_KEY)
    if tally is not None:
        _count(session, tally)
        return
    events: list[AuditEvent] = []
    for obj in list(session.new):
        if isinstance(obj, AuditEvent):
            continue
        if isinstance(obj, Synced):
            action, before, after = _created(obj)
            events.append(AuditEvent(action=action, entity=obj.__tablename__,  # type: ignore[attr-defined]
                                     entity_id=obj.id or None, before=before, after=after, reason=_reason(obj)))
            events[-1].__dict__["_audit_target"] = obj  # its id is given by stamping, just after
        elif isinstance(obj, SyncExchange):
            events.append(_exchange(obj))
    for obj in list(session.dirty):
        if isinstance(obj, AuditEvent):
            if session.is_modified(obj):
                raise AppendOnlyError("audit events are append-only: one cannot be changed")
            continue
        if not isinstance(obj, Synced):
            continue
        change = _changed(obj)
        if change is not None:
            action, before, after = change
            events.append(AuditEvent(action=action, entity=obj.__tablename__,  # type: ignore[attr-defined]
                                     entity_id=obj.id, before=before, after=after, reason=_reason(obj)))
    if not events:
        return
    actor, now = _actor(session), utcnow()
    for e in events:
        e.actor = e.actor or actor
        e.at = now
        session.add(e)


def _count(session: Session, tally: Counter[str]) -> None:
    """Inside `summarised`: count the rows each table gained or changed instead of one event per row."""
    for obj in session.new:
        if isinstance(obj, Synced) and not isinstance(obj, AuditEvent):
            tally[f"{obj.__tablename__}.create"] += 1  # type: ignore[attr-defined]
    for obj in session.dirty:
        if isinstance(obj, AuditEvent) and session.is_modified(obj):
            raise AppendOnlyError("audit events are append-only: one cannot be changed")
        if isinstance(obj, Synced) and (change := _changed(obj)) is not None:
            tally[f"{obj.__tablename__}.{change[0]}"] += 1  # type: ignore[attr-defined]


@contextlib.contextmanager
def summarised(session: Session, action: str, *, entity: str = "", entity_id: str | None = None,
               reason: str = "", details: dict[str, Any] | None = None) -> Iterator[None]:
    """For bulk writes (seeding, builders): one event counting the rows written inside the block,
    instead of one event per row. Nothing is recorded when the block wrote nothing."""
    tally: Counter[str] = Counter()
    session.info[BATCH_KEY] = tally
    try:
        yield
        session.flush()
    finally:
        session.info.pop(BATCH_KEY, None)
    if tally:
        session.add(AuditEvent(action=action, entity=entity, entity_id=entity_id, reason=reason,
                               after={**(details or {}), "rows": dict(sorted(tally.items()))}))


def _chain(session: Session, _flush_context: Any, _instances: Any) -> None:
    if session.info.get("raw_sync_apply"):
        return
    new = [obj for obj in session.new if isinstance(obj, AuditEvent) and not obj.hash]
    if not new:
        return
    with session.no_autoflush:
        replica = session.get(LocalReplica, 1)
        meta = session.get(AppMeta, CHAIN_HEAD_KEY)
    me = replica.replica_id if replica else ""
    head = parse_head(meta.value if meta else None)
    previous = head[1] if head and head[0] == me else ""
    for e in sorted(new, key=lambda ev: ev.born):
        target = e.__dict__.pop("_audit_target", None)
        if target is not None and not e.entity_id:
            e.entity_id = target.id
        if e.at is None:
            e.at = utcnow()
        e.actor = e.actor or _actor(session)
        e.entity, e.reason = e.entity or "", e.reason or ""  # column defaults come at insert: hash what is stored
        e.prev_hash = previous
        e.hash = previous = event_hash(_fields(e))
    if meta is None:
        session.add(AppMeta(key=CHAIN_HEAD_KEY, value=f"{me} {previous}"))
    else:
        meta.value = f"{me} {previous}"


def _fields(e: AuditEvent) -> dict[str, Any]:
    return {"id": e.id, "born": e.born, "at": e.at, "actor": e.actor, "action": e.action, "entity": e.entity,
            "entity_id": e.entity_id, "before": e.before, "after": e.after, "reason": e.reason,
            "deleted": bool(e.deleted), "prev_hash": e.prev_hash}


def install(session_class: type[Session]) -> None:
    """Attach the audit listeners around the stamping one (called by `stamping.install`, after it)."""
    if not event.contains(session_class, "before_flush", _record):
        event.listen(session_class, "before_flush", _record, insert=True)
    if not event.contains(session_class, "before_flush", _chain):
        event.listen(session_class, "before_flush", _chain)
