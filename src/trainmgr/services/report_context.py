"""What every report builder shares: the request, its language, the personal-data level (which
person columns appear, and the stable pseudonym codes), progress and cancel, and the workbook.

Pseudonym codes: "T-" and 8 characters of an HMAC-SHA256 of the person's id, keyed by the
programme's id. The same person gets the same code in every export of the programme, on every
laptop (both ids travel with sync), and the code reveals nothing without the database: the ids are
random UUIDs that no report prints.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from trainmgr.errors import ValidationError
from trainmgr.exchange.excel.reports.cells import CellKind, Col
from trainmgr.exchange.excel.reports.language import ReportLanguage
from trainmgr.exchange.excel.reports.writer import ReportWorkbook
from trainmgr.services.tasks import NEVER, CancelToken, ProgressFn, no_progress

SMALL_CELL = 5  # counts from 1 to SMALL_CELL - 1 are suppressed on request


class ReportKind(StrEnum):
    SUMMARY = "summary"
    ASSESSMENT = "assessment"
    CURRICULUM = "curriculum"
    ATTENDANCE = "attendance"
    RESULTS = "results"
    STATISTICS = "statistics"


class PersonalData(StrEnum):
    NONE = "none"
    PSEUDONYMISED = "pseudonymised"
    FULL = "full"


def parse_kind(value: str) -> ReportKind:
    try:
        return ReportKind(value)
    except ValueError:
        raise ValidationError(f"Unknown report {value!r} (use {', '.join(k.value for k in ReportKind)}).") from None


def parse_personal(value: str) -> PersonalData:
    try:
        return PersonalData(value)
    except ValueError:
        raise ValidationError(f"Unknown personal-data level {value!r} "
                              f"(use {', '.join(p.value for p in PersonalData)}).") from None


@dataclass(frozen=True)
class ReportRequest:
    kind: ReportKind
    programme_id: str | None = None
    unit_id: str | None = None
    assessment_id: str | None = None
    cohort_id: str | None = None
    language: str = "en"
    personal_data: PersonalData = PersonalData.NONE
    suppress_small: bool = False
    password: str | None = field(default=None, repr=False)
    today: date | None = None  # completion decisions are taken as of this day (default: today)


@dataclass(frozen=True)
class ReportResult:
    path: str
    kind: str
    language: str
    personal_data: str
    sheets: tuple[str, ...]
    rows: int  # data rows written, all sheets together
    encrypted: bool


def pseudonym(programme_id: str, person_id: str) -> str:
    """The stable code of a person in the reports of a programme (see the module docstring)."""
    digest = hmac.new(f"trainmgr-report-code:{programme_id}".encode(), person_id.encode(), hashlib.sha256).digest()
    return "T-" + base64.b32encode(digest[:5]).decode("ascii")


class ReportContext:
    """One export in progress."""

    def __init__(self, request: ReportRequest, lang: ReportLanguage, programme_id: str, scope_text: str,
                 title: str, progress: ProgressFn = no_progress, cancel: CancelToken = NEVER) -> None:
        self.request = request
        self.lang = lang
        self.programme_id = programme_id
        self.scope_text = scope_text
        self.generated = datetime.now().astimezone()
        self.progress = progress
        self.cancel = cancel
        self.rows = 0
        self.book = ReportWorkbook(lang, title=title, subject=scope_text, creator="trainmgr",
                                   description=lang.t(f"personal.{request.personal_data.value}"),
                                   check_cancel=cancel.check)

    @property
    def t(self) -> Any:
        return self.lang.t

    @property
    def level(self) -> PersonalData:
        return self.request.personal_data

    @property
    def individual_rows(self) -> bool:
        return self.level is not PersonalData.NONE

    def subtitle(self, scope: str | None = None) -> str:
        return self.t("subtitle", scope=scope or self.scope_text, date=self.lang.datetime_text(self.generated))

    # --- people ------------------------------------------------------------------------------------
    def person_columns(self) -> list[Col]:
        if self.level is PersonalData.FULL:
            return [Col(self.t("col.family_name"), CellKind.TEXT, 20),
                    Col(self.t("col.given_names"), CellKind.TEXT, 20),
                    Col(self.t("col.service_number"), CellKind.CODE, 15)]
        if self.level is PersonalData.PSEUDONYMISED:
            return [Col(self.t("col.code"), CellKind.CODE, 14)]
        return []

    def person_values(self, person_id: str, family: str, given: str, number: str) -> list[Any]:
        if self.level is PersonalData.FULL:
            return [family, given, number]
        if self.level is PersonalData.PSEUDONYMISED:
            return [pseudonym(self.programme_id, person_id)]
        return []

    def count(self, value: int | None) -> int | None:
        """A count as printed: with suppression on, 1..4 become blank (0 stays: nobody to single out)."""
        if value is not None and self.request.suppress_small and 0 < value < SMALL_CELL:
            return None
        return value

    def step(self, done: int, total: int, message: str) -> None:
        self.cancel.check()
        self.progress(done, total, message)
