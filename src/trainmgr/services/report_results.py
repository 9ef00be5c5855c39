"""Results and certificates of a cohort (or of every cohort of a programme): each trainee's scores
on the pre-test, post-test and practical checklists per competency, attendance rate, post-test
verdict and completion decision; the certificates; and, without personal data, the decisions counted.

Figures: scores from `EvaluationService.score_grid` (the score grid), rates, verdicts and decisions
from `CompletionService.evaluate` (the completion tab), certificates from
`CompletionService.certificates`. A programme-wide report leaves out the score columns (each cohort
has its own instruments) and keeps one row per enrolment.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from trainmgr.db.engine import Database
from trainmgr.domain.delivery_records import CohortRow, EnrolmentRow
from trainmgr.domain.enums import InstrumentKind
from trainmgr.domain.evaluation_records import CompletionDecision, ScoreGrid
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
    roster: list[EnrolmentRow]
    decisions: dict[str, CompletionDecision]
    certified: dict[str, date | None]


class _Source:
    """Reads one cohort at a time, so a programme of 100 000 trainees is never all in memory; keeps
    only the per-cohort counts for the Completion sheet."""

    def __init__(self, ctx: ReportContext, db: Database, chosen: list[CohortRow], today: date) -> None:
        self.ctx, self.chosen, self.today = ctx, chosen, today
        self.cohorts, self.completion = CohortService(db), CompletionService(db)
        self.counts: list[list[Any]] = []

    def each(self) -> Iterator[CohortResults]:
        for done, cohort in enumerate(self.chosen, start=1):
            self.ctx.step(done, len(self.chosen), "Reading results and completion")
            data = CohortResults(cohort, self.cohorts.roster(cohort.id),
                                 {d.person_id: d for d in self.completion.evaluate(cohort.id, self.today)},
                                 {c.person_id: c.completed_on for c in self.completion.certificates(cohort.id)})
            counted = Counter(d.decision for d in data.decisions.values())
            self.counts.append([cohort.name, len(data.decisions), counted["completed"], counted["failed"],
                                counted["pending"], len(data.certified)])
            yield data


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
    source = _Source(ctx, db, chosen, today)
    if ctx.individual_rows:
        _results_sheet(ctx, name, source.each(), grids, single)
        _certificates_sheet(ctx, name, chosen, CompletionService(db), single)
    else:
        for _data in source.each():
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


def _results_sheet(ctx: ReportContext, name: str, per_cohort: Iterator[CohortResults], grids: list[ScoreGrid],
                   single: bool) -> None:
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
        for data in per_cohort:
            for e in sorted(data.roster, key=lambda e: person_sort_key(ctx, e.person_id, e.family_name,
                                                                       e.given_names)):
                d = data.decisions.get(e.person_id)
                yield [*([] if single else [data.cohort.name]),
                       *ctx.person_values(e.person_id, e.family_name, e.given_names, e.service_number),
                       e.rank_name, e.unit_name, lang.value("sex", e.sex), lang.value("enrolment", e.status),
                       *scores.get(e.person_id, blank_scores),
                       d.attendance_rate if d else None, words[d.post_test_passed] if d else None,
                       lang.value("decision", d.decision) if d else None, data.certified.get(e.person_id)]

    ref = ctx.book.table(t("sheet.results"), t("results.title", cohort=name), ctx.subtitle(), columns, lines())
    ctx.rows += ref.rows


def _certificates_sheet(ctx: ReportContext, name: str, chosen: list[CohortRow], completion: CompletionService,
                        single: bool) -> None:
    t = ctx.t
    columns = [*([] if single else [Col(t("col.cohort"), CellKind.TEXT, 20)]), *ctx.person_columns(),
               Col(t("col.rank"), CellKind.TEXT, 14), Col(t("col.unit"), CellKind.TEXT, 24),
               Col(t("col.certified_on"), CellKind.DATE, 14)]

    def lines() -> Iterator[list[Any]]:
        for cohort in chosen:
            ctx.cancel.check()
            certificates = sorted(completion.certificates(cohort.id), key=lambda c: person_sort_key(
                ctx, c.person_id, c.family_name, c.given_names))
            for c in certificates:
                yield [*([] if single else [cohort.name]),
                       *ctx.person_values(c.person_id, c.family_name, c.given_names, c.service_number),
                       c.rank_name, c.unit_name, c.completed_on]

    ref = ctx.book.table(t("sheet.certificates"), t("certificates.title", cohort=name), ctx.subtitle(), columns,
                         lines())
    ctx.rows += ref.rows


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
