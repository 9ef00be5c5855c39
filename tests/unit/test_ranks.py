"""Ranks: a list per programme grouped by service in order of seniority, validation, codes unique per
service, deletion refused while someone holds the rank; the trainee list sorts by it."""

from __future__ import annotations

import pytest

from trainmgr.errors import ValidationError
from trainmgr.services.container import Services
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.ranks import RankInput
from trainmgr.services.trainees import TraineeInput


@pytest.fixture
def pid(services: Services) -> str:
    return services.programmes.create(ProgrammeInput(code="SAH", name="Sahel")).id


def test_ranks_are_listed_by_service_then_seniority(services: Services, pid: str) -> None:
    ranks = services.ranks
    ranks.create(pid, RankInput("CNE", "Capitaine", "Armée de terre", "officer", 12))
    ranks.create(pid, RankInput("SGT", "Sergent", "Armée de terre", "nco", 5))
    ranks.create(pid, RankInput("GND", "Gendarme", "Gendarmerie", "enlisted", 1))
    ranks.create(None, RankInput("CIV", "Civil", "", "", 0))  # shared by every programme
    other = services.programmes.create(ProgrammeInput(code="OTH", name="Other")).id
    ranks.create(other, RankInput("X", "Not ours", "Police", "", 1))
    listed = ranks.list(pid)
    assert [r.label for r in listed] == ["Civil", "Sergent (Armée de terre)", "Capitaine (Armée de terre)",
                                         "Gendarme (Gendarmerie)"]
    assert [r.code for r in ranks.list(pid, service="Gendarmerie")] == ["GND"]
    assert ranks.services(pid) == ["", "Armée de terre", "Gendarmerie"]


@pytest.mark.parametrize(("data", "message"), [
    (RankInput("", "Sergent"), "Code is required"),
    (RankInput("SGT", " "), "Name is required"),
    (RankInput("SGT", "Sergent", category="general"), "Unknown rank category"),
    (RankInput("SGT", "Sergent", sort_order=-1), "seniority order"),
])
def test_invalid_ranks_are_refused(services: Services, pid: str, data: RankInput, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        services.ranks.create(pid, data)
    assert services.ranks.list(pid) == []


def test_a_code_is_unique_within_its_service_only(services: Services, pid: str) -> None:
    services.ranks.create(pid, RankInput("SGT", "Sergent", "Armée"))
    services.ranks.create(pid, RankInput("SGT", "Sergent de police", "Police"))  # another service: fine
    with pytest.raises(ValidationError, match="already the rank “Sergent”"):
        services.ranks.create(pid, RankInput("sgt", "Sergent bis", "Armée"))


def test_a_rank_in_use_cannot_be_deleted(services: Services, pid: str) -> None:
    rank = services.ranks.create(pid, RankInput("SGT", "Sergent"))
    person = services.trainees.create(TraineeInput(pid, "Diallo", rank_id=rank.id))
    assert services.ranks.list(pid)[0].people == 1
    with pytest.raises(ValidationError, match="held by 1 person"):
        services.ranks.delete(rank.id)
    services.trainees.delete(person.id)
    services.ranks.delete(rank.id)
    assert services.ranks.list(pid) == []


def test_edits_change_the_order_the_trainee_list_sorts_by(services: Services, pid: str) -> None:
    junior = services.ranks.create(pid, RankInput("SDT", "Soldat", "Armée", "enlisted", 1))
    senior = services.ranks.create(pid, RankInput("CNE", "Capitaine", "Armée", "officer", 10))
    services.trainees.create(TraineeInput(pid, "Zongo", rank_id=junior.id))
    services.trainees.create(TraineeInput(pid, "Abdou", rank_id=senior.id))
    assert [r.family_name for r in services.trainees.search(pid, sort="rank").rows] == ["Zongo", "Abdou"]
    assert [r.family_name for r in services.trainees.search(pid, sort="-rank").rows] == ["Abdou", "Zongo"]
    services.ranks.update(junior.id, RankInput("SDT", "Soldat", "Armée", "enlisted", 20))
    assert [r.family_name for r in services.trainees.search(pid, sort="rank").rows] == ["Abdou", "Zongo"]
