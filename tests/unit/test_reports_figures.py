"""Each report, read back with openpyxl, prints the figures of the service that shows them on screen."""

from __future__ import annotations

import zipfile
from datetime import date

import openpyxl
import pytest
from report_world import Demo, sheet_rows, table

from trainmgr.domain.analytics_records import BY_SEX, AnalyticsFilter
from trainmgr.services.analytics import AnalyticsService


def _by_first(rows: list[tuple]) -> dict:
    return {r[0]: r for r in rows if r and r[0] is not None}


def test_summary_prints_the_analytics_figures_with_native_charts(demo: Demo) -> None:
    path = demo.export("summary")
    d = AnalyticsService(demo.services.db).dashboard(AnalyticsFilter(programme_id=demo.programme_id))
    key = {r[0]: r[1] for r in sheet_rows(path, "Key figures")[2:]}
    assert key["Trainees trained"] == d.trained.total
    sexes = d.trained.totals(BY_SEX)
    assert key["Trainees trained: female"] == sexes.get("female", 0)
    assert key["Trainees trained: male"] == sexes.get("male", 0)
    stages = {s.stage: s for s in d.funnel.stages}
    assert key["Nominations"] == stages["nominated"].count and key["Completed"] == stages["passed"].count
    assert key["Attendance rate"] == pytest.approx(d.attendance.total.rate / 100)

    _, rows = table(path, "Attendance")
    printed = _by_first(rows)
    for c in d.attendance.cohorts:
        row = printed[c.cohort_name]
        assert (row[2], row[4], row[5], row[6]) == (c.held_sessions, c.tally.attended, c.tally.absent, c.tally.counted)
        assert row[7] == (None if c.tally.rate is None else pytest.approx(c.tally.rate / 100))
    _, rows = table(path, "Capability")
    printed = _by_first(rows)
    for r in d.capability.rows:
        assert printed[r.code][4:7] == (r.baseline_level, r.latest_level, r.required_level)
    _, rows = table(path, "Completion")
    assert [r[1] for r in rows] == [s.count for s in d.funnel.stages]
    with zipfile.ZipFile(path) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) >= 7  # one per figure sheet: sex, unit, rank, funnel, attendance, capability, scores


def test_statistics_match_the_trained_cells_and_suppress_small_ones(demo: Demo) -> None:
    figure = AnalyticsService(demo.services.db).trained(AnalyticsFilter(programme_id=demo.programme_id))
    assert any(c.count < 5 for c in figure.cells)
    plain = demo.export("statistics", "plain.xlsx")
    _, rows = table(plain, "Sex × unit × rank")
    assert [r[3] for r in rows] == [c.count for c in figure.cells]

    hidden = demo.export("statistics", "suppressed.xlsx", suppress_small=True)
    _, rows = table(hidden, "Sex × unit × rank")
    assert [r[3] for r in rows] == [c.count if c.count >= 5 else None for c in figure.cells]
    _, pivot = table(hidden, "By unit and rank")
    for row in pivot:
        cells, total = row[2:5], row[5]
        assert all(v is None or v == 0 or v >= 5 for v in (*cells, total))
        # a total next to exactly one hidden cell would give it back by subtraction
        if sum(1 for v in cells if v is None) == 1 and total is not None:
            assert sum(v for v in cells if v is not None) == total
    about = {r[0]: r[1] for r in sheet_rows(hidden, "About")[2:]}
    assert "suppressed" in about["Small cells"]

    summary = demo.export("summary", "summary.xlsx", suppress_small=True)
    sexes = figure.totals(BY_SEX)
    assert 0 < sexes["not_recorded"] < 5 <= sexes["male"]
    _, by_sex = table(summary, "By sex")
    assert _by_first(by_sex)["male"][1] == sexes["male"] and _by_first(by_sex)["not recorded"][1] is None


def test_assessment_matrix_levels_gaps_and_colour_scale(demo: Demo) -> None:
    unit_id = demo.assessed_unit_id()
    path = demo.export("assessment", unit_id=unit_id)
    assessments = demo.services.assessments.list_for_unit(unit_id)
    comparison = demo.services.assessments.compare([a.id for a in assessments])
    header, rows = table(path, "Matrix")
    assert len(header) == 3 + 3 * len(comparison.assessments)
    printed = _by_first(rows)
    for r in comparison.rows:
        row = printed[r.code]
        assert row[3::3] == r.current and row[4::3] == r.required
    _, gap_rows = table(path, "Gaps")
    expected = demo.services.gaps.ranked(demo.programme_id, unit_id) + demo.services.gaps.non_trainable(
        demo.programme_id, unit_id)
    assert sorted((r[0], r[5]) for r in gap_rows) == sorted((g.code, g.gap) for g in expected)
    ws = openpyxl.load_workbook(path)["Matrix"]
    rules = [rule for cf in ws.conditional_formatting for rule in cf.rules]
    assert rules and all(rule.type == "colorScale" for rule in rules)


def test_curriculum_outline_lists_modules_objectives_and_standards(demo: Demo) -> None:
    path = demo.export("curriculum", language="fr")
    curricula = [c for c in demo.services.curricula.list(demo.programme_id) if c.status != "retired"]
    modules = [m for c in curricula for m in demo.services.curricula.get(c.id).modules]
    header, rows = table(path, "Modules")
    assert header[:5] == ["Cursus", "Statut", "N°", "Code module", "Module"]
    assert [r[4] for r in rows[:-1]] == [m.title for m in modules]
    assert rows[-1][0] == "Total" and rows[-1][5] == pytest.approx(sum(c.hours for c in curricula))
    _, objectives = table(path, "Objectifs")
    assert len(objectives) == sum(len(m.objectives) for m in modules)
    _, alignment = table(path, "Compétences")
    assert len(alignment) == sum(len(m.targets) for m in modules)


def test_attendance_register_marks_and_rates(demo: Demo) -> None:
    cohort_id = demo.cohort_id()
    path = demo.export("attendance", cohort_id=cohort_id)
    header, rows = table(path, "Register")
    rates = demo.services.attendance.rates_by_trainee(cohort_id)
    roster = {e.service_number: e for e in demo.services.cohorts.roster(cohort_id)}
    held = [s for s in demo.services.sessions.list_for_cohort(cohort_id) if s.status != "cancelled"]
    first_mark = header.index("Enrolment") + 1
    letters = {"present": "P", "late": "L", "absent": "A", "excused": "E", "not_expected": "N", None: None}
    register = {r.person_id: r.status for r in demo.services.attendance.register(held[0].id)}
    for row in rows:
        e = roster[row[2]]
        assert row[first_mark] == letters[register.get(e.person_id)]
        rate = rates.get(e.person_id)
        if rate is not None:
            assert row[-4:-1] == (rate.attended, rate.expected, pytest.approx(rate.rate / 100) if rate.rate else None)
    _, sessions = table(path, "Sessions")
    cohort_rate = demo.services.attendance.rate_for_cohort(cohort_id)
    assert sessions[-1][0] == "Attendance rate" and sessions[-1][1] == f"{cohort_rate.rate}%"


def test_results_decisions_and_certificates(demo: Demo) -> None:
    cohort_id = demo.cohort_id()
    today = date(2026, 1, 1)
    path = demo.export("results", cohort_id=cohort_id, today=today)
    decisions = {d.service_number: d for d in demo.services.completion.evaluate(cohort_id, today)}
    header, rows = table(path, "Results")
    assert any("(/" in h for h in header)  # score columns of the cohort's tests
    words = {"completed": "completed", "failed": "failed", "pending": "pending"}
    for row in rows:
        d = decisions.get(row[2])
        if d is not None:
            assert row[header.index("Decision")] == words[d.decision]
    _, certs = table(path, "Certificates")
    certified = demo.services.completion.certificates(cohort_id)
    assert sorted(r[2] for r in certs) == sorted(c.service_number for c in certified)


def test_summary_of_one_cohort_prints_the_figures_under_that_filter(demo: Demo) -> None:
    cohort_id = demo.cohort_id()
    path = demo.export("summary", cohort_id=cohort_id, language="fr")
    d = AnalyticsService(demo.services.db).dashboard(AnalyticsFilter(programme_id=demo.programme_id,
                                                                     cohort_id=cohort_id))
    key = {r[0]: r[1] for r in sheet_rows(path, "Chiffres clés")[2:]}
    assert key["Stagiaires formés"] == d.trained.total
    assert key["Candidatures"] == d.funnel.stages[0].count
    assert key["Promotions"] == len(d.attendance.cohorts) == 1
    about = {r[0]: r[1] for r in sheet_rows(path, "À propos")[2:]}
    cohort = demo.services.cohorts.get(cohort_id)
    assert about["Périmètre"] == f"Promotion {cohort.name}"


def test_assessors_and_signatories_only_with_full_personal_data(demo: Demo) -> None:
    unit_id = demo.assessed_unit_id()
    header, _ = table(demo.export("assessment", "none.xlsx", unit_id=unit_id, personal_data="none"), "Assessments")
    assert "Assessors" not in header and "Signed by" not in header
    header, rows = table(demo.export("assessment", "full.xlsx", unit_id=unit_id, personal_data="full"), "Assessments")
    assert header[-2:] == ["Assessors", "Signed by"]
    assert [r[-2] or "" for r in rows] == [a.assessors for a in demo.services.assessments.list_for_unit(unit_id)]
