"""Trainees: search in SQL, validation, service numbers as text, likely duplicates, tombstones."""

from __future__ import annotations

from datetime import date

import pytest
from delivery_world import TODAY, World, make_world
from sqlalchemy import select

from trainmgr.db.models import AuditEvent, Person
from trainmgr.errors import NotFoundError, ValidationError
from trainmgr.services.container import Services
from trainmgr.services.trainees import TraineeInput


@pytest.fixture
def world(services: Services) -> World:
    return make_world(services)


def test_leading_zeros_of_a_service_number_survive_and_identify(world: World) -> None:
    a = world.trainee("Diallo", "Awa", number=" 00123 ")
    b = world.trainee("Keita", "Issa", number="123")
    assert world.trainees.get(a).service_number == "00123"
    assert world.trainees.get(b).service_number == "123"
    page = world.trainees.search(world.programme_id, text="00123")
    assert [r.id for r in page.rows] == [a]
    # 123 is another person: not a duplicate of 00123 by number
    assert [c.person_id for c in world.trainees.likely_duplicates(a) if c.same_service_number] == []


def test_a_service_number_given_as_a_number_is_refused(world: World) -> None:
    with pytest.raises(ValidationError, match="text"):
        world.trainees.create(TraineeInput(world.programme_id, "Diallo", service_number=123))  # type: ignore[arg-type]


@pytest.mark.parametrize(("field", "value", "message"), [
    ("family_name", "  ", "Family name is required"),
    ("sex", "m", "Unknown sex"),
    ("vetting_status", "ok", "Unknown vetting status"),
    ("birth_date", date(2030, 1, 1), "birth date"),
    ("vetting_date", date(2030, 1, 1), "in the future"),
])
def test_invalid_input_is_refused_with_a_message(world: World, field: str, value: object, message: str) -> None:
    values = {"programme_id": world.programme_id, "family_name": "Diallo", "vetting_status": "pending",
              field: value}
    with pytest.raises(ValidationError, match=message):
        world.trainees.create(TraineeInput(**values), today=TODAY)  # type: ignore[arg-type]


def test_a_cleared_vetting_needs_its_date(world: World) -> None:
    with pytest.raises(ValidationError, match="date of the decision"):
        world.trainees.create(TraineeInput(world.programme_id, "Diallo", vetting_status="cleared"), today=TODAY)


def test_search_matches_names_native_script_number_unit_and_rank(world: World) -> None:
    a = world.trainee("Traoré", "Mohamed", number="AT-001", name_native="محمد تراوري")
    b = world.trainee("Keita", "Issa", number="GN-777")
    search = world.trainees.search
    pid = world.programme_id
    assert [r.id for r in search(pid, text="traor").rows] == [a]  # case-insensitive for Latin letters
    assert [r.id for r in search(pid, text="تراوري").rows] == [a]
    assert [r.id for r in search(pid, text="GN-7").rows] == [b]
    assert search(pid, text="compagnie").total == 2  # unit name
    assert search(pid, text="sergent keita").total == 1  # every word must match (rank, then name)
    assert search(pid, text="100%").total == 0  # LIKE wildcards are literal
    row = search(pid, text="Traoré").rows[0]
    assert (row.unit_name, row.rank_name) == ("2e Compagnie", "Sergent")


def test_filters_sort_and_pages(world: World) -> None:
    names = ["Zongo", "adama", "Bamba", "Coulibaly", "Diarra"]
    ids = {n: world.trainee(n, number=f"{i:03d}", sex="female" if i % 2 else "male") for i, n in enumerate(names)}
    pid = world.programme_id
    assert [r.family_name for r in world.trainees.search(pid).rows] == ["adama", "Bamba", "Coulibaly", "Diarra",
                                                                         "Zongo"]  # case-insensitive order
    assert world.trainees.search(pid, sort="-service_number").rows[0].family_name == "Diarra"
    page = world.trainees.search(pid, offset=1, limit=2)
    assert ([r.family_name for r in page.rows], page.total) == (["Bamba", "Coulibaly"], 5)
    last = world.trainees.search(pid, offset=3, limit=10)  # read from the other end: same rows, same order
    assert [r.family_name for r in last.rows] == ["Diarra", "Zongo"]
    assert world.trainees.search(pid, sex="female").total == 2
    assert world.trainees.search(pid, unit_id=world.battalion).total == 5  # the battalion includes its company
    assert world.trainees.search(pid, vetting="refused").total == 0
    with pytest.raises(ValidationError, match="Unknown sort"):
        world.trainees.search(pid, sort="phone")
    assert ids


def test_duplicates_found_for_spelling_variants(world: World) -> None:
    original = world.trainee("Traoré", "Mohamed", number="0456")
    world.trainee("Touré", "Moussa", number="999")
    found = world.trainees.likely_duplicates(TraineeInput(world.programme_id, "TRAORE", "Mohammed"))
    assert [c.person_id for c in found] == [original]
    assert found[0].name_score >= 0.85 and not found[0].same_service_number
    swapped = world.trainees.likely_duplicates(TraineeInput(world.programme_id, "Muhammad", "Traore"))
    assert [c.person_id for c in swapped] == [original]


def test_duplicates_found_by_exact_service_number_first(world: World) -> None:
    original = world.trainee("Sawadogo", "Paul", number="0456")
    near = world.trainee("Diallo", "Ousmane", number="77")
    found = world.trainees.likely_duplicates(TraineeInput(world.programme_id, "Dialo", "Usman", service_number="0456"))
    assert (found[0].person_id, found[0].reason) == (original, "same service number")
    assert [c.person_id for c in found] == [original, near]
    assert world.trainees.likely_duplicates(TraineeInput(world.programme_id, "Sawadogo", "Paul",
                                                         service_number="456")) != []  # by name only
    assert all(not c.same_service_number for c in world.trainees.likely_duplicates(
        TraineeInput(world.programme_id, "Kabore", service_number="456")))


def test_duplicate_index_sees_later_edits_and_deletions(world: World) -> None:
    first = world.trainee("Ouedraogo", "Salif")
    probe = TraineeInput(world.programme_id, "Wedraogo", "Salif")
    assert [c.person_id for c in world.trainees.likely_duplicates(probe)] == [first]
    second = world.trainee("Ouedraogo", "Saliff")
    assert {c.person_id for c in world.trainees.likely_duplicates(probe)} == {first, second}
    world.trainees.delete(first)
    assert [c.person_id for c in world.trainees.likely_duplicates(probe)] == [second]
    assert [c.person_id for c in world.trainees.likely_duplicates(second)] == []  # never itself


def test_delete_is_a_tombstone(world: World) -> None:
    pid = world.trainee("Kone", "Aminata")
    world.trainees.delete(pid)
    with world.services.db.read() as s:
        assert s.get(Person, pid).deleted is True
    assert world.trainees.search(world.programme_id).total == 0
    with pytest.raises(NotFoundError):
        world.trainees.get(pid)


def test_update_changes_only_what_differs_and_audits_vetting(world: World) -> None:
    pid = world.trainee("Kone", "Aminata", vetting="pending")
    row = world.trainees.update(pid, TraineeInput(world.programme_id, "Koné", "Aminata", unit_id=world.company,
                                                  rank_id=world.rank, vetting_status="cleared",
                                                  vetting_date=date(2025, 6, 1), vetting_reference="VET-1"),
                                reason="letter from the embassy", today=TODAY)
    assert (row.family_name, row.vetting_status, row.vetting_reference) == ("Koné", "cleared", "VET-1")
    with world.services.db.read() as s:
        events = s.execute(select(AuditEvent.action, AuditEvent.entity_id, AuditEvent.reason)
                           .where(AuditEvent.action == "vetting_change")).all()  # every edit is audited too
    assert [tuple(e) for e in events] == [("vetting_change", pid, "letter from the embassy")]


def test_the_count_follows_every_change(world: World) -> None:
    pid = world.programme_id
    world.trainee("Bah")
    assert world.trainees.search(pid).total == 1
    other = world.trainee("Sow")
    assert world.trainees.search(pid).total == 2
    world.trainees.delete(other)
    assert world.trainees.search(pid, sort="-family_name").total == 1
