"""Merging duplicate people, in sync terms: references move to the keeper under their natural-key ids,
the duplicate is tombstoned and points at the keeper, and laptops that kept writing for the duplicate
converge with the one that merged (late writes resolve to the keeper)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.sync.helpers import content

from trainmgr.db.base import natural_id
from trainmgr.db.models import (
    Attendance,
    Cohort,
    Enrolment,
    FollowUp,
    Instrument,
    Person,
    Programme,
    Result,
    SessionInstructor,
    TrainingSession,
)
from trainmgr.errors import NotFoundError, ValidationError
from trainmgr.services.container import Services
from trainmgr.services.people_merge import PeopleMergeService, resolve_person


@dataclass(frozen=True)
class World:
    keep: str
    dup: str
    other: str
    cohort: str
    s1: str
    s2: str
    instrument: str


def build_world(services: Services) -> World:
    with services.db.write() as s:
        prog = Programme(code="SAH", name="Sahel")
        s.add(prog)
        s.flush()
        keep = Person(programme_id=prog.id, family_name="Traoré", given_names="Awa", service_number="0042")
        dup = Person(programme_id=prog.id, family_name="TRAORE", given_names="Awa", service_number="0042",
                     phone="+223 70 00 00 00")
        other = Person(programme_id=prog.id, family_name="Diallo", given_names="Moussa")
        cohort = Cohort(programme_id=prog.id, name="Cohorte 1")
        s.add_all([keep, dup, other, cohort])
        s.flush()
        s1 = TrainingSession(cohort_id=cohort.id, session_date=date(2025, 3, 3), title="Premiers secours")
        s2 = TrainingSession(cohort_id=cohort.id, session_date=date(2025, 3, 4), title="Topographie")
        instrument = Instrument(programme_id=prog.id, cohort_id=cohort.id, kind="post_test", level="2_learning",
                                title="Post-test", max_score=20.0)
        s.add_all([s1, s2, instrument])
        s.flush()
        s.add_all([
            Enrolment(cohort_id=cohort.id, person_id=keep.id, status="enrolled"),
            Enrolment(cohort_id=cohort.id, person_id=dup.id, status="enrolled", enrolled_on=date(2025, 3, 1)),
            Attendance(session_id=s1.id, person_id=dup.id, status="present", recorded_by="Adj. Koné",
                       note="arrivé avec le 2e groupe"),
            SessionInstructor(session_id=s2.id, person_id=dup.id),
            Result(instrument_id=instrument.id, person_id=keep.id, score=12.0),
            Result(instrument_id=instrument.id, person_id=dup.id, score=15.0, comment="rattrapage"),
            FollowUp(person_id=dup.id, cohort_id=cohort.id, due_on=date(2025, 9, 1)),
        ])
        return World(keep.id, dup.id, other.id, cohort.id, s1.id, s2.id, instrument.id)


def package(src: Services, tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.xlsx"
    src.sync.export(path, full=True)
    return path


def mark(services: Services, session_id: str, person_id: str, status: str, **values: str) -> None:
    with services.db.write() as s:
        row = s.get(Attendance, natural_id(Attendance, session_id, person_id))
        if row is None:
            s.add(Attendance(session_id=session_id, person_id=person_id, status=status, **values))
        else:
            row.status = status
            for k, v in values.items():
                setattr(row, k, v)


def attendance(services: Services, session_id: str, person_id: str) -> Attendance | None:
    with services.db.read() as s:
        return s.get(Attendance, natural_id(Attendance, session_id, person_id))


def person(services: Services, person_id: str) -> Person:
    with services.db.read() as s:
        found = s.get(Person, person_id)
        assert found is not None
        return found


def live_refs(services: Services, person_id: str) -> dict[str, int]:
    with services.db.read() as s:
        return {model.__tablename__: len(s.scalars(select(model).where(model.person_id == person_id,
                                                                         model.deleted.is_(False))).all())
                for model in (Enrolment, Attendance, SessionInstructor, Result, FollowUp)}


def test_merge_moves_every_reference_to_natural_ids(services: Services) -> None:
    w = build_world(services)
    summary = PeopleMergeService(services.db).merge(w.keep, w.dup, "même matricule, même personne")
    assert summary.changed and summary.total == 5
    assert live_refs(services, w.dup) == dict.fromkeys(live_refs(services, w.dup), 0)
    assert live_refs(services, w.keep) == {"enrolment": 1, "attendance": 1, "session_instructor": 1, "result": 1,
                                           "follow_up": 1}
    dup = person(services, w.dup)
    assert dup.deleted and dup.merged_into_id == w.keep
    with services.db.read() as s:
        # created for the keeper under the keeper's natural id, with the duplicate's values
        att = s.get(Attendance, natural_id(Attendance, w.s1, w.keep))
        assert att is not None and (att.status, att.recorded_by, att.note) == (
            "present", "Adj. Koné", "arrivé avec le 2e groupe")
        assert s.get(SessionInstructor, natural_id(SessionInstructor, w.s2, w.keep)) is not None
        # the keeper's values win where set, the duplicate's fill the blanks
        result = s.get(Result, natural_id(Result, w.instrument, w.keep, None))
        assert result is not None and (result.score, result.comment) == (12.0, "rattrapage")
        enrolment = s.get(Enrolment, natural_id(Enrolment, w.cohort, w.keep))
        assert enrolment is not None and enrolment.enrolled_on == date(2025, 3, 1)
        # every keyed row still has the id of its key
        for model in (Enrolment, Attendance, SessionInstructor, Result):
            for row in s.scalars(select(model)):
                assert row.id == natural_id(model, *(getattr(row, k) for k in model.__natural_key__))
    assert resolve_person(services.db, w.dup) == w.keep
    assert resolve_person(services.db, w.keep) == w.keep


def test_merging_twice_is_a_no_op(services: Services) -> None:
    w = build_world(services)
    merger = PeopleMergeService(services.db)
    merger.merge(w.keep, w.dup, "doublon")
    before = content(services)
    again = merger.merge(w.keep, w.dup, "doublon")
    assert not again.changed and again.total == 0
    assert content(services) == before


def test_impossible_merges_are_refused(services: Services) -> None:
    w = build_world(services)
    merger = PeopleMergeService(services.db)
    before = content(services)
    with pytest.raises(ValidationError, match="itself"):
        merger.merge(w.keep, w.keep, "x")
    with pytest.raises(ValidationError, match="reason"):
        merger.merge(w.keep, w.dup, "  ")
    with pytest.raises(NotFoundError):
        merger.merge("no-such-person", w.dup, "x")
    with services.db.write() as s:
        s.get(Person, w.other).deleted = True
    with pytest.raises(ValidationError, match="deleted"):
        merger.merge(w.other, w.dup, "x")
    with services.db.write() as s:
        s.get(Person, w.other).deleted = False
    before = content(services)
    merger.merge(w.keep, w.dup, "doublon")
    with pytest.raises(ValidationError, match="merged into another"):
        merger.merge(w.dup, w.other, "x")  # into a merged person
    with pytest.raises(ValidationError, match="already merged"):
        merger.merge(w.other, w.dup, "x")  # the duplicate already points elsewhere
    with pytest.raises(ValidationError, match="cycle"):
        merger.merge(w.dup, w.keep, "x")  # keep -> dup while dup -> keep
    assert content(services) != before  # only the one valid merge changed anything


def test_crossed_merges_resolve_to_one_person_everywhere(laptops, tmp_path) -> None:
    a, b = laptops("a"), laptops("b")
    w = build_world(a)
    b.sync.import_package(package(a, tmp_path, "seed"))
    PeopleMergeService(a.db).merge(w.keep, w.dup, "doublon")
    PeopleMergeService(b.db).merge(w.dup, w.keep, "doublon")
    pa, pb = package(a, tmp_path, "a"), package(b, tmp_path, "b")
    b.sync.import_package(pa)
    a.sync.import_package(pb)
    assert content(a) == content(b)
    target = resolve_person(a.db, w.dup)
    assert target == resolve_person(a.db, w.keep) == resolve_person(b.db, w.dup) == resolve_person(b.db, w.keep)
    assert target == min(w.keep, w.dup)


def test_merge_on_one_laptop_while_another_marks_the_duplicate_converges(laptops, tmp_path) -> None:
    a, b = laptops("a"), laptops("b")
    w = build_world(a)
    b.sync.import_package(package(a, tmp_path, "seed"))

    PeopleMergeService(a.db).merge(w.keep, w.dup, "doublon")  # on laptop A
    mark(b, w.s2, w.dup, "absent", note="malade")  # meanwhile on B, which has not heard of it

    pa, pb = package(a, tmp_path, "a1"), package(b, tmp_path, "b1")  # crossed in the mail
    assert b.sync.import_package(pa).applied
    assert a.sync.import_package(pb).applied
    assert content(a) == content(b)
    for laptop in (a, b):
        dup = person(laptop, w.dup)
        assert dup.deleted and dup.merged_into_id == w.keep
        kept = attendance(laptop, w.s1, w.keep)
        assert kept is not None and not kept.deleted
        assert (kept.status, kept.note) == ("present", "arrivé avec le 2e groupe")  # A's values
        old = attendance(laptop, w.s1, w.dup)
        assert old is not None and old.deleted
        late = attendance(laptop, w.s2, w.dup)  # B's mark, written for the duplicate
        assert late is not None and not late.deleted and late.status == "absent"
        assert resolve_person(laptop.db, late.person_id) == w.keep
        with laptop.db.read() as s:
            assert resolve_person(s, late.person_id) == w.keep

    # Merging again where the late mark arrived moves it too; then nothing is left to move.
    again = PeopleMergeService(a.db).merge(w.keep, w.dup, "doublon")
    assert again.changed and dict(again.moved) == {"attendance": 1}
    b.sync.import_package(package(a, tmp_path, "a2"))
    assert content(a) == content(b)
    moved = attendance(b, w.s2, w.keep)
    assert moved is not None and (moved.status, moved.note) == ("absent", "malade")
    before = content(b)
    assert not PeopleMergeService(b.db).merge(w.keep, w.dup, "doublon").changed
    assert content(b) == before


def test_three_laptops_with_crossed_packages_converge(laptops, tmp_path) -> None:
    a, b, c = laptops("a"), laptops("b"), laptops("c")
    w = build_world(a)
    seed = package(a, tmp_path, "seed")
    b.sync.import_package(seed)
    c.sync.import_package(seed)

    PeopleMergeService(a.db).merge(w.keep, w.dup, "doublon")
    mark(b, w.s2, w.dup, "late")  # B marks the duplicate at a session A never saw him at
    # C edits the note of the duplicate's row that A tombstoned (the status stays as it was)
    mark(c, w.s1, w.dup, "present", note="corrigé par C")
    with c.db.write() as s:  # and C corrects the keeper's score (A's merge fills the comment: no conflict)
        s.get(Result, natural_id(Result, w.instrument, w.keep, None)).score = 13.0

    # Round 1: everyone exports before anyone imports; imports in different orders.
    p = {name: package(laptop, tmp_path, f"{name}1") for name, laptop in (("a", a), ("b", b), ("c", c))}
    a.sync.import_package(p["c"])
    a.sync.import_package(p["b"])
    b.sync.import_package(p["a"])
    b.sync.import_package(p["c"])
    c.sync.import_package(p["b"])
    c.sync.import_package(p["a"])
    # Round 2: a stale package again (a no-op), then fresh ones so everyone hears from everyone.
    assert c.sync.import_package(p["a"]).already_imported
    q = {name: package(laptop, tmp_path, f"{name}2") for name, laptop in (("a", a), ("b", b), ("c", c))}
    for dst, sources in ((a, "bc"), (b, "ca"), (c, "ab")):
        for src in sources:
            dst.sync.import_package(q[src])

    assert content(a) == content(b) == content(c)
    for laptop in (a, b, c):
        dup = person(laptop, w.dup)
        assert dup.deleted and dup.merged_into_id == w.keep
        kept = attendance(laptop, w.s1, w.keep)
        assert kept is not None and (kept.status, kept.note) == ("present", "arrivé avec le 2e groupe")
        stale = attendance(laptop, w.s1, w.dup)
        assert stale is not None and stale.deleted and stale.note == "corrigé par C"  # no resurrection
        late = attendance(laptop, w.s2, w.dup)
        assert late is not None and not late.deleted and resolve_person(laptop.db, late.person_id) == w.keep
        with laptop.db.read() as s:
            result = s.get(Result, natural_id(Result, w.instrument, w.keep, None))
            assert result is not None and (result.score, result.comment) == (13.0, "rattrapage")
    assert a.conflicts.list() == b.conflicts.list() == c.conflicts.list()
