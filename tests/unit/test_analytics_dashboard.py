"""One trainee's progress, the filter bar's choices, the dashboard and bad filters (analytics_world)."""

from __future__ import annotations

from datetime import date

import pytest
from tests.unit.analytics_world import World, world_fixture  # noqa: F401 - the `world` fixture

from trainmgr.domain.analytics_records import (
    SOURCE_TEST,
    SOURCE_UNIT_ASSESSMENT,
    AnalyticsFilter,
    AttendanceTally,
)
from trainmgr.errors import Cancelled, NotFoundError, ValidationError
from trainmgr.services.analytics import interrupt
from trainmgr.services.analytics.facts import PREPARING
from trainmgr.services.tasks import CancelToken


def test_trainee_progress_on_one_date_axis(world: World) -> None:
    p = world.analytics.trainee_progress(world.people["Amina"])
    x, y = world.comp["X"], world.comp["Y"]
    points = [(pt.on, pt.competency_id, pt.source, pt.value_pct) for pt in p.points]
    # her unit's (2e Compagnie) validated baseline and signed endline, not its draft; her tests in %
    assert points == [(date(2025, 2, 1), x, SOURCE_UNIT_ASSESSMENT, 40.0),
                      (date(2025, 5, 5), x, SOURCE_TEST, 40.0), (date(2025, 5, 5), y, SOURCE_TEST, 50.0),
                      (date(2025, 5, 26), x, SOURCE_TEST, 80.0), (date(2025, 5, 26), y, SOURCE_TEST, 80.0),
                      (date(2025, 8, 1), x, SOURCE_UNIT_ASSESSMENT, 80.0)]
    assert (p.display_name, p.unit_name) == ("Amina Test", "2e Compagnie")
    assert [(f.due_on, f.status, f.applies_training) for f in p.follow_ups][:2] == [
        (date(2025, 8, 29), "done", True), (date(2025, 11, 27), "scheduled", None)]
    assert len(p.follow_ups) == 4  # +90 and +180 days after each of her two completions
    later = world.analytics.trainee_progress(world.people["Amina"], date_from=date(2025, 5, 10))
    assert [pt.on for pt in later.points] == [date(2025, 5, 26), date(2025, 5, 26), date(2025, 8, 1)]


def test_trainee_progress_of_a_deleted_person_is_refused(world: World) -> None:
    with pytest.raises(NotFoundError):
        world.analytics.trainee_progress(world.people["Zoé"])


def test_filter_options(world: World) -> None:
    o = world.analytics.filter_options(world.programme_id)
    assert [(u.label, u.depth) for u in o.units] == [("1er Bataillon (B)", 0), ("2e Compagnie (C)", 1),
                                                     ("Escadron (O)", 0)]
    assert [c.label for c in o.cohorts] == ["Cohort A", "Cohort B"]
    assert [r.label for r in o.ranks] == ["Caporal", "Sergent"]  # most junior first
    assert {c.id for c in o.competencies} == {world.comp["X"], world.comp["Y"]}
    assert (o.first_date, o.last_date) == (date(2025, 1, 10), date(2025, 9, 30))


def test_dashboard_is_every_figure_with_progress(world: World) -> None:
    flt = AnalyticsFilter(programme_id=world.programme_id, unit_id=world.units["B"])
    steps: list[tuple[int, int, str]] = []
    d = world.analytics.dashboard(flt, progress=lambda done, total, msg: steps.append((done, total, msg)))
    a = world.analytics
    assert (d.capability, d.scores, d.attendance, d.trained, d.funnel) == (
        a.capability(flt), a.scores(flt), a.attendance(flt), a.trained(flt), a.funnel(flt))
    # the 2 cohorts the fixture wrote are prepared first, then the five figures are computed
    assert [s[:2] for s in steps if s[2] == PREPARING] == [(0, 2), (2, 2)]
    figures = [s[:2] for s in steps if s[2] != PREPARING]
    assert d.filter == flt and figures == [(i, 5) for i in range(6)]
    steps.clear()
    world.analytics.dashboard(flt, progress=lambda done, total, msg: steps.append((done, total, msg)))
    assert [s for s in steps if s[2] == PREPARING] == []  # nothing changed since: nothing to prepare


def test_dashboard_cancelled(world: World) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        world.analytics.dashboard(AnalyticsFilter(programme_id=world.programme_id), cancel=token)


@pytest.mark.parametrize(("flt", "message"), [
    (AnalyticsFilter(sex="woman"), "Unknown sex: woman"),
    (AnalyticsFilter(date_from=date(2025, 6, 1), date_to=date(2025, 5, 1)), "The period ends (2025-05-01) before"),
])
def test_bad_filter_is_refused_with_a_clear_message(world: World, flt: AnalyticsFilter, message: str) -> None:
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        world.analytics.dashboard(flt)


class _CancelledAfter(CancelToken):
    """A token that turns cancelled after `reads` looks at it (as if the user clicked while SQLite works)."""

    def __init__(self, reads: int) -> None:
        super().__init__()
        self.reads = reads

    @property
    def cancelled(self) -> bool:
        self.reads -= 1
        if self.reads < 0:
            self.cancel()
        return super().cancelled


def test_dashboard_stops_inside_a_statement(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(interrupt, "STEPS", 50)  # the fixture's statements are short: look often
    token, steps = _CancelledAfter(reads=3), []
    flt = AnalyticsFilter(programme_id=world.programme_id)
    with pytest.raises(Cancelled):
        world.analytics.dashboard(flt, progress=lambda done, _total, _msg: steps.append(done), cancel=token)
    assert steps == [0]  # stopped while computing the first figure, not between figures
    assert world.analytics.dashboard(flt).funnel.stages[0].count == 13  # the connection is usable again


def test_a_people_filter_lists_the_sessions_of_cohorts_where_someone_selected_is_enrolled(world: World) -> None:
    escadron = world.analytics.attendance(AnalyticsFilter(programme_id=world.programme_id, unit_id=world.units["O"]))
    assert [r.title for r in escadron.sessions] == ["S1", "S2", "S4"]  # Fodé and Ines: cohort A only
    assert [(r.cohort_name, r.held_sessions) for r in escadron.cohorts] == [("Cohort A", 3), ("Cohort B", 2)]
    assert escadron.total == AttendanceTally(2, 0, 0)  # Fodé: excused at S1, present at S2 and S4
