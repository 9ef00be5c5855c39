"""The Progress page's filter bar: programme, unit (its sub-units included), cohort, period, sex and
rank. It says when the filter changed; the page decides when to compute."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QWidget

from trainmgr.domain.analytics_records import AnalyticsFilter, FilterOptions
from trainmgr.domain.enums import Sex
from trainmgr.domain.records import ProgrammeRow
from trainmgr.ui.labels import choices
from trainmgr.ui.widgets.combos import combo_id, compact, refill, refill_programmes
from trainmgr.ui.widgets.optional_date import OptionalDateEdit

INDENT = "    "


class ProgressFilterBar(QWidget):
    programme_changed = Signal()
    changed = Signal()  # any other filter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressFilters")
        self.programme, self.unit, self.cohort, self.sex, self.rank = (compact(QComboBox(), 8) for _ in range(5))
        self.date_from, self.date_to = OptionalDateEdit(), OptionalDateEdit()
        self.sex.addItem(self.tr("Any sex"), None)
        for value, label in choices(Sex):
            self.sex.addItem(label, value)
        self.unit.setToolTip(self.tr("A unit includes all its sub-units"))
        self.reset_button = QPushButton(self.tr("&Reset"))
        self.reset_button.setToolTip(self.tr("Back to every unit, cohort, sex and rank over the whole period"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        # three label + field pairs a row, so that the page fits a small laptop screen (1024 px wide)
        cells = ((self.tr("&Programme:"), self.programme, 0, 0), (self.tr("&Unit:"), self.unit, 0, 2),
                 (self.tr("&Cohort:"), self.cohort, 0, 4),
                 (self.tr("&Sex:"), self.sex, 1, 0), (self.tr("Ran&k:"), self.rank, 1, 2),
                 (self.tr("Fro&m:"), self.date_from, 2, 0), (self.tr("T&o:"), self.date_to, 2, 2))
        for text, widget, row, column in cells:
            label = QLabel(text)
            label.setBuddy(widget.check if isinstance(widget, OptionalDateEdit) else widget)  # tick, then type
            grid.addWidget(label, row, column)
            grid.addWidget(widget, row, column + 1)
        grid.addWidget(self.reset_button, 2, 5, Qt.AlignmentFlag.AlignRight)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        self.set_options(None)
        self.programme.currentIndexChanged.connect(lambda _i: self.programme_changed.emit())
        for combo in (self.unit, self.cohort, self.sex, self.rank):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.date_from.changed.connect(self.changed.emit)
        self.date_to.changed.connect(self.changed.emit)
        self.reset_button.clicked.connect(self.reset)

    def set_programmes(self, rows: list[ProgrammeRow]) -> None:
        refill_programmes(self.programme, rows)

    def programme_id(self) -> str | None:
        return combo_id(self.programme)

    def set_options(self, options: FilterOptions | None) -> None:
        """Offer the units, cohorts and ranks of the programme, keeping the choices still offered."""
        units = options.units if options else ()
        cohorts = options.cohorts if options else ()
        ranks = options.ranks if options else ()
        refill(self.unit, [(self.tr("All units"), ""), *((INDENT * o.depth + o.label, o.id) for o in units)])
        refill(self.cohort, [(self.tr("All cohorts"), ""), *((o.label, o.id) for o in cohorts)])
        refill(self.rank, [(self.tr("All ranks"), ""), *((o.label, o.id) for o in ranks)])

    def current(self) -> AnalyticsFilter:
        return AnalyticsFilter(programme_id=self.programme_id(), unit_id=combo_id(self.unit) or None,
                               cohort_id=combo_id(self.cohort) or None, date_from=self.date_from.date(),
                               date_to=self.date_to.date(), sex=combo_id(self.sex), rank_id=combo_id(self.rank) or None)

    def period_error(self) -> str:
        start, end = self.date_from.date(), self.date_to.date()
        if start is not None and end is not None and end < start:
            return self.tr("The period ends before it starts: choose a “to” date on or after the “from” date.")
        return ""

    def set_period(self, start: date | None, end: date | None) -> None:
        self.date_from.set_date(start)
        self.date_to.set_date(end)

    def reset(self) -> None:
        """Every filter back to "all" (the programme stays), announced once."""
        widgets = (self.unit, self.cohort, self.sex, self.rank, self.date_from, self.date_to)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in (self.unit, self.cohort, self.sex, self.rank):
            combo.setCurrentIndex(0)
        self.set_period(None, None)
        for widget in widgets:
            widget.blockSignals(False)
        self.changed.emit()
