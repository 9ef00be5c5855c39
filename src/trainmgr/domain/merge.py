"""Merging two versions of one synced row: per-field registers under a hybrid logical clock.

Each field's value carries the stamp of the write that set it. The merged row takes, field by
field, the value with the greater stamp, so edits to different fields never clobber each other
and the result does not depend on the order packages arrive in (the merge is commutative,
associative and idempotent). The row's version vector (replica -> greatest stamp of that replica
applied) tells a later edit from a concurrent one: when the same field was written on two laptops
that had not seen each other's write, and the values differ, the merge reports a conflict. The
greater stamp wins meanwhile (a deterministic provisional winner, the same on every laptop) until a
person resolves it.

A deletion is the `deleted` field written to true: a register like any other. A concurrent edit of
another field does not bring a deleted row back; only an explicit undelete (a later write of
`deleted = false`) does.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from trainmgr.domain.clock import ZERO, Stamp

META = ("id", "born", "hlc", "field_clocks", "vv", "created_at", "created_by", "updated_at", "updated_by")


def replica_of(stamp: str) -> str:
    return Stamp.parse(stamp).replica


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)


@dataclass(frozen=True)
class FieldConflict:
    """A concurrent write that lost: its value and stamp, and the value and stamp that won."""

    field: str
    loser_value: Any
    loser_stamp: str
    winner_value: Any
    winner_stamp: str


@dataclass
class MergeResult:
    row: dict[str, Any]
    changed_fields: list[str] = field(default_factory=list)  # values that changed locally
    conflicts: list[FieldConflict] = field(default_factory=list)
    needs_write: bool = False  # values or clocks changed: the row must be written (and sent on)


def field_clock(row: dict[str, Any], name: str) -> str:
    return (row.get("field_clocks") or {}).get(name, row["born"])


def _knows(vv: dict[str, str] | None, stamp: str) -> bool:
    """Whether a row version with version vector `vv` has seen the write stamped `stamp`."""
    return (vv or {}).get(replica_of(stamp), ZERO) >= stamp


def merge_rows(local: dict[str, Any], remote: dict[str, Any], fields: list[str]) -> MergeResult:
    """Merge `remote` into `local` (both full rows: META columns, `deleted` and `fields`).

    Returns the merged row, the data fields whose value changed locally, and the conflicts found.
    """
    names = [*fields, "deleted"]
    born = min(local["born"], remote["born"])
    merged: dict[str, Any] = {}
    clocks: dict[str, str] = {}
    changed: list[str] = []
    conflicts: list[FieldConflict] = []
    for name in names:
        ls, rs = field_clock(local, name), field_clock(remote, name)
        lv, rv = local.get(name), remote.get(name)
        if rs > ls or (rs == ls and lv != rv and _canonical(rv) > _canonical(lv)):
            # Equal stamps with different values only happen for records that two laptops derive
            # independently (conflict records); the canonical order keeps them convergent too.
            take_remote = True
        else:
            take_remote = False
        value, stamp = (rv, rs) if take_remote else (lv, ls)
        merged[name] = value
        clocks[name] = stamp
        if take_remote and lv != rv:
            changed.append(name)
        if lv != rv and rs != ls and not _knows(remote.get("vv"), ls) and not _knows(local.get("vv"), rs):
            loser_value, loser_stamp = (lv, ls) if take_remote else (rv, rs)
            conflicts.append(FieldConflict(name, loser_value, loser_stamp, value, stamp))
    vv = dict(local.get("vv") or {})
    for replica, stamp in (remote.get("vv") or {}).items():
        if stamp > vv.get(replica, ZERO):
            vv[replica] = stamp
    first = local if local["born"] <= remote["born"] else remote
    newest = remote if remote["hlc"] > local["hlc"] else local
    merged.update(
        id=local["id"], born=born, hlc=max(clocks.values()),
        field_clocks={k: v for k, v in clocks.items() if v != born} or None, vv=vv,
        created_at=first.get("created_at"), created_by=first.get("created_by"),
        updated_at=newest.get("updated_at"), updated_by=newest.get("updated_by"),
    )
    needs_write = bool(changed) or any(merged[k] != local.get(k) for k in ("born", "hlc", "field_clocks", "vv"))
    return MergeResult(merged, changed, conflicts, needs_write)
