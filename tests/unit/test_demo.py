"""The demo programme: a realistic structure, the same content for the same seed, nothing written
when cancelled, and rows that carry their sync metadata like any other write."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select

from trainmgr.db.base import SYNC_COLUMNS, natural_id
from trainmgr.db.migrate import open_database
from trainmgr.db.models import Attendance, Competency, Enrolment, Finding, Person, Result
from trainmgr.errors import Cancelled, ValidationError
from trainmgr.services.analytics.facts import PREPARING
from trainmgr.services.demo import DemoBuilder, DemoSummary, _Insert
from trainmgr.services.demo_ids import DemoIds, natural_ids
from trainmgr.services.frameworks import FrameworkService
from trainmgr.services.tasks import CancelToken

TRAINEES = 300
Progress = list[tuple[int, int, str]]


def rows(path: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql, args).fetchall()


def scalar(path: Path, sql: str, *args: Any) -> Any:
    return rows(path, sql, *args)[0][0]


def build(path: Path, trainees: int, seed: int = 1, **kwargs: Any) -> DemoSummary:
    db = open_database(path, "tester")
    try:
        return DemoBuilder(db).build(trainees=trainees, seed=seed, **kwargs)
    finally:
        db.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, DemoSummary, Progress]]:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    calls: Progress = []
    summary = build(path, TRAINEES, progress=lambda done, total, message: calls.append((done, total, message)))
    yield path, summary, calls


@pytest.fixture
def path(demo: tuple[Path, DemoSummary, Progress]) -> Path:
    return demo[0]


# --- structure -------------------------------------------------------------------------------------
def test_units_form_one_tree_under_the_ministry(path: Path) -> None:
    units = dict(rows(path, "SELECT id, parent_id FROM unit"))
    roots = [u for u, parent in units.items() if parent is None]
    assert len(roots) == 1
    assert scalar(path, "SELECT kind FROM unit WHERE id = ?", roots[0]) == "ministry"
    assert 40 <= len(units) <= 80
    for unit in units:  # every unit reaches the root, without a cycle
        seen = set()
        while units[unit] is not None:
            assert unit not in seen
            seen.add(unit)
            unit = units[unit]
        assert unit == roots[0]


def test_every_person_has_a_unit_and_a_rank_of_the_programme(path: Path) -> None:
    programme = scalar(path, "SELECT id FROM programme")
    assert scalar(path, "SELECT count(*) FROM person WHERE role = 'trainee'") == TRAINEES
    assert scalar(path, "SELECT count(*) FROM person WHERE role = 'instructor'") >= 4
    orphans = rows(path, """SELECT p.id FROM person p LEFT JOIN unit u ON u.id = p.unit_id
                            LEFT JOIN rank r ON r.id = p.rank_id
                            WHERE u.programme_id IS NOT ? OR r.programme_id IS NOT ? OR p.programme_id IS NOT ?""",
                   programme, programme, programme)
    assert orphans == []


def test_attendance_only_for_held_sessions_and_enrolled_trainees(path: Path) -> None:
    assert scalar(path, """SELECT count(*) FROM attendance a JOIN training_session s ON s.id = a.session_id
                           WHERE s.status != 'held'""") == 0
    assert scalar(path, """SELECT count(*) FROM attendance a JOIN training_session s ON s.id = a.session_id
                           LEFT JOIN enrolment e ON e.cohort_id = s.cohort_id AND e.person_id = a.person_id
                           WHERE e.id IS NULL OR e.status = 'nominated'""") == 0
    statuses = dict(rows(path, "SELECT status, count(*) FROM attendance GROUP BY status"))
    assert set(statuses) == {"present", "late", "absent", "excused"}
    assert statuses["present"] > 0.75 * sum(statuses.values())


def test_cancelled_sessions_have_a_reason_and_no_marks(path: Path) -> None:
    statuses = dict(rows(path, "SELECT status, count(*) FROM training_session GROUP BY status"))
    assert statuses["held"] > 0 and statuses.get("cancelled", 0) > 0
    assert scalar(path, """SELECT count(*) FROM training_session WHERE status = 'cancelled'
                           AND (cancel_reason IS NULL OR cancel_note = '')""") == 0


def test_results_stay_within_the_instrument_maximum(path: Path) -> None:
    assert scalar(path, """SELECT count(*) FROM result r JOIN instrument i ON i.id = r.instrument_id
                           JOIN instrument_competency ic ON ic.instrument_id = i.id
                                AND ic.competency_id = r.competency_id
                           WHERE r.score < 0 OR r.score > ic.max_score OR r.score > i.max_score""") == 0
    assert scalar(path, "SELECT count(*) FROM result") > 8 * TRAINEES


def test_post_test_mean_is_above_pre_test_mean(path: Path) -> None:
    means = dict(rows(path, """SELECT i.kind, avg(r.score) FROM result r JOIN instrument i ON i.id = r.instrument_id
                               GROUP BY i.kind"""))
    assert means["post_test"] > means["pre_test"] + 2


def test_female_share_and_some_sex_not_recorded(path: Path) -> None:
    sexes = dict(rows(path, "SELECT sex, count(*) FROM person WHERE role = 'trainee' GROUP BY sex"))
    assert 0.10 <= sexes["female"] / TRAINEES <= 0.30
    assert sexes.get("not_recorded", 0) >= 1


def test_service_numbers_are_text_some_with_leading_zeros(path: Path) -> None:
    assert rows(path, "SELECT DISTINCT typeof(service_number) FROM person") == [("text",)]
    assert scalar(path, "SELECT count(*) FROM person WHERE service_number LIKE '0%'") > 0
    assert scalar(path, "SELECT count(*) FROM person WHERE service_number = ''") == 0


def test_some_names_in_arabic_script(path: Path) -> None:
    natives = [n for (n,) in rows(path, "SELECT name_native FROM person WHERE name_native != ''")]
    assert 0.03 * TRAINEES <= len(natives) <= 0.4 * TRAINEES
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in name) for name in natives)


def test_vetting_is_mostly_cleared_and_refused_trainees_never_attend(path: Path) -> None:
    vetting = dict(rows(path, "SELECT vetting_status, count(*) FROM person WHERE role = 'trainee' GROUP BY 1"))
    assert vetting["cleared"] > 0.8 * TRAINEES
    assert {"refused", "expired"} <= set(vetting)
    assert scalar(path, """SELECT count(*) FROM attendance a JOIN person p ON p.id = a.person_id
                           WHERE p.vetting_status = 'refused'""") == 0
    # Trainees still waiting for vetting are nominated, or enrolled with a recorded justification.
    assert scalar(path, """SELECT count(*) FROM enrolment e JOIN person p ON p.id = e.person_id
                           WHERE p.vetting_status IN ('pending', 'not_started') AND e.status != 'nominated'
                           AND e.vetting_override = ''""") == 0


def test_enrolments_are_mostly_completed_some_withdrawn(path: Path) -> None:
    statuses = dict(rows(path, "SELECT status, count(*) FROM enrolment GROUP BY status"))
    assert statuses["completed"] > 0.6 * TRAINEES
    assert statuses["withdrawn"] > 0 and statuses.get("enrolled", 0) > 0
    assert scalar(path, "SELECT count(*) FROM enrolment WHERE status = 'withdrawn' AND status_reason = ''") == 0


def test_midterm_assessments_show_improvement(path: Path) -> None:
    levels = dict(rows(path, """SELECT a.kind, avg(f.current_level) FROM finding f
                                JOIN assessment a ON a.id = f.assessment_id GROUP BY a.kind"""))
    assert levels["midterm"] > levels["baseline"]
    competencies = scalar(path, "SELECT count(*) FROM competency")
    per_assessment = scalar(path, "SELECT min(n) FROM (SELECT count(*) n FROM finding GROUP BY assessment_id)")
    assert per_assessment > competencies / 2  # most starter competencies


def test_an_approved_curriculum_with_targets_and_a_prerequisite_chain(path: Path) -> None:
    assert rows(path, "SELECT status, version FROM curriculum") == [("approved", 1)]
    modules = scalar(path, "SELECT count(*) FROM module")
    assert modules >= 5
    assert scalar(path, "SELECT count(DISTINCT module_id) FROM module_competency") == modules
    assert scalar(path, "SELECT count(DISTINCT module_id) FROM learning_objective") == modules
    assert scalar(path, "SELECT count(*) FROM module WHERE hours > 0") == modules
    assert scalar(path, "SELECT count(*) FROM module_prerequisite") >= 1
    # A prerequisite is taught before the module that needs it.
    assert scalar(path, """SELECT count(*) FROM module_prerequisite p JOIN module m ON m.id = p.module_id
                           JOIN module q ON q.id = p.prerequisite_id WHERE q.sort_order >= m.sort_order""") == 0


def test_follow_ups_at_90_and_180_days_and_lessons_with_actions(path: Path) -> None:
    assert {d for (d,) in rows(path, "SELECT DISTINCT offset_days FROM follow_up")} == {90, 180}
    assert scalar(path, "SELECT count(*) FROM follow_up WHERE status = 'done'") > 0
    assert scalar(path, "SELECT count(*) FROM lesson") >= 3
    lessons = scalar(path, "SELECT count(*) FROM lesson")
    assert scalar(path, "SELECT count(DISTINCT lesson_id) FROM lesson_action") == lessons


# --- integrity -----------------------------------------------------------------------------------
def test_counts_match_the_summary_and_progress_ends_at_its_total(demo: tuple[Path, DemoSummary, Progress]) -> None:
    path, summary, every_call = demo
    for table, count in summary.counts:
        assert scalar(path, f"SELECT count(*) FROM {table}") == count, table
    calls = [c for c in every_call if c[2] != PREPARING]
    assert calls[0] == (0, 0, "Demo: planning")  # total unknown while planning
    done = [d for d, _total, _message in calls[1:]]
    assert done == sorted(done)
    assert calls[-1][:2] == (summary.total_rows, summary.total_rows)
    assert {t for _d, t, _m in calls[1:]} == {summary.total_rows}
    # then the Progress figures' derived rows are prepared, every cohort of the demo
    prepared = [c for c in every_call if c[2] == PREPARING]
    assert prepared and prepared[-1][0] == prepared[-1][1] >= scalar(path, "SELECT count(*) FROM cohort")
    assert scalar(path, "SELECT count(*) FROM an_dirty") == 0
    live = "SELECT count(*) FROM enrolment e JOIN person p ON p.id = e.person_id WHERE NOT e.deleted AND NOT p.deleted"
    assert scalar(path, "SELECT count(*) FROM an_enrolment") == scalar(path, live)


def test_foreign_keys_and_integrity_hold(path: Path) -> None:
    assert rows(path, "PRAGMA foreign_key_check") == []
    assert rows(path, "PRAGMA integrity_check") == [("ok",)]


def test_every_row_carries_sync_metadata_in_write_order(demo: tuple[Path, DemoSummary, Progress]) -> None:
    path, summary, _calls = demo
    seqs: list[int] = []
    for table, _count in summary.counts:  # the summary lists tables in writing order
        data = rows(path, f"SELECT born, hlc, change_seq, vv FROM {table} ORDER BY rowid")
        assert all(born and hlc == born and vv for born, hlc, _seq, vv in data), table
        table_seqs = [seq for _b, _h, seq, _v in data]
        assert table_seqs == sorted(set(table_seqs)), table  # unique and increasing
        seqs.extend(table_seqs)
    assert seqs == sorted(set(seqs)) and seqs[0] > 0
    replica_seq, hlc_last = rows(path, "SELECT change_seq, hlc_last FROM local_replica")[0]
    assert replica_seq == seqs[-1]
    assert hlc_last >= scalar(path, "SELECT max(hlc) FROM result")


def test_rows_read_back_through_the_orm_with_natural_ids(path: Path) -> None:
    db = open_database(path, "tester")
    try:
        with db.read() as s:
            person = s.query(Person).filter(Person.role == "trainee").first()
            assert person is not None
            assert isinstance(person.created_at, datetime) and isinstance(person.birth_date, date)
            assert isinstance(person.vv, dict) and person.deleted is False and person.arrived_from == ""
            for model, key in ((Attendance, ("session_id", "person_id")), (Enrolment, ("cohort_id", "person_id")),
                               (Finding, ("assessment_id", "competency_id")),
                               (Result, ("instrument_id", "person_id", "competency_id"))):
                row = s.query(model).first()
                assert row is not None
                assert row.id == natural_id(model, *(getattr(row, k) for k in key)), model.__name__
    finally:
        db.close()


def test_a_second_build_is_refused(path: Path) -> None:
    with pytest.raises(ValidationError, match="already has the demo"):
        build(path, 10)
    assert scalar(path, "SELECT count(*) FROM programme") == 1


@pytest.mark.parametrize("trainees", [0, -5, 1_000_001])
def test_impossible_sizes_are_refused(tmp_path: Path, trainees: int) -> None:
    with pytest.raises(ValidationError):
        build(tmp_path / "demo.db", trainees)


def test_a_single_trainee_is_enough(tmp_path: Path) -> None:
    summary = build(tmp_path / "demo.db", 1)
    assert summary.count("person") >= 2 and summary.count("enrolment") == 1


# --- determinism and cancel ------------------------------------------------------------------------
COMPARED = ("unit", "rank", "person", "assessment", "finding", "module", "cohort", "enrolment", "training_session",
            "attendance", "instrument", "result", "follow_up", "lesson", "lesson_action")


def content(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    for table in COMPARED:
        columns = [r[1] for r in rows(path, f"PRAGMA table_info({table})") if r[1] not in SYNC_COLUMNS]
        out[table] = sorted(rows(path, f"SELECT {', '.join(columns)} FROM {table}"), key=repr)
    return out


def test_same_seed_gives_the_same_content_and_ids(tmp_path: Path) -> None:
    build(tmp_path / "a.db", 120, seed=7)
    build(tmp_path / "b.db", 120, seed=7)
    build(tmp_path / "c.db", 120, seed=8)
    first, second, other = content(tmp_path / "a.db"), content(tmp_path / "b.db"), content(tmp_path / "c.db")
    for table in COMPARED:
        assert first[table] == second[table], table
    assert first["person"] != other["person"]


def test_cancel_midway_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    db = open_database(path, "tester")
    try:
        FrameworkService(db).ensure_starter()
        before = rows(path, "SELECT change_seq, hlc_last FROM local_replica")
        token, calls = CancelToken(), []

        def progress(done: int, total: int, message: str) -> None:
            calls.append(done)
            if len(calls) == 5:
                token.cancel()

        with pytest.raises(Cancelled):
            DemoBuilder(db).build(trainees=TRAINEES, progress=progress, cancel=token)
        assert len(calls) == 5 and calls[-1] > 0  # cancelled between chunks, after writing some
    finally:
        db.close()
    for table in ("programme", "unit", "person", "finding"):
        assert scalar(path, f"SELECT count(*) FROM {table}") == 0, table
    assert rows(path, "SELECT change_seq, hlc_last FROM local_replica") == before


def test_cancel_before_writing_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        build(path, TRAINEES, cancel=token)
    assert scalar(path, "SELECT count(*) FROM programme") == 0


# --- the bulk path -------------------------------------------------------------------------------
def test_bulk_rows_are_stored_exactly_as_sqlalchemy_stores_them(tmp_path: Path) -> None:
    """The demo writes through the DB-API for speed; what lands in the file must not differ from
    what `session.execute(insert(table), rows)` writes (dates, booleans, JSON, None, defaults)."""
    db = open_database(tmp_path / "bulk.db", "tester")
    try:
        FrameworkService(db).ensure_starter()
        with db.write() as s:
            area_id, framework_id = s.execute(select(Competency.area_id, Competency.framework_id).limit(1)).one()
            stamp = "0001700000000.00000.abcdef0123456789"
            sync = {"born": stamp, "hlc": stamp, "field_clocks": None, "vv": {"abcdef0123456789": stamp},
                    "deleted": False, "change_seq": 10**9, "created_at": datetime(2024, 5, 6, 7, 8, 9, 123),
                    "created_by": "tester", "updated_at": datetime(2024, 5, 6, 7, 8, 9), "updated_by": "tester"}
            cases: list[tuple[Any, dict[str, Any]]] = [
                (Person.__table__, {"family_name": "Touré", "given_names": "Awa", "name_native": "حواء توري",
                                    "service_number": "0012", "birth_date": date(1990, 1, 2), "vetting_date": None}),
                (Competency.__table__, {"framework_id": framework_id, "area_id": area_id, "code": "X.1",
                                        "title": "Essai", "translations": None}),  # JSON None → 'null'
                (Competency.__table__, {"framework_id": framework_id, "area_id": area_id, "code": "X.2",
                                        "title": "Essai"}),  # omitted JSON → its default
            ]
            conn = s.connection()
            for n, (table, values) in enumerate(cases):
                row = {**sync, **values}
                s.execute(insert(table), [{**row, "id": f"orm-{n}"}])
                bulk = _Insert(conn, table, ["id", *row])
                conn.exec_driver_sql(bulk.sql, [bulk.row([f"bulk-{n}", *row.values()])])
                names = [c.name for c in table.columns if c.name != "id"]
                typed = ", ".join(f"{c}, typeof({c})" for c in names)
                stored = [conn.exec_driver_sql(f"SELECT {typed} FROM {table.name} WHERE id = ?", (i,)).one()
                          for i in (f"orm-{n}", f"bulk-{n}")]
                assert stored[0] == stored[1], table.name
    finally:
        db.close()


# --- ids -----------------------------------------------------------------------------------------
def test_fast_natural_ids_agree_with_the_application() -> None:
    make = natural_ids(Result)
    for parts in (("a", "b", ""), ("019x", "Traoré", "c"), ("1", "2", "3")):
        assert make(*parts) == natural_id(Result, *parts)


def test_entity_ids_are_uuid7_ordered_by_day_then_sequence() -> None:
    ids = DemoIds(seed=3)
    made = [ids.entity("person", 0, date(2024, 1, 1)), ids.entity("person", 1, date(2024, 1, 1)),
            ids.entity("person", 2, date(2024, 1, 2))]
    assert made == sorted(made) and len(set(made)) == 3
    assert all(uuid.UUID(i).version == 7 for i in made)
    assert DemoIds(seed=3).entity("person", 0, date(2024, 1, 1)) == made[0]
    assert DemoIds(seed=4).entity("person", 0, date(2024, 1, 1)) != made[0]
