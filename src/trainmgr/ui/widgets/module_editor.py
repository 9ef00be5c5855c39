"""Editor of one curriculum module: title, code, hours and delivery mode (saved with Save), and its
learning objectives, targeted competencies with levels and prerequisites (each change saved at
once by the page). Read-only when the curriculum is approved or retired."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainmgr.domain.assessment_records import ModuleRow
from trainmgr.domain.enums import DeliveryMode
from trainmgr.services.curricula import ModuleInput
from trainmgr.ui.labels import choices

ID_ROLE = Qt.ItemDataRole.UserRole


class ModuleEditor(QWidget):
    save_requested = Signal()
    objective_added = Signal(str)  # text
    objective_removed = Signal(str)  # objective id
    target_changed = Signal(str, object)  # competency id, level (int or None)
    target_removed = Signal(str)  # competency id
    prerequisite_toggled = Signal(str, bool)  # prerequisite module id, on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._module: ModuleRow | None = None
        self._loading = False
        self.title = QLineEdit()
        self.code = QLineEdit()
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 1000)
        self.hours.setDecimals(1)
        self.hours.setSuffix(self.tr(" h"))
        self.hours.setMaximumWidth(140)
        self.mode = QComboBox()
        for value, label in choices(DeliveryMode):
            self.mode.addItem(label, value)
        self.save_button = QPushButton(self.tr("&Save module"))
        self.objectives = QListWidget()
        self.objectives.setWordWrap(True)  # objectives are sentences
        self.objectives.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.objective_text = QLineEdit()
        self.objective_text.setPlaceholderText(self.tr("New learning objective, then Enter"))
        self.remove_objective = QPushButton(self.tr("Remove objective"))
        self.targets = QTableWidget(0, 3)
        self.targets.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Competency"), self.tr("Target level")])
        self.targets.verticalHeader().hide()
        self.targets.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.targets.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.remove_target = QPushButton(self.tr("Remove"))
        self.target_choice = QComboBox()  # type to search: code or title
        self.target_choice.setEditable(True)
        self.target_choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.target_choice.lineEdit().setPlaceholderText(self.tr("Competency to target: type its code or title"))
        self.target_choice.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.target_choice.completer().setCompletionMode(self.target_choice.completer().CompletionMode.PopupCompletion)
        self.add_target = QPushButton(self.tr("Add competency"))
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_choice, 1)
        target_row.addWidget(self.add_target)
        target_row.addWidget(self.remove_target)
        self.prerequisites = QListWidget()
        self.prerequisites.setMaximumHeight(110)
        self.read_only_note = QLabel()
        self.read_only_note.setStyleSheet("background: #fef7e0; border: 1px solid #f9ab00; padding: 4px;")
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Hours:"), self.hours)
        form.addRow(self.tr("&Delivery:"), self.mode)
        objective_row = QHBoxLayout()
        objective_row.addWidget(self.objective_text, 1)
        objective_row.addWidget(self.remove_objective)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.read_only_note)
        layout.addLayout(form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        for label, widget in ((self.tr("Learning objectives:"), self.objectives), (None, objective_row),
                              (self.tr("Targeted competencies (type a level 1–5):"), self.targets),
                              (None, target_row),
                              (self.tr("Prerequisites (modules to complete first):"), self.prerequisites)):
            if label:
                layout.addWidget(QLabel(label))
            if isinstance(widget, QHBoxLayout):
                layout.addLayout(widget)
            else:
                layout.addWidget(widget, 1)
        self.objective_text.returnPressed.connect(self._add_objective)
        self.remove_objective.clicked.connect(self._remove_objective)
        self.remove_target.clicked.connect(self._remove_target)
        self.add_target.clicked.connect(self._add_target)
        self.targets.itemChanged.connect(self._target_edited)
        self.prerequisites.itemChanged.connect(self._prerequisite_edited)
        self.save_button.clicked.connect(self.save_requested)
        self.set_module(None, [], editable=False)

    def module(self) -> ModuleRow | None:
        return self._module

    def value(self) -> ModuleInput:
        return ModuleInput(title=self.title.text(), code=self.code.text(), hours=self.hours.value(),
                           description=self._module.description if self._module else "",
                           delivery_mode=str(self.mode.currentData()))

    def is_dirty(self) -> bool:
        m = self._module
        return m is not None and (self.title.text(), self.code.text(), self.hours.value(),
                                  self.mode.currentData()) != (m.title, m.code, m.hours or 0.0, m.delivery_mode)

    def set_module(self, module: ModuleRow | None, others: list[ModuleRow], editable: bool) -> None:
        """Show `module`; unsaved header edits of the same module are kept across a reload."""
        keep_header = module is not None and self._module is not None and module.id == self._module.id \
            and self.is_dirty()
        self._loading = True
        self._module = module
        if not keep_header:
            self.title.setText(module.title if module else "")
            self.code.setText(module.code if module else "")
            self.hours.setValue(module.hours or 0.0 if module else 0.0)
            self.mode.setCurrentIndex(max(self.mode.findData(module.delivery_mode if module else None), 0))
        self.objectives.clear()
        for objective in module.objectives if module else ():
            item = QListWidgetItem(objective.text)
            item.setData(ID_ROLE, objective.id)
            self.objectives.addItem(item)
        self.targets.setRowCount(len(module.targets) if module else 0)
        for number, target in enumerate(module.targets if module else ()):
            for column, text in enumerate((target.code, target.title, str(target.target_level or ""))):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, target.competency_id)
                if column < 2 or not editable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.targets.setItem(number, column, item)
        self.prerequisites.clear()
        for other in others:
            if module is None or other.id == module.id:
                continue
            item = QListWidgetItem(f"{other.code} {other.title}".strip())
            item.setData(ID_ROLE, other.id)
            item.setFlags((item.flags() | Qt.ItemFlag.ItemIsUserCheckable) if editable
                          else item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if other.id in module.prerequisite_ids
                               else Qt.CheckState.Unchecked)
            self.prerequisites.addItem(item)
        for widget in (self.title, self.code, self.hours):
            widget.setReadOnly(not editable)
        for widget in (self.mode, self.save_button, self.objective_text, self.remove_objective, self.remove_target,
                       self.target_choice, self.add_target):
            widget.setEnabled(editable and module is not None)
        self.read_only_note.setVisible(module is not None and not editable)
        self.read_only_note.setText(self.tr("This curriculum is approved: read-only. Make a new version to change "
                                            "it."))
        self._loading = False

    def _add_objective(self) -> None:
        text = self.objective_text.text().strip()
        if text:
            self.objective_added.emit(text)
            self.objective_text.clear()

    def _remove_objective(self) -> None:
        item = self.objectives.currentItem()
        if item is not None:
            self.objective_removed.emit(str(item.data(ID_ROLE)))

    def set_competencies(self, items: list[tuple[str, str]]) -> None:
        """The competencies a module may target: (id, "CODE Title") of the programme's framework."""
        self.target_choice.clear()
        for competency_id, label in items:
            self.target_choice.addItem(label, competency_id)
        self.target_choice.setCurrentIndex(-1)

    def _add_target(self) -> None:
        index = self.target_choice.findText(self.target_choice.currentText())
        if index >= 0:
            self.target_changed.emit(str(self.target_choice.itemData(index)), None)
            self.target_choice.setCurrentIndex(-1)

    def _remove_target(self) -> None:
        item = self.targets.item(self.targets.currentRow(), 0)
        if item is not None:
            self.target_removed.emit(str(item.data(ID_ROLE)))

    def _target_edited(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != 2:
            return
        text = item.text().strip()
        level: int | str | None = int(text) if text.isdigit() else (text or None)
        self.target_changed.emit(str(item.data(ID_ROLE)), level)  # the service says what is wrong

    def _prerequisite_edited(self, item: QListWidgetItem) -> None:
        if not self._loading:
            self.prerequisite_toggled.emit(str(item.data(ID_ROLE)), item.checkState() == Qt.CheckState.Checked)
