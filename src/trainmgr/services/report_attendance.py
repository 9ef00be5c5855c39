"""The attendance register of a cohort: trainees × sessions with each mark, each trainee's rate; and
the sessions with their marks counted and the cohort's rate.

Figures: marks from `AttendanceService.register` (the register screen), rates from
`AttendanceService.rates_by_trainee` / `rate_for_cohort` (the rule is in services/attendance.py).
Without personal data only the Sessions sheet is written.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from trainmgr.db.engine import Database
from trainmgr.domain.delivery_records import EnrolmentRow, RegisterRow, SessionRow
from trainmgr.domain.enums import AttendanceStatus, SessionStatus
from trainmgr.exchange.excel.reports.cells import CellKind, Col
from trainmgr.services.attendance import AttendanceService
from trainmgr.services.cohorts import CohortService
from trainmgr.services.report_context import PersonalData, ReportContext, pseudonym
from trainmgr.services.sessions import SessionService

A = AttendanceStatus


def person_sort_key(ctx: ReportContext, person_id: str, family: str, given: str) -> tuple[str, str, str]:
    """Rows of pseudonymised reports go by code: an alphabetical order would hint at the names."""
    if ctx.level is PersonalData.PSEUDONYMISED:
        return (pseudonym(ctx.programme_id, person_id), "", "")
    return (family.casefold(), given.casefold(), person_id)


def build_attendance(ctx: ReportContext, db: Database) -> None:
    cohort_id = ctx.request.cohort_id
    assert cohort_id is not None
    cohorts, sessions, attendance = CohortService(db), SessionService(db), AttendanceService(db)
    cohort = cohorts.get(cohort_id)
    all_sessions = sessions.list_for_cohort(cohort_id)
    registers: dict[str, list[RegisterRow]] = {}
    for done, sess in enumerate(all_sessions, start=1):
        ctx.step(done, len(all_sessions) + 1, "Reading the registers")
        if sess.status != SessionStatus.CANCELLED.value:
            registers[sess.id] = attendance.register(sess.id)
    _sessions_sheet(ctx, cohort.name, all_sessions, registers, attendance.rate_for_cohort(cohort_id))
    if ctx.individual_rows:
        columns_sessions = [s for s in all_sessions if s.id in registers]
        _register_sheet(ctx, cohort.name, cohorts.roster(cohort_id), columns_sessions, registers,
                        attendance.rates_by_trainee(cohort_id))


def _sessions_sheet(ctx: ReportContext, cohort_name: str, all_sessions: list[SessionRow],
                    registers: dict[str, list[RegisterRow]], cohort_rate: Any) -> None:
    t, lang = ctx.t, ctx.lang
    columns = [Col(t("col.date"), CellKind.DATE, 13), Col(t("col.time"), CellKind.TEXT, 12),
               Col(t("col.module"), CellKind.TEXT, 28), Col(t("col.session"), CellKind.TEXT, 28),
               Col(t("col.place"), CellKind.TEXT, 16), Col(t("col.status"), CellKind.TEXT, 11),
               Col(t("col.on_roster"), CellKind.INT, 11), Col(t("col.present"), CellKind.INT, 10),
               Col(t("col.late"), CellKind.INT, 10), Col(t("col.absent"), CellKind.INT, 10),
               Col(t("col.excused"), CellKind.INT, 10), Col(t("col.unmarked"), CellKind.INT, 10)]
    rows = []
    for sess in all_sessions:
        register = registers.get(sess.id)
        marks = Counter(r.status for r in register or ())
        when = f"{sess.start_time:%H:%M}–{sess.end_time:%H:%M}" if sess.start_time and sess.end_time else ""
        counts: list[Any] = ([len(register), marks[A.PRESENT.value], marks[A.LATE.value], marks[A.ABSENT.value],
                              marks[A.EXCUSED.value], marks[None]] if register is not None else [None] * 6)
        rows.append([sess.session_date, when, sess.module_title, sess.title, sess.place,
                     lang.value("session", sess.status), *counts])
    ctx.rows += len(rows)
    rate = lang.percent_text(cohort_rate.rate) if cohort_rate.rate is not None else "–"
    totals = [t("col.rate"), rate] + [None] * (len(columns) - 2)
    ctx.book.table(t("sheet.sessions"), t("sessions.title", cohort=cohort_name), ctx.subtitle(), columns, rows,
                   row_count=len(rows), totals=totals)


def _register_sheet(ctx: ReportContext, cohort_name: str, roster: list[EnrolmentRow], sessions: list[SessionRow],
                    registers: dict[str, list[RegisterRow]], rates: dict[str, Any]) -> None:
    t, lang = ctx.t, ctx.lang
    marks = {(sid, r.person_id): r.status for sid, register in registers.items() for r in register}
    people = {e.person_id: e for e in roster}
    # someone marked on a session but no longer on the roster still appears (the register shows them)
    for register in registers.values():
        for r in register:
            if r.person_id not in people:
                people[r.person_id] = EnrolmentRow("", "", r.person_id, r.family_name, r.given_names,
                                                   r.service_number, r.unit_name, r.rank_name, "", "", "", None,
                                                   None, "", "")
    order = sorted(people.values(), key=lambda e: person_sort_key(ctx, e.person_id, e.family_name, e.given_names))
    columns = [*ctx.person_columns(), Col(t("col.rank"), CellKind.TEXT, 14), Col(t("col.unit"), CellKind.TEXT, 20),
               Col(t("col.sex"), CellKind.TEXT, 10), Col(t("col.enrolment"), CellKind.TEXT, 11)]
    columns += [Col(f"{lang.date_text(s.session_date)} {s.module_title or s.title}"[:30], CellKind.MARK, 4.5,
                    rotate=True) for s in sessions]
    columns += [Col(t("col.attended"), CellKind.INT, 10), Col(t("col.expected"), CellKind.INT, 10),
                Col(t("col.rate"), CellKind.PERCENT, 11), Col(t("col.unmarked"), CellKind.INT, 10)]

    def lines() -> Any:
        for e in order:
            rate = rates.get(e.person_id)
            yield [*ctx.person_values(e.person_id, e.family_name, e.given_names, e.service_number), e.rank_name,
                   e.unit_name, lang.value("sex", e.sex), lang.value("enrolment", e.status),
                   *(_mark(ctx, marks.get((s.id, e.person_id))) for s in sessions),
                   rate.attended if rate else None, rate.expected if rate else None,
                   rate.rate if rate else None, rate.unmarked if rate else None]

    ctx.rows += len(order)
    ctx.book.table(t("sheet.register"), t("register.title", cohort=cohort_name), ctx.subtitle(t("register.legend")),
                   columns, lines(), row_count=len(order))


def _mark(ctx: ReportContext, status: str | None) -> str | None:
    return ctx.t(f"mark.{status}") if status else None
