"""The roster workbook in the user's language: a French template has French headers, drop-down
values, sheet names and instructions; a roster filled in either language imports the same; an export
in French reads back unchanged."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from delivery_world import TODAY, World, make_world
from openpyxl import load_workbook

from trainmgr.exchange.excel.roster_labels import ENGLISH, FRENCH, roster_words
from trainmgr.exchange.excel.roster_workbook import ROSTER_COLUMNS, read_roster
from trainmgr.services.container import Services
from trainmgr.services.roster_io import RosterIOService


@pytest.fixture
def world(services: Services) -> World:
    return make_world(services)


@pytest.fixture
def io(world: World) -> RosterIOService:
    return RosterIOService(world.services.db)


def test_a_french_template_speaks_french(world: World, io: RosterIOService, tmp_path: Path) -> None:
    path = tmp_path / "modele.xlsx"
    io.template(world.programme_id, path, lang="fr")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Stagiaires", "Listes", "Mode d'emploi"]
    ws = wb["Stagiaires"]
    assert [c.value for c in ws[1]] == [FRENCH.headers[c.key] for c in ROSTER_COLUMNS]
    assert [c.value for c in ws[1]][:4] == ["Identifiant", "Matricule", "Nom de famille", "Prénoms"]
    lists = wb["Listes"]
    assert lists.sheet_state == "hidden"
    assert [c.value for c in lists["A"]][:4] == ["Sexe", "Femme", "Homme", "Non renseigné"]
    assert [c.value for c in lists["D"]][:6] == ["Statut de criblage", "Non commencé", "En attente", "Habilité",
                                                  "Refusé", "Expiré"]
    validations = {dv.formula1: (dv.errorTitle, dv.error) for dv in ws.data_validations.dataValidation}
    assert validations["Listes!$A$2:$A$4"] == ("Valeur hors liste", "Choisissez une valeur dans la liste.")
    assert wb["Mode d'emploi"]["A1"].value == "Comment remplir cette liste"


def test_a_filled_french_template_imports(world: World, io: RosterIOService, tmp_path: Path) -> None:
    path = tmp_path / "modele.xlsx"
    io.template(world.programme_id, path, lang="fr")
    wb = load_workbook(path)
    wb["Stagiaires"].append([None, "00777", "Sow", "Moussa", None, "Homme", "Sergent", "2e Compagnie", None,
                             "04/03/1990", "Habilité", "01/06/2025", "V-1"])
    wb.save(path)
    preview = io.apply(world.programme_id, path, today=TODAY)
    assert preview.errors == () and [c.name for c in preview.new] == ["Sow Moussa"]
    row = world.trainees.search(world.programme_id, "Sow").rows[0]
    assert (row.sex, row.vetting_status, row.vetting_date, row.birth_date, row.rank_name) == (
        "male", "cleared", date(2025, 6, 1), date(1990, 3, 4), "Sergent")


def test_an_export_in_french_reads_back_as_in_english(world: World, io: RosterIOService, tmp_path: Path) -> None:
    world.trainee("Traoré", "Aïssata", number="0042", sex="female")
    english, french = tmp_path / "en.xlsx", tmp_path / "fr.xlsx"
    io.export(world.programme_id, english)
    io.export(world.programme_id, french, lang="fr")
    assert load_workbook(french)["Stagiaires"]["F2"].value == "Femme"
    assert read_roster(english).rows == read_roster(french).rows
    again = io.preview(world.programme_id, french, today=TODAY)
    assert (again.errors, again.new, again.updated, again.unchanged) == ((), (), (), 1)  # nothing to change


def test_headers_of_either_language_may_be_mixed(world: World, io: RosterIOService, tmp_path: Path) -> None:
    path = tmp_path / "mixed.xlsx"
    io.template(world.programme_id, path)
    wb = load_workbook(path)
    ws = wb["Roster"]
    ws["C1"], ws["F1"], ws["K1"] = "Nom de famille", "Sexe", "Statut de criblage"
    ws.append([None, "0099", "Keita", "Issa", None, "Femme", None, None, None, None, "En attente"])
    wb.save(path)
    preview = io.preview(world.programme_id, path, today=TODAY)
    assert preview.errors == () and [c.name for c in preview.new] == ["Keita Issa"]


@pytest.mark.parametrize(("lang", "expected"), [("fr", FRENCH), ("fr_FR", FRENCH), ("FR-ca", FRENCH),
                                                 ("en", ENGLISH), ("ar", ENGLISH), ("", ENGLISH), (None, ENGLISH)])
def test_a_language_trainmgr_does_not_write_falls_back_to_english(lang: str | None, expected: object) -> None:
    assert roster_words(lang) is expected
