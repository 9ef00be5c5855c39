"""Dates and numbers as the interface language writes them (QLocale's default, set by ui/i18n.py).

French reads 07/03/2025 and 87,5; Arabic 7/3/2025 right to left. English keeps ISO dates (2025-03-07):
a coalition mixes British and American readers, for whom 03/07 means two different days."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

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


def _short_date_format(locale: QLocale) -> str:
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")
