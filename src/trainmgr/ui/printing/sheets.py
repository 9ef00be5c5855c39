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
CODES_ONLY_ABOVE = 8  # more score columns than this: headed by the competency code alone
MARKS = ((AttendanceStatus.PRESENT, "P"), (AttendanceStatus.LATE, "L"), (AttendanceStatus.ABSENT, "A"),
         (AttendanceStatus.EXCUSED, "E"), (AttendanceStatus.NOT_EXPECTED, "N"))
GO_KINDS = (InstrumentKind.PRACTICAL_CHECKLIST.value, InstrumentKind.OBSERVATION.value,
            InstrumentKind.FOLLOW_UP.value)


translate = QCoreApplication.translate


def _name(family: str, given: str) -> str:
    return f"{family} {given}".strip()


def _person_columns(name_weight: float) -> tuple[Column, ...]:
    """No., name and service number: the columns both sheets start with, as on screen."""
    return (Column(translate("PaperSheet", "No."), 4.5, "number"), Column(translate("PaperSheet", "Name"), name_weight),
            Column(translate("PaperSheet", "Service no."), 13))


def _printed(printed_on: date | None) -> tuple[str, str]:
    return translate("PaperSheet", "Printed:"), format_date(printed_on or date.today())


def _when(session: SessionRow) -> str:
    day = format_date(session.session_date)
    start, end = session.start_time, session.end_time
    if start and end:
        text = translate("PaperSheet", "{day}, {start}–{end}")
        return text.format(day=day, start=start.strftime("%H:%M"), end=end.strftime("%H:%M"))
    if start:
        return translate("PaperSheet", "{day}, {start}").format(day=day, start=start.strftime("%H:%M"))
    return day


def attendance_sheet(programme: str, session: SessionRow, register: list[RegisterRow],
                     printed_on: date | None = None) -> Sheet:
    legend = ", ".join(f"{letter} = {enum_label(AttendanceStatus, status.value)}" for status, letter in MARKS)
    info = ((translate("PaperSheet", "Programme:"), programme),
            (translate("PaperSheet", "Cohort:"), session.cohort_name),
            (translate("PaperSheet", "Module:"), session.title or session.module_title),
            (translate("PaperSheet", "Date and time:"), _when(session)),
            (translate("PaperSheet", "Place:"), session.place),
            (translate("PaperSheet", "Instructors:"), ", ".join(session.instructor_names)),
            (translate("PaperSheet", "Taken by:"), ""), _printed(printed_on))
    columns = (*_person_columns(30), Column(translate("PaperSheet", "Unit"), 21),
               *(Column(letter, 4.6, "box") for _status, letter in MARKS),
               Column(translate("PaperSheet", "Signature"), 18, "blank"))
    rows = tuple((str(n), _name(r.family_name, r.given_names), r.service_number, r.unit_name, *([""] * len(MARKS)),
                  "") for n, r in enumerate(register, 1))
    note = translate("PaperSheet", "Tick one box per trainee: {legend}. Type the marks back in this order "
                                   "(line numbers as on screen).").format(legend=legend)
    return Sheet(translate("PaperSheet", "Attendance sheet"), info, columns, rows, note)


def score_sheet(programme: str, cohort: str, grid: ScoreGrid, printed_on: date | None = None) -> Sheet:
    inst = grid.instrument
    go = inst.kind in GO_KINDS
    pass_mark = translate("PaperSheet", "none") if inst.pass_mark is None else format_number(inst.pass_mark)
    kind = f"{enum_label(InstrumentKind, inst.kind)} — {enum_label(EvaluationLevel, inst.level)}"
    top = translate("PaperSheet", "{top} — pass mark {mark}").format(top=format_number(inst.max_score), mark=pass_mark)
    info = ((translate("PaperSheet", "Programme:"), programme), (translate("PaperSheet", "Cohort:"), cohort),
            (translate("PaperSheet", "Instrument:"), inst.title), (translate("PaperSheet", "Kind:"), kind),
            (translate("PaperSheet", "Date given:"), format_date(inst.given_on)),
            (translate("PaperSheet", "Maximum:"), top),
            (translate("PaperSheet", "Assessor:"), ""), _printed(printed_on))
    width = max(9.0, 60.0 / max(len(grid.columns), 1))
    code_only = len(grid.columns) > CODES_ONLY_ABOVE  # narrow columns: "LOG-3 (max 20)", the title would not fit
    hint = translate("PaperSheet", "GO / NO-GO") if go else ""
    score_columns = tuple(Column(translate("PaperSheet", "{label} (max {top})").format(
        label=translate("PaperSheet", "Score") if c.competency_id is None
        else c.label.split(" ", 1)[0] if code_only else c.label,
        top=format_number(c.max_score)), width, "blank", hint) for c in grid.columns)
    columns = (*_person_columns(28), *score_columns, Column(translate("PaperSheet", "Initials"), 9, "blank"))
    rows = tuple((str(n), _name(r.family_name, r.given_names), r.service_number, *([""] * len(grid.columns)), "")
                 for n, r in enumerate(grid.rows, 1))
    if go:
        note = translate("PaperSheet", "Circle GO or NO-GO; write a score if one is given. Pass mark: {mark}.")
    else:
        note = translate("PaperSheet", "Write each score between 0 and the column's maximum. Pass mark: {mark}.")
    return Sheet(translate("PaperSheet", "Score sheet"), info, columns, rows, note.format(mark=pass_mark),
                 landscape=len(grid.columns) >= LANDSCAPE_FROM, header_mm=17.0)
