"""Trainees of a programme: search (debounced, accents ignored), filter by unit, rank, sex and vetting,
sort by a header click, scroll through any number of them (pages of 200 read in the background), add
and edit; roster workbooks (template in the UI language, import with a dry-run preview, export); merge
a trainee with a likely duplicate."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainmgr.domain.changes import PEOPLE, PROGRAMMES, UNITS
from trainmgr.domain.delivery_records import DuplicateCandidate, TraineePage, TraineeRow
from trainmgr.domain.enums import Sex, VettingStatus
from trainmgr.domain.rank_records import RankRow
from trainmgr.domain.records import ProgrammeRow, UnitRow
from trainmgr.services.analytics import AnalyticsService
from trainmgr.services.audit import AuditService
from trainmgr.services.people_merge import MergeSummary, PeopleMergeService
from trainmgr.services.programmes import ProgrammeService
from trainmgr.services.ranks import RankService
from trainmgr.services.roster_io import RosterIOService
from trainmgr.services.trainees import TraineeService
from trainmgr.services.units import UnitService
from trainmgr.ui.dialogs.history_dialog import add_history_action
from trainmgr.ui.dialogs.merge_dialog import MergeDialog
from trainmgr.ui.dialogs.trainee_dialog import TraineeDialog
from trainmgr.ui.dialogs.unit_dialog import paths
from trainmgr.ui.errors import show_error
from trainmgr.ui.labels import choices
from trainmgr.ui.pages.base import Page
from trainmgr.ui.pages.roster_files import RosterFileActions
from trainmgr.ui.pages.trainee_progress import TraineeProgressDialog, open_trainee_progress
from trainmgr.ui.table_models.trainees_model import FAMILY, PAGE_SIZE, TraineesTableModel
from trainmgr.ui.tasks import TaskRunner
from trainmgr.ui.widgets.combos import combo_id, compact, refill, refill_programmes

SEARCH_DELAY_MS = 250


class TraineesPage(Page):
    topics = (PROGRAMMES, UNITS, PEOPLE)

    def __init__(self, programmes: ProgrammeService, units: UnitService, trainees: TraineeService,
                 runner: TaskRunner, parent: QWidget | None = None, *, ranks: RankService | None = None,
                 roster_io: RosterIOService | None = None, people_merge: PeopleMergeService | None = None,
                 analytics: AnalyticsService | None = None, audit: AuditService | None = None) -> None:
        super().__init__(parent)
        self._audit = audit
        self._programmes, self._units, self._trainees, self._runner = programmes, units, trainees, runner
        self._ranks, self._roster_io, self._merger = ranks, roster_io, people_merge
        self._analytics = analytics
        self._unit_rows: list[UnitRow] = []
        self._rank_rows: list[RankRow] = []
        self._sort = "family_name"
        self._build()
        self._connect()

    def title(self) -> str:
        return self.tr("Trainees")

    # --- view ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setObjectName("traineesPage")
        self.programme, self.unit, self.rank, self.sex, self.vetting = (compact(QComboBox()) for _ in range(5))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search: name, native name, service number, unit, rank"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self.sex.addItem(self.tr("Any sex"), None)
        for value, label in choices(Sex):
            self.sex.addItem(label, value)
        self.vetting.addItem(self.tr("Any vetting"), None)
        for value, label in choices(VettingStatus):
            self.vetting.addItem(label, value)
        self.add_button = QPushButton(self.tr("&Add trainee…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.progress_button = QPushButton(self.tr("&Progress…"))
        self.progress_button.setToolTip(self.tr("The selected trainee's level per competency over time"))
        self.progress_button.setVisible(self._analytics is not None)
        self.count = QLabel()
        self.count.setObjectName("traineeCount")
        self.model = TraineesTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(FAMILY, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((150, 160, 150, 100, 150, 260, 70)):
            self.table.setColumnWidth(column, width)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Programme:")))
        top.addWidget(self.programme, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.progress_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in (self.unit, self.rank, self.sex, self.vetting):
            filters.addWidget(combo, 1)
        self.rank.setVisible(self._ranks is not None)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self._build_files(top))
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self._update_buttons()

    def _connect(self) -> None:
        self.programme.currentIndexChanged.connect(lambda _i: self._load_units())
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self._timer.timeout.connect(self.reload)
        self.search.returnPressed.connect(self.reload)  # Enter searches at once
        for combo in (self.unit, self.rank, self.sex, self.vetting):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.model.fetch_requested.connect(self._fetch)
        self.model.sort_requested.connect(self._sorted)
        self.table.selectionModel().selectionChanged.connect(lambda _s, _d: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.progress_button.clicked.connect(self.show_progress)
        self._connect_files()
        self._add_row_actions()

    # --- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._runner.run(self._programmes.list, on_done=self._show_programmes)

    def _show_programmes(self, rows: list[ProgrammeRow]) -> None:
        refill_programmes(self.programme, rows)
        self._load_units()

    def programme_id(self) -> str | None:
        return combo_id(self.programme)

    def _load_units(self) -> None:
        pid = self.programme_id()
        ranks = self._ranks
        self._runner.run(lambda: ranks.list(pid) if pid and ranks else [], on_done=self._show_ranks)
        self._runner.run(lambda: self._units.list(pid) if pid else [], on_done=self._show_units)

    def _show_ranks(self, rows: list[RankRow]) -> None:
        self._rank_rows = rows
        self.rank.blockSignals(True)  # the units, which arrive next, reload the list once
        refill(self.rank, [(self.tr("Any rank"), ""), *((r.label, r.id) for r in rows)])
        self.rank.blockSignals(False)

    def _show_units(self, rows: list[UnitRow]) -> None:
        self._unit_rows = rows
        refill(self.unit, [(self.tr("Any unit"), ""), *((label, uid) for uid, label in paths(rows).items())])
        self.reload()

    def reload(self) -> None:
        """Start the list again from its first page (the query changed)."""
        self._timer.stop()
        generation = self.model.restart()
        self._update_buttons()
        if self.programme_id() is None:
            self.model.failed(generation)
            self.count.setText(self.tr("No programme yet: create one on the Programmes page first."))
            return
        self.count.setText(self.tr("Searching…"))
        self._fetch(generation, 0)

    def _fetch(self, generation: int, offset: int) -> None:
        pid, text, unit = self.programme_id(), self.search.text(), combo_id(self.unit) or None
        sex, vetting, sort, rank = combo_id(self.sex), combo_id(self.vetting), self._sort, combo_id(self.rank) or None
        if pid is None:
            return

        def failed(exc: BaseException) -> None:
            self.model.failed(generation)
            show_error(self, exc)

        self._runner.run(lambda: self._trainees.search(pid, text, unit, rank, sex, vetting, sort, offset, PAGE_SIZE),
                         on_done=lambda page: self._show_page(generation, offset, page), on_error=failed)

    def _show_page(self, generation: int, offset: int, page: TraineePage) -> None:
        self.model.add_page(generation, offset, page)
        total = self.model.total()
        self.count.setText(self.tr("%n trainee(s)", "", total) if total else self.tr("No trainee matches."))

    def _sorted(self, key: str) -> None:
        self._sort = key
        self.reload()

    def selected(self) -> TraineeRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.programme_id() is not None)
        self.edit_button.setEnabled(self.selected() is not None)
        self.progress_button.setEnabled(self.selected() is not None)
        self._update_file_buttons()

    def show_progress(self) -> TraineeProgressDialog | None:
        row = self.selected()
        if row is None or self._analytics is None:
            return None
        return open_trainee_progress(self._analytics, self._runner, row.id, self)

    def _add_row_actions(self) -> None:
        """The list's context menu (right click, or the Menu key): edit, progress, history."""
        edit = QAction(self.tr("&Edit…"), self)
        edit.triggered.connect(self.edit_selected)
        progress = QAction(self.tr("&Progress…"), self)
        progress.setVisible(self._analytics is not None)
        progress.triggered.connect(self.show_progress)
        for action in (edit, progress):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.table.addAction(action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        if self._audit is not None:
            add_history_action(self.table, self._audit, self._runner, "person", self.selected)

    # --- editing -------------------------------------------------------------------------------
    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_dialog(row)

    def open_dialog(self, trainee: TraineeRow | None) -> TraineeDialog | None:
        pid = self.programme_id()
        if pid is None:
            return None
        dialog = TraineeDialog(self._trainees, self._runner, pid, self._unit_rows, trainee, self,
                               ranks=self._rank_rows)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, row: TraineeRow) -> None:
        self.model.replace_row(row)  # the PEOPLE change that follows reloads the list when shown
        self.status_message.emit(self.tr("Trainee “{name}” saved.").format(name=row.display_name))


    # --- roster workbooks and merging (the buttons show when the page is given those services) ----
    def _build_files(self, top: QHBoxLayout) -> QHBoxLayout:
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setToolTip(self.tr("Merge the selected trainee with a likely duplicate"))
        self.template_button = QPushButton(self.tr("Roster &template…"))
        self.template_button.setToolTip(self.tr("A blank roster workbook with drop-down lists, to fill in Excel"))
        self.import_button = QPushButton(self.tr("&Import roster…"))
        self.export_button = QPushButton(self.tr("E&xport roster…"))
        top.addWidget(self.merge_button)
        self.merge_button.setVisible(self._merger is not None)
        files = QHBoxLayout()
        for button in (self.template_button, self.import_button, self.export_button):
            files.addWidget(button)
            button.setVisible(self._roster_io is not None)
        files.addStretch(1)
        self.roster_files = (RosterFileActions(self, self._roster_io, self._runner, self._programme_and_code)
                             if self._roster_io is not None else None)
        return files

    def _connect_files(self) -> None:
        self.merge_button.clicked.connect(self.merge_selected)
        if self.roster_files is not None:
            self.template_button.clicked.connect(self.roster_files.save_template)
            self.import_button.clicked.connect(self.roster_files.import_workbook)
            self.export_button.clicked.connect(self.roster_files.export_roster)
            self.roster_files.finished.connect(self.status_message)

    def _update_file_buttons(self) -> None:
        has_programme = self.programme_id() is not None
        for button in (self.template_button, self.import_button, self.export_button):
            button.setEnabled(has_programme)
        self.merge_button.setEnabled(self.selected() is not None)

    def _programme_and_code(self) -> tuple[str, str] | None:
        pid = self.programme_id()
        if pid is None:
            return None
        label = self.programme.currentText()
        code = label[label.rfind("(") + 1:-1] if label.endswith(")") else label
        return pid, code

    def merge_selected(self) -> None:
        """Look for the selected trainee's likely duplicates; with some, open the merge dialog."""
        row, merger = self.selected(), self._merger
        if row is None or merger is None:
            return
        self._runner.run(lambda: self._trainees.likely_duplicates(row.id),
                         on_done=lambda found: self._open_merge(row, found), on_error=lambda e: show_error(self, e))

    def _open_merge(self, row: TraineeRow, found: list[DuplicateCandidate]) -> MergeDialog | None:
        if not found or self._merger is None:
            self.status_message.emit(self.tr("No likely duplicate of “{name}” was found.").format(
                name=row.display_name))
            return None
        dialog = MergeDialog(self._trainees, self._merger, self._runner, row, found, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda summary: self._merged(dialog.kept(), summary))
        dialog.open()
        return dialog

    def _merged(self, kept: TraineeRow | None, summary: MergeSummary) -> None:
        name = kept.display_name if kept is not None else ""
        self.status_message.emit(self.tr("Merged into “{name}”: %n record(s) moved to the kept trainee.", "",
                                         summary.total).format(name=name))
