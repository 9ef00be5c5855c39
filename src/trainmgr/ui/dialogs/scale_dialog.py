"""The framework's proficiency scale: reword its levels; mark which are proficient while no finding
uses the scale (once one does, its meaning is locked and a new framework version is the way)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from trainmgr.domain.changes import FRAMEWORK, Changes
from trainmgr.domain.records import LevelRow
from trainmgr.services.framework_edits import FrameworkEditService
from trainmgr.ui.dialogs.form_dialog import FormDialog
from trainmgr.ui.tasks import TaskRunner

LEVEL, LABEL, DESCRIPTION, PROFICIENT = range(4)


class ScaleDialog(FormDialog):
    """`saved` carries the levels as stored."""

    def __init__(self, edits: FrameworkEditService, runner: TaskRunner, framework: tuple[str, str],
                 levels: list[LevelRow], findings_in_use: int, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self._edits = edits
        self._framework_id = framework[0]
        self._levels = sorted(levels, key=lambda lv: lv.level)
        self._locked = findings_in_use > 0
        self.setObjectName("scaleDialog")
        self.setWindowTitle(self.tr("Proficiency scale — {framework}").format(framework=framework[1]))
        self.resize(720, 360)
        self.table = QTableWidget(len(self._levels), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Level"), self.tr("Label"), self.tr("Description"),
                                              self.tr("Proficient")])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LEVEL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROFICIENT, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(LABEL, 160)
        for row, lv in enumerate(self._levels):
            number = QTableWidgetItem(str(lv.level))
            number.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, LEVEL, number)
            self.table.setItem(row, LABEL, QTableWidgetItem(lv.label))
            self.table.setItem(row, DESCRIPTION, QTableWidgetItem(lv.description))
            mark = QTableWidgetItem()
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not self._locked:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            mark.setFlags(flags)
            mark.setCheckState(Qt.CheckState.Checked if lv.proficient else Qt.CheckState.Unchecked)
            self.table.setItem(row, PROFICIENT, mark)
        if self._locked:
            text = self.tr("{count} findings use this scale: its levels can be reworded, but which levels "
                           "count as proficient is locked. To change the meaning, make a new version of "
                           "the framework.").format(count=findings_in_use)
        else:
            text = self.tr("No finding uses this scale yet: you may reword the levels and choose which "
                           "count as proficient (the level a trainee must reach).")
        self.note = QLabel(text)
        self.note.setWordWrap(True)
        form = QVBoxLayout()
        form.addWidget(self.table, 1)
        form.addWidget(self.note)
        self._finish_layout(form)
        if self._levels:
            self.table.setCurrentCell(0, LABEL)

    def edits(self) -> list[tuple[LevelRow, LevelRow]]:
        """(before, after) of each level the user changed."""
        changed = []
        for row, before in enumerate(self._levels):
            after = LevelRow(before.level, self._text(row, LABEL), self._text(row, DESCRIPTION),
                             self.table.item(row, PROFICIENT).checkState() == Qt.CheckState.Checked)
            if after != before:
                changed.append((before, after))
        return changed

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _save(self) -> None:
        changes, framework_id, edits = self.edits(), self._framework_id, self._edits
        if not changes:
            self.accept()
            return

        self._store(lambda: edits.update_scale(framework_id, [after for _before, after in changes]),
                    Changes.of(FRAMEWORK))
