"""A fast reader of one worksheet's cells, for workbooks already opened by `xlsx_safety.open_workbook`.

openpyxl's read-only mode builds an element tree and a `Text` object per inline-string cell; on a
sync package that is most of the import's time. This reader streams the sheet's XML through expat
once and yields, per row, `(value, data_type)` pairs with the meanings openpyxl gives them:
"s" text (inline or shared), "n" number (int, or float when written with a point or exponent),
"b" boolean, "d" ISO 8601 date cell, "e" error, "f" formula (value "=..."; formulas are kept as
formulas, never evaluated). Numbers are never turned into dates by their style: a caller that
expects a date decodes the serial number itself (as the sync package's date decoder does).

Rows come in file order from row 1 to `max_row`, each exactly `max_col` pairs wide (missing cells
are `(None, "n")`, missing rows are rows of them, as openpyxl yields them); cells beyond `max_col`
and rows beyond `max_row` are ignored, so a hostile sheet cannot make us allocate. A DOCTYPE is
refused (no entity can be declared, so none can be expanded). Any damage raises an ordinary
exception (ValueError, ExpatError...): wrap the iteration in `xlsx_safety.guarded_rows`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from xml.parsers import expat

from openpyxl.utils.datetime import from_ISO8601

Cell = tuple[Any, str]
EMPTY: Cell = (None, "n")
_CHUNK = 1 << 16
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
ROW, CELL, VALUE, FORMULA, INLINE, TEXT, RUN, PHONETIC = (
    f"{_MAIN} {tag}" for tag in ("row", "c", "v", "f", "is", "t", "r", "rPh"))


def cells_by_row(ws: Any, max_row: int, max_col: int) -> Iterator[list[Cell]]:
    """Rows 1..max_row of the read-only worksheet `ws`, `max_col` cells wide."""
    with ws._get_source() as source:
        yield from _rows(source, ws._shared_strings, max_row, max_col)


class _Refused(ValueError):
    pass


def _column(reference: str, cache: dict[str, int]) -> int:
    letters = reference.rstrip("0123456789")
    index = cache.get(letters)
    if index is None:
        if not letters or len(letters) > 3 or not letters.isalpha() or not letters.isascii():
            raise ValueError(f"bad cell reference {reference[:20]!r}")
        index = 0
        for ch in letters.upper():
            index = index * 26 + ord(ch) - 64
        cache[letters] = index
    return index


def _number(text: str) -> int | float:
    return float(text) if ("." in text or "E" in text or "e" in text) else int(text)


def _rows(source: Any, shared: Any, max_row: int, max_col: int) -> Iterator[list[Cell]]:
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    done: list[tuple[int, list[Cell]]] = []
    letters: dict[str, int] = {}
    # the parser's state: the row being read, the cell being read, and where text goes
    row: list[Cell] | None = None
    row_number = 0
    column = 0
    kind = "n"
    value_text: list[str] = []
    formula: list[str] | None = None
    inline: list[str] | None = None
    in_value = in_inline_text = False
    depth_in_phonetic = 0
    finished = False

    def refuse_doctype(*_args: Any) -> None:
        raise _Refused("the sheet declares a DOCTYPE; workbooks never need one")

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal row, row_number, column, kind, formula, inline, in_value, in_inline_text, depth_in_phonetic
        if tag == CELL:
            if row is None:
                raise ValueError("a cell outside a row")
            reference = attrs.get("r")
            column = _column(reference, letters) if reference else column + 1
            kind = attrs.get("t", "n")
            value_text.clear()
            formula = None
            inline = None
        elif tag == VALUE:
            in_value = True
        elif tag == ROW:
            number = attrs.get("r")
            row_number = int(float(number)) if number else row_number + 1
            row = [EMPTY] * max_col
            column = 0
        elif tag == FORMULA:
            formula = []
        elif tag == INLINE:
            inline = []
        elif tag == PHONETIC:
            depth_in_phonetic += 1
        elif tag == TEXT and inline is not None and not depth_in_phonetic:
            in_inline_text = True

    def end(tag: str) -> None:
        nonlocal row, in_value, in_inline_text, depth_in_phonetic, finished
        if tag == CELL:
            if row is not None and 1 <= column <= max_col:
                row[column - 1] = _cell(kind, value_text, formula, inline, shared)
        elif tag == VALUE:
            in_value = False
        elif tag == TEXT:
            in_inline_text = False
        elif tag == PHONETIC:
            depth_in_phonetic -= 1
        elif tag == ROW:
            if row is not None:
                done.append((row_number, row))
            row = None
            if row_number >= max_row:
                finished = True

    def text(data: str) -> None:
        if in_value:
            value_text.append(data)
        elif in_inline_text and inline is not None:
            inline.append(data)
        elif formula is not None:
            formula.append(data)

    parser.StartDoctypeDeclHandler = refuse_doctype
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    expected = 1
    while True:
        chunk = source.read(_CHUNK)
        parser.Parse(chunk, not chunk)
        for number, cells in done:
            if number > max_row:
                return
            while expected < number:  # rows the file leaves out are empty rows
                expected += 1
                yield [EMPTY] * max_col
            if expected == number:  # a row repeated or out of order is ignored, as openpyxl does
                expected += 1
                yield cells
        done.clear()
        if finished or not chunk:
            return


def _cell(kind: str, value_text: list[str], formula: list[str] | None, inline: list[str] | None,
          shared: Any) -> Cell:
    if formula is not None:
        return "=" + "".join(formula), "f"
    if kind == "inlineStr":
        return (None, "inlineStr") if inline is None else ("".join(inline), "s")
    raw = "".join(value_text)
    if not raw:
        return EMPTY
    if kind == "n":
        return _number(raw), "n"
    if kind == "s":
        return shared[int(raw)], "s"
    if kind == "str":
        return raw, "s"
    if kind == "b":
        return bool(int(raw)), "b"
    if kind == "d":
        return from_ISO8601(raw), "d"
    return raw, kind  # "e" and anything unknown: the caller's decoder refuses it
