"""The audit trail's hash chain: how an event is hashed and how a whole trail is verified.

Each laptop (replica) keeps its own chain: an event's `prev_hash` is the `hash` of the previous event
that laptop wrote, and its `hash` is the SHA-256 of a canonical serialisation of its content
(including `prev_hash`). Events of other laptops arrive by sync with their own chains and are
verified the same way, chain by chain, in clock order (`born`: a replica's stamps only grow).

What it detects: an edited event (its hash no longer matches), a removed or reordered event (the
next one no longer points at its predecessor) and, for this laptop, events removed from the end
(the chain head kept in `app_meta` no longer matches). Someone with the file and the time to
recompute every later hash of a chain defeats a local check; the copies already synced to HQ then
disagree with the laptop's, which is why the trail travels with the data.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any

# The fields a hash covers, in the serialisation's order (never change: old chains must verify).
HASHED_FIELDS = ("id", "born", "at", "actor", "action", "entity", "entity_id", "before", "after", "reason",
                 "deleted", "prev_hash")
CHAIN_HEAD_KEY = "audit_chain_head"  # app_meta: "<replica id> <hash of its latest event>"

_encode = json.JSONEncoder(ensure_ascii=True, sort_keys=True, separators=(",", ":"), allow_nan=False).encode


def plain(value: Any) -> Any:
    """A value as JSON can hold it (dates and times as ISO text)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Enum):
        return plain(value.value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain(v) for v in value]
    return str(value)


def canonical(event: Mapping[str, Any]) -> bytes:
    """The bytes an event's hash covers: its content fields as canonical JSON."""
    return _encode({name: plain(event.get(name)) for name in HASHED_FIELDS}).encode("ascii")


def event_hash(event: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical(event)).hexdigest()


def replica_of(born: str) -> str:
    """The laptop that wrote an event: the replica part of its clock stamp."""
    return born.rsplit(".", 1)[-1] if born else ""


@dataclass(frozen=True)
class ChainBreak:
    """The first event of one laptop's chain that does not verify, and why."""

    replica: str
    event_id: str
    born: str
    actor: str
    action: str
    problem: str


@dataclass(frozen=True)
class ChainResult:
    events: int
    chains: int
    breaks: tuple[ChainBreak, ...]
    unsealed: int = 0  # events from before the chain existed (an upgraded database): not verifiable

    @property
    def ok(self) -> bool:
        return not self.breaks


class ChainVerifier:
    """Feed events in `born` order (any mix of laptops); collects the first break of each chain."""

    def __init__(self, local_head: tuple[str, str] | None = None) -> None:
        self._last: dict[str, str] = {}
        self._broken: dict[str, ChainBreak] = {}
        self._local_head = local_head  # (replica, hash) this laptop says its chain ends with
        self.events = 0
        self.unsealed = 0

    def feed(self, event: Mapping[str, Any]) -> None:
        self.events += 1
        replica = replica_of(str(event.get("born") or ""))
        if replica in self._broken:
            return
        expected_prev = self._last.get(replica, "")
        stored = str(event.get("hash") or "")
        problem = ""
        if not stored and not expected_prev:
            # Recorded before this release chained events (a database upgraded from an older one): such
            # events can only come before a laptop's first chained event, whose prev_hash is then empty.
            self.unsealed += 1
            return
        if not stored:
            problem = "it has no hash (it was written outside trainmgr)"
        elif event_hash(event) != stored:
            problem = "its content does not match its hash (the event was altered)"
        elif str(event.get("prev_hash") or "") != expected_prev:
            problem = ("it does not follow the previous event of its laptop (an event before it was removed, "
                       "altered or reordered)")
        if problem:
            self._break(replica, event, problem)
        self._last[replica] = stored

    def _break(self, replica: str, event: Mapping[str, Any], problem: str) -> None:
        self._broken[replica] = ChainBreak(replica, str(event.get("id")), str(event.get("born")),
                                           str(event.get("actor") or ""), str(event.get("action") or ""), problem)

    def result(self) -> ChainResult:
        breaks = dict(self._broken)
        if self._local_head is not None:
            replica, head = self._local_head
            if replica not in breaks and self._last.get(replica, "") != head:
                breaks[replica] = ChainBreak(replica, "", "", "", "", "the latest events of this laptop are missing "
                                             "(the chain ends before the recorded head)")
        ordered = tuple(sorted(breaks.values(), key=lambda b: b.born or "~"))
        return ChainResult(self.events, len(self._last), ordered, self.unsealed)


def verify(events: Iterable[Mapping[str, Any]], local_head: tuple[str, str] | None = None) -> ChainResult:
    """Verify events given in `born` order."""
    verifier = ChainVerifier(local_head)
    for event in events:
        verifier.feed(event)
    return verifier.result()


def parse_head(value: str | None) -> tuple[str, str] | None:
    if not value or " " not in value:
        return None
    replica, head = value.split(" ", 1)
    return replica, head
