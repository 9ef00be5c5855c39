"""Small dialogs of the framework page: refer a competency to a standard, make a new framework version."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from trainmgr.domain.changes import FRAMEWORK, Changes
from trainmgr.domain.records import StandardRef
from trainmgr.services.framework_edits import FrameworkEditService
from trainmgr.ui.dialogs.form_dialog import FormDialog
from trainmgr.ui.tasks import TaskRunner


class StandardRefDialog(FormDialog):
    """Pick a standard and the detail (paragraph, task) the competency refers to. `saved` carries
    the standard's id."""

    def __init__(self, edits: FrameworkEditService, runner: TaskRunner, competency: tuple[str, str],
                 standards: list[StandardRef], parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self._edits = edits
        self._competency_id = competency[0]
        self.setObjectName("standardRefDialog")
        self.setWindowTitle(self.tr("Add a standard reference"))
        self.setMinimumWidth(440)
        self.standard = QComboBox()
        for st in standards:
            self.standard.addItem(f"{st.code} — {st.title} ({st.body})", st.standard_id)
        self.detail = QLineEdit()
        self.detail.setPlaceholderText(self.tr("e.g. chapter 4, task 2"))
        form = QFormLayout()
        form.addRow(self.tr("Competency:"), QLabel(competency[1]))
        form.addRow(self.tr("&Standard:"), self.standard)
        form.addRow(self.tr("&Detail:"), self.detail)
        self._finish_layout(form)

    def _save(self) -> None:
        standard_id = self.standard.currentData()
        if not isinstance(standard_id, str):
            self.error.show_message(self.tr("Choose a standard."))
            return
        competency_id, detail = self._competency_id, self.detail.text()

        def link() -> str:
            self._edits.link_standard(competency_id, standard_id, detail)
            return standard_id

        self._store(link, Changes.of(FRAMEWORK))


class FrameworkVersionDialog(FormDialog):
    """Copy the framework as a new version; the old one is retired. `saved` carries the new id."""

    def __init__(self, edits: FrameworkEditService, runner: TaskRunner, framework: tuple[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self._edits = edits
        self._framework_id = framework[0]
        self.setObjectName("frameworkVersionDialog")
        self.setWindowTitle(self.tr("New framework version"))
        self.setMinimumWidth(420)
        self.version = QLineEdit()
        self.version.setPlaceholderText(self.tr("e.g. 2.0"))
        note = QLabel(self.tr("The framework is copied as the new version, which you can then change; "
                              "the current version is retired, and its assessments keep it."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Framework:"), QLabel(framework[1]))
        form.addRow(self.tr("New &version:"), self.version)
        form.addRow(note)
        self._finish_layout(form)

    def _save(self) -> None:
        framework_id, version = self._framework_id, self.version.text()
        self._store(lambda: self._edits.new_version(framework_id, version), Changes.of(FRAMEWORK))
