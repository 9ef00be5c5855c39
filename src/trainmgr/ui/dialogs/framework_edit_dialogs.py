"""Small dialogs of the framework page: refer a competency to a standard (or a new one), make a new
framework version."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from trainmgr.domain.changes import FRAMEWORK, Changes
from trainmgr.domain.enums import StandardBody
from trainmgr.domain.records import StandardRef
from trainmgr.services.framework_edits import FrameworkEditService
from trainmgr.ui.dialogs.form_dialog import FormDialog
from trainmgr.ui.labels import choices
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
            self._add_choice(st)
        self.new_standard_button = QPushButton(self.tr("&New standard…"))
        self.new_standard_button.setToolTip(self.tr("Add a standard that is not in the list yet"))
        self.new_standard_button.clicked.connect(self._new_standard)
        self.detail = QLineEdit()
        self.detail.setPlaceholderText(self.tr("e.g. chapter 4, task 2"))
        choice = QHBoxLayout()
        choice.addWidget(self.standard, 1)
        choice.addWidget(self.new_standard_button)
        form = QFormLayout()
        form.addRow(self.tr("Competency:"), QLabel(competency[1]))
        form.addRow(self.tr("&Standard:"), choice)
        form.addRow(self.tr("&Detail:"), self.detail)
        self._finish_layout(form)

    def _add_choice(self, st: StandardRef) -> None:
        self.standard.addItem(f"{st.code} — {st.title} ({st.body})", st.standard_id)

    def _new_standard(self) -> None:
        dialog = NewStandardDialog(self._edits, self._runner, self)
        dialog.saved.connect(self._standard_added)
        dialog.open()

    def _standard_added(self, st: StandardRef) -> None:
        self._add_choice(st)
        self.standard.setCurrentIndex(self.standard.count() - 1)
        self.detail.setFocus()

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


class NewStandardDialog(FormDialog):
    """A standard a competency can refer to (a UN, NATO, national… document). `saved` carries its
    StandardRef."""

    def __init__(self, edits: FrameworkEditService, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self._edits = edits
        self.setObjectName("newStandardDialog")
        self.setWindowTitle(self.tr("New standard"))
        self.setMinimumWidth(460)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. UN-CPTM-2017"))
        self.title_edit = QLineEdit()
        self.body = QComboBox()
        for value, text in choices(StandardBody):
            self.body.addItem(text, value)
        self.body.setCurrentIndex(self.body.findData(StandardBody.OTHER.value))
        self.detail = QLineEdit()
        self.detail.setPlaceholderText(self.tr("Edition, where to find it"))
        form = QFormLayout()
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Body:"), self.body)
        form.addRow(self.tr("&Detail:"), self.detail)
        self._finish_layout(form)

    def _save(self) -> None:
        code, title, body, detail = self.code.text(), self.title_edit.text(), self.body.currentData(), \
            self.detail.text()
        self._store(lambda: self._edits.add_standard(code, title, body, detail), Changes.of(FRAMEWORK))


class FrameworkVersionDialog(FormDialog):
    """Copy the framework as a new version; the old one is retired. `saved` carries the new id."""

    def __init__(self, edits: FrameworkEditService, runner: TaskRunner, framework: tuple[str, str],
                 parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(runner, parent)
        self._edits = edits
        self._framework_id = framework[0]
        self._old_name = name
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
        self.name = QLineEdit(name)
        self.name.setToolTip(self.tr("The new version's name (e.g. the revised edition's title)"))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("Unchanged"))
        form.addRow(self.tr("New &version:"), self.version)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Source:"), self.source)
        form.addRow(note)
        self._finish_layout(form)

    def _save(self) -> None:
        framework_id, version = self._framework_id, self.version.text()
        name = self.name.text().strip() or None
        source = self.source.text().strip() or None
        self._store(lambda: self._edits.new_version(framework_id, version, name=name, source=source),
                    Changes.of(FRAMEWORK))
