"""A programme's cohorts, latest start first: name, start date and how many are enrolled."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from trainmgr.domain.delivery_records import CohortRow
from trainmgr.ui.formatting import format_date

ID_ROLE = Qt.ItemDataRole.UserRole


class CohortList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cohortList")
        self.setSpacing(2)
        self.setWordWrap(True)
        self._rows: list[CohortRow] = []

    def show_rows(self, rows: list[CohortRow]) -> None:
        """Fill the list (without signals), keeping the current cohort, else the first."""
        keep = self.selected_id()
        self._rows = rows
        self.blockSignals(True)
        self.clear()
        for row in rows:
            start = format_date(row.start_date) if row.start_date else self.tr("no date")
            item = QListWidgetItem(self.tr("{name}\n{start} · {n} enrolled").format(name=row.name, start=start,
                                                                                   n=row.enrolled))
            item.setData(ID_ROLE, row.id)
            item.setToolTip(item.text())
            self.addItem(item)
            if row.id == keep:
                self.setCurrentItem(item)
        if self.currentItem() is None and rows:
            self.setCurrentRow(0)
        self.blockSignals(False)

    def selected_id(self) -> str | None:
        item = self.currentItem()
        value = item.data(ID_ROLE) if item is not None else None
        return value if isinstance(value, str) else None

    def selected(self) -> CohortRow | None:
        return next((r for r in self._rows if r.id == self.selected_id()), None)
