"""The detail editor of one competency: code, title, description, the five level descriptors and
the standards it refers to. It knows whether it holds unsaved edits."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trainmgr.domain.records import CompetencyDetail, LevelRow
from trainmgr.services.frameworks import CompetencyInput
from trainmgr.ui.widgets.error_label import ErrorLabel

LEVELS = (1, 2, 3, 4, 5)


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class CompetencyEditor(QScrollArea):
    save_requested = Signal()
    dirty_changed = Signal(bool)
    add_reference_requested = Signal()
    remove_reference_requested = Signal(str)  # the standard's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail: CompetencyDetail | None = None
        self._dirty = False
        self._loading = False
        self._build()
        self._connect()
        self.set_detail(None)

    # --- view ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setObjectName("competencyEditor")
        self.setWidgetResizable(True)
        body = QWidget()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: 600;")
        self.code = QLineEdit()
        self.title_edit = QLineEdit()
        self.description = _text_box(3)
        form = QFormLayout()
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Description:"), self.description)
        levels_box = QGroupBox(self.tr("Level descriptors"))
        levels_form = QFormLayout(levels_box)
        self.level_labels: dict[int, QLabel] = {}
        self.descriptors: dict[int, QPlainTextEdit] = {}
        for level in LEVELS:
            self.level_labels[level] = QLabel(self.tr("Level {n}:").format(n=level))
            self.descriptors[level] = _text_box(2)
            levels_form.addRow(self.level_labels[level], self.descriptors[level])
        standards_box = QGroupBox(self.tr("Standards"))
        self.standards = QListWidget()
        self.standards.setMaximumHeight(110)
        self.standards.setWordWrap(True)
        self.add_reference_button = QPushButton(self.tr("Add &reference…"))
        self.add_reference_button.setToolTip(self.tr("Refer this competency to a standard"))
        self.remove_reference_button = QPushButton(self.tr("Re&move"))
        self.remove_reference_button.setToolTip(self.tr("Remove the selected standard reference"))
        reference_buttons = QHBoxLayout()
        reference_buttons.addStretch(1)
        reference_buttons.addWidget(self.add_reference_button)
        reference_buttons.addWidget(self.remove_reference_button)
        standards_layout = QVBoxLayout(standards_box)
        standards_layout.addWidget(self.standards)
        standards_layout.addLayout(reference_buttons)
        self.error = ErrorLabel()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the competency (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("&Revert"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(levels_box)
        layout.addWidget(standards_box)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setWidget(body)

    def _connect(self) -> None:
        for edit in (self.code, self.title_edit):
            edit.textEdited.connect(self._edited)
        for box in (self.description, *self.descriptors.values()):
            box.textChanged.connect(self._edited)
        self.save_button.clicked.connect(lambda: self.save_requested.emit())
        self.revert_button.clicked.connect(lambda: self.set_detail(self._detail))
        self.standards.currentItemChanged.connect(lambda *_: self._update_reference_buttons())
        self.add_reference_button.clicked.connect(lambda: self.add_reference_requested.emit())
        self.remove_reference_button.clicked.connect(self._remove_reference)

    # --- state ---------------------------------------------------------------------------------
    def set_levels(self, levels: list[LevelRow]) -> None:
        for row in levels:
            if row.level in self.level_labels:
                self.level_labels[row.level].setText(
                    self.tr("{n} – {label}:").format(n=row.level, label=row.label))
                self.level_labels[row.level].setToolTip(row.description)

    def set_detail(self, detail: CompetencyDetail | None) -> None:
        """Show `detail` (None: nothing selected) and forget any unsaved edits."""
        self._loading = True
        self._detail = detail
        self.error.clear_message()
        self.heading.setText(
            self.tr("Select a competency in the tree to edit it.") if detail is None
            else self.tr("{area} › {code}").format(area=detail.area_title, code=detail.code))
        self.code.setText(detail.code if detail else "")
        self.title_edit.setText(detail.title if detail else "")
        self.description.setPlainText(detail.description if detail else "")
        for level, box in self.descriptors.items():
            box.setPlainText(detail.descriptors.get(level, "") if detail else "")
        self.standards.clear()
        for ref in detail.standards if detail else ():
            text = f"{ref.code} — {ref.title} ({ref.body})"
            entry = QListWidgetItem(f"{text}: {ref.detail}" if ref.detail else text)
            entry.setData(Qt.ItemDataRole.UserRole, ref.standard_id)
            self.standards.addItem(entry)
        for widget in (self.code, self.title_edit, self.description, *self.descriptors.values()):
            widget.setEnabled(detail is not None)
        self._loading = False
        self._set_dirty(False)
        self._update_reference_buttons()

    def detail(self) -> CompetencyDetail | None:
        return self._detail

    def is_dirty(self) -> bool:
        return self._dirty

    def value(self) -> CompetencyInput:
        """The edited values; only the level descriptors that changed are sent, so a save touches
        (and later syncs) just what the user edited."""
        before = self._detail.descriptors if self._detail else {}
        descriptors = tuple((level, box.toPlainText()) for level, box in self.descriptors.items()
                            if box.toPlainText() != before.get(level, ""))
        return CompetencyInput(code=self.code.text(), title=self.title_edit.text(),
                               description=self.description.toPlainText(), descriptors=descriptors)

    def selected_standard_id(self) -> str | None:
        entry = self.standards.currentItem()
        value = entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None
        return value if isinstance(value, str) else None

    def _remove_reference(self) -> None:
        standard_id = self.selected_standard_id()
        if standard_id is not None:
            self.remove_reference_requested.emit(standard_id)

    def _update_reference_buttons(self) -> None:
        # references are stored at once: not while the competency holds unsaved edits
        ready = self._detail is not None and not self._dirty
        self.add_reference_button.setEnabled(ready)
        self.remove_reference_button.setEnabled(ready and self.selected_standard_id() is not None)

    def _edited(self) -> None:
        if not self._loading and self._detail is not None:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self._update_reference_buttons()
        if changed:
            self.dirty_changed.emit(dirty)
