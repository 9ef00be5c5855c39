"""A unit's assessments, oldest first: kind, date, status, version, findings recorded."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from trainmgr.domain.assessment_records import AssessmentRow
from trainmgr.domain.enums import AssessmentKind, AssessmentStatus
from trainmgr.ui.labels import enum_label
from trainmgr.ui.table_models.programmes_model import format_date

ID_ROLE = Qt.ItemDataRole.UserRole


class AssessmentList(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AssessmentRow] = []
        self.setHeaderLabels([self.tr("Kind"), self.tr("Date"), self.tr("Status"), self.tr("Version"),
                              self.tr("Findings")])
        self.setRootIsDecorated(False)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(False)

    def rows(self) -> list[AssessmentRow]:
        return self._rows

    def show_rows(self, rows: list[AssessmentRow], keep: str | None) -> None:
        """Fill the list (without signals) and select `keep`, else the latest assessment."""
        self._rows = rows
        ids = {r.id for r in rows}
        self.blockSignals(True)
        self.clear()
        for row in rows:
            item = QTreeWidgetItem([enum_label(AssessmentKind, row.kind), format_date(row.assessed_on),
                                    enum_label(AssessmentStatus, row.status), str(row.version), str(row.findings)])
            item.setData(0, ID_ROLE, row.id)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignCenter)
            item.setTextAlignment(4, Qt.AlignmentFlag.AlignCenter)
            self.addTopLevelItem(item)
            if row.id == keep or (keep not in ids and row is rows[-1]):
                self.setCurrentItem(item)
        self.blockSignals(False)

    def selected_id(self) -> str | None:
        item = self.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return value if isinstance(value, str) else None

    def selected(self) -> AssessmentRow | None:
        return next((r for r in self._rows if r.id == self.selected_id()), None)
