"""Programmes: a searchable, sortable table with New / Edit / Delete."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainmgr.domain.changes import PEOPLE, PROGRAMMES, UNITS, Changes
from trainmgr.domain.records import ProgrammeRow
from trainmgr.services.programmes import ProgrammeService
from trainmgr.ui import confirm
from trainmgr.ui.dialogs.programme_dialog import ProgrammeDialog
from trainmgr.ui.pages.base import Page
from trainmgr.ui.table_models.programmes_model import NAME, ROW_ROLE, ProgrammesTableModel, make_proxy
from trainmgr.ui.tasks import TaskRunner


class ProgrammesPage(Page):
    topics = (PROGRAMMES, UNITS, PEOPLE)
    programme_saved = Signal(object)  # ProgrammeRow

    def __init__(self, programmes: ProgrammeService, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._programmes = programmes
        self._runner = runner
        self._select_id: str | None = None
        self._build()
        self._connect()

    def title(self) -> str:
        return self.tr("Programmes")

    # --- view ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setObjectName("programmesPage")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search programmes…"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("&New…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.model = ProgrammesTableModel(self)
        self.proxy = make_proxy(self.model, self)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self._update_buttons()

    def _connect(self) -> None:
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.new_button.clicked.connect(self.new_programme)
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        self.table.doubleClicked.connect(self._edit_at)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    # --- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._runner.run(self._programmes.list, on_done=self._show_rows)

    def _show_rows(self, rows: list[ProgrammeRow]) -> None:
        keep = self._select_id or (self.selected().id if self.selected() else None)
        self.model.set_rows(rows)
        self._select_id = None
        if keep:
            self._select(keep)
        self._update_buttons()

    def selected(self) -> ProgrammeRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        row = indexes[0].data(ROW_ROLE)
        return row if isinstance(row, ProgrammeRow) else None

    def _select(self, programme_id: str) -> None:
        source_row = self.model.row_of(programme_id)
        if source_row >= 0:
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
            if index.isValid():
                self.table.selectRow(index.row())
                self.table.scrollTo(index)

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # --- editing -------------------------------------------------------------------------------
    def new_programme(self) -> ProgrammeDialog:
        return self._open_dialog(None)

    def _edit_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self._open_dialog(row)

    def _edit_at(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, ProgrammeRow):
            self._open_dialog(row)

    def _open_dialog(self, row: ProgrammeRow | None) -> ProgrammeDialog:
        dialog = ProgrammeDialog(self._programmes, self._runner, row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, row: ProgrammeRow) -> None:
        self._select_id = row.id
        self.status_message.emit(self.tr("Programme “{name}” saved.").format(name=row.name))
        self.programme_saved.emit(row)

    def _delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        question = self.tr("Delete the programme “{name}” ({code})?\n\nIt disappears from this laptop now "
                           "and from the others at their next sync.").format(
            name=row.name, code=row.code)
        if not confirm.ask(self, self.tr("Delete programme"), question):
            return
        self._runner.run(lambda: self._programmes.delete(row.id), changes=Changes.of(PROGRAMMES),
                         on_done=lambda _r: self.status_message.emit(
                             self.tr("Programme “{name}” deleted.").format(name=row.name)))
