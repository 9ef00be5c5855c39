"""The roster workbook: the template layout, and reading filled rosters by explicit rules."""

from __future__ import annotations

import time
from datetime import date, datetime
from pathlib import Path

from framework_files import ENTITY_BOMB, EXTERNAL_ENTITY, far_cell, rewrite_member, sheet_member, with_doctype
from openpyxl import load_workbook
from roster_files import HEADERS, huge_roster, make_roster

from trainmgr.exchange.excel.roster_workbook import (
    LISTS_SHEET,
    MAX_ROSTER_ROWS,
    RosterLine,
    read_roster,
)
from trainmgr.exchange.excel.roster_writer import write_roster_template


def errors_of(path: Path) -> list[str]:
    return [str(e) for e in read_roster(path).errors]


def test_template_has_the_columns_drop_downs_from_a_hidden_sheet_and_a_frozen_header(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    assert write_roster_template(path, ["1er Bataillon", "2e Compagnie"], ["Sergent", "Caporal"]) == 0
    wb = load_workbook(path)
    ws = wb["Roster"]
    assert [c.value for c in ws[1]] == HEADERS
    assert ws.freeze_panes == "C2"
    assert wb[LISTS_SHEET].sheet_state == "hidden"
    lists = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in ws.data_validations.dataValidation
             if dv.type == "list"}
    assert lists == {"F2": "Lists!$A$2:$A$4", "G2": "Lists!$B$2:$B$3", "H2": "Lists!$C$2:$C$3",
                     "K2": "Lists!$D$2:$D$6"}
    assert [c.value for c in wb[LISTS_SHEET]["C"]][:3] == ["Unit", "1er Bataillon", "2e Compagnie"]
    assert ws.column_dimensions["B"].number_format == "@"
    assert ws.column_dimensions["J"].number_format == "yyyy-mm-dd"


def test_written_rows_read_back_the_same(tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsx"
    line = RosterLine(0, id="0192f0aa", service_number="00123", family_name="=HYPERLINK(\"x\")", given_names="Awa",
                      name_native="عوا", sex="female", rank="Sergent", unit="2e Compagnie", position="Driver",
                      birth_date=date(1990, 1, 2), vetting_status="cleared", vetting_date=date(2024, 5, 6),
                      vetting_reference="V-1")
    write_roster_template(path, ["2e Compagnie"], ["Sergent"], [line])
    sheet = read_roster(path)
    assert sheet.errors == ()
    assert sheet.rows == (RosterLine(2, **{k: v for k, v in vars(line).items() if k != "row"}),)


def test_dates_real_iso_and_day_first_are_accepted_other_text_is_an_error(tmp_path: Path) -> None:
    path = make_roster(tmp_path / "dates.xlsx", [
        [None, "001", "Diallo", None, None, None, None, None, None, datetime(1990, 3, 4)],
        [None, "002", "Keita", None, None, None, None, None, None, "1991-03-04"],
        [None, "003", "Traoré", None, None, None, None, None, None, "04/03/1992"],
        [None, "004", "Sow", None, None, None, None, None, None, "March 3 2024"],
        [None, "005", "Ba", None, None, None, None, None, None, "31/02/1993"],
    ])
    sheet = read_roster(path)
    assert [r.birth_date for r in sheet.rows[:3]] == [date(1990, 3, 4), date(1991, 3, 4), date(1992, 3, 4)]
    assert [str(e) for e in sheet.errors] == [
        'dates.xlsx, sheet Roster, row 5, column Birth date: "March 3 2024" is not a date in an accepted form: '
        "type YYYY-MM-DD (2024-03-31) or DD/MM/YYYY (31/03/2024)",
        'dates.xlsx, sheet Roster, row 6, column Birth date: "31/02/1993" is not a real date (day 31, month 2, '
        "year 1993)",
    ]


def test_a_service_number_excel_made_a_number_is_refused(tmp_path: Path) -> None:
    path = make_roster(tmp_path / "numbers.xlsx", [[None, 1234, "Diallo"], [None, "0042", "Keita"]])
    assert errors_of(path) == [
        "numbers.xlsx, sheet Roster, row 2, column Service number: service number 1234 was stored as a number; "
        "leading zeros may be lost: format the column as text"]


def test_formulas_are_refused(tmp_path: Path) -> None:
    path = make_roster(tmp_path / "formula.xlsx", [[None, "001", "=UPPER(\"diallo\")"],
                                                   [None, "002", "Keita", None, None, None, None, None, None,
                                                    "=DATE(1990,1,1)"]])
    assert errors_of(path) == [
        'formula.xlsx, sheet Roster, row 2, column Family name: holds a formula ("=UPPER("diallo")"); type the '
        "value itself, not a formula",
        'formula.xlsx, sheet Roster, row 3, column Birth date: holds a formula ("=DATE(1990,1,1)"); type the date '
        "itself, not a formula",
    ]


def test_wrong_headers_name_what_was_found(tmp_path: Path) -> None:
    path = make_roster(tmp_path / "wrong.xlsx", [["Diallo", "Awa"]], headers=["Person", "First"])
    assert errors_of(path) == [
        "wrong.xlsx, sheet Roster, row 1, column Family name: the required column 'Family name' is missing "
        "(found: 'Person', 'First'); use the roster template's headers"]


def test_french_headers_labels_blank_rows_and_real_row_numbers(tmp_path: Path) -> None:
    path = make_roster(tmp_path / "fr.xlsx", [["00A", "Diallo", "F", "En cours"], [None, None, None, None],
                                              ["00B", "Keita", "Homme", "Validé"], ["00C", "Sow", "x", "Maybe"]],
                       headers=["Matricule", "Nom", "Sexe", "Statut de criblage"])
    sheet = read_roster(path)
    assert [(r.row, r.service_number, r.sex, r.vetting_status) for r in sheet.rows[:2]] == [
        (2, "00A", "female", "pending"), (4, "00B", "male", "cleared")]
    assert [str(e) for e in sheet.errors] == [
        'fr.xlsx, sheet Roster, row 5, column Sex: "x" is not a sex; choose one of: Female, Male, Not recorded',
        'fr.xlsx, sheet Roster, row 5, column Vetting status: "Maybe" is not a vetting status; choose one of: '
        "Not started, Pending, Cleared, Refused, Expired",
    ]


def test_cells_merged_across_data_rows_are_refused_a_merged_title_is_ignored(tmp_path: Path) -> None:
    def merge_data(wb) -> None:  # type: ignore[no-untyped-def]
        wb.active.merge_cells("H2:H3")

    rows = [[None, "001", "Diallo", None, None, None, None, "2e Cie"], [None, "002", "Keita"]]
    path = make_roster(tmp_path / "merged.xlsx", rows, extra=merge_data)
    assert errors_of(path) == [
        "merged.xlsx, sheet Roster, row 2, column Unit: cells H2:H3 are merged; unmerge them and fill every cell "
        "(merged cells keep the value in their first cell only)"]

    def merge_across(wb) -> None:  # type: ignore[no-untyped-def]
        wb.active.merge_cells("C3:D3")

    path = make_roster(tmp_path / "across.xlsx", rows, extra=merge_across)
    assert [e.column for e in read_roster(path).errors] == ["Family name"]

    def title(wb) -> None:  # type: ignore[no-untyped-def]
        ws = wb.active
        ws.insert_rows(1)
        ws["A1"] = "Roster of the 2nd company"
        ws.merge_cells("A1:M1")

    path = make_roster(tmp_path / "title.xlsx", rows, extra=title)
    sheet = read_roster(path)
    assert sheet.errors == ()
    assert [(r.row, r.family_name) for r in sheet.rows] == [(3, "Diallo"), (4, "Keita")]


def test_hidden_sheets_are_never_read(tmp_path: Path) -> None:
    def hidden_old(wb) -> None:  # type: ignore[no-untyped-def]
        old = wb.create_sheet("Roster old", 0)
        old.append(HEADERS)
        old.append([None, 1234, "=BAD()"])
        old.sheet_state = "hidden"

    path = make_roster(tmp_path / "hidden.xlsx", [[None, "001", "Diallo"]], sheet="Trainees", extra=hidden_old)
    sheet = read_roster(path)
    assert sheet.errors == () and sheet.sheet == "Trainees" and [r.family_name for r in sheet.rows] == ["Diallo"]

    def hide_all_but_lists(wb) -> None:  # type: ignore[no-untyped-def]
        wb.create_sheet(LISTS_SHEET)
        wb["Roster"].sheet_state = "hidden"

    path = make_roster(tmp_path / "only_hidden.xlsx", [[None, "001", "Diallo"]], extra=hide_all_but_lists)
    assert errors_of(path) == ["only_hidden.xlsx: has no visible roster sheet (hidden sheets are not read: Roster)"]


def test_a_file_that_is_not_an_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsx"
    path.write_text("Service number;Family name\n001;Diallo\n")
    assert errors_of(path) == ["roster.xlsx: is not an .xlsx workbook."]
    old = tmp_path / "old.xlsx"
    old.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 600)
    assert errors_of(old) == ["old.xlsx: is an encrypted workbook or an old-format .xls file; save it as a plain "
                              ".xlsx first."]


def test_a_200_000_row_roster_is_refused_fast(tmp_path: Path) -> None:
    path = huge_roster(tmp_path / "huge.xlsx", 200_000)
    started = time.perf_counter()
    errors = errors_of(path)
    assert time.perf_counter() - started < 5
    assert errors == [f"huge.xlsx, sheet Roster: has more than {MAX_ROSTER_ROWS:,} rows of data; split it into "
                      "smaller files"]


def test_a_roster_at_the_cap_is_read(tmp_path: Path) -> None:
    path = huge_roster(tmp_path / "small.xlsx", 1_000)
    sheet = read_roster(path)
    assert sheet.errors == () and len(sheet.rows) == 1_000 and sheet.rows[-1].row == 1_001


def test_hostile_and_damaged_files_are_one_clear_error(tmp_path: Path) -> None:
    good = make_roster(tmp_path / "good.xlsx", [[None, "001", "Diallo"]])
    member = sheet_member(good)
    bomb = rewrite_member(good, tmp_path / "bomb.xlsx", member, with_doctype(ENTITY_BOMB, b"&lol3;"))
    external = rewrite_member(good, tmp_path / "external.xlsx", member, with_doctype(EXTERNAL_ENTITY, b"&ext;"))
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    flipped = tmp_path / "flipped.xlsx"
    data = bytearray(good.read_bytes())
    data[len(data) // 3] ^= 0xFF
    flipped.write_bytes(bytes(data))
    for path in (bomb, external, truncated, flipped):
        sheet = read_roster(path)
        assert len(sheet.errors) == 1 and sheet.rows == (), path.name
        assert str(sheet.errors[0]).startswith(f"{path.name}: "), str(sheet.errors[0])


def test_one_cell_at_the_last_row_and_column_neither_hangs_nor_hides_rows(tmp_path: Path) -> None:
    good = make_roster(tmp_path / "good.xlsx", [[None, "001", "Diallo"], [None, "002", "Keita"]])
    far = rewrite_member(good, tmp_path / "far.xlsx", sheet_member(good), far_cell)
    started = time.perf_counter()
    sheet = read_roster(far)
    assert time.perf_counter() - started < 5
    assert sheet.errors == () and [r.family_name for r in sheet.rows] == ["Diallo", "Keita"]
