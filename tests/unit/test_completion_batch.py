"""Completion of many cohorts at once (`evaluate_cohorts`, `certificates_of`, `CohortService.rosters`):
the same decisions, certificates and rosters as the one-cohort calls, hand-checked on four cohorts
with different rules, from a fixed number of queries whatever the number of cohorts; and the results
report of a whole programme reads back the decisions of `CompletionService.evaluate` per cohort."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from delivery_world import TODAY, World, make_world
from sqlalchemy import event, select
from test_completion import AFTER, attend, overall_post_test, trainees, without_minimum
from tests.conftest import copy_database

from trainmgr.db.base import natural_id
from trainmgr.db.models import Attendance, Competency
from trainmgr.errors import NotFoundError
from trainmgr.services.completion import CompletionService
from trainmgr.services.container import Services
from trainmgr.services.evaluations import EvaluationService, InstrumentInput
from trainmgr.services.report_context import PersonalData, ReportKind, ReportRequest
from trainmgr.services.reports import ReportService


@dataclass
class Programme:
    world: World
    cohorts: dict[str, str]  # name -> id
    people: dict[str, str]  # family name -> person id


def _cohort(world: World, name: str, end: date, **kw: object) -> str:
    from trainmgr.services.cohorts import CohortInput

    return world.cohorts.create(CohortInput(world.programme_id, name, curriculum_id=world.curriculum_id,
                                            start_date=date(2025, 5, 1), end_date=end, **kw)).id


@pytest.fixture
def programme(services: Services) -> Programme:
    """Four cohorts (created in this order; the programme lists them latest start first, then by name):
    - Alpha: minimum 80 %, post-test "Final" 60/100 and a re-sit; four held sessions and a cancelled one.
      Bah PPPP, 50 then 65 on the re-sit → completed (status set by `apply`: a certificate);
      Sow PPPA 75 %, 90 → failed on attendance; Ka PPPP, no score → pending;
      Cisse PPPP, withdrawn in July → not decided (still on the roster);
      Diop PPPE, 3/3 (excused leaves the denominator) = 100 %, 70 → completed.
    - Bravo: no minimum, per-competency post-test (max 20, pass 12, competencies out of 10 → 6 each).
      Bah (also in Alpha) 7 + 9 → completed; Fall 5 + 10 → failed; Ka (also in Alpha) 9 + nothing → pending.
    - Charlie: 75 % minimum, no post-test rule; three held sessions. Gueye PPA 2/3 = 66.7 % → failed;
      Ndiaye PPP → completed; Sarr with no mark at all → pending (no attendance recorded yet).
    - Delta: nobody enrolled."""
    world = make_world(services)
    ev = EvaluationService(services.db)
    alpha = _cohort(world, "Alpha", date(2025, 7, 31))
    bravo = _cohort(world, "Bravo", date(2025, 7, 31))
    charlie = _cohort(world, "Charlie", date(2025, 7, 31), min_attendance_pct=75, requires_post_test=False)
    delta = _cohort(world, "Delta", date(2025, 7, 31))
    without_minimum(world, bravo)
    a = trainees(world, alpha, "Bah", "Sow", "Ka", "Cisse", "Diop")
    attend(world, alpha, {a["Bah"]: "PPPP", a["Sow"]: "PPPA", a["Ka"]: "PPPP", a["Cisse"]: "PPPP",
                          a["Diop"]: "PPPE"})
    cancelled = world.session(alpha, date(2025, 6, 9))
    world.sessions.cancel(cancelled, "weather")
    with services.db.write() as s:  # a mark that reached a cancelled session (e.g. by sync) never counts
        s.add(Attendance(id=natural_id(Attendance, cancelled, a["Bah"]), session_id=cancelled, person_id=a["Bah"],
                         status="absent"))
    overall_post_test(ev, alpha, {a["Bah"]: 50, a["Sow"]: 90, a["Diop"]: 70})
    resit = ev.create_instrument(InstrumentInput(alpha, "post_test", "Re-sit", given_on=date(2025, 7, 31),
                                                 max_score=100, pass_mark=60)).id
    ev.set_score(resit, a["Bah"], None, 65)
    cisse = next(r for r in world.cohorts.roster(alpha) if r.person_id == a["Cisse"])
    world.cohorts.set_status(cisse.id, "withdrawn", reason="posted elsewhere", today=date(2025, 7, 10))
    CompletionService(services.db).apply(alpha, AFTER)  # Bah and Diop completed: certificates

    fall = world.trainee("Fall", "Awa", number="11")
    for pid in (a["Bah"], fall, a["Ka"]):
        world.cohorts.enrol(bravo, pid, today=date(2025, 5, 1))
    with services.db.read() as s:
        c1, c2 = s.scalars(select(Competency.id).order_by(Competency.code).limit(2)).all()
    inst = ev.create_instrument(InstrumentInput(bravo, "post_test", "Final B", max_score=20, pass_mark=12,
                                                competencies=((c1, 10), (c2, 10)))).id
    for pid, (one, two) in {a["Bah"]: (7, 9), fall: (5, 10), a["Ka"]: (9, None)}.items():
        ev.set_score(inst, pid, c1, one)
        ev.set_score(inst, pid, c2, two)

    c = trainees(world, charlie, "Gueye", "Ndiaye", "Sarr")
    sessions = [world.session(charlie, day, held=True) for day in (date(2025, 6, 2), date(2025, 6, 3),
                                                                   date(2025, 6, 4))]
    for pid, letters in {c["Gueye"]: "PPA", c["Ndiaye"]: "PPP"}.items():
        for sid, letter in zip(sessions, letters, strict=True):
            world.attendance.mark(sid, pid, {"P": "present", "A": "absent"}[letter], today=TODAY)
    return Programme(world, {"Alpha": alpha, "Bravo": bravo, "Charlie": charlie, "Delta": delta},
                     {**a, "Fall": fall, **c})


@contextmanager
def counted_queries(services: Services) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append(statement)

    engine = services.db.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_the_rules_hold_cohort_by_cohort(programme: Programme, services: Services) -> None:
    done = CompletionService(services.db)
    got = {name: {d.family_name: (d.attendance_rate, d.post_test_passed, d.decision)
                  for d in done.evaluate(cid, AFTER)} for name, cid in programme.cohorts.items()}
    assert got == {
        "Alpha": {"Bah": (100.0, True, "completed"), "Sow": (75.0, True, "failed"), "Ka": (100.0, None, "pending"),
                  "Diop": (100.0, True, "completed")},
        "Bravo": {"Bah": (None, True, "completed"), "Fall": (None, False, "failed"), "Ka": (None, None, "pending")},
        "Charlie": {"Gueye": (66.7, None, "failed"), "Ndiaye": (100.0, None, "completed"),
                    "Sarr": (None, None, "pending")},
        "Delta": {}}
    bah = next(d for d in done.evaluate(programme.cohorts["Alpha"], AFTER) if d.family_name == "Bah")
    assert (bah.attended, bah.expected, bah.current_status) == (4, 4, "completed")  # the cancelled session: no
    assert bah.post_test_detail == "“Re-sit” 65/100 (pass mark 60)"


def test_many_cohorts_at_once_equal_one_cohort_at_a_time(programme: Programme, services: Services) -> None:
    done = CompletionService(services.db)
    c = programme.cohorts
    for order in ([c["Alpha"], c["Bravo"], c["Charlie"], c["Delta"]],
                  [c["Delta"], c["Charlie"], c["Alpha"], c["Bravo"]],
                  [c["Bravo"], c["Delta"], c["Bravo"]]):  # an empty cohort in between, one twice
        assert list(done.evaluate_cohorts(order, AFTER)) == [(cid, done.evaluate(cid, AFTER)) for cid in order]
        assert list(done.certificates_of(order)) == [(cid, done.certificates(cid)) for cid in order]
        assert list(services.cohorts.rosters(order)) == [(cid, services.cohorts.roster(cid)) for cid in order]
    certified = {cid: [x.family_name for x in rows] for cid, rows in done.certificates_of(list(c.values()))}
    assert certified == {c["Alpha"]: ["Bah", "Diop"], c["Bravo"]: [], c["Charlie"]: [], c["Delta"]: []}
    assert list(done.evaluate_cohorts([], AFTER)) == [] and list(done.certificates_of([])) == []


def test_a_missing_cohort_is_refused_before_any_row(programme: Programme, services: Services) -> None:
    done = CompletionService(services.db)
    with pytest.raises(NotFoundError, match="Cohort not found"):
        next(done.evaluate_cohorts([programme.cohorts["Alpha"], "no-such-cohort"], AFTER))
    with pytest.raises(NotFoundError, match="Cohort not found"):
        next(done.certificates_of(["no-such-cohort"]))
    with pytest.raises(NotFoundError, match="Cohort not found"):
        next(services.cohorts.rosters([programme.cohorts["Delta"], "no-such-cohort"]))


def test_the_number_of_queries_does_not_grow_with_the_cohorts(programme: Programme, services: Services) -> None:
    done = CompletionService(services.db)
    c = programme.cohorts

    def queries(ids: list[str]) -> int:
        with counted_queries(services) as statements:
            list(done.evaluate_cohorts(ids, AFTER))
            list(done.certificates_of(ids))
            list(services.cohorts.rosters(ids))
        return len(statements)

    one = queries([c["Alpha"]])
    assert queries([c["Alpha"], c["Bravo"], c["Charlie"], c["Delta"]] * 5) == one


def _results_report(services: Services, programme_id: str, path: Path) -> dict[str, list[tuple]]:
    ReportService(services.db).export(ReportRequest(ReportKind.RESULTS, programme_id=programme_id,
                                                    personal_data=PersonalData.FULL, today=AFTER), path)
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        out = {}
        for name in ("Results", "Certificates", "Completion"):
            rows = [tuple(r) for r in wb[name].iter_rows(min_row=4, values_only=True)]
            out[name] = [r + (None,) * (len(rows[0]) - len(r)) for r in rows]  # trailing blanks are not stored
        return out
    finally:
        wb.close()


def _check_report_against_the_services(services: Services, programme_id: str, path: Path) -> None:
    sheets = _results_report(services, programme_id, path)
    done = CompletionService(services.db)
    cohorts = services.cohorts.list(programme_id)
    words = {"completed": "completed", "failed": "failed", "pending": "pending"}
    header, rows = sheets["Results"][0], sheets["Results"][1:]
    col = {h: i for i, h in enumerate(header)}
    printed = {(r[col["Cohort"]], r[col["Service number"]]): r for r in rows}
    expected_rows = [(c.name, e.service_number) for c in cohorts for e in services.cohorts.roster(c.id)]
    assert sorted(printed) == sorted(expected_rows)  # one row per enrolment, withdrawn ones included
    assert [r[col["Cohort"]] for r in rows] == [c.name for c in cohorts for _ in services.cohorts.roster(c.id)]
    for cohort in cohorts:
        decisions = done.evaluate(cohort.id, AFTER)
        decided = {d.service_number for d in decisions}
        for d in decisions:
            row = printed[(cohort.name, d.service_number)]
            assert row[col["Decision"]] == words[d.decision]
            assert row[col["Attendance rate"]] == (pytest.approx(d.attendance_rate / 100)
                                                   if d.attendance_rate is not None else None)
        for e in services.cohorts.roster(cohort.id):
            if e.service_number not in decided:
                assert printed[(cohort.name, e.service_number)][col["Decision"]] is None
        certificates = done.certificates(cohort.id)
        certified = {c.service_number: c.completed_on for c in certificates}
        for (name, number), row in printed.items():
            if name == cohort.name:
                on = row[col["Certified on"]]
                assert (on.date() if on else None) == certified.get(number)
    cert_header, cert_rows = sheets["Certificates"][0], sheets["Certificates"][1:]
    number = cert_header.index("Service number")
    assert sorted((r[0], r[number]) for r in cert_rows) == sorted(
        (c.name, x.service_number) for c in cohorts for x in done.certificates(c.id))
    counts = {r[0]: r[1:] for r in sheets["Completion"][1:]}
    for cohort in cohorts:
        decisions = [d.decision for d in done.evaluate(cohort.id, AFTER)]
        assert counts[cohort.name] == (len(decisions), decisions.count("completed"), decisions.count("failed"),
                                       decisions.count("pending"), len(done.certificates(cohort.id)))


def test_the_results_report_of_a_programme_prints_the_decisions_per_cohort(
        programme: Programme, services: Services, tmp_path: Path) -> None:
    _check_report_against_the_services(services, programme.world.programme_id, tmp_path / "results.xlsx")
    rows = _results_report(services, programme.world.programme_id, tmp_path / "again.xlsx")["Results"]
    header = rows[0]
    cisse = [r for r in rows[1:] if r[header.index("Family name")] == "Cisse"]
    assert [(r[header.index("Enrolment")], r[header.index("Decision")]) for r in cisse] == [("withdrawn", None)]


@pytest.fixture
def demo_copy(demo_db: Path, tmp_path: Path) -> Iterator[Services]:
    """This test's own copy of the session's demo programme: an export writes an audit event, and
    tests/unit/test_reports_access.py expects the shared demo to carry none."""
    from trainmgr.db.engine import Database, make_engine

    path = copy_database(demo_db, tmp_path / "demo-copy.db")
    services = Services.build(Database(path, make_engine(path), "tester"))
    try:
        yield services
    finally:
        services.db.close()


def test_the_results_report_of_the_demo_programme_prints_the_decisions_per_cohort(
        demo_copy: Services, tmp_path: Path) -> None:
    programme_id = demo_copy.programmes.list()[0].id
    assert len(demo_copy.cohorts.list(programme_id)) > 3
    _check_report_against_the_services(demo_copy, programme_id, tmp_path / "demo-results.xlsx")
