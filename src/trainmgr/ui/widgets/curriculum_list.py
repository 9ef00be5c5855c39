"""The two lists of the curricula page: the programme's curricula (name, version, status, modules,
hours) and the selected curriculum's modules in order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QListWidget, QListWidgetItem, QTreeWidget, QTreeWidgetItem, QWidget

from trainmgr.domain.assessment_records import CurriculumRow, ModuleRow
from trainmgr.domain.enums import CurriculumStatus
from trainmgr.ui.assessment_labels import hours_text
from trainmgr.ui.labels import enum_label

ID_ROLE = Qt.ItemDataRole.UserRole


class CurriculumList(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CurriculumRow] = []
        self.setHeaderLabels([self.tr("Curriculum"), self.tr("Version"), self.tr("Status"), self.tr("Modules"),
                              self.tr("Hours")])
        self.setRootIsDecorated(False)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def show_rows(self, rows: list[CurriculumRow], keep: str | None) -> None:
        """Fill the list (without signals), selecting `keep` if it is there."""
        self._rows = rows
        self.blockSignals(True)
        self.clear()
        for row in rows:
            item = QTreeWidgetItem([row.name, str(row.version), enum_label(CurriculumStatus, row.status),
                                    str(row.modules), hours_text(row.hours)])
            item.setData(0, ID_ROLE, row.id)
            self.addTopLevelItem(item)
            if row.id == keep:
                self.setCurrentItem(item)
        self.blockSignals(False)

    def selected_id(self) -> str | None:
        item = self.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return value if isinstance(value, str) else None

    def selected(self) -> CurriculumRow | None:
        return next((r for r in self._rows if r.id == self.selected_id()), None)


class ModuleList(QListWidget):
    def show_modules(self, modules: tuple[ModuleRow, ...], keep: str | None) -> None:
        """Fill the list (without signals), selecting `keep`, else the first module."""
        self.blockSignals(True)
        self.clear()
        for number, module in enumerate(modules, start=1):
            item = QListWidgetItem(self.tr("{n}. {code} {title} — {hours} h").format(
                n=number, code=module.code, title=module.title, hours=hours_text(module.hours)))
            item.setData(ID_ROLE, module.id)
            self.addItem(item)
            if module.id == keep or (keep is None and number == 1):
                self.setCurrentItem(item)
        self.blockSignals(False)

    def selected_id(self) -> str | None:
        item = self.currentItem()
        value = item.data(ID_ROLE) if item is not None else None
        return value if isinstance(value, str) else None

    def select_quietly(self, item: QListWidgetItem | None) -> None:
        self.blockSignals(True)
        self.setCurrentItem(item)
        self.blockSignals(False)
