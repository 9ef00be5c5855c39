"""Vetting and enrolment: refused/expired blocked, pending needs an audited override, statuses."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from delivery_world import TODAY, World, make_world
from sqlalchemy import select

from trainmgr.db.base import natural_id
from trainmgr.db.models import AuditEvent, Enrolment
from trainmgr.errors import ValidationError
from trainmgr.services.cohorts import CohortInput
from trainmgr.services.container import Services


@pytest.fixture
def world(services: Services) -> World:
    return make_world(services)


def audit(world: World, action: str) -> list[AuditEvent]:
    with world.services.db.read() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_a_refused_trainee_is_blocked_with_the_reason(world: World) -> None:
    cohort = world.cohort()
    pid = world.trainee("Sanogo", "Ali", number="0042", vetting="refused", vetted=date(2025, 2, 1))
    with pytest.raises(ValidationError, match=r"Sanogo Ali \(0042\): vetting refused"):
        world.cohorts.enrol(cohort, pid, override_reason="the unit insists", today=TODAY)
    assert world.cohorts.roster(cohort) == []


def test_an_expired_vetting_is_blocked(world: World) -> None:
    cohort = world.cohort()
    pid = world.trainee("Sanogo", "Ali", vetting="expired", vetted=date(2023, 2, 1))
    with pytest.raises(ValidationError, match="vetting expired"):
        world.cohorts.enrol(cohort, pid, today=TODAY)


def test_a_clearance_older_than_a_year_counts_as_expired(world: World) -> None:
    cohort = world.cohort()
    fresh = world.trainee("Bah", vetted=TODAY - timedelta(days=365))
    stale = world.trainee("Sow", vetted=TODAY - timedelta(days=366))
    assert world.vetting.check(fresh, today=TODAY).allowed
    check = world.vetting.check(stale, today=TODAY)
    assert (check.outcome, check.status) == ("blocked", "expired")
    with pytest.raises(ValidationError, match="expired"):
        world.cohorts.enrol(cohort, stale, today=TODAY)
    assert world.cohorts.enrol(cohort, fresh, today=TODAY).status == "enrolled"


@pytest.mark.parametrize("status", ["pending", "not_started"])
def test_pending_vetting_needs_an_override_recorded_in_the_audit_log(world: World, status: str) -> None:
    cohort = world.cohort()
    pid = world.trainee("Cissé", "Fatou", vetting=status)
    with pytest.raises(ValidationError, match="override"):
        world.cohorts.enrol(cohort, pid, today=TODAY)
    with pytest.raises(ValidationError, match="override"):
        world.cohorts.enrol(cohort, pid, override_reason="   ", today=TODAY)
    row = world.cohorts.enrol(cohort, pid, override_reason="Vetting requested 2025-06-01; ministry letter 12",
                              today=TODAY)
    assert (row.status, row.vetting_override) == ("enrolled", "Vetting requested 2025-06-01; ministry letter 12")
    [event] = audit(world, "vetting_override")
    assert (event.entity, event.entity_id, event.actor) == ("enrolment", row.id, "tester")
    assert event.reason == "Vetting requested 2025-06-01; ministry letter 12"
    assert event.at is not None
    assert event.before["vetting_status"] == status
    assert event.after["vetting_override"] == event.reason and event.after["person_id"] == pid


def test_a_cleared_trainee_enrols_without_override_or_audit(world: World) -> None:
    cohort = world.cohort()
    pid = world.trainee("Bah", "Oumar")
    row = world.cohorts.enrol(cohort, pid, today=TODAY)
    assert (row.status, row.enrolled_on, row.vetting_override) == ("enrolled", TODAY, "")
    assert audit(world, "vetting_override") == []


def test_enrolling_twice_is_refused_and_the_enrolment_has_the_natural_id(world: World) -> None:
    cohort = world.cohort()
    pid = world.trainee("Bah")
    row = world.cohorts.enrol(cohort, pid, today=TODAY)
    assert row.id == natural_id(Enrolment, cohort, pid)
    with pytest.raises(ValidationError, match="already on this cohort's roster"):
        world.cohorts.enrol(cohort, pid, today=TODAY)


def test_status_moves_with_reasons(world: World) -> None:
    cohort = world.cohort()
    pid = world.trainee("Bah")
    row = world.cohorts.enrol(cohort, pid, status="nominated", today=TODAY)
    with pytest.raises(ValidationError, match="can become"):
        world.cohorts.set_status(row.id, "completed", today=TODAY)
    row = world.cohorts.set_status(row.id, "enrolled", today=TODAY)
    with pytest.raises(ValidationError, match="reason"):
        world.cohorts.set_status(row.id, "withdrawn", today=TODAY)
    row = world.cohorts.set_status(row.id, "withdrawn", reason="posted to the north", today=TODAY)
    assert (row.status, row.status_reason, row.status_date) == ("withdrawn", "posted to the north", TODAY)
    assert [r.status for r in world.cohorts.roster(cohort)] == ["withdrawn"]


def test_a_nominee_with_pending_vetting_needs_the_override_when_enrolled(world: World) -> None:
    cohort = world.cohort()
    pid = world.trainee("Cissé", vetting="pending")
    row = world.cohorts.enrol(cohort, pid, status="nominated", override_reason="file sent", today=TODAY)
    assert row.vetting_override == "file sent"
    assert world.cohorts.set_status(row.id, "enrolled", today=TODAY).status == "enrolled"  # already justified
    world.vetting.set(pid, "refused", date(2025, 6, 20), "VET-9", today=TODAY)
    other = world.cohort("Cohort 2")
    nominee = world.cohorts.enrol(other, world.trainee("Diop", vetting="pending"), status="nominated",
                                  override_reason="x", today=TODAY)
    assert nominee.status == "nominated"
    assert len(audit(world, "vetting_change")) == 1


def test_a_cohort_runs_an_approved_curriculum_and_checks_its_numbers(world: World) -> None:
    draft = world.services.curricula.create(world.programme_id, "Draft one")
    with pytest.raises(ValidationError, match="approved"):
        world.cohorts.create(CohortInput(world.programme_id, "C", curriculum_id=draft.id))
    with pytest.raises(ValidationError, match="0 to 100"):
        world.cohorts.create(CohortInput(world.programme_id, "C", min_attendance_pct=120))
    with pytest.raises(ValidationError, match="before the start"):
        world.cohorts.create(CohortInput(world.programme_id, "C", start_date=date(2025, 2, 1),
                                         end_date=date(2025, 1, 1)))
    cohort = world.cohorts.get(world.cohort(min_attendance_pct=75, requires_post_test=False))
    assert (cohort.min_attendance_pct, cohort.requires_post_test, cohort.curriculum_id) == (75.0, False,
                                                                                           world.curriculum_id)
    world.cohorts.enrol(cohort.id, world.trainee("Bah"), today=TODAY)
    assert [(c.name, c.enrolled) for c in world.cohorts.list(world.programme_id)] == [("Cohort 1", 1)]


def test_a_cohort_can_be_created_with_no_attendance_minimum(services) -> None:
    from trainmgr.services.cohorts import CohortInput
    from trainmgr.services.programmes import ProgrammeInput

    programme = services.programmes.create(ProgrammeInput(code="NM", name="No minimum"))
    cohort = services.cohorts.create(CohortInput(programme_id=programme.id, name="Cohorte libre",
                                                 min_attendance_pct=None))
    assert services.cohorts.get(cohort.id).min_attendance_pct is None
