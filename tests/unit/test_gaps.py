"""Gap analysis: ranking by priority × gap, non-trainable gaps apart, which assessment speaks for a unit."""

from __future__ import annotations

from datetime import date

import pytest
from assessment_world import World, make_world

from trainmgr.services.container import Services


@pytest.fixture
def world(services: Services) -> World:
    return make_world(services)


def test_gaps_are_ranked_by_priority_weight_times_gap_then_code(world: World) -> None:
    world.assess(findings={
        "LOG.01": (1, 4, "low"),      # 1 × 3 = 3
        "C2.01": (2, 4, "high"),      # 3 × 2 = 6
        "POC.01": (1, 3, "medium"),   # 2 × 2 = 4
        "COM.01": (2, 3, "high"),     # 3 × 1 = 3 (ties with LOG.01: by code)
    })
    ranked = world.gaps.ranked(world.programme_id)
    assert [(g.code, g.score) for g in ranked] == [("C2.01", 6), ("POC.01", 4), ("COM.01", 3), ("LOG.01", 3)]
    top = ranked[0]
    assert (top.gap, top.weight, top.unit_name, top.current_level, top.required_level) == (
        2, 3, "1st Infantry Battalion", 2, 4)


def test_no_gap_above_requirement_and_blank_levels_are_not_gaps(world: World) -> None:
    world.assess(findings={
        "LOG.01": (3, 3, "high"),     # met
        "LOG.02": (4, 2, "high"),     # above the requirement
        "LOG.03": (None, 4, "high"),  # not assessed yet
        "LOG.04": (1, 2, "low"),
    })
    assert [g.code for g in world.gaps.ranked(world.programme_id)] == ["LOG.04"]


def test_non_trainable_gaps_are_listed_apart_with_their_response(world: World) -> None:
    world.assess(findings={
        "LOG.03": (1, 4, "high", False, "Spare parts contract with the ministry"),
        "LOG.01": (1, 3, "medium"),
    })
    assert [g.code for g in world.gaps.ranked(world.programme_id)] == ["LOG.01"]
    apart = world.gaps.non_trainable(world.programme_id)
    assert [(g.code, g.non_training_response, g.score) for g in apart] == [
        ("LOG.03", "Spare parts contract with the ministry", 9)]


def test_each_unit_is_ranked_with_the_others_and_can_be_filtered(world: World) -> None:
    world.assess("1BN", findings={"LOG.01": (2, 3, "high")})
    world.assess("2BN", findings={"LOG.01": (1, 4, "high"), "C2.01": (1, 2, "low")})
    ranked = world.gaps.ranked(world.programme_id)
    assert [(g.unit_name[:3], g.code, g.score) for g in ranked] == [
        ("2nd", "LOG.01", 9), ("1st", "LOG.01", 3), ("2nd", "C2.01", 1)]
    assert {g.unit_id for g in world.gaps.ranked(world.programme_id, world.units["1BN"])} == {world.units["1BN"]}


def test_a_validated_or_signed_assessment_speaks_for_the_unit_before_a_newer_draft(world: World) -> None:
    base = world.assess(findings={"LOG.01": (1, 4, "high")}, on=date(2025, 1, 10), status="signed")
    world.assess(findings={"LOG.01": (3, 4, "high")}, kind="midterm", on=date(2025, 6, 10))  # draft
    assert [g.assessment_id for g in world.gaps.ranked(world.programme_id)] == [base]
    assert world.gaps.current_assessment_ids(world.programme_id) == [base]


def test_the_latest_agreed_assessment_speaks_for_the_unit(world: World) -> None:
    world.assess(findings={"LOG.01": (1, 4, "high")}, on=date(2025, 1, 10), status="signed")
    mid = world.assess(findings={"LOG.01": (3, 4, "high")}, kind="midterm", on=date(2025, 6, 10),
                       status="validated")
    assert [(g.assessment_id, g.assessment_kind, g.gap) for g in world.gaps.ranked(world.programme_id)] == [
        (mid, "midterm", 1)]


def test_a_superseded_assessment_no_longer_counts(world: World) -> None:
    signed = world.assess(findings={"LOG.01": (1, 4, "high")}, status="signed")
    amended = world.assessments.amend(signed).id
    world.assessments.set_finding(amended, world.comp["LOG.01"], current_level=2)
    # The amendment replaces what it supersedes, even while it is a draft (it is the only candidate).
    assert [(g.assessment_id, g.gap) for g in world.gaps.ranked(world.programme_id)] == [(amended, 2)]


def test_a_unit_with_only_a_draft_is_ranked_from_the_draft(world: World) -> None:
    draft = world.assess(findings={"C2.02": (1, 3, "high")})
    assert [g.assessment_id for g in world.gaps.ranked(world.programme_id)] == [draft]


def test_a_programme_without_assessments_has_no_gaps(world: World) -> None:
    assert world.gaps.ranked(world.programme_id) == []
    assert world.gaps.non_trainable(world.programme_id) == []
