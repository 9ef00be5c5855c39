"""The paper fallback's two sheets, built from the same read models as the on-screen grids, in the same
order (the register's and the score grid's order, by family then given names), numbered like the grids'
row headers so a sheet filled by hand is typed back line by line."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from trainmgr.domain.delivery_records import RegisterRow, SessionRow
from trainmgr.domain.enums import AttendanceStatus, EvaluationLevel, InstrumentKind
from trainmgr.domain.evaluation_records import ScoreGrid
from trainmgr.ui.formatting import format_date, format_number
from trainmgr.ui.labels import enum_label
from trainmgr.ui.printing.sheet_pdf import Column, Sheet

LANDSCAPE_FROM = 5  # score columns from which a score sheet is printed landscape
MARKS = ((AttendanceStatus.PRESENT, "P"), (AttendanceStatus.LATE, "L"), (AttendanceStatus.ABSENT, "A"),
         (AttendanceStatus.EXCUSED, "E"), (AttendanceStatus.NOT_EXPECTED, "N"))
GO_KINDS = (InstrumentKind.PRACTICAL_CHECKLIST.value, InstrumentKind.OBSERVATION.value,
            InstrumentKind.FOLLOW_UP.value)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PaperSheet", text)


def _name(family: str, given: str) -> str:
    return f"{family} {given}".strip()


def _when(session: SessionRow) -> str:
    day = format_date(session.session_date)
    if session.start_time and session.end_time:
        return _tr("{day}, {start}–{end}").format(day=day, start=session.start_time.strftime("%H:%M"),
                                                  end=session.end_time.strftime("%H:%M"))
    if session.start_time:
        return _tr("{day}, {start}").format(day=day, start=session.start_time.strftime("%H:%M"))
    return day


def attendance_sheet(programme: str, session: SessionRow, register: list[RegisterRow],
                     printed_on: date | None = None) -> Sheet:
    legend = ", ".join(f"{letter} = {enum_label(AttendanceStatus, status.value)}" for status, letter in MARKS)
    info = ((_tr("Programme:"), programme), (_tr("Cohort:"), session.cohort_name),
            (_tr("Module:"), session.title or session.module_title), (_tr("Date and time:"), _when(session)),
            (_tr("Place:"), session.place), (_tr("Instructors:"), ", ".join(session.instructor_names)),
            (_tr("Taken by:"), ""), (_tr("Printed:"), format_date(printed_on or date.today())))
    columns = (Column(_tr("No."), 4.5, "number"), Column(_tr("Name"), 30), Column(_tr("Service no."), 13),
               Column(_tr("Unit"), 21), *(Column(letter, 4.6, "box") for _status, letter in MARKS),
               Column(_tr("Signature"), 18, "blank"))
    rows = tuple((str(n), _name(r.family_name, r.given_names), r.service_number, r.unit_name, *([""] * len(MARKS)),
                  "") for n, r in enumerate(register, 1))
    note = _tr("Tick one box per trainee: {legend}. Type the marks back in this order (line numbers as on "
               "screen).").format(legend=legend)
    return Sheet(_tr("Attendance sheet"), info, columns, rows, note)


def score_sheet(programme: str, cohort: str, grid: ScoreGrid, printed_on: date | None = None) -> Sheet:
    inst = grid.instrument
    go = inst.kind in GO_KINDS
    pass_mark = _tr("none") if inst.pass_mark is None else format_number(inst.pass_mark)
    info = ((_tr("Programme:"), programme), (_tr("Cohort:"), cohort),
            (_tr("Instrument:"), inst.title),
            (_tr("Kind:"), f"{enum_label(InstrumentKind, inst.kind)} — {enum_label(EvaluationLevel, inst.level)}"),
            (_tr("Date given:"), format_date(inst.given_on)),
            (_tr("Maximum:"), _tr("{top} — pass mark {mark}").format(top=format_number(inst.max_score),
                                                                      mark=pass_mark)),
            (_tr("Assessor:"), ""), (_tr("Printed:"), format_date(printed_on or date.today())))
    many = len(grid.columns) >= LANDSCAPE_FROM
    score_columns = tuple(
        Column(_tr("{label} (max {top})").format(
            label=_tr("Score") if c.competency_id is None else c.label, top=format_number(c.max_score)),
            max(9.0, 60.0 / max(len(grid.columns), 1)), "blank", _tr("GO / NO-GO") if go else "")
        for c in grid.columns)
    columns = (Column(_tr("No."), 4.5, "number"), Column(_tr("Name"), 28), Column(_tr("Service no."), 13),
               *score_columns, Column(_tr("Initials"), 9, "blank"))
    rows = tuple((str(n), _name(r.family_name, r.given_names), r.service_number, *([""] * len(grid.columns)), "")
                 for n, r in enumerate(grid.rows, 1))
    note = (_tr("Circle GO or NO-GO; write a score if one is given. Pass mark: {mark}.") if go else
            _tr("Write each score between 0 and the column's maximum. Pass mark: {mark}.")).format(mark=pass_mark)
    return Sheet(_tr("Score sheet"), info, columns, rows, note, landscape=many, header_mm=17.0)
