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


def build_results(ctx: ReportContext, db: Database) -> None:
    cohorts, evaluations, completion = CohortService(db), EvaluationService(db), CompletionService(db)
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
    per_cohort: list[tuple[CohortRow, list[EnrolmentRow], dict[str, CompletionDecision], dict[str, date | None]]] = []
    for done, cohort in enumerate(chosen, start=1):
        ctx.step(done, len(chosen) + 1, "Reading results and completion")
        decisions = {d.person_id: d for d in completion.evaluate(cohort.id, today)}
        certified = {c.person_id: c.completed_on for c in completion.certificates(cohort.id)}
        per_cohort.append((cohort, cohorts.roster(cohort.id), decisions, certified))
    name = chosen[0].name if single else ctx.scope_text
    if ctx.individual_rows:
        _results_sheet(ctx, name, per_cohort, grids, single)
        _certificates_sheet(ctx, name, per_cohort, single)
    _decisions_sheet(ctx, name, per_cohort)


def _score_columns(ctx: ReportContext, grids: list[ScoreGrid]) -> list[Col]:
    t, lang = ctx.t, ctx.lang
    out = []
    for grid in grids:
        for column in grid.columns:
            label = column.label if column.competency_id else t("score.overall")
            out.append(Col(t("score.header", instrument=grid.instrument.title, column=label,
                             max=lang.number_text(column.max_score, 0 if column.max_score.is_integer() else 1)),
                           CellKind.DECIMAL, 14))
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


def _results_sheet(ctx: ReportContext, name: str, per_cohort: list[Any], grids: list[ScoreGrid],
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
    total = sum(len(roster) for _c, roster, _d, _cert in per_cohort)

    def lines() -> Iterator[list[Any]]:
        for cohort, roster, decisions, certified in per_cohort:
            for e in sorted(roster, key=lambda e: person_sort_key(ctx, e.person_id, e.family_name, e.given_names)):
                d = decisions.get(e.person_id)
                verdict = None if d is None or d.post_test_passed is None else (
                    t("passed.yes") if d.post_test_passed else t("passed.no"))
                yield [*([] if single else [cohort.name]),
                       *ctx.person_values(e.person_id, e.family_name, e.given_names, e.service_number),
                       e.rank_name, e.unit_name, lang.value("sex", e.sex), lang.value("enrolment", e.status),
                       *scores.get(e.person_id, blank_scores),
                       d.attendance_rate if d else None, verdict, lang.value("decision", d.decision) if d else None,
                       certified.get(e.person_id)]

    ctx.rows += total
    ctx.book.table(t("sheet.results"), t("results.title", cohort=name), ctx.subtitle(), columns, lines(),
                   row_count=total, on_row=lambda n: ctx.progress(n, total, "Writing results"))


def _certificates_sheet(ctx: ReportContext, name: str, per_cohort: list[Any], single: bool) -> None:
    t = ctx.t
    columns = [*([] if single else [Col(t("col.cohort"), CellKind.TEXT, 20)]), *ctx.person_columns(),
               Col(t("col.rank"), CellKind.TEXT, 14), Col(t("col.unit"), CellKind.TEXT, 24),
               Col(t("col.certified_on"), CellKind.DATE, 14)]
    rows = []
    for cohort, roster, _decisions, certified in per_cohort:
        people = {e.person_id: e for e in roster}
        for person_id in sorted(certified, key=lambda p: person_sort_key(
                ctx, p, people[p].family_name, people[p].given_names) if p in people else (p, "", "")):
            e = people.get(person_id)
            if e is None:
                continue
            rows.append([*([] if single else [cohort.name]),
                         *ctx.person_values(e.person_id, e.family_name, e.given_names, e.service_number),
                         e.rank_name, e.unit_name, certified[person_id]])
    ctx.rows += len(rows)
    ctx.book.table(t("sheet.certificates"), t("certificates.title", cohort=name), ctx.subtitle(), columns, rows,
                   row_count=len(rows))


def _decisions_sheet(ctx: ReportContext, name: str, per_cohort: list[Any]) -> None:
    """The completion decisions counted per cohort (no individual appears)."""
    t = ctx.t
    columns = [Col(t("col.cohort"), CellKind.TEXT, 28), Col(t("col.trainees"), CellKind.INT, 11),
               Col(t("decision.completed").capitalize(), CellKind.INT, 11),
               Col(t("decision.failed").capitalize(), CellKind.INT, 11),
               Col(t("decision.pending").capitalize(), CellKind.INT, 11),
               Col(t("sheet.certificates"), CellKind.INT, 11)]
    rows = []
    for cohort, _roster, decisions, certified in per_cohort:
        counted = Counter(d.decision for d in decisions.values())
        rows.append([cohort.name, ctx.count(len(decisions)), ctx.count(counted["completed"]),
                     ctx.count(counted["failed"]), ctx.count(counted["pending"]), ctx.count(len(certified))])
    ctx.rows += len(rows)
    ctx.book.table(t("sheet.decisions"), t("decisions.title", cohort=name), ctx.subtitle(), columns, rows,
                   row_count=len(rows))
