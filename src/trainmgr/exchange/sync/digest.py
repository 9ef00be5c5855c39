"""SHA-256 of a table over a canonical serialisation of its typed values (not of cell XML or zip
bytes), so a package re-saved by a spreadsheet program without edits keeps its digests.

Serialisation, in UTF-8 (all ASCII):
    "trainmgr-sync/1 table\\n"
    JSON [name, [[column, kind], ...]] "\\n"
    then per row: JSON array of the typed values "\\n"
JSON here is compact, keys sorted, non-ASCII as \\u escapes (lone surrogates too). Values: text,
whole numbers and booleans as JSON; floats as Python's repr (shortest round-trip; NaN, Infinity,
-Infinity for the non-finite ones, -0.0 distinct from 0.0); dates, date-times and times as ISO 8601
strings; JSON values as themselves (nested keys sorted); None as null. The column kinds are fixed per
column and part of the hashed header, so two kinds can never produce the same bytes for a column.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import date, time
from typing import Any

from trainmgr.exchange.sync.kinds import ColumnSpec

TABLE_DOMAIN = b"trainmgr-sync/1 table\n"


def _iso(value: Any) -> str:
    if isinstance(value, date | time):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not a package value")


_ROW_ENCODER = json.JSONEncoder(
    ensure_ascii=True, check_circular=False, allow_nan=True, sort_keys=True, separators=(",", ":"), default=_iso
)
encode_row = _ROW_ENCODER.encode


class TableDigest:
    """Feed typed rows in file order; `hexdigest()` at the end."""

    __slots__ = ("_hash", "_update", "rows")

    def __init__(self, name: str, columns: Sequence[ColumnSpec]) -> None:
        self._hash = hashlib.sha256(TABLE_DOMAIN)
        self._hash.update(encode_row([name, [[c.name, c.kind.value] for c in columns]]).encode("ascii"))
        self._hash.update(b"\n")
        self._update = self._hash.update
        self.rows = 0

    def add(self, typed_row: Sequence[Any]) -> None:
        self._update(encode_row(typed_row).encode("ascii"))
        self._update(b"\n")
        self.rows += 1

    def hexdigest(self) -> str:
        return self._hash.hexdigest()
