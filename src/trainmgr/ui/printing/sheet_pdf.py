"""A sheet to fill by hand, written as a PDF with QPainter on QPdfWriter (safe off the GUI thread).

Layout (A4, portrait unless the sheet asks for landscape): on every page the title block (title,
label/value pairs in two columns, a note), then the table's header, then numbered rows tall enough to
write in, lightly shaded every other line so a pen follows the row; the footer says "Page n of m".
The rows keep the order they are given: the sheet is typed back in the same order.

The file is written beside its destination and renamed into place when complete: a cancelled or
failed print leaves no half-written PDF.
"""

from __future__ import annotations

import contextlib
import errno
import math
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from trainmgr.errors import TrainmgrError
from trainmgr.services.tasks import CancelToken, ProgressFn

RESOLUTION = 300  # dots per inch of the PDF's coordinates
MARGIN_MM = 12.0
TITLE_MM = 9.0
INFO_LINE_MM = 5.5
NOTE_MM = 8.0  # two lines
HEADER_MM = 13.0  # the header's height unless a sheet asks for more
ROW_MM = 8.5  # room to write a letter or a number by hand
FOOTER_MM = 8.0
BOX_MM = 4.2


@dataclass(frozen=True)
class Column:
    title: str
    weight: float  # share of the table's width
    kind: str = "text"  # "text" (printed), "number" (printed, right-aligned), "box" (a tick box), "blank"
    hint: str = ""  # faint text printed in each empty cell (e.g. "GO / NO-GO" to circle)


@dataclass(frozen=True)
class Sheet:
    title: str
    info: tuple[tuple[str, str], ...]  # (label, value) pairs of the title block
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]  # one text per column ("" for box and blank columns)
    note: str = ""
    landscape: bool = False
    header_mm: float = HEADER_MM


translate = QCoreApplication.translate


def page_of(number: int, pages: int) -> str:
    return translate("PaperSheet", "Page {number} of {pages}").format(number=number, pages=pages)


def page_size_mm(sheet: Sheet) -> tuple[float, float]:
    return (297.0, 210.0) if sheet.landscape else (210.0, 297.0)


def _block_mm(sheet: Sheet) -> float:
    return TITLE_MM + math.ceil(len(sheet.info) / 2) * INFO_LINE_MM + (NOTE_MM if sheet.note else 0.0) + 2.0


def rows_per_page(sheet: Sheet) -> int:
    height = page_size_mm(sheet)[1] - 2 * MARGIN_MM - _block_mm(sheet) - sheet.header_mm - FOOTER_MM
    return max(1, int(height // ROW_MM))


def page_count(sheet: Sheet) -> int:
    return max(1, math.ceil(len(sheet.rows) / rows_per_page(sheet)))


def write_pdf(sheet: Sheet, path: Path, progress: ProgressFn, cancel: CancelToken) -> int:
    """Write the sheet to `path`; returns the number of pages."""
    partial = path.with_name(path.name + ".part")
    try:
        pages = _paint(sheet, partial, progress, cancel)
        os.replace(partial, path)
    except OSError as exc:
        raise TrainmgrError(translate("PaperSheet", "Cannot write the PDF {path}: {reason}. Choose another folder, "
                                      "or close the file if it is open in a viewer.").format(
            path=path, reason=exc.strerror or str(exc))) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return pages


def _font(points: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Noto Sans", "Arial", "Sans Serif"])
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setItalic(italic)
    return font


class _Painter:
    """Draws in millimetres on a QPdfWriter page."""

    def __init__(self, sheet: Sheet, writer: QPdfWriter, painter: QPainter) -> None:
        self.sheet, self.painter = sheet, painter
        self.unit = writer.resolution() / 25.4
        self.width_mm, self.height_mm = page_size_mm(sheet)
        total = sum(c.weight for c in sheet.columns) or 1.0
        inner = self.width_mm - 2 * MARGIN_MM
        self.widths = [inner * c.weight / total for c in sheet.columns]

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        u = self.unit
        return QRectF(x * u, y * u, w * u, h * u)

    def text(self, r: QRectF, text: str, font: QFont, flags: Qt.AlignmentFlag | int, color: QColor | None = None,
             elide: bool = True) -> None:
        p = self.painter
        p.setFont(font)
        p.setPen(color or QColor("black"))
        if elide:
            text = QFontMetricsF(font, p.device()).elidedText(text, Qt.TextElideMode.ElideRight, r.width())
        p.drawText(r, int(flags), text)

    def page(self, number: int, pages: int, rows: tuple[tuple[str, ...], ...], first: int) -> None:
        y = self.title_block(MARGIN_MM)
        y = self.header(y)
        for offset, cells in enumerate(rows):
            self.row(y + offset * ROW_MM, first + offset, cells)
        self.footer(number, pages)

    def title_block(self, y: float) -> float:
        s, x, w = self.sheet, MARGIN_MM, self.width_mm - 2 * MARGIN_MM
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        self.text(self.rect(x, y, w, TITLE_MM), s.title, _font(14, bold=True), flags)
        y += TITLE_MM
        half = w / 2
        for i, (label, value) in enumerate(s.info):
            cx, cy = x + (i % 2) * half, y + (i // 2) * INFO_LINE_MM
            label_w = min(34.0, half * 0.4)
            self.text(self.rect(cx, cy, label_w, INFO_LINE_MM), label, _font(9, bold=True), flags)
            if value:
                self.text(self.rect(cx + label_w, cy, half - label_w - 2, INFO_LINE_MM), value, _font(9.5), flags)
            else:  # a line to write on (who took the register, the assessor)
                self.painter.setPen(QPen(QColor(90, 90, 90), 0.2 * self.unit))
                self.painter.drawLine(QPointF((cx + label_w) * self.unit, (cy + INFO_LINE_MM - 0.8) * self.unit),
                                      QPointF((cx + half - 4) * self.unit, (cy + INFO_LINE_MM - 0.8) * self.unit))
        y += math.ceil(len(s.info) / 2) * INFO_LINE_MM
        if s.note:
            self.text(self.rect(x, y, w, NOTE_MM), s.note, _font(8.5, italic=True),
                      Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, elide=False)
            y += NOTE_MM
        return y + 2.0

    def header(self, y: float) -> float:
        p, x, height = self.painter, MARGIN_MM, self.sheet.header_mm
        p.setPen(QPen(QColor("black"), 0.3 * self.unit))
        for col, width in zip(self.sheet.columns, self.widths, strict=True):
            r = self.rect(x, y, width, height)
            p.fillRect(r, QColor(225, 225, 225))
            p.setPen(QPen(QColor("black"), 0.3 * self.unit))
            p.drawRect(r)
            inner = self.rect(x + 0.8, y + 0.5, width - 1.6, height - 1.0)
            self.text(inner, col.title, _font(7.5, bold=True),
                      Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, elide=False)
            x += width
        return y + height

    def row(self, y: float, number: int, cells: tuple[str, ...]) -> None:
        p, x = self.painter, MARGIN_MM
        if number % 2 == 0:
            p.fillRect(self.rect(x, y, sum(self.widths), ROW_MM), QColor(242, 242, 242))
        for col, width, text in zip(self.sheet.columns, self.widths, cells, strict=True):
            r = self.rect(x, y, width, ROW_MM)
            p.setPen(QPen(QColor(90, 90, 90), 0.2 * self.unit))
            p.drawRect(r)
            inner = self.rect(x + 1.2, y, width - 2.4, ROW_MM)
            middle = Qt.AlignmentFlag.AlignVCenter
            if col.kind == "box":
                p.setPen(QPen(QColor("black"), 0.25 * self.unit))
                p.drawRect(self.rect(x + (width - BOX_MM) / 2, y + (ROW_MM - BOX_MM) / 2, BOX_MM, BOX_MM))
            elif col.kind == "number":
                self.text(inner, text, _font(9.5), Qt.AlignmentFlag.AlignRight | middle)
            elif col.kind == "text":
                self.text(inner, text, _font(9.5), Qt.AlignmentFlag.AlignLeft | middle)
            if col.hint and not text:
                self.text(inner, col.hint, _font(7), Qt.AlignmentFlag.AlignCenter, QColor(150, 150, 150))
            x += width

    def footer(self, number: int, pages: int) -> None:
        y, w = self.height_mm - MARGIN_MM - FOOTER_MM + 2.0, self.width_mm - 2 * MARGIN_MM
        font = _font(8)
        self.text(self.rect(MARGIN_MM, y, w * 0.7, FOOTER_MM - 2.0), self.sheet.title, font,
                  Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, QColor(90, 90, 90))
        self.text(self.rect(MARGIN_MM + w * 0.7, y, w * 0.3, FOOTER_MM - 2.0),
                  page_of(number, pages), _font(8, bold=True),
                  Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.painter.setPen(QPen(QColor(90, 90, 90), 0.2 * self.unit))
        self.painter.drawLine(QPointF(MARGIN_MM * self.unit, y * self.unit),
                              QPointF((MARGIN_MM + w) * self.unit, y * self.unit))


def _paint(sheet: Sheet, path: Path, progress: ProgressFn, cancel: CancelToken) -> int:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(sheet.title)
    writer.setCreator("trainmgr")
    orientation = QPageLayout.Orientation.Landscape if sheet.landscape else QPageLayout.Orientation.Portrait
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(0, 0, 0, 0),
                                     QPageLayout.Unit.Millimeter))
    per_page, pages = rows_per_page(sheet), page_count(sheet)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(errno.EACCES, "the folder is missing or read-only, or the disk is full")
    try:
        drawer = _Painter(sheet, writer, painter)
        for number in range(1, pages + 1):
            cancel.check()
            progress(number - 1, pages, page_of(number, pages))
            if number > 1:
                writer.newPage()
            first = (number - 1) * per_page
            drawer.page(number, pages, sheet.rows[first:first + per_page], first + 1)
    finally:
        painter.end()
    progress(pages, pages, "")
    return pages
