"""The traceability matrix of a programme: gap → module(s) → sessions held → evaluations, filterable
and sortable; gaps no module addresses highlighted; modules serving no gap listed apart."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainmgr.domain.assessment_records import TraceabilityMatrix, UnservedModule
from trainmgr.domain.changes import DELIVERY, FRAMEWORK, PROGRAMMES, UNITS
from trainmgr.domain.records import ProgrammeRow
from trainmgr.services.programmes import ProgrammeService
from trainmgr.services.traceability import TraceabilityService
from trainmgr.ui.assessment_labels import ASSESSMENTS, CURRICULA, FINDINGS
from trainmgr.ui.pages.base import Page
from trainmgr.ui.table_models.traceability_model import COMPETENCY, MODULES, TraceabilityProxy, TraceabilityTableModel
from trainmgr.ui.tasks import TaskRunner
from trainmgr.ui.widgets.combos import combo_id, compact, refill_programmes

FILTER_DELAY_MS = 200


class TraceabilityPage(Page):
    topics = (PROGRAMMES, UNITS, FRAMEWORK, ASSESSMENTS, FINDINGS, CURRICULA, DELIVERY)

    def __init__(self, programmes: ProgrammeService, traceability: TraceabilityService, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._programmes = programmes
        self._traceability = traceability
        self._runner = runner
        self._build()
        self._connect()

    def title(self) -> str:
        return self.tr("Traceability")

    # --- view ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setObjectName("traceabilityPage")
        self.programme = QComboBox()
        compact(self.programme)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter (unit, competency, module…)"))
        self.search.setClearButtonEnabled(True)
        self.only_unaddressed = QCheckBox(self.tr("Only gaps without a module"))
        self.model = TraceabilityTableModel(self)
        self.proxy = TraceabilityProxy(self.model, self)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's ranking until the user sorts
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COMPETENCY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MODULES, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.unserved_label = QLabel()
        self.unserved = QTableWidget(0, 4)
        self.unserved.setHorizontalHeaderLabels([self.tr("Module"), self.tr("Curriculum"), self.tr("Targets"),
                                                 self.tr("Why")])
        self.unserved.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unserved.verticalHeader().hide()
        self.unserved.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Programme:")))
        top.addWidget(self.programme, 2)
        top.addWidget(self.search, 2)
        top.addWidget(self.only_unaddressed)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.unserved_label)
        lower_layout.addWidget(self.unserved)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([480, 180])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)

    def _connect(self) -> None:
        self.programme.currentIndexChanged.connect(lambda _i: self._load_matrix())
        self.search.textChanged.connect(lambda _t: self._filter_timer.start())
        self._filter_timer.timeout.connect(self.apply_filter)
        self.only_unaddressed.toggled.connect(lambda _on: self.apply_filter())

    # --- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._runner.run(self._programmes.list, on_done=self._show_programmes)

    def _show_programmes(self, rows: list[ProgrammeRow]) -> None:
        refill_programmes(self.programme, rows)
        self._load_matrix()

    def _load_matrix(self) -> None:
        pid = combo_id(self.programme)
        self._runner.run(lambda: self._traceability.matrix(pid) if pid else TraceabilityMatrix((), ()),
                         on_done=self._show_matrix)

    def _show_matrix(self, matrix: TraceabilityMatrix) -> None:
        self.model.set_rows(list(matrix.rows))
        self.summary.setText(self.tr("{gaps} gap(s); {missing} with no module (highlighted).").format(
            gaps=len(matrix.rows), missing=len(matrix.gaps_without_module)))
        self.unserved_label.setText(self.tr("Modules that serve no current gap ({n}):").format(
            n=len(matrix.unserved_modules)))
        self.unserved.setRowCount(len(matrix.unserved_modules))
        for number, module in enumerate(matrix.unserved_modules):
            cells = (f"{module.code} {module.title}".strip(),
                     f"{module.curriculum_name} v{module.curriculum_version}",
                     ", ".join(module.competency_codes) or "—", self._reason(module))
            for column, text in enumerate(cells):
                self.unserved.setItem(number, column, QTableWidgetItem(text))
        self.apply_filter()

    def _reason(self, module: UnservedModule) -> str:
        if not module.competency_codes:
            return self.tr("Targets no competency")
        return self.tr("Targets no current gap")

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.proxy.set_only_unaddressed(self.only_unaddressed.isChecked())
        self.proxy.setFilterFixedString(self.search.text().strip())
