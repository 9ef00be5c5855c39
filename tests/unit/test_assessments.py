"""Needs assessments: findings grid, validation, sign-off (read-only), amendments, side-by-side comparison."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from assessment_world import World, make_world

from trainmgr.db.base import natural_id
from trainmgr.db.models import Finding
from trainmgr.errors import NotFoundError, ValidationError
from trainmgr.services.assessments import AssessmentInput
from trainmgr.services.container import Services
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.units import UnitInput


@pytest.fixture
def world(services: Services) -> World:
    return make_world(services)


def header(w: World, **changes: Any) -> AssessmentInput:
    values: dict[str, Any] = {"programme_id": w.programme_id, "unit_id": w.units["1BN"],
                              "framework_id": w.framework_id, "assessed_on": date(2025, 3, 1)}
    values.update(changes)
    return AssessmentInput(**values)


def test_create_records_the_header_and_lists_it_for_the_unit(world: World) -> None:
    a = world.assessments.create(header(world, kind="baseline", assessors=" Capt. Moreau ",
                                        host_counterparts="Lt-Col Diallo", methods=("interview", "document_review")))
    assert (a.status, a.version, a.kind, a.unit_name) == ("draft", 1, "baseline", "1st Infantry Battalion")
    assert a.assessors == "Capt. Moreau"
    assert a.methods == ("interview", "document_review")
    assert [r.id for r in world.assessments.list_for_unit(world.units["1BN"])] == [a.id]
    assert world.assessments.list_for_unit(world.units["2BN"]) == []


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"kind": "annual"}, "Unknown assessment kind: annual (use baseline, midterm, endline, other)."),
        ({"methods": ("telepathy",)}, "Unknown assessment method: telepathy "
                                      "(use interview, observation, exercise, document_review)."),
        ({"assessed_on": None}, "The assessment date is required."),
    ],
)
def test_invalid_header_is_refused_and_nothing_saved(world: World, changes: dict[str, Any], message: str) -> None:
    seq = world.change_seq()
    with pytest.raises(ValidationError) as err:
        world.assessments.create(header(world, **changes))
    assert str(err.value) == message
    assert world.change_seq() == seq


def test_a_unit_of_another_programme_cannot_be_assessed_in_this_one(world: World) -> None:
    other = world.services.programmes.create(ProgrammeInput(code="X", name="Other"))
    unit = world.services.units.create(other.id, UnitInput(name="Coast guard"))
    with pytest.raises(ValidationError, match="belongs to another programme"):
        world.assessments.create(header(world, unit_id=unit.id))
    with pytest.raises(NotFoundError):
        world.assessments.create(header(world, unit_id="no-such-unit"))


def test_the_header_can_be_edited_but_not_its_framework(world: World) -> None:
    a = world.assess()
    row = world.assessments.update(a, header(world, unit_id=world.units["2BN"], kind="midterm",
                                             assessed_on=date(2025, 4, 2), notes="Rescheduled"))
    assert (row.unit_name, row.kind, row.assessed_on, row.notes) == (
        "2nd Infantry Battalion", "midterm", date(2025, 4, 2), "Rescheduled")
    with pytest.raises(ValidationError, match="framework of an assessment cannot change"):
        world.assessments.update(a, header(world, framework_id="another-framework"))


def test_findings_grid_has_a_row_per_competency_in_tree_order_with_blanks(world: World) -> None:
    a = world.assess(findings={"LOG.01": (1, 4, "high")})
    rows = world.assessments.findings(a)
    tree = world.services.frameworks.tree(world.framework_id)
    assert len(rows) == len(world.comp)
    assert [r.code for r in rows[:4]] == ["LOG.01", "LOG.01.1", "LOG.01.2", "LOG.02"]
    assert [r.depth for r in rows[:4]] == [0, 1, 1, 0]
    assert rows[0].area_code == tree[0].code
    log = rows[0]
    assert (log.recorded, log.current_level, log.required_level, log.gap, log.priority) == (True, 1, 4, 3, "high")
    blank = rows[1]
    assert (blank.recorded, blank.current_level, blank.required_level, blank.gap) == (False, None, None, None)


def test_findings_can_be_filtered_by_capability_area(world: World) -> None:
    a = world.assess()
    rows = world.assessments.findings(a, area_id=world.areas["MED"])
    assert rows and {r.area_code for r in rows} == {"MED"}
    assert rows[0].code == "MED.01"


def test_a_finding_set_twice_stays_one_row_with_its_natural_id(world: World) -> None:
    a = world.assess()
    cid = world.comp["C2.02"]
    world.assessments.set_finding(a, cid, current_level=1, required_level=3, evidence_kind="interview")
    row = world.assessments.set_finding(a, cid, current_level=2)  # the other fields keep their value
    assert (row.current_level, row.required_level, row.evidence_kind, row.gap) == (2, 3, "interview", 1)
    stored = world.raw("SELECT id, current_level, field_clocks FROM finding WHERE assessment_id = :a", a=a)
    assert len(stored) == 1
    assert stored[0][0] == natural_id(Finding, a, cid)
    assert "current_level" in stored[0][2]  # the change is stamped per field for sync


def test_an_unchanged_finding_writes_nothing(world: World) -> None:
    a = world.assess(findings={"C2.02": (1, 3)})
    seq = world.change_seq()
    world.assessments.set_finding(a, world.comp["C2.02"], current_level=1, required_level=3)
    assert world.change_seq() == seq


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"current_level": 6}, "The current level must be from 0 to 5 (got 6)."),
        ({"current_level": -1}, "The current level must be from 0 to 5 (got -1)."),
        ({"required_level": 0}, "The required level must be from 1 to 5 (got 0)."),
        ({"required_level": "3"}, "The required level must be a whole number from 1 to 5."),
        ({"current_level": True}, "The current level must be a whole number from 0 to 5."),
        ({"priority": "urgent"}, "Unknown priority: urgent (use high, medium, low)."),
        ({"confidence": "sure"}, "Unknown confidence: sure (use high, medium, low)."),
        ({"evidence_kind": "rumour"}, "Unknown kind of evidence: rumour "
                                      "(use interview, observation, exercise, document_review)."),
        ({"trainable": "no"}, "Trainable must be yes or no."),
        ({"colour": "red"}, "A finding has no field colour."),
    ],
)
def test_invalid_finding_is_refused_with_a_message_and_nothing_saved(
        world: World, fields: dict[str, Any], message: str) -> None:
    a = world.assess()
    seq = world.change_seq()
    with pytest.raises(ValidationError) as err:
        world.assessments.set_finding(a, world.comp["LOG.01"], **fields)
    assert str(err.value) == message
    assert world.change_seq() == seq


def test_level_zero_is_a_valid_current_level_and_blank_clears_a_level(world: World) -> None:
    a = world.assess()
    row = world.assessments.set_finding(a, world.comp["LOG.01"], current_level=0, required_level=2)
    assert row.gap == 2
    row = world.assessments.set_finding(a, world.comp["LOG.01"], current_level=None)
    assert (row.current_level, row.gap) == (None, None)


def test_a_cleared_finding_is_a_tombstone_and_comes_back_blank(world: World) -> None:
    a = world.assess(findings={"LOG.02": (1, 4, "high")})
    world.assessments.clear_finding(a, world.comp["LOG.02"])
    assert world.raw("SELECT deleted FROM finding WHERE assessment_id = :a", a=a) == [(1,)]
    assert not next(r for r in world.assessments.findings(a) if r.code == "LOG.02").recorded
    row = world.assessments.set_finding(a, world.comp["LOG.02"], current_level=2)
    assert (row.current_level, row.required_level, row.priority) == (2, None, "medium")
    assert world.raw("SELECT count(*), max(deleted) FROM finding WHERE assessment_id = :a", a=a) == [(1, 0)]


def test_status_moves_forward_and_signing_records_who_and_when(world: World) -> None:
    a = world.assess(findings={"LOG.01": (1, 3)})
    assert world.assessments.set_status(a, "validated").status == "validated"
    with pytest.raises(ValidationError, match="A validated assessment cannot go back to draft; amend it instead"):
        world.assessments.set_status(a, "draft")
    with pytest.raises(ValidationError, match="Name the host counterpart who signs"):
        world.assessments.set_status(a, "signed")
    signed = world.assessments.set_status(a, "signed", signed_by="Lt-Col Diallo")
    assert (signed.status, signed.signed_by, signed.read_only) == ("signed", "Lt-Col Diallo", True)
    assert signed.signed_at is not None


def test_an_assessment_without_a_complete_finding_cannot_be_validated(world: World) -> None:
    a = world.assess(findings={"LOG.01": (1, None)})
    with pytest.raises(ValidationError, match="Record at least one finding"):
        world.assessments.set_status(a, "validated")
    with pytest.raises(ValidationError, match="Unknown status: approved"):
        world.assessments.set_status(a, "approved")


def test_a_signed_assessment_refuses_every_edit(world: World) -> None:
    a = world.assess(findings={"LOG.01": (1, 3)}, status="signed")
    seq = world.change_seq()
    message = "This assessment (version 1) is signed and cannot be changed; amend it to make a new version."
    edits = [
        lambda: world.assessments.set_finding(a, world.comp["LOG.01"], current_level=3),
        lambda: world.assessments.set_finding(a, world.comp["C2.01"], current_level=3),
        lambda: world.assessments.clear_finding(a, world.comp["LOG.01"]),
        lambda: world.assessments.update(a, header(world, kind="midterm")),
        lambda: world.assessments.set_status(a, "signed", signed_by="Someone else"),
        lambda: world.assessments.set_status(a, "draft"),
    ]
    for edit in edits:
        with pytest.raises(ValidationError) as err:
            edit()
        assert str(err.value) == message
    with pytest.raises(ValidationError, match="Only a draft can be deleted"):
        world.assessments.delete(a)
    assert world.change_seq() == seq


def test_amend_makes_a_new_draft_version_with_a_copy_of_the_findings(world: World) -> None:
    a = world.assess(findings={"LOG.01": (1, 3, "high"), "C2.01": (2, 4)}, status="signed")
    amended = world.assessments.amend(a)
    assert (amended.version, amended.status, amended.supersedes_id, amended.findings) == (2, "draft", a, 2)
    rows = {r.code: r for r in world.assessments.findings(amended.id) if r.recorded}
    assert (rows["LOG.01"].current_level, rows["LOG.01"].priority) == (1, "high")
    world.assessments.set_finding(amended.id, world.comp["LOG.01"], current_level=2)  # the amendment is editable
    original = {r.code: r for r in world.assessments.findings(a) if r.recorded}
    assert original["LOG.01"].current_level == 1  # the signed version is untouched
    assert world.assessments.get(a).superseded_by_id == amended.id
    with pytest.raises(ValidationError, match=r"Version 1 was already amended \(version 2\)"):
        world.assessments.amend(a)
    with pytest.raises(ValidationError, match="still a draft: edit it directly"):
        world.assessments.amend(amended.id)


def test_compare_puts_baseline_midterm_endline_side_by_side_with_the_change(world: World) -> None:
    base = world.assess(findings={"LOG.01": (1, 4), "C2.01": (2, 3)}, on=date(2025, 1, 10), status="signed")
    mid = world.assess(findings={"LOG.01": (2, 4)}, kind="midterm", on=date(2025, 6, 10))
    end = world.assess(findings={"LOG.01": (4, 4), "C2.01": (2, 3)}, kind="endline", on=date(2025, 12, 10))
    comparison = world.assessments.compare([end, base, mid])  # any order in, oldest first out
    assert [a.kind for a in comparison.assessments] == ["baseline", "midterm", "endline"]
    rows = {r.code: r for r in comparison.rows}
    assert list(rows) == ["LOG.01", "C2.01"]  # framework order, only competencies recorded somewhere
    assert rows["LOG.01"].current == (1, 2, 4)
    assert rows["LOG.01"].required == (4, 4, 4)
    assert rows["LOG.01"].change == 3
    assert rows["C2.01"].current == (2, None, 2)
    assert rows["C2.01"].change == 0
    with pytest.raises(ValidationError, match="Choose the assessments to compare"):
        world.assessments.compare([])


def test_a_draft_can_be_deleted_as_a_tombstone_with_its_findings(world: World) -> None:
    a = world.assess(findings={"LOG.01": (1, 3)})
    world.assessments.delete(a)
    assert world.assessments.list_for_unit(world.units["1BN"]) == []
    assert world.raw("SELECT deleted FROM assessment WHERE id = :a", a=a) == [(1,)]
    assert world.raw("SELECT deleted FROM finding WHERE assessment_id = :a", a=a) == [(1,)]
    with pytest.raises(NotFoundError):
        world.assessments.findings(a)
