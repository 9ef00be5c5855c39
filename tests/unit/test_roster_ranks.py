"""Ranks of several services in the roster: the drop-down names each with its service, in order of
seniority per service, and a roster choosing "Sergent (Gendarmerie)" gets that service's sergeant."""

from __future__ import annotations

from pathlib import Path

from delivery_world import TODAY
from openpyxl import load_workbook

from trainmgr.services.container import Services
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.ranks import RankInput


def test_ranks_of_two_services_are_told_apart(services: Services, tmp_path: Path) -> None:
    pid = services.programmes.create(ProgrammeInput(code="SAH", name="Sahel")).id
    army = services.ranks.create(pid, RankInput("SGT", "Sergent", "Armée", "nco", 5)).id
    services.ranks.create(pid, RankInput("CNE", "Capitaine", "Armée", "officer", 12))
    gendarme = services.ranks.create(pid, RankInput("SGT", "Sergent", "Gendarmerie", "nco", 5)).id
    path = tmp_path / "roster.xlsx"
    services.roster_io.template(pid, path)
    wb = load_workbook(path)
    assert [c.value for c in wb["Lists"]["B"]][:4] == ["Rank", "Sergent (Armée)", "Capitaine (Armée)",
                                                        "Sergent (Gendarmerie)"]
    wb["Roster"].append([None, "001", "Sow", None, None, None, "Sergent (Gendarmerie)"])
    wb["Roster"].append([None, "002", "Ba", None, None, None, "sergent (armée)"])
    wb["Roster"].append([None, "003", "Fall", None, None, None, "Sergent"])
    wb.save(path)
    preview = services.roster_io.preview(pid, path, today=TODAY)
    assert [(e.row, e.column) for e in preview.errors] == [(4, "Rank")]  # "Sergent" alone names two ranks
    assert "names several ranks" in preview.errors[0].message
    ws = wb["Roster"]
    ws.delete_rows(4)
    wb.save(path)
    services.roster_io.apply(pid, path, today=TODAY)
    by_name = {r.family_name: r.rank_id for r in services.trainees.search(pid).rows}
    assert by_name == {"Sow": gendarme, "Ba": army}
