"""Roster import/export through the service: preview, apply, matching, idempotence, nothing applied on errors."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from delivery_world import TODAY, World, make_world
from openpyxl import load_workbook
from roster_files import huge_roster, make_roster
from sqlalchemy import func, select

from trainmgr.db.models import AuditEvent, ImportBatch, Person
from trainmgr.services.container import Services
from trainmgr.services.roster_io import RosterImportError, RosterIOService
from trainmgr.services.units import UnitInput


@pytest.fixture
def world(services: Services) -> World:
    return make_world(services)


@pytest.fixture
def io(world: World) -> RosterIOService:
    return RosterIOService(world.services.db)


def db_state(world: World) -> tuple[int, int, str]:
    """Person rows (all fields) and import batches, to prove nothing changed."""
    with world.services.db.read() as s:
        people = s.execute(select(Person).order_by(Person.id)).scalars().all()
        text = repr([(p.id, p.family_name, p.given_names, p.service_number, p.unit_id, p.rank_id, p.sex,
                      p.birth_date, p.vetting_status, p.vetting_date, p.vetting_reference) for p in people])
        batches = s.scalar(select(func.count()).select_from(ImportBatch)) or 0
    return len(people), batches, hashlib.sha256(text.encode()).hexdigest()


def test_export_edit_one_cell_import_updates_one_then_nothing(world: World, io: RosterIOService,
                                                              tmp_path: Path) -> None:
    a = world.trainee("Diallo", "Awa", number="00123")
    world.trainee("Keita", "Issa", number="00456")
    out = tmp_path / "roster.xlsx"
    assert io.export(world.programme_id, out).trainees == 2
    first = io.preview(world.programme_id, out, today=TODAY)
    assert (first.errors, first.new, first.updated, first.unchanged) == ((), (), (), 2)
    wb = load_workbook(out)
    ws = wb["Roster"]
    assert ws["B2"].value == "00123" and ws["C2"].value == "Diallo"
    ws["I2"] = "Radio operator"
    wb.save(out)
    preview = io.preview(world.programme_id, out, today=TODAY)
    assert [(c.row, c.person_id, c.fields) for c in preview.updated] == [(2, a, ("Position",))]
    assert preview.unchanged == 1 and preview.new == ()
    result = io.apply(world.programme_id, out, today=TODAY)
    assert result.applied and len(result.updated) == 1
    assert world.trainees.get(a).position == "Radio operator"
    before = db_state(world)
    again = io.apply(world.programme_id, out, today=TODAY)
    assert (again.new, again.updated, again.unchanged) == ((), (), 2)
    assert db_state(world) == before  # no change, no second ImportBatch
    with world.services.db.read() as s:
        batch = s.scalars(select(ImportBatch)).one()
    assert (batch.kind, batch.rows_updated, batch.rows_unchanged) == ("roster", 1, 1)


def test_template_import_adds_new_trainees_and_matches_by_service_number(world: World, io: RosterIOService,
                                                                         tmp_path: Path) -> None:
    existing = world.trainee("Diallo", "Awa", number="00123", vetting="pending", vetted=None)
    template = tmp_path / "template.xlsx"
    io.template(world.programme_id, template)
    wb = load_workbook(template)
    ws = wb["Roster"]
    ws.append([None, "00123", "Diallo", "Awa", None, "Female", "Sergent", "2e Compagnie", None, None, "Cleared",
               "2025-06-01", "V-9"])
    ws.append([None, "00777", "Sow", "Moussa", None, "Male", "SGT", "1er Bataillon", None, "04/03/1990", None])
    wb.save(template)
    preview = io.preview(world.programme_id, template, today=TODAY)
    assert preview.errors == ()
    assert [(c.row, c.person_id, c.fields) for c in preview.updated] == [
        (2, existing, ("Sex", "Vetting status", "Vetting date", "Vetting reference"))]
    assert [(c.row, c.name, c.service_number) for c in preview.new] == [(3, "Sow Moussa", "00777")]
    io.apply(world.programme_id, template, today=TODAY)
    row = world.trainees.get(existing)
    assert (row.sex, row.vetting_status, row.vetting_date) == ("female", "cleared", date(2025, 6, 1))
    with world.services.db.read() as s:
        audit = s.scalars(select(AuditEvent).where(AuditEvent.entity_id == existing,
                                                   AuditEvent.action == "vetting_change")).all()
        sow = s.scalars(select(Person).where(Person.service_number == "00777")).one()
    assert [a.action for a in audit][-1] == "vetting_change" and "roster import" in audit[-1].reason
    assert (sow.birth_date, sow.vetting_status, sow.sex, sow.rank_id) == (date(1990, 3, 4), "not_started", "male",
                                                                        world.rank)


def test_duplicates_in_the_file_and_likely_duplicates_of_existing_people(world: World, io: RosterIOService,
                                                                         tmp_path: Path) -> None:
    keita = world.trainee("Keïta", "Issa", number="900")
    path = make_roster(tmp_path / "dups.xlsx", [
        [None, "001", "Diallo", "Awa"], [None, "001", "Dialo", "Awa"],  # same number twice: an error
        [None, "", "Traoré", "Ali"], [None, "", "Traore", "Ali"],  # same name twice: reported, not an error
    ])
    preview = io.preview(world.programme_id, path, today=TODAY)
    assert preview.error_lines() == ["dups.xlsx, sheet Roster, row 3, column Service number: the service number "
                                     "001 is used twice (also row 2)"]
    fixed = make_roster(tmp_path / "names.xlsx", [[None, "", "Traoré", "Ali"], [None, "", "Traore", "Ali"],
                                                  [None, "", "Keita", "Isa"]])
    preview = io.preview(world.programme_id, fixed, today=TODAY)
    assert preview.errors == ()
    assert [(d.row, d.other, d.other_person_id) for d in preview.duplicates] == [
        (3, "row 2", ""), (4, "Keïta Issa (900)", keita)]


@pytest.mark.parametrize(("rows", "expected"), [
    ([[None, 1234, "Diallo"]], "row 2, column Service number: service number 1234 was stored as a number"),
    ([[None, "001", "Diallo", None, None, None, None, None, None, "March 3 2024"]],
     'row 2, column Birth date: "March 3 2024" is not a date'),
    ([[None, "001", "=A1"]], "row 2, column Family name: holds a formula"),
    ([[None, "001", "Diallo", None, None, None, "General"]], 'row 2, column Rank: "General" is not a rank'),
    ([[None, "001", "Diallo", None, None, None, None, "Navy"]], 'row 2, column Unit: "Navy" is not a unit'),
    ([["0000-not-an-id", "001", "Diallo"]], "row 2, column ID: the ID 0000-not-an-id is not a trainee"),
    ([[None, "001", "Diallo", None, None, None, None, None, None, None, "Cleared"]],
     "row 2, column Vetting status: A cleared vetting needs the date of the decision"),
    ([[None, "001", "Diallo", None, None, None, None, None, None, "2030-01-01"]],
     "row 2, column Birth date: The birth date (2030-01-01) must be a date between 1900 and today"),
    ([[None, "001", " "]], "row 2, column Family name: Family name is required"),
])
def test_bad_rows_give_errors_and_nothing_is_applied(world: World, io: RosterIOService, tmp_path: Path,
                                                     rows: list[list[object]], expected: str) -> None:
    path = make_roster(tmp_path / "bad.xlsx", [*rows, [None, "555", "Good", "Row"]])
    before = db_state(world)
    preview = io.preview(world.programme_id, path, today=TODAY)
    assert len(preview.errors) == 1 and preview.error_lines()[0].startswith(f"bad.xlsx, sheet Roster, {expected}")
    with pytest.raises(RosterImportError) as raised:
        io.apply(world.programme_id, path, today=TODAY)
    assert raised.value.preview.errors == preview.errors
    assert db_state(world) == before


def test_whole_file_problems_change_nothing(world: World, io: RosterIOService, tmp_path: Path) -> None:
    before = db_state(world)
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook")
    huge = huge_roster(tmp_path / "huge.xlsx", 200_000)
    wrong = make_roster(tmp_path / "wrong.xlsx", [["x"]], headers=["Name"])
    for path, message in ((fake, "is not an .xlsx workbook"), (huge, "has more than 100,000 rows"),
                          (wrong, "the required column 'Family name' is missing")):
        with pytest.raises(RosterImportError, match=message):
            io.apply(world.programme_id, path, today=TODAY)
    assert db_state(world) == before


def test_a_column_the_sheet_lacks_is_left_as_it_is(world: World, io: RosterIOService, tmp_path: Path) -> None:
    a = world.trainee("Diallo", "Awa", number="00123", position="Driver")
    path = make_roster(tmp_path / "short.xlsx", [["00123", "Diallo", "Aïssatou"]],
                       headers=["Service number", "Family name", "Given names"])
    result = io.apply(world.programme_id, path, today=TODAY)
    assert [c.fields for c in result.updated] == [("Given names",)]
    row = world.trainees.get(a)
    assert (row.given_names, row.position, row.unit_id, row.vetting_status) == ("Aïssatou", "Driver", world.company,
                                                                               "cleared")


def test_programme_lookup(world: World, io: RosterIOService) -> None:
    assert io.find_programme("SAH") == world.programme_id
    assert io.only_programme() == world.programme_id


def test_template_lists_and_units_with_the_same_name(world: World, io: RosterIOService, tmp_path: Path) -> None:
    first = world.services.units.create(world.programme_id, UnitInput(name="1re Section", code="S1A",
                                                                      parent_id=world.company)).id
    second = world.services.units.create(world.programme_id, UnitInput(name="1re Section", code="S1B",
                                                                       parent_id=world.battalion)).id
    template = tmp_path / "template.xlsx"
    io.template(world.programme_id, template)
    wb = load_workbook(template)
    lists = wb["Lists"]
    assert [c.value for c in lists["C"] if c.value] == ["Unit", "1er Bataillon", "1re Section [S1A]",
                                                         "1re Section [S1B]", "2e Compagnie"]
    assert [c.value for c in lists["B"] if c.value] == ["Rank", "Sergent"]
    ws = wb["Roster"]
    ws.append([None, "001", "Diallo", None, None, None, None, "1re Section [S1B]"])
    ws.append([None, "002", "Keita", None, None, None, None, "s1a"])
    ws.append([None, "003", "Sow", None, None, None, None, "1re Section"])
    wb.save(template)
    preview = io.preview(world.programme_id, template, today=TODAY)
    assert preview.error_lines() == [
        'template.xlsx, sheet Roster, row 4, column Unit: "1re Section" names several units (1re Section [S1A], '
        "1re Section [S1B]); use the label from the list"]
    ws.delete_rows(4)
    wb.save(template)
    io.apply(world.programme_id, template, today=TODAY)
    with world.services.db.read() as s:
        units = dict(s.execute(select(Person.service_number, Person.unit_id)).all())
    assert (units["001"], units["002"]) == (second, first)
