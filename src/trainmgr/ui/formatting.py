"""Dates and numbers as the interface language writes them (QLocale's default, set by ui/i18n.py).

French reads 07/03/2025 and 87,5; Arabic 7/3/2025 right to left. English keeps ISO dates (2025-03-07):
a coalition mixes British and American readers, for whom 03/07 means two different days."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDateTimeEdit

ISO_LANGUAGES = (QLocale.Language.C, QLocale.Language.English)


def format_date(value: date | None) -> str:
    """The date in the interface's short format with a four-digit year; "" for no date."""
    if value is None:
        return ""
    locale = QLocale()
    if locale.language() in ISO_LANGUAGES:
        return value.isoformat()
    return locale.toString(QDate(value.year, value.month, value.day), _short_date_format(locale))


def format_datetime(value: datetime | None) -> str:
    """Date and 24-hour time (local time for an aware value); "" for none."""
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone()
    time = QLocale().toString(QTime(value.hour, value.minute), "HH:mm")
    return f"{format_date(value.date())} {time}"


def format_number(value: float, decimals: int | None = None) -> str:
    """`decimals` fixed (87,5) or, with None, as few as needed (12 · 12,5) — like Python's :g."""
    locale = QLocale()
    if decimals is not None:
        return locale.toString(float(value), "f", decimals)
    return locale.toString(float(value), "g", 12)


def format_signed(value: int) -> str:
    """+2, 0, -1: a change. Right to left, a left-to-right mark keeps the sign before the digits
    (bidi would otherwise show "2+")."""
    text = f"+{value}" if value > 0 else str(value)
    if value and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return "\u200e" + text
    return text


def date_edit_format() -> str:
    """The display format for date editors: the language's short date, four-digit year, no bidi marks
    (the editors are kept left to right, see ui/i18n.py)."""
    locale = QLocale()
    if locale.language() in ISO_LANGUAGES:
        return "yyyy-MM-dd"
    return _short_date_format(locale).replace("\u200f", "")


def date_editor(edit: QDateTimeEdit) -> QDateTimeEdit:
    """`edit` kept left to right: in a right-to-left layout Qt reverses a date or time editor's sections
    (08:00 would read 00:08), while Arabic writes dates and times left to right."""
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return edit


def _short_date_format(locale: QLocale) -> str:
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")
