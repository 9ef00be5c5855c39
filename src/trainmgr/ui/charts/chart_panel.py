"""A chart with its tools: the table of the same numbers beside it (shown or hidden), Export PNG…,
a warning line (e.g. a group too small to say anything), and a clear "no data" state instead of an
empty plot."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainmgr.ui.charts import export
from trainmgr.ui.charts.chart_table import ChartTableModel
from trainmgr.ui.charts.chart_widget import ChartWidget
from trainmgr.ui.charts.series import Figure
from trainmgr.ui.errors import show_error
from trainmgr.ui.table_models.rows_model import make_proxy

CHART_PAGE, EMPTY_PAGE = 0, 1
TABLE_SPLIT = (0.6, 0.4)
MAX_COLUMN_PX = 220
SIZE_FROM_ROWS = 30  # column widths fit the first rows: a long table is not measured cell by cell
WARNING_STYLE = "QLabel { background: #FFF4D6; border: 1px solid #E6C36A; border-radius: 3px; padding: 4px 8px; }"


class ChartPanel(QWidget):
    exported = Signal(str)  # the path written

    def __init__(self, title: str, x_axis: str = "date", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.figure = Figure()
        self._sized = False
        self._build(x_axis)
        self.show_figure(Figure())

    def _build(self, x_axis: str) -> None:
        self.chart = ChartWidget(self._title, x_axis)
        self.model = ChartTableModel(self)
        self.proxy = make_proxy(self.model, self)
        self.table = QTableView()
        self.table.setObjectName("chartTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the figure's own order until a header click
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setResizeContentsPrecision(SIZE_FROM_ROWS)
        self.table.horizontalHeader().setStretchLastSection(False)  # a wide last column hides right-aligned numbers
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.empty = QLabel(self.tr("No data for these filters."))
        self.empty.setObjectName("chartEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("QLabel { color: #606060; font-size: 14pt; background: white; "
                                 "border: 1px solid #D0D0D0; }")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)
        self.warning = QLabel()
        self.warning.setObjectName("chartWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self.note = QLabel()
        self.note.setObjectName("chartNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("QLabel { color: #505050; }")
        self.table_button = QPushButton(self.tr("Ta&ble"))
        self.table_button.setCheckable(True)
        self.table_button.setChecked(True)
        self.table_button.setToolTip(self.tr("Show or hide the numbers behind the chart"))
        self.export_button = QPushButton(self.tr("E&xport PNG…"))
        self.export_button.setToolTip(self.tr("Save this chart as a PNG image"))
        self.tools = QHBoxLayout()
        tools = self.tools
        tools.addWidget(self.warning, 100)
        tools.addStretch(1)  # the buttons keep their size when there is no warning
        tools.addWidget(self.table_button)
        tools.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.note)
        self.table_button.toggled.connect(self.table.setVisible)
        self.export_button.clicked.connect(self.export_png)

    def add_tool(self, label: QLabel, widget: QWidget) -> None:
        """A control of this chart alone (e.g. what to group by), at the left of its tool row."""
        label.setBuddy(widget)
        at = self.tools.indexOf(self.warning)
        self.tools.insertWidget(at, label)
        self.tools.insertWidget(at + 1, widget)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # the chart gets the larger share; the table shows its numbers whole
            self._sized = True
            width = max(self.splitter.width(), 600)
            self.splitter.setSizes([int(width * TABLE_SPLIT[0]), int(width * TABLE_SPLIT[1])])

    # --- data ----------------------------------------------------------------------------------
    def show_figure(self, figure: Figure) -> None:
        self.figure = figure
        self.chart.show_figure(figure)
        new_shape = list(figure.table.headers) != list(self.model.headers()) or not self.model.rowCount()
        self.model.set_table(figure.table)
        if new_shape:  # a refresh keeps the widths (and any the user chose)
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount()):  # a long title does not push the numbers away
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_COLUMN_PX))
        self.warning.setText(figure.warning)
        self.warning.setVisible(bool(figure.warning))
        self.note.setText("" if figure.empty else figure.note)
        self.note.setVisible(bool(figure.note) and not figure.empty)
        self.stack.setCurrentIndex(EMPTY_PAGE if figure.empty else CHART_PAGE)
        self.export_button.setEnabled(not figure.empty)

    def is_empty(self) -> bool:
        return self.stack.currentIndex() == EMPTY_PAGE

    def table_text(self) -> list[list[str]]:
        """The table as shown (in its current sort order): what a user reads."""
        return [[str(self.proxy.index(r, c).data()) for c in range(self.proxy.columnCount())]
                for r in range(self.proxy.rowCount())]

    # --- export --------------------------------------------------------------------------------
    def export_png(self) -> None:
        path = export.png_path(self, self._title)
        if path is None:
            return
        try:
            self.chart.export_png(path)
        except Exception as exc:  # shown, never a traceback
            show_error(self, exc)
            return
        self.exported.emit(str(path))
