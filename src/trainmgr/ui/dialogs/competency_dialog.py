"""Add a competency to a capability area, at the top of the area or under a competency."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from trainmgr.domain.changes import FRAMEWORK, Changes
from trainmgr.domain.records import CompetencyDetail
from trainmgr.services.frameworks import CompetencyInput, FrameworkService
from trainmgr.ui.tasks import TaskRunner
from trainmgr.ui.widgets.error_label import ErrorLabel


class CompetencyDialog(QDialog):
    saved = Signal(object)  # CompetencyDetail

    def __init__(self, frameworks: FrameworkService, runner: TaskRunner, area: tuple[str, str],
                 under: tuple[str, str] | None = None, parent: QWidget | None = None) -> None:
        """`area` is (id, title); `under` is the (id, "code title") of a competency the new one may
        be placed under."""
        super().__init__(parent)
        self._frameworks = frameworks
        self._runner = runner
        self._area_id = area[0]
        self._busy = False
        self.setObjectName("competencyDialog")
        self.setWindowTitle(self.tr("New competency"))
        self.setMinimumWidth(440)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. LOG.07"))
        self.title_edit = QLineEdit()
        self.parent_competency = QComboBox()
        self.parent_competency.addItem(self.tr("— top level of the area —"), None)
        if under is not None:
            self.parent_competency.addItem(under[1], under[0])
            self.parent_competency.setCurrentIndex(1)
        form = QFormLayout()
        form.addRow(self.tr("Area:"), QLabel(area[1]))
        form.addRow(self.tr("&Under:"), self.parent_competency)
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Title:"), self.title_edit)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _save(self) -> None:
        data = CompetencyInput(code=self.code.text(), title=self.title_edit.text())
        parent_id = self.parent_competency.currentData()
        area_id = self._area_id
        self.error.clear_message()
        self._set_busy(True)
        self._runner.run(lambda: self._frameworks.add_competency(area_id, data, parent_id),
                         on_done=self._saved, on_error=self._failed, changes=Changes.of(FRAMEWORK))

    def _saved(self, detail: CompetencyDetail) -> None:
        self._set_busy(False)
        self.saved.emit(detail)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.error.show_exception(exc)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.buttons.setEnabled(not busy)

    def reject(self) -> None:
        if not self._busy:
            super().reject()
