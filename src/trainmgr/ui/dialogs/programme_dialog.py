"""Create or edit a programme. The service validates; its message is shown in the dialog, which
stays open so the user can correct the input."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from trainmgr.domain.changes import PROGRAMMES, Changes
from trainmgr.domain.records import ProgrammeRow
from trainmgr.services.programmes import ProgrammeInput, ProgrammeService
from trainmgr.ui.dialogs.form_dialog import FormDialog
from trainmgr.ui.labels import languages
from trainmgr.ui.tasks import TaskRunner
from trainmgr.ui.widgets.optional_date import OptionalDateEdit


class ProgrammeDialog(FormDialog):
    # `saved` carries the ProgrammeRow, after the service stored it

    def __init__(self, programmes: ProgrammeService, runner: TaskRunner, programme: ProgrammeRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self._programmes = programmes
        self._programme = programme
        self._build()
        if programme is not None:
            self._load(programme)

    # --- view ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setObjectName("programmeDialog")
        self.setWindowTitle(self.tr("New programme") if self._programme is None else self.tr("Edit programme"))
        self.setMinimumWidth(480)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. EUTM-ML-2025"))
        self.name = QLineEdit()
        self.host_country = QLineEdit()
        self.language = QComboBox()
        for code, label in languages():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(self.language.findData("fr"))
        self.start = OptionalDateEdit()
        self.end = OptionalDateEdit()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Host country:"), self.host_country)
        form.addRow(self.tr("Report &language:"), self.language)
        form.addRow(self.tr("&Start date:"), self.start)
        form.addRow(self.tr("&End date:"), self.end)
        form.addRow(self.tr("&Description:"), self.description)
        self._finish_layout(form)

    def _load(self, p: ProgrammeRow) -> None:
        self.code.setText(p.code)
        self.name.setText(p.name)
        self.host_country.setText(p.host_country)
        index = self.language.findData(p.language)
        self.language.setCurrentIndex(max(index, 0))
        self.start.set_date(p.start_date)
        self.end.set_date(p.end_date)
        self.description.setPlainText(p.description)


    # --- behaviour -----------------------------------------------------------------------------
    def value(self) -> ProgrammeInput:
        return ProgrammeInput(
            code=self.code.text(), name=self.name.text(), host_country=self.host_country.text(),
            language=str(self.language.currentData()), start_date=self.start.date(), end_date=self.end.date(),
            description=self.description.toPlainText(),
        )

    def _save(self) -> None:
        data = self.value()
        programme_id = self._programme.id if self._programme is not None else None

        def work() -> ProgrammeRow:
            if programme_id is None:
                return self._programmes.create(data)
            return self._programmes.update(programme_id, data)

        self._store(work, Changes.of(PROGRAMMES))
