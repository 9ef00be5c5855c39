"""Host units of a programme as a tree: add, add below, edit, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainmgr.domain.changes import PEOPLE, PROGRAMMES, UNITS, Changes
from trainmgr.domain.enums import UnitKind
from trainmgr.domain.records import ProgrammeRow, UnitRow
from trainmgr.services.programmes import ProgrammeService
from trainmgr.services.units import UnitService
from trainmgr.ui import confirm
from trainmgr.ui.dialogs.unit_dialog import UnitDialog
from trainmgr.ui.errors import show_error
from trainmgr.ui.labels import enum_label
from trainmgr.ui.pages.base import Page
from trainmgr.ui.tasks import TaskRunner

NAME, KIND, CODE, NATIVE, LOCATION, PEOPLE_COLUMN = range(6)
ID_ROLE = Qt.ItemDataRole.UserRole


class UnitsPage(Page):
    topics = (PROGRAMMES, UNITS, PEOPLE)

    def __init__(self, programmes: ProgrammeService, units: UnitService, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._programmes = programmes
        self._units = units
        self._runner = runner
        self._rows: list[UnitRow] = []
        self._select_id: str | None = None
        self._build()
        self._connect()

    def title(self) -> str:
        return self.tr("Units")

    # --- view ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setObjectName("unitsPage")
        self.programme = QComboBox()
        self.programme.setMinimumContentsLength(30)
        self.add_button = QPushButton(self.tr("&Add unit…"))
        self.add_sub_button = QPushButton(self.tr("Add &sub-unit…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Unit"), self.tr("Kind"), self.tr("Code"), self.tr("Name in host language"),
                                   self.tr("Location"), self.tr("People")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No programme yet: create one on the Programmes page first."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Programme:")))
        top.addWidget(self.programme, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.add_sub_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        self._update_buttons()

    def _connect(self) -> None:
        self.programme.currentIndexChanged.connect(lambda _i: self._load_units())
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda _item, _col: self._edit())
        self.add_button.clicked.connect(lambda: self._open_dialog(None, None))
        self.add_sub_button.clicked.connect(self._add_sub_unit)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)

    # --- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._runner.run(self._programmes.list, on_done=self._show_programmes)

    def _show_programmes(self, rows: list[ProgrammeRow]) -> None:
        current = self.programme_id()
        self.programme.blockSignals(True)
        self.programme.clear()
        for row in rows:
            self.programme.addItem(f"{row.name} ({row.code})", row.id)
        index = self.programme.findData(current) if current else -1
        self.programme.setCurrentIndex(index if index >= 0 else 0 if rows else -1)
        self.programme.blockSignals(False)
        self.tree.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._load_units()

    def programme_id(self) -> str | None:
        value = self.programme.currentData()
        return value if isinstance(value, str) else None

    def _load_units(self) -> None:
        programme_id = self.programme_id()
        if programme_id is None:
            self._show_units([])
            return
        self._runner.run(lambda: self._units.list(programme_id), on_done=self._show_units)

    def _show_units(self, rows: list[UnitRow]) -> None:
        keep = self._select_id or self.selected_id()
        self._select_id = None
        self._rows = rows
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for row in rows:  # parents come before their children
            parent = items.get(row.parent_id or "")
            item = QTreeWidgetItem([row.name, enum_label(UnitKind, row.kind), row.code, row.name_native,
                                    row.location, str(row.people)])
            item.setData(NAME, ID_ROLE, row.id)
            item.setTextAlignment(PEOPLE_COLUMN, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            items[row.id] = item
        self.tree.expandAll()
        if keep in items:
            self.tree.setCurrentItem(items[keep])
        self._update_buttons()

    def selected_id(self) -> str | None:
        item = self.tree.currentItem()
        value = item.data(NAME, ID_ROLE) if item is not None and item.isSelected() else None
        return value if isinstance(value, str) else None

    def selected(self) -> UnitRow | None:
        unit_id = self.selected_id()
        return next((r for r in self._rows if r.id == unit_id), None)

    def _update_buttons(self) -> None:
        has_programme = self.programme_id() is not None
        has_unit = self.selected_id() is not None
        self.add_button.setEnabled(has_programme)
        for button in (self.add_sub_button, self.edit_button, self.delete_button):
            button.setEnabled(has_unit)

    # --- editing -------------------------------------------------------------------------------
    def _add_sub_unit(self) -> None:
        parent = self.selected()
        if parent is not None:
            self._open_dialog(None, parent.id)

    def _edit(self) -> None:
        unit = self.selected()
        if unit is not None:
            self._open_dialog(unit, None)

    def _open_dialog(self, unit: UnitRow | None, parent_id: str | None) -> UnitDialog | None:
        programme_id = self.programme_id()
        if programme_id is None:
            return None
        dialog = UnitDialog(self._units, self._runner, programme_id, self._rows, unit, parent_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, row: UnitRow) -> None:
        self._select_id = row.id
        self.status_message.emit(self.tr("Unit “{name}” saved.").format(name=row.name))

    def _delete(self) -> None:
        unit = self.selected()
        if unit is None:
            return
        if not confirm.ask(self, self.tr("Delete unit"),
                           self.tr("Delete the unit “{name}”?").format(name=unit.name)):
            return
        self._runner.run(lambda: self._units.delete(unit.id), changes=Changes.of(UNITS),
                         on_done=lambda _r: self.status_message.emit(
                             self.tr("Unit “{name}” deleted.").format(name=unit.name)),
                         on_error=lambda exc: show_error(self, exc))
