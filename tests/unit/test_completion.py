"""Completion: decisions by the cohort's rules (hand-computed), applying them idempotently,
certificates, and follow-ups at +90 / +180 days listed when due."""

from __future__ import annotations

from datetime import date

import pytest
from delivery_world import TODAY, World, make_world
from sqlalchemy import func, select

from trainmgr.db.models import Competency, FollowUp
from trainmgr.errors import ValidationError
from trainmgr.services.cohorts import CohortInput
from trainmgr.services.completion import CompletionService, follow_up_id
from trainmgr.services.container import Services
from trainmgr.services.evaluations import EvaluationService, InstrumentInput

AFTER = date(2025, 8, 1)  # the day after the world's cohorts end (31 July)
JUNE = [date(2025, 6, d) for d in (2, 3, 4, 5)]


@pytest.fixture
def world(services: Services) -> World:
    return make_world(services)


@pytest.fixture
def ev(services: Services) -> EvaluationService:
    return EvaluationService(services.db)


@pytest.fixture
def done(services: Services) -> CompletionService:
    return CompletionService(services.db)


def trainees(world: World, cohort: str, *families: str) -> dict[str, str]:
    out = {}
    for i, family in enumerate(families):
        out[family] = world.trainee(family, "Moussa", number=f"0{i + 1}")
        world.cohorts.enrol(cohort, out[family], today=date(2025, 5, 1))
    return out


def attend(world: World, cohort: str, marks: dict[str, str]) -> None:
    """Four held sessions in June; marks[person] is a string of P/A, one letter per session."""
    sessions = [world.session(cohort, day, held=True) for day in JUNE]
    for pid, letters in marks.items():
        for sid, letter in zip(sessions, letters, strict=True):
            world.attendance.mark(sid, pid, {"P": "present", "A": "absent", "E": "excused"}[letter], today=TODAY)


def without_minimum(world: World, cohort: str, requires_post_test: bool = True) -> None:
    """No attendance minimum. Set by an update: CohortService.create stores the model's default (80)
    when given None, as SQLAlchemy applies a column default to a None attribute on insert."""
    row = world.cohorts.get(cohort)
    world.cohorts.update(cohort, CohortInput(world.programme_id, row.name, curriculum_id=row.curriculum_id,
                                             start_date=row.start_date, end_date=row.end_date,
                                             min_attendance_pct=None, requires_post_test=requires_post_test))
    assert world.cohorts.get(cohort).min_attendance_pct is None


def overall_post_test(ev: EvaluationService, cohort: str, scores: dict[str, float]) -> str:
    inst = ev.create_instrument(InstrumentInput(cohort, "post_test", "Final", given_on=date(2025, 7, 30),
                                                max_score=100, pass_mark=60)).id
    for pid, score in scores.items():
        ev.set_score(inst, pid, None, score)
    return inst


def test_decisions_by_hand(world: World, ev: EvaluationService, done: CompletionService) -> None:
    """Cohort: 80 % attendance, post-test 60/100. Four held sessions.
    Bah PPPP 100 %, 72 → completed.  Sow PPPA 75 %, 90 → failed on attendance despite the pass.
    Ka PPPP, 50 → failed on the post-test.  Diop PPAA 50 %, 40 → failed on both.
    Fall PPPE 3/3 = 100 % (excused leaves the denominator), no score → pending."""
    cohort = world.cohort()
    t = trainees(world, cohort, "Bah", "Sow", "Ka", "Diop", "Fall")
    attend(world, cohort, {t["Bah"]: "PPPP", t["Sow"]: "PPPA", t["Ka"]: "PPPP", t["Diop"]: "PPAA", t["Fall"]: "PPPE"})
    overall_post_test(ev, cohort, {t["Bah"]: 72, t["Sow"]: 90, t["Ka"]: 50, t["Diop"]: 40})
    by_name = {d.family_name: d for d in done.evaluate(cohort, AFTER)}
    assert [d.family_name for d in done.evaluate(cohort, AFTER)] == ["Bah", "Diop", "Fall", "Ka", "Sow"]
    assert {n: (d.attendance_rate, d.post_test_passed, d.decision) for n, d in by_name.items()} == {
        "Bah": (100.0, True, "completed"), "Sow": (75.0, True, "failed"), "Ka": (100.0, False, "failed"),
        "Diop": (50.0, False, "failed"), "Fall": (100.0, None, "pending")}
    assert by_name["Sow"].reason == "attendance 75 % below the minimum of 80 %"
    assert by_name["Ka"].reason == "post-test not passed: “Final” 50/100 (pass mark 60)"
    assert by_name["Diop"].reason.startswith("attendance 50 % below the minimum of 80 %; post-test not passed")
    assert by_name["Fall"].reason == "no score on “Final”"
    assert by_name["Bah"].reason == "attendance 100 % (minimum 80 %); post-test passed: “Final” 72/100 (pass mark 60)"


def test_per_competency_post_test_needs_every_competency_at_its_proportional_pass(
        world: World, ev: EvaluationService, done: CompletionService) -> None:
    """Max 20, pass 12, two competencies out of 10 → each needs 12 × 10 / 20 = 6.
    Bah 7 + 9 → pass.  Sow 5 + 10 = 15 ≥ 12 overall, but 5 < 6 → fail.  Ka 9 + nothing → pending."""
    cohort = world.cohort()
    without_minimum(world, cohort)
    t = trainees(world, cohort, "Bah", "Sow", "Ka")
    with world.services.db.read() as s:
        c1, c2 = s.scalars(select(Competency.id).order_by(Competency.code).limit(2)).all()
    inst = ev.create_instrument(InstrumentInput(cohort, "post_test", "Final", max_score=20, pass_mark=12,
                                                competencies=((c1, 10), (c2, 10)))).id
    for name, (a, b) in {"Bah": (7, 9), "Sow": (5, 10), "Ka": (9, None)}.items():
        ev.set_score(inst, t[name], c1, a)
        ev.set_score(inst, t[name], c2, b)
    by_name = {d.family_name: d for d in done.evaluate(cohort, AFTER)}
    assert {n: (d.post_test_passed, d.decision) for n, d in by_name.items()} == {
        "Bah": (True, "completed"), "Sow": (False, "failed"), "Ka": (None, "pending")}
    assert "5/10 < 6" in by_name["Sow"].reason and by_name["Bah"].attendance_rate is None  # no minimum: not checked


def test_a_cohort_without_post_test_rule_completes_on_attendance(world: World, done: CompletionService) -> None:
    cohort = world.cohort(requires_post_test=False)
    t = trainees(world, cohort, "Bah", "Sow")
    attend(world, cohort, {t["Bah"]: "PPPA", t["Sow"]: "PPAA"})
    assert [(d.decision, d.reason) for d in done.evaluate(cohort, AFTER)] == [
        ("failed", "attendance 75 % below the minimum of 80 %"),
        ("failed", "attendance 50 % below the minimum of 80 %")]
    world.cohorts.update(cohort, CohortInput(world.programme_id, "Cohort 1", curriculum_id=world.curriculum_id,
                                             start_date=date(2025, 5, 1), end_date=date(2025, 7, 31),
                                             min_attendance_pct=75, requires_post_test=False))
    assert [d.decision for d in done.evaluate(cohort, AFTER)] == ["completed", "failed"]  # 75 ≥ 75


def test_apply_sets_statuses_schedules_follow_ups_and_is_idempotent(
        world: World, ev: EvaluationService, done: CompletionService) -> None:
    cohort = world.cohort()
    t = trainees(world, cohort, "Bah", "Sow", "Fall")
    attend(world, cohort, {t["Bah"]: "PPPP", t["Sow"]: "PPPA", t["Fall"]: "PPPP"})
    overall_post_test(ev, cohort, {t["Bah"]: 72, t["Sow"]: 90})
    with pytest.raises(ValidationError, match="runs until 2025-07-31"):
        done.apply(cohort, TODAY)
    first = done.apply(cohort, AFTER)
    assert (first.completed, first.failed, first.pending, first.unchanged, first.follow_ups_created) == (1, 1, 1, 0, 2)
    statuses = {r.family_name: (r.status, r.status_reason, r.status_date) for r in world.cohorts.roster(cohort)}
    assert statuses["Sow"] == ("failed", "attendance 75 % below the minimum of 80 %", date(2025, 7, 31))
    assert statuses["Bah"][0] == "completed" and statuses["Fall"][0] == "enrolled"
    second = done.apply(cohort, date(2025, 8, 15))
    assert (second.completed, second.failed, second.pending, second.unchanged, second.follow_ups_created) == \
        (0, 0, 1, 2, 0)
    with world.services.db.read() as s:
        rows = s.execute(select(FollowUp.id, FollowUp.offset_days, FollowUp.due_on, FollowUp.status)
                         .order_by(FollowUp.due_on)).all()
        assert s.scalar(select(func.count()).select_from(FollowUp)) == 2
    assert [tuple(r) for r in rows] == [  # 31 July + 90 days, + 180 days
        (follow_up_id(t["Bah"], cohort, 90), 90, date(2025, 10, 29), "scheduled"),
        (follow_up_id(t["Bah"], cohort, 180), 180, date(2026, 1, 27), "scheduled")]
    certs = done.certificates(cohort)
    assert [(c.family_name, c.given_names, c.service_number, c.rank_name, c.unit_name, c.completed_on)
            for c in certs] == [("Bah", "Moussa", "01", "Sergent", "2e Compagnie", date(2025, 7, 31))]


def test_follow_ups_due_are_listed_by_date(world: World, ev: EvaluationService, done: CompletionService) -> None:
    """Cohort 1 ends 31 July → due 29 Oct and 27 Jan; cohort 2 ends 15 July → due 13 Oct and 11 Jan."""
    one = world.cohort()
    two = world.cohorts.create(CohortInput(world.programme_id, "Cohort 2", curriculum_id=world.curriculum_id,
                                           start_date=date(2025, 5, 1), end_date=date(2025, 7, 15))).id
    without_minimum(world, one, requires_post_test=False)
    without_minimum(world, two, requires_post_test=False)
    a = trainees(world, one, "Bah", "Sow")
    b = world.trainee("Ka", number="09")
    world.cohorts.enrol(two, b, today=date(2025, 5, 1))
    done.apply(one, AFTER)
    done.apply(two, AFTER)
    due = done.follow_ups_due(world.programme_id, date(2025, 10, 20))  # window to 3 November
    assert [(f.family_name, f.due_on, f.offset_days, f.cohort_name, f.overdue) for f in due] == [
        ("Ka", date(2025, 10, 13), 90, "Cohort 2", True),
        ("Bah", date(2025, 10, 29), 90, "Cohort 1", False), ("Sow", date(2025, 10, 29), 90, "Cohort 1", False)]
    assert [f.due_on for f in done.follow_ups_due(world.programme_id, date(2025, 9, 28))] == []  # to 12 October
    assert [f.due_on for f in done.follow_ups_due(world.programme_id, date(2025, 9, 28), within_days=15)] == \
        [date(2025, 10, 13)]
    with world.services.db.write() as s:  # a follow-up done drops off the list
        s.get(FollowUp, follow_up_id(b, two, 90)).status = "done"
    assert [f.person_id for f in done.follow_ups_due(world.programme_id, date(2025, 10, 20))] == [a["Bah"], a["Sow"]]


def test_a_passed_re_sit_counts_and_a_deleted_follow_up_stays_deleted(
        world: World, ev: EvaluationService, done: CompletionService) -> None:
    """Bah fails the post-test (50/100) and passes the re-sit (65/100, pass 60) → completed."""
    cohort = world.cohort()
    t = trainees(world, cohort, "Bah")
    attend(world, cohort, {t["Bah"]: "PPPP"})
    overall_post_test(ev, cohort, {t["Bah"]: 50})
    (d,) = done.evaluate(cohort, AFTER)
    assert (d.post_test_passed, d.decision) == (False, "failed")
    resit = ev.create_instrument(InstrumentInput(cohort, "post_test", "Re-sit", given_on=date(2025, 7, 31),
                                                 max_score=100, pass_mark=60)).id
    ev.set_score(resit, t["Bah"], None, 65)
    (d,) = done.evaluate(cohort, AFTER)
    assert (d.post_test_passed, d.decision, d.post_test_detail) == (True, "completed",
                                                                    "“Re-sit” 65/100 (pass mark 60)")
    assert done.apply(cohort, AFTER).follow_ups_created == 2
    with world.services.db.write() as s:  # someone cancels the 180-day follow-up by deleting it
        s.get(FollowUp, follow_up_id(t["Bah"], cohort, 180)).deleted = True
    assert done.apply(cohort, AFTER).follow_ups_created == 0
    assert [f.offset_days for f in done.follow_ups_due(world.programme_id, date(2026, 6, 1))] == [90]
