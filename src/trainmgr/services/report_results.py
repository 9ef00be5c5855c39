"""Results and certificates of a cohort (or of every cohort of a programme): each trainee's scores
on the pre-test, post-test and practical checklists per competency, attendance rate, post-test
verdict and completion decision; the certificates; and, without personal data, the decisions counted.

Figures: scores from `EvaluationService.score_grid` (the score grid), rates, verdicts and decisions
from `CompletionService.evaluate_cohorts` (the completion tab's `evaluate`, for many cohorts at
once), certificates from `CompletionService.certificates_of` and rosters from `CohortService.rosters`
(likewise). A programme-wide report leaves out the score columns (each cohort has its own
instruments) and keeps one row per enrolment.

Large programmes: those batched reads cost a fixed number of queries whatever the number of cohorts
and stream their rows one cohort at a time into the write-only sheets; the certificates are read
once, with the Results sheet, and their lines wait in a temporary file until the Certificates sheet
is written. Memory stays bounded by the largest cohort, not by the programme.
"""

from __future__ import annotations

import pickle
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, BinaryIO

from trainmgr.db.engine import Database
from trainmgr.domain.delivery_records import CohortRow, EnrolmentRow
from trainmgr.domain.enums import InstrumentKind
from trainmgr.domain.evaluation_records import CertificateRow, CompletionDecision, ScoreGrid
from trainmgr.exchange.excel.reports.cells import CellKind, Col
from trainmgr.services.cohorts import CohortService
from trainmgr.services.completion import CompletionService
from trainmgr.services.evaluations import EvaluationService
from trainmgr.services.report_attendance import person_sort_key
from trainmgr.services.report_context import ReportContext

SCORED_KINDS = (InstrumentKind.PRE_TEST.value, InstrumentKind.POST_TEST.value,
                InstrumentKind.PRACTICAL_CHECKLIST.value)


@dataclass(frozen=True)
class CohortResults:
    cohort: CohortRow
    roster: list[EnrolmentRow]  # empty when the report has no individual rows
    decisions: dict[str, CompletionDecision]
    certificates: list[CertificateRow]


class _Source:
    """Reads every chosen cohort through the services' batched, streamed reads (a fixed number of
    queries whatever the number of cohorts), one cohort at a time, so a programme of 100 000 trainees
    is never all in memory; keeps only the per-cohort counts for the Completion sheet and, spooled to a
    temporary file, the certificates' rows for the Certificates sheet (computed once per report)."""

    def __init__(self, ctx: ReportContext, db: Database, chosen: list[CohortRow], today: date,
                 spool: BinaryIO) -> None:
        self.ctx, self.db, self.chosen, self.today, self.spool = ctx, db, chosen, today, spool
        self.counts: list[list[Any]] = []

    def each(self, with_roster: bool) -> Iterator[CohortResults]:
        ids = [c.id for c in self.chosen]
        completion = CompletionService(self.db)
        decisions = completion.evaluate_cohorts(ids, self.today)
        certificates = completion.certificates_of(ids)
        rosters = CohortService(self.db).rosters(ids) if with_roster else ((i, []) for i in ids)
        parts = zip(self.chosen, decisions, certificates, rosters, strict=True)
        try:
            for done, (cohort, (_, decided), (_, certified), (_, roster)) in enumerate(parts, start=1):
                self.ctx.step(done, len(self.chosen), "Reading results and completion")
                data = CohortResults(cohort, roster, {d.person_id: d for d in decided}, certified)
                counted = Counter(d.decision for d in decided)
                self.counts.append([cohort.name, len(decided), counted["completed"], counted["failed"],
                                    counted["pending"], len(certified)])
                yield data
        finally:  # end the read transactions now, not when the generators are collected
            for stream in (decisions, certificates, rosters):
                close = getattr(stream, "close", None)
                if close is not None:
                    close()

    def keep(self, lines: list[list[Any]]) -> None:
        """Set aside a cohort's lines of a later sheet (the Certificates sheet, written after the Results
        sheet from the same reading), in a temporary file rather than in memory."""
        pickle.dump(lines, self.spool, protocol=pickle.HIGHEST_PROTOCOL)

    def kept(self) -> Iterator[list[list[Any]]]:
        """What `keep` set aside, one cohort's lines at a time, in the same order."""
        self.spool.seek(0)
        while True:
            try:
                yield pickle.load(self.spool)
            except EOFError:
                return


def build_results(ctx: ReportContext, db: Database) -> None:
    cohorts, evaluations = CohortService(db), EvaluationService(db)
    today = ctx.request.today or date.today()
    if ctx.request.cohort_id:
        chosen = [cohorts.get(ctx.request.cohort_id)]
    else:
        chosen = cohorts.list(ctx.programme_id)
    single = len(chosen) == 1 and bool(ctx.request.cohort_id)
    grids: list[ScoreGrid] = []
    if single:
        grids = [evaluations.score_grid(i.id) for i in evaluations.list_instruments(chosen[0].id)
                 if i.kind in SCORED_KINDS]
    name = chosen[0].name if single else ctx.scope_text
    with tempfile.TemporaryFile() as spool:
        source = _Source(ctx, db, chosen, today, spool)
        if ctx.individual_rows:
            _results_sheet(ctx, name, source, grids, single)
            _certificates_sheet(ctx, name, source, single)
        else:
            for _data in source.each(with_roster=False):
                pass
    _decisions_sheet(ctx, name, source.counts)


def _score_columns(ctx: ReportContext, grids: list[ScoreGrid]) -> list[Col]:
    t, lang = ctx.t, ctx.lang
    out = []
    for grid in grids:
        for column in grid.columns:
            # the competency's code: its title would make a header taller than the page
            label = column.label.split(" ", 1)[0] if column.competency_id else t("score.overall")
            out.append(Col(t("score.header", instrument=grid.instrument.title, column=label,
                             max=lang.number_text(column.max_score, 0 if column.max_score.is_integer() else 1)),
                           CellKind.DECIMAL, 7, rotate=True))
    return out


def _scores(ctx: ReportContext, grids: list[ScoreGrid]) -> dict[str, list[Any]]:
    """person -> one value per score column: the score, else the GO / NO-GO of a checklist."""
    t = ctx.t
    width = sum(len(g.columns) for g in grids)
    out: dict[str, list[Any]] = {}
    offset = 0
    for grid in grids:
        for row in grid.rows:
            values = out.setdefault(row.person_id, [None] * width)
            for index, cell in enumerate(row.cells):
                if cell.score is not None:
                    values[offset + index] = cell.score
                elif cell.passed is not None:
                    values[offset + index] = t("passed.yes") if cell.passed else t("passed.no")
        offset += len(grid.columns)
    return out


def _results_sheet(ctx: ReportContext, name: str, source: _Source, grids: list[ScoreGrid], single: bool) -> None:
    t, lang = ctx.t, ctx.lang
    score_columns = _score_columns(ctx, grids)
    scores = _scores(ctx, grids)
    blank_scores = [None] * len(score_columns)
    columns = [*([] if single else [Col(t("col.cohort"), CellKind.TEXT, 20)]), *ctx.person_columns(),
               Col(t("col.rank"), CellKind.TEXT, 14), Col(t("col.unit"), CellKind.TEXT, 20),
               Col(t("col.sex"), CellKind.TEXT, 10), Col(t("col.enrolment"), CellKind.TEXT, 11), *score_columns,
               Col(t("col.rate"), CellKind.PERCENT, 11), Col(t("col.post_test"), CellKind.TEXT, 11),
               Col(t("col.decision"), CellKind.TEXT, 11), Col(t("col.certified_on"), CellKind.DATE, 13)]
    words = {True: t("passed.yes"), False: t("passed.no"), None: None}

    def lines() -> Iterator[list[Any]]:
        for data in source.each(with_roster=True):
            certificates = sorted(data.certificates, key=lambda c: person_sort_key(ctx, c.person_id, c.family_name,
                                                                                   c.given_names))
            source.keep([_certificate_line(ctx, data.cohort.name, c, single) for c in certificates])
            certified = {c.person_id: c.completed_on for c in certificates}
            for e in sorted(data.roster, key=lambda e: person_sort_key(ctx, e.person_id, e.family_name,
                                                                       e.given_names)):
                d = data.decisions.get(e.person_id)
                yield [*([] if single else [data.cohort.name]),
                       *ctx.person_values(e.person_id, e.family_name, e.given_names, e.service_number),
                       e.rank_name, e.unit_name, lang.value("sex", e.sex), lang.value("enrolment", e.status),
                       *scores.get(e.person_id, blank_scores),
                       d.attendance_rate if d else None, words[d.post_test_passed] if d else None,
                       lang.value("decision", d.decision) if d else None, certified.get(e.person_id)]

    ref = ctx.book.table(t("sheet.results"), t("results.title", cohort=name), ctx.subtitle(), columns, lines())
    ctx.rows += ref.rows


def _certificates_sheet(ctx: ReportContext, name: str, source: _Source, single: bool) -> None:
    t = ctx.t
    columns = [*([] if single else [Col(t("col.cohort"), CellKind.TEXT, 20)]), *ctx.person_columns(),
               Col(t("col.rank"), CellKind.TEXT, 14), Col(t("col.unit"), CellKind.TEXT, 24),
               Col(t("col.certified_on"), CellKind.DATE, 14)]

    def lines() -> Iterator[list[Any]]:
        for kept in source.kept():
            ctx.cancel.check()
            yield from kept

    ref = ctx.book.table(t("sheet.certificates"), t("certificates.title", cohort=name), ctx.subtitle(), columns,
                         lines())
    ctx.rows += ref.rows


def _certificate_line(ctx: ReportContext, cohort_name: str, c: CertificateRow, single: bool) -> list[Any]:
    return [*([] if single else [cohort_name]),
            *ctx.person_values(c.person_id, c.family_name, c.given_names, c.service_number),
            c.rank_name, c.unit_name, c.completed_on]


def _decisions_sheet(ctx: ReportContext, name: str, counts: list[list[Any]]) -> None:
    """The completion decisions counted per cohort (no individual appears)."""
    t = ctx.t
    columns = [Col(t("col.cohort"), CellKind.TEXT, 28), Col(t("col.trainees"), CellKind.INT, 11),
               Col(t("decision.completed").capitalize(), CellKind.INT, 11),
               Col(t("decision.failed").capitalize(), CellKind.INT, 11),
               Col(t("decision.pending").capitalize(), CellKind.INT, 11),
               Col(t("sheet.certificates"), CellKind.INT, 11)]
    rows = [[cohort, *(ctx.count(n) for n in numbers)] for cohort, *numbers in counts]
    ctx.rows += len(rows)
    ctx.book.table(t("sheet.decisions"), t("decisions.title", cohort=name), ctx.subtitle(), columns, rows,
                   row_count=len(rows))
