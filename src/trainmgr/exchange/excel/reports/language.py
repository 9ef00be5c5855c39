"""The language a report is written in, chosen per export and independent of the interface language.

The core cannot use Qt's translator, so report strings live in a small plain-Python catalogue
(`catalogue.py`), one dictionary per language, looked up by key. Dates and numbers written as text
(the About sheet, titles) are formatted here for the language; cells that hold real dates and numbers
get the language's `number_format` codes, and the spreadsheet shows them with the reader's separators.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from trainmgr.errors import ValidationError
from trainmgr.exchange.excel.reports.catalogue import CATALOGUES, MONTHS

LANGUAGES = tuple(CATALOGUES)


@dataclass(frozen=True)
class ReportLanguage:
    code: str
    date_format: str  # number_format of a date cell
    datetime_format: str
    percent_format: str
    decimal_format: str
    decimal_sep: str
    thousands_sep: str

    def t(self, key: str, **values: object) -> str:
        """The report string `key` in this language, with `{name}` placeholders filled. A key missing
        from this language falls back to English; a key missing everywhere is a bug, shown as itself."""
        text = CATALOGUES[self.code].get(key) or CATALOGUES["en"].get(key) or key
        return text.format(**values) if values else text

    def value(self, group: str, value: str | None) -> str:
        """An enumerated value (a sex, a mark, a status...) in words; unknown values are shown as stored."""
        if value is None or value == "":
            return ""
        key = f"{group}.{value}"
        text = CATALOGUES[self.code].get(key) or CATALOGUES["en"].get(key)
        return text if text is not None else value

    def date_text(self, day: date | None) -> str:
        if day is None:
            return ""
        month = MONTHS[self.code][day.month - 1]
        return f"{day.day} {month} {day.year}"

    def datetime_text(self, moment: datetime) -> str:
        zone = moment.tzname() or ""
        return self.t("format.datetime", date=self.date_text(moment.date()), time=f"{moment:%H:%M}",
                      zone=zone).strip()

    def number_text(self, number: float | int | None, decimals: int = 0) -> str:
        if number is None:
            return ""
        text = f"{number:,.{decimals}f}"
        return text.replace(",", "\0").replace(".", self.decimal_sep).replace("\0", self.thousands_sep)

    def percent_text(self, percent: float | None, decimals: int = 1) -> str:
        """`percent` on the 0–100 scale."""
        if percent is None:
            return ""
        return self.t("format.percent", number=self.number_text(percent, decimals))


_LANGUAGES = {
    "en": ReportLanguage("en", date_format="[$-809]d mmm yyyy", datetime_format="[$-809]d mmm yyyy hh:mm",
                         percent_format="0.0%", decimal_format="0.0", decimal_sep=".", thousands_sep=","),
    "fr": ReportLanguage("fr", date_format="dd/mm/yyyy", datetime_format="dd/mm/yyyy hh:mm",
                         percent_format='0.0" "%', decimal_format="0.0", decimal_sep=",", thousands_sep="\u202f"),
}


def report_language(code: str) -> ReportLanguage:
    """The language for `code` ("en", "fr"); a clear error for any other."""
    key = (code or "en").strip().lower()
    if key not in _LANGUAGES:
        raise ValidationError(f"Reports are available in {', '.join(LANGUAGES)}; not in {code!r}.")
    return _LANGUAGES[key]
