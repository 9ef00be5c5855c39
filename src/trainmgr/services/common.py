"""Small helpers shared by the services: live-row queries, lookups and validation."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import CTE, Integer, Select, String, column, func, select
from sqlalchemy.orm import Session

from trainmgr.db.base import Synced
from trainmgr.errors import NotFoundError, ValidationError

T = TypeVar("T", bound=Synced)


def live(model: type[T]) -> Select[tuple[T]]:
    """SELECT of the rows of `model` that are not tombstoned."""
    return select(model).where(model.deleted.is_(False))


def get_live(session: Session, model: type[T], row_id: str, what: str) -> T:
    row = session.get(model, row_id)
    if row is None or row.deleted:
        raise NotFoundError(f"{what} not found (it may have been deleted).")
    return row


def cohort_scope(cohort_ids: Sequence[str]) -> CTE:
    """The cohorts of a batched query, each with its position in the caller's list: a CTE of
    (cohort_id, ord) rows to join on and to ORDER BY ord, so that one set-based query covers every
    cohort and its rows come out grouped in the caller's order (see `by_position`). The ids travel as
    one JSON array read by SQLite's json_each: one parameter and one cached statement whatever the
    number of cohorts (a VALUES list would compile 2 parameters per cohort, 8 MB for 4 000 cohorts)."""
    ids = func.json_each(json.dumps(list(cohort_ids))).table_valued(column("key", Integer), column("value", String))
    return select(ids.c.key.label("ord"), ids.c.value.label("cohort_id")).cte("scope")


def by_position(rows: Iterable[Any], count: int) -> Iterator[list[Any]]:
    """Rows whose first value is a position 0..count-1, in that order (a query on `cohort_scope`
    ordered by ord), cut into one list per position, empty lists included: reads one group ahead at
    most, so a streamed result is never all in memory."""
    it = iter(rows)
    row = next(it, None)
    for position in range(count):
        group = []
        while row is not None and row[0] == position:
            group.append(row)
            row = next(it, None)
        yield group
    if row is not None:
        raise ValueError(f"rows out of order: position {row[0]} after {count} groups")


def required_text(value: str | None, label: str, max_len: int = 200) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(f"{label} is required.")
    if len(text) > max_len:
        raise ValidationError(f"{label} is too long ({len(text)} characters; at most {max_len}).")
    return text


def optional_text(value: str | None, label: str, max_len: int = 2000) -> str:
    text = (value or "").strip()
    if len(text) > max_len:
        raise ValidationError(f"{label} is too long ({len(text)} characters; at most {max_len}).")
    return text


def check_period(start: date | None, end: date | None) -> None:
    if start and end and end < start:
        raise ValidationError(f"The end date ({end.isoformat()}) is before the start date ({start.isoformat()}).")


def apply_changes(row: Synced, values: dict[str, object]) -> bool:
    """Set only the fields whose value differs, so sync sees exactly what the user changed."""
    changed = False
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
            changed = True
    return changed


class WorkbookImportError(ValidationError):
    """A workbook with errors was refused; nothing was changed. `preview.errors` lists them all and
    the message names the first (file, sheet, row, column)."""

    def __init__(self, preview: Any) -> None:
        lines = preview.error_lines()
        more = f" (and {len(lines) - 1} more)" if len(lines) > 1 else ""
        super().__init__(f"{lines[0]}{more}" if lines else f"{preview.file_name}: cannot be imported.")
        self.preview = preview
