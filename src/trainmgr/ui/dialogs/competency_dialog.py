"""Add a competency to a capability area, at the top of the area or under a competency."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from trainmgr.domain.changes import FRAMEWORK, Changes
from trainmgr.services.frameworks import CompetencyInput, FrameworkService
from trainmgr.ui.dialogs.form_dialog import FormDialog
from trainmgr.ui.tasks import TaskRunner


class CompetencyDialog(FormDialog):
    # `saved` carries the CompetencyDetail

    def __init__(self, frameworks: FrameworkService, runner: TaskRunner, area: tuple[str, str],
                 under: tuple[str, str] | None = None, parent: QWidget | None = None) -> None:
        """`area` is (id, title); `under` is the (id, "code title") of a competency the new one may
        be placed under."""
        super().__init__(runner, parent)
        self._frameworks = frameworks
        self._area_id = area[0]
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
        self._finish_layout(form)

    def _save(self) -> None:
        data = CompetencyInput(code=self.code.text(), title=self.title_edit.text())
        parent_id = self.parent_competency.currentData()
        area_id = self._area_id
        self._store(lambda: self._frameworks.add_competency(area_id, data, parent_id), Changes.of(FRAMEWORK))
