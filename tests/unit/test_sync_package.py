"""Sync package format: round trips, signatures, tampering, damaged and hostile files, a LibreOffice re-save."""

from __future__ import annotations

import dataclasses
import importlib.util
import io
import json
import math
import random
import re
import shutil
import tempfile
import warnings
import zipfile
from collections.abc import Callable, Iterable
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.worksheet import _writer as openpyxl_sheet_writer

from trainmgr.errors import Cancelled
from trainmgr.exchange.sync import (
    FORMAT,
    ColumnKind,
    ColumnSpec,
    Manifest,
    PackageError,
    TableData,
    new_signing_key,
    open_package,
    public_key_of,
    write_package,
)
from trainmgr.exchange.sync.digest import TableDigest
from trainmgr.exchange.sync.kinds import ESC, decode_text, encode_text
from trainmgr.exchange.sync.manifest import sign
from trainmgr.exchange.xlsx_safety import OLE_MAGIC, UnsafeWorkbookError, ZipLimits, check_xlsx_zip

K = ColumnKind
KEY = new_signing_key()
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def header(**changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "package_id": "0190f5d2-6f1e-7cc0-8a31-000000000001",
        "schema_revision": "0002",
        "app_version": "0.1.0",
        "network_id": "net-1",
        "source_replica": "replica-a",
        "source_name": "Laptop A",
        "created_at": datetime(2024, 5, 1, 12, 0, 0, 123456),
        "covers": "full",
        "for_peer": "",
        "seq_from": 0,
        "seq_to": 10,
        "acks": {"replica-b": 4},
    }
    values.update(changes)
    return values


def norm(value: Any) -> Any:
    """Equality that sees -0.0 vs 0.0 and NaN, and bool vs int; JSON compared canonically."""
    if isinstance(value, float):
        return ("float", repr(value))
    if isinstance(value, dict | list):
        return ("json", json.dumps(value, sort_keys=True))
    return (type(value).__name__, value)


def norm_rows(rows: Iterable[Iterable[Any]]) -> list[list[Any]]:
    return [[norm(v) for v in row] for row in rows]


def write(path: Path, tables: list[TableData], key: str = KEY, **changes: Any) -> Manifest:
    return write_package(path, header(**changes), tables, key)


def read_all(path: Path, **kwargs: Any) -> tuple[Manifest, dict[str, list[tuple[Any, ...]]]]:
    with open_package(path, **kwargs) as package:
        package.verify()
        return package.manifest, {t.name: list(package.rows(t.name)) for t in package.manifest.tables}


def rezip(src: Path, dst: Path, edit: Callable[[str, bytes], bytes | None]) -> None:
    """Copy a zip member by member through `edit(name, data)`; None drops the member."""
    with zipfile.ZipFile(src) as old, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = edit(info.filename, old.read(info))
            if data is not None:
                new.writestr(info.filename, data)


def edit_member(src: Path, dst: Path, member: str, change: Callable[[str], str]) -> None:
    def edit(name: str, data: bytes) -> bytes:
        if name != member:
            return data
        text = data.decode("utf-8")
        changed = change(text)
        assert changed != text, "the edit did not apply"
        return changed.encode("utf-8")

    rezip(src, dst, edit)


MANIFEST_XML = "xl/worksheets/sheet1.xml"
PEOPLE_XML = "xl/worksheets/sheet2.xml"

PEOPLE = (
    ColumnSpec("id", K.TEXT),
    ColumnSpec("name", K.TEXT),
    ColumnSpec("level", K.INT),
    ColumnSpec("score", K.FLOAT),
    ColumnSpec("active", K.BOOL),
    ColumnSpec("born", K.DATE),
    ColumnSpec("seen", K.DATETIME),
    ColumnSpec("starts", K.TIME),
    ColumnSpec("extra", K.JSON),
)
PEOPLE_ROWS = [
    ("p1", "Alice", 3, 2.5, True, date(1990, 1, 2), datetime(2024, 5, 1, 8, 0, 0, 1), time(8, 30), {"k": [1, 2]}),
    ("p2", "Bob", 4, 0.1 + 0.2, False, date(1985, 6, 7), datetime(2024, 5, 2), time(9), None),
    ("p3", "Carol", None, None, None, None, None, None, ["x"]),
]


def people(rows: list[tuple[Any, ...]] | None = None) -> list[TableData]:
    return [TableData("person", PEOPLE, PEOPLE_ROWS if rows is None else rows)]


@pytest.fixture
def package(tmp_path: Path) -> Path:
    path = tmp_path / "pkg.xlsx"
    write(path, people())
    return path


# ---- round trips -----------------------------------------------------------------------------------------

TRICKY_TEXT = [
    "",
    " ",
    "  padded  ",
    "plain",
    "=1+1",
    '=HYPERLINK("http://example.com","x")',
    "+1",
    "-1",
    "@SUM(A1)",
    "=",
    "#N/A",
    "#DIV/0!",
    "'quoted",
    "007",
    "00123",
    "1e5",
    "TRUE",
    "مرحبا بالعالم",
    "محمد علي",
    "José Núñez, Zoë, Ærøskøbing",
    "e\u0301",
    "\U0001f600 emoji",
    "line\nbreak",
    "crlf\r\nand cr\r",
    "tab\there",
    "".join(chr(c) for c in range(0x20)),
    "\x7f\x80\x85\x9f",
    "\u2028\u2029\ufeff\ufdd0",
    "\ufffe\uffff",
    "lone \ud800 and \udfff surrogates",
    ESC,
    ESC + "0041",
    ESC * 3 + "x",
    "_x0041_",
    "_X0041_",
    "x005F_",
    "_x005F_x0041_",
    "a_x005F_b",
    "_x000D_",
    "x" * 30_000,
]


def test_round_trip_every_kind(tmp_path: Path) -> None:
    columns = (
        ColumnSpec("text", K.TEXT),
        ColumnSpec("int", K.INT),
        ColumnSpec("float", K.FLOAT),
        ColumnSpec("bool", K.BOOL),
        ColumnSpec("date", K.DATE),
        ColumnSpec("datetime", K.DATETIME),
        ColumnSpec("time", K.TIME),
        ColumnSpec("json", K.JSON),
    )
    ints = [0, 1, -1, 10**15 - 1, 10**15, -(10**15), 2**53 + 1, 2**63, -(2**63) - 1, 10**40]
    floats = [
        0.0,
        -0.0,
        0.1 + 0.2,
        1 / 3,
        2.5,
        1e16,
        5e-324,
        1e-310,
        1.7976931348623157e308,
        math.inf,
        -math.inf,
        math.nan,
        123456789.123456789,
        -1e-300,
    ]
    dates = [
        date(1, 1, 1),
        date(1899, 12, 31),
        date(1900, 1, 1),
        date(1900, 2, 28),
        date(1900, 3, 1),
        date(2024, 2, 29),
        date(9999, 12, 31),
    ]
    datetimes = [
        datetime(1, 1, 1),
        datetime(2024, 5, 1, 12, 34, 56, 789012),
        datetime(2024, 5, 1, 12, 34, 56),
        datetime(9999, 12, 31, 23, 59, 59, 999999),
        datetime(1900, 1, 1, 0, 0, 0, 1),
    ]
    times = [time(0), time(23, 59, 59, 999999), time(12, 0, 0, 5)]
    jsons = [
        {},
        [],
        {"b": 1, "a": [1, 2.5, None, True]},
        {"ar": "مرحبا", "n": {"x": "=1+1"}},
        "text",
        0,
        1.5,
        10**30,
        True,
        False,
        {"ctl": "\x00\x01\ufffe\ud800"},
        ["_x0041_", "x005F_"],
    ]
    n = max(map(len, (TRICKY_TEXT, ints, floats, dates, datetimes, times, jsons)))

    def pick(values: list[Any], i: int) -> Any:
        return values[i] if i < len(values) else None

    rows = [
        tuple(pick(v, i) for v in (TRICKY_TEXT, ints, floats, [True, False], dates, datetimes, times, jsons))
        for i in range(n)
    ]
    rows.append((None,) * 8)
    path = tmp_path / "kinds.xlsx"
    written = write(path, [TableData("kinds", columns, iter(rows))])
    manifest, tables = read_all(path)
    assert manifest == written
    assert norm_rows(tables["kinds"]) == norm_rows(rows)


def test_none_and_empty_string_stay_apart(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    write(
        path, [TableData("t", (ColumnSpec("a", K.TEXT), ColumnSpec("b", K.JSON)), [("", None), (None, ""), ("", "")])]
    )
    assert read_all(path)[1]["t"] == [("", None), (None, ""), ("", "")]


def test_values_are_normalised_to_their_kind(tmp_path: Path) -> None:
    columns = (ColumnSpec("f", K.FLOAT), ColumnSpec("b", K.BOOL), ColumnSpec("t", K.TEXT), ColumnSpec("j", K.JSON))
    path = tmp_path / "norm.xlsx"
    write(path, [TableData("t", columns, [(3, 1, K.TEXT, (1, 2)), (2.0, 0, "x", {1: "a"})])])
    assert read_all(path)[1]["t"] == [(3.0, True, "text", [1, 2]), (2.0, False, "x", {"1": "a"})]


def test_cells_are_stored_as_documented(tmp_path: Path) -> None:
    """Text is never a formula or an error cell; numbers that a spreadsheet would round are text."""
    columns = (ColumnSpec("t", K.TEXT), ColumnSpec("i", K.INT), ColumnSpec("f", K.FLOAT), ColumnSpec("b", K.BOOL))
    path = tmp_path / "cells.xlsx"
    write(path, [TableData("t", columns, [("=1+1", 2**63, 0.1 + 0.2, True), ("#N/A", 5, 0.5, False)])])
    with zipfile.ZipFile(path) as archive:
        xml = archive.read(PEOPLE_XML).decode()
    assert "<f>" not in xml and "<f " not in xml and 't="e"' not in xml
    assert '<c r="A2" t="inlineStr"><is><t>=1+1</t></is></c>' in xml
    assert '<c r="A3" t="inlineStr"><is><t>#N/A</t></is></c>' in xml
    assert "<t>9223372036854775808</t>" in xml and "<t>0.30000000000000004</t>" in xml
    assert '<c r="C3" t="n"><v>0.5</v></c>' in xml and '<c r="D2" t="n"><v>1</v></c>' in xml
    # the exact dimension, so openpyxl's loader need not parse the sheet to look for one
    assert '<dimension ref="A1:D3"' in xml


TRICKY_CHARS = st.sampled_from(
    ["_", "x", "X", "0", "5", "F", "f", ESC, "\x00", "\r", "\n", "\t", " ", "=", "#", "\ufffe", "\ud800", "ب"]
)


@given(st.one_of(st.text(), st.text(alphabet=TRICKY_CHARS), st.text(alphabet=st.characters(codec=None))))
def test_text_escape_round_trips_and_leaves_nothing_a_spreadsheet_would_touch(value: str) -> None:
    stored = encode_text(value)
    assert decode_text(stored) == value
    assert stored  # "" has a marker
    assert re.search("_[xX][0-9A-Fa-f]{4}_", stored) is None  # Excel/LibreOffice decode these
    assert "x005F_" not in stored  # openpyxl deletes it from shared strings
    assert re.search("[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]", stored) is None  # not XML / CR
    if ESC not in value and stored != ESC:
        assert stored == value or stored.startswith(ESC)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=8,
)
KIND_VALUES: dict[ColumnKind, st.SearchStrategy[Any]] = {
    K.TEXT: st.one_of(st.text(), st.text(alphabet=TRICKY_CHARS), st.sampled_from(TRICKY_TEXT[:-1])),
    K.INT: st.integers() | st.sampled_from([10**15, 10**15 - 1, -(10**15), 2**53, 2**63]),
    K.FLOAT: st.floats(),
    K.BOOL: st.booleans(),
    K.DATE: st.dates(),
    K.DATETIME: st.datetimes(),
    K.TIME: st.times(),
    K.JSON: JSON_VALUES,
}


@st.composite
def tables_strategy(draw: st.DrawFn) -> tuple[tuple[ColumnSpec, ...], list[tuple[Any, ...]]]:
    kinds = draw(st.lists(st.sampled_from(list(K)), min_size=1, max_size=8))
    columns = tuple(ColumnSpec(f"c{i}", kind) for i, kind in enumerate(kinds))
    row = st.tuples(*(st.none() | KIND_VALUES[kind] for kind in kinds))
    return columns, draw(st.lists(row, max_size=12))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables_strategy())
def test_random_rows_round_trip(table: tuple[tuple[ColumnSpec, ...], list[tuple[Any, ...]]]) -> None:
    columns, rows = table
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.xlsx"
        written = write(path, [TableData("random", columns, iter(rows))])
        manifest, tables = read_all(path)
    assert manifest == written
    assert manifest.tables[0].rows == len(rows)
    assert norm_rows(tables["random"]) == norm_rows(rows)


def test_manifest_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "m.xlsx"
    odd = header(
        source_name="=Laptop " + ESC + " \x00 مدرب", seq_to=2**62, acks={"r\u0627": 1, "b": 2**60}, for_peer="x"
    )
    written = write_package(path, odd, people(), KEY)
    manifest, _tables = read_all(path, expected_public_key=public_key_of(KEY))
    assert manifest == written
    assert manifest.format == FORMAT and manifest.public_key == public_key_of(KEY)
    assert manifest.tables[0].rows == 3 and manifest.tables[0].columns == PEOPLE
    assert manifest.source_name == odd["source_name"] and manifest.acks == odd["acks"]


def test_a_package_without_tables(tmp_path: Path) -> None:
    path = tmp_path / "acks-only.xlsx"
    written = write(path, [], covers="incremental")
    assert read_all(path) == (written, {})


# ---- writing: errors, atomicity, progress, cancel ------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "value", "fragment"),
    [
        (K.INT, "12", "expected a whole number"),
        (K.INT, True, "expected a whole number"),
        (K.INT, 1.5, "expected a whole number"),
        (K.FLOAT, "1.5", "expected a number"),
        (K.BOOL, 2, "expected true/false"),
        (K.DATE, datetime(2024, 1, 1), "expected a date"),
        (K.DATETIME, date(2024, 1, 1), "expected a date and time"),
        (K.DATETIME, datetime.fromisoformat("2024-01-01T00:00:00+02:00"), "time zone"),
        (K.TIME, "12:00", "expected a time of day"),
        (K.TEXT, 5, "expected text"),
        (K.TEXT, "y" * 32_768, "too long"),
        (K.JSON, {"x": math.nan}, "not storable as JSON"),
        (K.JSON, {"x": {1, 2}}, "not storable as JSON"),
    ],
)
def test_a_value_that_does_not_fit_names_table_row_and_column(
    tmp_path: Path, kind: ColumnKind, value: Any, fragment: str
) -> None:
    path = tmp_path / "bad.xlsx"
    rows = [("ok", None), ("ok", value)]
    with pytest.raises(PackageError) as caught:
        write(path, [TableData("things", (ColumnSpec("id", K.TEXT), ColumnSpec("v", kind)), rows)])
    message = str(caught.value)
    assert message.startswith("bad.xlsx: table things, row 2, column v:") and fragment in message
    assert not path.exists()


def test_text_up_to_the_cell_limit_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "long.xlsx"
    long_text = "ب" * 32_767
    write(path, [TableData("t", (ColumnSpec("a", K.TEXT),), [(long_text,)])])
    assert read_all(path)[1]["t"] == [(long_text,)]


def test_programming_mistakes_are_value_errors(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    with pytest.raises(ValueError, match="missing"):
        write_package(path, {k: v for k, v in header().items() if k != "acks"}, [], KEY)
    with pytest.raises(ValueError, match="naive UTC"):
        write(path, [], created_at=datetime.fromisoformat("2024-01-01T00:00:00+00:00"))
    with pytest.raises(ValueError, match="covers"):
        write(path, [], covers="some")
    with pytest.raises(ValueError, match="table name"):
        write(path, [TableData("Bad Name", PEOPLE, [])])
    with pytest.raises(ValueError, match="table name"):
        write(path, [TableData("a" * 32, PEOPLE, [])])
    with pytest.raises(ValueError, match="twice"):
        write(path, [TableData("t", PEOPLE, []), TableData("t", PEOPLE, [])])
    with pytest.raises(ValueError, match="twice"):
        write(path, [TableData("t", (ColumnSpec("a", K.TEXT), ColumnSpec("a", K.INT)), [])])
    with pytest.raises(ValueError, match="signing key"):
        write(path, [], key="abc")
    with pytest.raises(PackageError, match="row 1: 2 values for 9 columns"):
        write(path, [TableData("t", PEOPLE, [("a", "b")])])
    assert not path.exists()


def test_a_failed_write_leaves_the_old_file_and_no_temporary_files(tmp_path: Path) -> None:
    path = tmp_path / "pkg.xlsx"
    write(path, people())
    before = path.read_bytes()
    temporary = list(openpyxl_sheet_writer.ALL_TEMP_FILES)

    def rows_then_crash() -> Iterable[tuple[Any, ...]]:
        yield from PEOPLE_ROWS
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        write(path, [TableData("person", PEOPLE, rows_then_crash())])
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pkg.xlsx"]
    assert temporary == openpyxl_sheet_writer.ALL_TEMP_FILES


class StopAfter:
    """A cancel token that cancels on its n-th check."""

    def __init__(self, checks: int) -> None:
        self.left = checks

    def check(self) -> None:
        self.left -= 1
        if self.left < 0:
            raise Cancelled("Cancelled; nothing was changed.")


def test_cancel_while_writing_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "pkg.xlsx"
    rows = [(f"p{i}", "x", i, None, None, None, None, None, None) for i in range(2_500)]
    with pytest.raises(Cancelled):
        write_package(path, header(), people(rows), KEY, cancel=StopAfter(2))
    assert list(tmp_path.iterdir()) == []


def test_progress_while_writing_and_reading(tmp_path: Path) -> None:
    path = tmp_path / "pkg.xlsx"
    rows = [(f"p{i}", "x", i, None, None, None, None, None, None) for i in range(2_500)]
    calls: list[tuple[int, int, str]] = []
    write_package(path, header(), people(rows), KEY, progress=lambda *a: calls.append(a))
    assert calls[0] == (0, 2_500, "Writing person") and calls[-1] == (2_500, 2_500, "Saving the package")
    calls.clear()
    with open_package(path, progress=lambda *a: calls.append(a)) as package:
        package.verify()
    done = [c[0] for c in calls if c[2] == "Checking person"]
    assert done == sorted(done) and done and all(c[1] == 2_500 for c in calls if c[2] == "Checking person")
    assert calls[-1] == (2_500, 2_500, "Package checked")


def test_cancel_while_verifying(tmp_path: Path) -> None:
    path = tmp_path / "pkg.xlsx"
    write(path, people([(f"p{i}", "x", i, None, None, None, None, None, None) for i in range(2_500)]))
    members = len(zipfile.ZipFile(path).infolist())
    with open_package(path, cancel=StopAfter(members + 1)) as package, pytest.raises(Cancelled):
        package.verify()


# ---- the Package object -----------------------------------------------------------------------------


def test_rows_need_verify_and_close_releases_the_snapshot(package: Path) -> None:
    named_before = set(Path(tempfile.gettempdir()).iterdir())
    pkg = open_package(package)
    snapshot = pkg._finalizer.peek()[2][1]  # type: ignore[index]  # (workbook, snapshot): the private copy
    # the copy has no name in the temporary folder (nothing to leak if the process is killed)
    assert not {p for p in Path(tempfile.gettempdir()).iterdir() if p.name.startswith("trainmgr")} - named_before
    with pytest.raises(RuntimeError, match="verify"):
        pkg.rows("person")
    pkg.verify()
    with pytest.raises(PackageError, match="no table nothing"):
        pkg.rows("nothing")
    assert [r[0] for r in pkg.rows("person")] == ["p1", "p2", "p3"]
    pkg.close()
    pkg.close()
    assert snapshot.closed
    with pytest.raises(RuntimeError, match="closed"):
        list(pkg.rows("person"))


def test_the_source_file_may_go_away_after_open(package: Path) -> None:
    with open_package(package) as pkg:
        package.unlink()  # the USB stick is pulled
        pkg.verify()
        assert len(list(pkg.rows("person"))) == 3


# ---- signatures -------------------------------------------------------------------------------------------


def test_a_package_signed_by_another_key_is_refused_when_the_key_is_known(tmp_path: Path) -> None:
    path = tmp_path / "other.xlsx"
    other = new_signing_key()
    write(path, people(), key=other)
    manifest, _rows = read_all(path)  # intact and self-consistent...
    assert manifest.public_key == public_key_of(other)
    with pytest.raises(PackageError, match="not the one known for replica replica-a"):
        open_package(path, expected_public_key=public_key_of(KEY))  # ...but not from replica-a's key


def test_re_signed_with_another_key(package: Path, tmp_path: Path) -> None:
    with open_package(package) as pkg:
        manifest = pkg.manifest
    forged_sig = sign(manifest, new_signing_key())
    original_sig = sign(manifest, KEY)
    out = tmp_path / "resigned.xlsx"
    edit_member(package, out, MANIFEST_XML, lambda xml: xml.replace(original_sig, forged_sig))
    with pytest.raises(PackageError, match=r"resigned.xlsx: the signature does not match"):
        open_package(out)
    # a new key and a matching signature over the same content: valid on its own, refused by key
    other = new_signing_key()
    swapped = dataclasses.replace(manifest, public_key=public_key_of(other))
    out2 = tmp_path / "swapped.xlsx"
    edit_member(
        package,
        out2,
        MANIFEST_XML,
        lambda xml: xml.replace(manifest.public_key, swapped.public_key).replace(original_sig, sign(swapped, other)),
    )
    assert read_all(out2)[1] == read_all(package)[1]
    with pytest.raises(PackageError, match="not the one known"):
        open_package(out2, expected_public_key=manifest.public_key)
    # only the public key swapped: the signature no longer matches
    out3 = tmp_path / "key-only.xlsx"
    edit_member(package, out3, MANIFEST_XML, lambda xml: xml.replace(manifest.public_key, swapped.public_key))
    with pytest.raises(PackageError, match="signature does not match"):
        open_package(out3)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("<t>Laptop A</t>", "<t>Laptop B</t>"),
        ("<t>replica-a</t>", "<t>replica-z</t>"),
        ('{"replica-b":4}', '{"replica-b":5}'),
        ("<v>10</v>", "<v>11</v>"),
        ("<t>2024-05-01T12:00:00.123456</t>", "<t>2024-05-01T12:00:00.123457</t>"),
    ],
)
def test_an_edited_manifest_is_refused(package: Path, tmp_path: Path, old: str, new: str) -> None:
    out = tmp_path / "edited.xlsx"
    edit_member(package, out, MANIFEST_XML, lambda xml: xml.replace(old, new))
    with pytest.raises(PackageError, match="signature does not match"):
        open_package(out)


# ---- tampered table sheets ---------------------------------------------------------------------------------


def _verify(path: Path) -> None:
    with open_package(path) as pkg:
        pkg.verify()


def test_one_edited_cell_is_refused_naming_the_sheet(package: Path, tmp_path: Path) -> None:
    out = tmp_path / "cell.xlsx"
    edit_member(package, out, PEOPLE_XML, lambda xml: xml.replace("<t>Alice</t>", "<t>Alicf</t>"))
    with pytest.raises(PackageError, match=r"cell.xlsx, sheet person: the content does not match"):
        _verify(out)


def test_an_edited_number_is_refused(package: Path, tmp_path: Path) -> None:
    out = tmp_path / "number.xlsx"
    edit_member(
        package, out, PEOPLE_XML, lambda xml: xml.replace('<c r="C2" t="n"><v>3</v>', '<c r="C2" t="n"><v>4</v>')
    )
    with pytest.raises(PackageError, match="sheet person: the content does not match"):
        _verify(out)


@pytest.mark.parametrize("row", [2, 3, 4])
def test_a_deleted_row_is_refused(package: Path, tmp_path: Path, row: int) -> None:
    out = tmp_path / "deleted.xlsx"
    edit_member(package, out, PEOPLE_XML, lambda xml: re.sub(f'<row r="{row}">.*?</row>', "", xml))
    with pytest.raises(PackageError, match="sheet person: the content does not match"):
        _verify(out)


def test_an_added_row_is_refused(package: Path, tmp_path: Path) -> None:
    def add_row(xml: str) -> str:
        last = re.search('<row r="4">.*?</row>', xml)
        assert last
        extra = last.group().replace('r="4"', 'r="5"').replace('4"', '5"')
        return xml.replace("</sheetData>", extra + "</sheetData>")

    out = tmp_path / "added.xlsx"
    edit_member(package, out, PEOPLE_XML, add_row)
    with pytest.raises(PackageError, match=r"sheet person: more rows than the 3 the manifest declares \(row 5\)"):
        _verify(out)


def test_an_edited_cell_with_a_recomputed_digest_is_refused(package: Path, tmp_path: Path) -> None:
    with open_package(package) as pkg:
        pkg.verify()
        old_sha = pkg.manifest.tables[0].sha256
        rows = [list(r) for r in pkg.rows("person")]
    rows[0][1] = "Alicf"
    digest = TableDigest("person", PEOPLE)
    for r in rows:
        digest.add(r)
    out = tmp_path / "redigested.xlsx"

    def edit(name: str, data: bytes) -> bytes:
        text = data.decode()
        if name == PEOPLE_XML:
            text = text.replace("<t>Alice</t>", "<t>Alicf</t>")
        if name == MANIFEST_XML:
            text = text.replace(old_sha, digest.hexdigest())
        return text.encode() if name.endswith(".xml") else data

    rezip(package, out, edit)
    with pytest.raises(PackageError, match="signature does not match"):
        open_package(out)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            '<c r="B2" t="inlineStr"><is><t>Alice</t></is></c>',
            '<c r="B2"><f>"Alice"</f><v>Alice</v></c>',
            r"sheet person, row 2, column B \(name\): holds a formula",
        ),
        (
            '<c r="C2" t="n"><v>3</v></c>',
            '<c r="C2"><f>1+2</f><v>3</v></c>',
            r"sheet person, row 2, column C \(level\): holds a formula",
        ),
        (
            '<c r="B3" t="inlineStr"><is><t>Bob</t></is></c>',
            '<c r="B3" t="e"><v>#N/A</v></c>',
            r"row 3, column B \(name\): holds an error value",
        ),
        (
            '<c r="C2" t="n"><v>3</v></c>',
            '<c r="C2" t="n"><v>3.5</v></c>',
            r"row 2, column C \(level\): expected a whole",
        ),
        (
            '<c r="C2" t="n"><v>3</v></c>',
            '<c r="C2" t="inlineStr"><is><t>three</t></is></c>',
            r"row 2, column C \(level\): expected a whole number",
        ),
        (
            '<c r="E2" t="n"><v>1</v></c>',
            '<c r="E2" t="n"><v>2</v></c>',
            r"row 2, column E \(active\): expected 1 or 0",
        ),
        (
            '<c r="G2" t="inlineStr"><is><t>2024-05-01T08:00:00.000001</t></is></c>',
            '<c r="G2" t="inlineStr"><is><t>2024-05-01T08:00:00+02:00</t></is></c>',
            r"row 2, column G \(seen\): expected a date and time",
        ),
        ("<t>p1</t>", "<t>\u241bab\u241bzz</t>", r"row 2, column A \(id\): bad escape"),
        (
            "</row></sheetData>",
            '<c r="J4" t="n"><v>1</v></c></row></sheetData>',
            r"row 4: unexpected value in column J",
        ),
        ("<t>name</t>", "<t>nom</t>", r"sheet person: row 1 must name the columns"),
    ],
)
def test_a_cell_of_the_wrong_kind_is_refused_naming_row_and_column(
    package: Path, tmp_path: Path, old: str, new: str, message: str
) -> None:
    out = tmp_path / "cell.xlsx"
    edit_member(package, out, PEOPLE_XML, lambda xml: xml.replace(old, new, 1))
    with pytest.raises(PackageError, match=message):
        _verify(out)


def test_a_missing_or_unexpected_sheet_is_refused(package: Path, tmp_path: Path) -> None:
    out = tmp_path / "renamed.xlsx"
    edit_member(package, out, "xl/workbook.xml", lambda xml: xml.replace('name="person"', 'name="people"'))
    with pytest.raises(PackageError, match=r"renamed.xlsx: sheet person is missing"):
        open_package(out)


# ---- damaged and hostile files -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def small_package(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, Manifest, dict[str, list[Any]]]:
    path = tmp_path_factory.mktemp("fuzz") / "small.xlsx"
    write(path, people())
    manifest, rows = read_all(path)
    return path.read_bytes(), manifest, rows


def _accepts_unchanged_or_refuses(path: Path, manifest: Manifest, rows: dict[str, list[Any]]) -> str:
    """'refused' on PackageError; 'accepted' only with exactly the original content; any other
    exception fails the test."""
    try:
        got_manifest, got_rows = read_all(path)
    except PackageError as exc:
        assert str(exc).startswith(path.name)
        return "refused"
    assert got_manifest == manifest
    assert norm_rows(got_rows["person"]) == norm_rows(rows["person"])
    return "accepted"


def test_truncated_files_are_refused(tmp_path: Path, small_package: tuple[bytes, Manifest, dict[str, Any]]) -> None:
    data, manifest, rows = small_package
    rng = random.Random(20240501)
    offsets = sorted({0, 1, 4, 30, len(data) - 1, len(data) - 22, *(rng.randrange(len(data)) for _ in range(195))})
    outcomes = []
    for offset in offsets:
        path = tmp_path / f"cut-{offset}.xlsx"
        path.write_bytes(data[:offset])
        outcomes.append(_accepts_unchanged_or_refuses(path, manifest, rows))
        path.unlink()
    assert len(offsets) >= 195 and set(outcomes) == {"refused"}


def test_bit_flips_are_refused_or_harmless(
    tmp_path: Path, small_package: tuple[bytes, Manifest, dict[str, Any]]
) -> None:
    data, manifest, rows = small_package
    rng = random.Random(1337)
    outcomes = []
    for i in range(200):
        damaged = bytearray(data)
        at = rng.randrange(len(damaged))
        damaged[at] ^= 1 << rng.randrange(8)
        path = tmp_path / f"flip-{i}.xlsx"
        path.write_bytes(bytes(damaged))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about some damaged parts it then skips
            outcomes.append(_accepts_unchanged_or_refuses(path, manifest, rows))
        path.unlink()
    # flips in zip bookkeeping that no reader uses (timestamps, "version made by") are harmless
    assert outcomes.count("refused") >= 150


XML_SNIPPETS = [
    b"<f>1+1</f>",
    b"<!DOCTYPE x [<!ENTITY a 'b'>]>",
    b"&a;",
    b"\xff\xfe",
    b'<c r="XFD1048576"><v>1</v></c>',
    b'<row r="1048576"/>',
    b' t="e"',
    b' s="99"',
    b' t="b"',
    b' t="d"',
    b' t="str"',
]


def _mutate(data: bytes, rng: random.Random) -> bytes:
    damaged = bytearray(data)
    at = rng.randrange(len(damaged))
    operation = rng.randrange(5)
    if operation == 0:
        damaged[at] ^= 1 << rng.randrange(8)
    elif operation == 1:
        del damaged[at : at + rng.randrange(1, 20)]
    elif operation == 2:
        damaged[at:at] = bytes(rng.choice(b"<>/=\"'&;#x0123456789abcdefTtsnrfv ") for _ in range(rng.randrange(1, 8)))
    elif operation == 3:
        damaged[at:at] = rng.choice(XML_SNIPPETS)
    else:
        other = rng.randrange(len(damaged))
        damaged[at], damaged[other] = damaged[other], damaged[at]
    return bytes(damaged)


def test_xml_mutants_are_refused_or_harmless(
    tmp_path: Path, small_package: tuple[bytes, Manifest, dict[str, Any]]
) -> None:
    """Mutate the XML inside the zip and re-zip it (valid CRCs), so the parsers see the damage."""
    data, manifest, rows = small_package
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    rng = random.Random(4242)
    outcomes = []
    for i in range(200):
        target = rng.choice(sorted(members))
        path = tmp_path / f"mutant-{i}.xlsx"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, content in members.items():
                archive.writestr(name, _mutate(content, rng) if name == target else content)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            outcomes.append(_accepts_unchanged_or_refuses(path, manifest, rows))
        path.unlink()
    assert outcomes.count("refused") >= 60


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is not an .xlsx workbook"),
        (b"hello, world", "is not an .xlsx workbook"),
        (OLE_MAGIC + bytes(600), "is an encrypted workbook or an old-format .xls"),
        (b"PK\x03\x04" + bytes(100), "damaged or not a valid workbook"),
    ],
)
def test_not_a_workbook(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "thing.xlsx"
    path.write_bytes(content)
    with pytest.raises(PackageError, match=rf"thing.xlsx: {message}"):
        open_package(path)


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PackageError, match=r"nothing.xlsx: cannot be read"):
        open_package(tmp_path / "nothing.xlsx")


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "plain.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hi")
    with pytest.raises(PackageError, match=r"a zip file but not an .xlsx workbook"):
        open_package(path)


def test_a_workbook_that_is_not_a_package(tmp_path: Path) -> None:
    from openpyxl import Workbook

    path = tmp_path / "roster.xlsx"
    wb = Workbook()
    wb.active.append(["name", "unit"])
    wb.save(path)
    with pytest.raises(PackageError, match=r"roster.xlsx: is not a trainmgr sync package"):
        open_package(path)


def _with_extra_member(src: Path, dst: Path, name: str, data: bytes, compress: int = zipfile.ZIP_DEFLATED) -> None:
    shutil.copyfile(src, dst)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        with zipfile.ZipFile(dst, "a") as archive:
            info = zipfile.ZipInfo(name)
            info.compress_type = compress
            archive.writestr(info, data)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("../evil.txt", "unsafe name"),
        ("xl/../../evil.txt", "unsafe name"),
        ("/etc/evil", "unsafe name"),
        ("C:/evil.txt", "unsafe name"),
        ("xl\\..\\evil.txt", "unsafe name"),
        ("xl/vbaProject.bin", "contains macros"),
        ("xl/worksheets/sheet2.xml", "two parts named"),
    ],
)
def test_hostile_member_names(package: Path, tmp_path: Path, name: str, message: str) -> None:
    out = tmp_path / "hostile.xlsx"
    _with_extra_member(package, out, name, b"<x/>")
    with zipfile.ZipFile(out) as archive:
        assert name in archive.namelist()
    with pytest.raises(PackageError, match=rf"hostile.xlsx: .*{message}"):
        open_package(out)


def test_a_zip_bomb_is_refused(package: Path, tmp_path: Path) -> None:
    out = tmp_path / "bomb.xlsx"
    _with_extra_member(package, out, "xl/media/image1.png", bytes(64 * 1024 * 1024))
    assert out.stat().st_size < 1024 * 1024
    with pytest.raises(PackageError, match=r"bomb.xlsx: part 'xl/media/image1.png' unpacks .* times larger"):
        open_package(out)


def test_zip_limits(package: Path, tmp_path: Path) -> None:
    check_xlsx_zip(package)
    with pytest.raises(UnsafeWorkbookError, match="too many parts"):
        check_xlsx_zip(package, ZipLimits(max_members=3))
    with pytest.raises(UnsafeWorkbookError, match="unpacks to too much data"):
        check_xlsx_zip(package, ZipLimits(max_total_bytes=1_000))
    with pytest.raises(UnsafeWorkbookError, match="too large when unpacked"):
        check_xlsx_zip(package, ZipLimits(max_member_bytes=500))
    with pytest.raises(UnsafeWorkbookError, match="is too large"):
        check_xlsx_zip(package, ZipLimits(max_file_bytes=100))
    out = tmp_path / "bzip.xlsx"
    _with_extra_member(package, out, "xl/x.xml", b"<x/>" * 100, zipfile.ZIP_BZIP2)
    with pytest.raises(UnsafeWorkbookError, match="unsupported compression"):
        check_xlsx_zip(out)


def test_a_corrupted_member_is_caught_by_its_crc(package: Path, tmp_path: Path) -> None:
    """Stored (uncompressed) data: a changed byte inflates fine, only the CRC notices."""
    out = tmp_path / "crc.xlsx"
    with zipfile.ZipFile(package) as old, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as new:
        for info in old.infolist():
            new.writestr(info.filename, old.read(info))
    data = bytearray(out.read_bytes())
    at = data.index(b"Alice")
    data[at] = ord("B")
    out.write_bytes(bytes(data))
    with pytest.raises(PackageError, match=r"crc.xlsx: damaged .*CRC"):
        open_package(out)


# ---- LibreOffice ------------------------------------------------------------------------------------------


def _fixture_module() -> Any:
    spec = importlib.util.spec_from_file_location(
        "make_sync_package_fixtures", FIXTURES / "make_sync_package_fixtures.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_libreoffice_resave_still_verifies_and_yields_the_same_rows() -> None:
    fixtures = _fixture_module()
    original = read_all(fixtures.ORIGINAL, expected_public_key=public_key_of(fixtures.FIXTURE_KEY))
    resaved = read_all(fixtures.RESAVED, expected_public_key=public_key_of(fixtures.FIXTURE_KEY))
    # the re-save really was LibreOffice's own writing (shared strings, its own XML), not a copy
    with zipfile.ZipFile(fixtures.RESAVED) as archive:
        assert b"LibreOffice" in archive.read("docProps/app.xml")
        assert "xl/sharedStrings.xml" in archive.namelist()
        assert b"inlineStr" not in archive.read("xl/worksheets/sheet2.xml")
    assert resaved[0] == original[0]
    expected = {t.name: list(t.rows) for t in fixtures.expected_tables()}
    for got in (original[1], resaved[1]):
        assert set(got) == set(expected)
        for name, rows in expected.items():
            assert norm_rows(got[name]) == norm_rows(rows), name
    assert original[0].source_name == fixtures.HEADER["source_name"]


def test_the_fixture_script_writes_what_is_committed(tmp_path: Path) -> None:
    """The committed original is what the script's data makes today (digests are deterministic)."""
    fixtures = _fixture_module()
    fresh = tmp_path / "fresh.xlsx"
    made = write_package(fresh, fixtures.HEADER, fixtures.expected_tables(), fixtures.FIXTURE_KEY)
    with open_package(fixtures.ORIGINAL) as pkg:
        assert pkg.manifest == made


def test_reading_uses_no_shared_state_between_packages(tmp_path: Path) -> None:
    """Two packages open at once, rows read interleaved."""
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    write(a, people())
    write(b, people(PEOPLE_ROWS[::-1]))
    with open_package(a) as pa, open_package(b) as pb:
        pa.verify()
        pb.verify()
        pairs = list(zip(pa.rows("person"), pb.rows("person"), strict=True))
    assert [x[0][0] for x in pairs] == ["p1", "p2", "p3"] and [x[1][0] for x in pairs] == ["p3", "p2", "p1"]


def test_paths_may_be_strings(tmp_path: Path) -> None:
    path = str(tmp_path / "str.xlsx")
    write_package(path, header(), people(), KEY)  # type: ignore[arg-type]
    with open_package(path) as pkg:  # type: ignore[arg-type]
        pkg.verify()
        assert pkg.manifest.tables[0].rows == 3
