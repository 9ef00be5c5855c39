"""Export a report for a host ministry: which report, about what (programme, unit, assessment or
cohort), in which language (whatever the interface language), with how much personal data, with or
without a password, and to which file. The export runs in the background with progress and Cancel;
the dialog then says which file was written and stays open for the next one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainmgr.errors import Cancelled
from trainmgr.services.report_context import PersonalData, ReportKind, ReportRequest
from trainmgr.services.reports import ReportService, ScopeChoices
from trainmgr.ui import file_dialogs
from trainmgr.ui.tasks import TaskRunner
from trainmgr.ui.widgets.error_label import ErrorLabel

MIN_PASSWORD = 8
WHOLE = ("programme_id", None)  # scope entries carry (request field, id)


class ReportDialog(QDialog):
    def __init__(self, reports: ReportService, runner: TaskRunner, programme_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reports = reports
        self._runner = runner
        self._programme_id = programme_id
        self._choices: ScopeChoices | None = None
        self._busy = False
        self.written: Path | None = None
        self._build()
        self._connect()
        self._load_programmes()

    # --- view ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Export a report"))
        self.setMinimumWidth(520)
        self.kind = QComboBox()
        for kind, text in self._kind_labels():
            self.kind.addItem(text, kind.value)
        self.programme = QComboBox()
        self.scope = QComboBox()
        self.scope.setMinimumContentsLength(36)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.personal = QComboBox()
        self.personal.addItem(self.tr("None: aggregate figures only"), PersonalData.NONE.value)
        self.personal.addItem(self.tr("Pseudonymised: stable codes, no names or service numbers"),
                              PersonalData.PSEUDONYMISED.value)
        self.personal.addItem(self.tr("Full: names and service numbers"), PersonalData.FULL.value)
        self.suppress = QCheckBox(self.tr("Leave counts below 5 blan&k (small-cell suppression)"))
        self.encrypt = QCheckBox(self.tr("&Encrypt the workbook with a password"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("at least {n} characters").format(n=MIN_PASSWORD))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.file = QLineEdit()
        self.browse = QPushButton(self.tr("&Browse…"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        rows: list[tuple[str, Any]] = [
            (self.tr("&Report:"), self.kind), (self.tr("Pro&gramme:"), self.programme),
            (self.tr("&Scope:"), self.scope), (self.tr("&Language of the report:"), self.language),
            (self.tr("Personal &data:"), self.personal), ("", self.suppress), ("", self.encrypt),
            (self.tr("Pass&word:"), self.password), (self.tr("Confir&m password:"), self.confirm),
            (self.tr("&File:"), file_row)]
        for text, widget in rows:
            if text:
                label = QLabel(text)
                if isinstance(widget, QWidget):
                    label.setBuddy(widget)
                else:
                    label.setBuddy(self.file)
                form.addRow(label, widget)
            else:
                form.addRow(widget)
        self.error = ErrorLabel()
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("E&xport"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        for first, second in ((self.kind, self.programme), (self.programme, self.scope), (self.scope, self.language),
                              (self.language, self.personal), (self.personal, self.suppress),
                              (self.suppress, self.encrypt), (self.encrypt, self.password),
                              (self.password, self.confirm), (self.confirm, self.file), (self.file, self.browse)):
            QWidget.setTabOrder(first, second)

    def _kind_labels(self) -> list[tuple[ReportKind, str]]:
        labels = {ReportKind.SUMMARY: self.tr("Programme summary (with charts)"),
                  ReportKind.ASSESSMENT: self.tr("Needs-assessment matrix of a unit"),
                  ReportKind.CURRICULUM: self.tr("Curriculum outline"),
                  ReportKind.ATTENDANCE: self.tr("Attendance register of a cohort"),
                  ReportKind.RESULTS: self.tr("Results and certificates"),
                  ReportKind.STATISTICS: self.tr("Disaggregated statistics (sex × unit × rank)")}
        return [(kind, labels[kind]) for kind in self._reports.available_kinds()]

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.programme.currentIndexChanged.connect(lambda _i: self._load_scopes())
        self.personal.currentIndexChanged.connect(lambda _i: self._personal_changed())
        self.encrypt.toggled.connect(lambda _on: self._update())
        self.browse.clicked.connect(self._choose_file)
        self.buttons.accepted.connect(self._export)
        self.buttons.rejected.connect(self.reject)

    # --- loading the choices (off the GUI thread) -------------------------------------------------
    def _load_programmes(self) -> None:
        self._runner.run(self._reports.programmes, on_done=self._show_programmes, on_error=self._failed)

    def _show_programmes(self, programmes: list[Any]) -> None:
        self.programme.blockSignals(True)
        self.programme.clear()
        for p in programmes:
            self.programme.addItem(f"{p.name} ({p.code})" if p.code else p.name, p.id)
        index = self.programme.findData(self._programme_id) if self._programme_id else 0
        self.programme.setCurrentIndex(max(index, 0))
        self.programme.blockSignals(False)
        self.programme.setEnabled(self.programme.count() > 1)
        self._load_scopes()

    def _load_scopes(self) -> None:
        programme_id = self.programme.currentData()
        if not programme_id:
            return
        self._runner.run(lambda: self._reports.scope_choices(programme_id), on_done=self._show_scopes,
                         on_error=self._failed)

    def _show_scopes(self, choices: ScopeChoices) -> None:
        self._choices = choices
        self._kind_changed()

    # --- behaviour -------------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        kind = ReportKind(self.kind.currentData())
        self.scope.clear()
        choices = self._choices
        if kind in (ReportKind.SUMMARY, ReportKind.STATISTICS, ReportKind.CURRICULUM, ReportKind.RESULTS):
            self.scope.addItem(self.tr("The whole programme"), WHOLE)
        if choices is not None:
            if kind in (ReportKind.SUMMARY, ReportKind.STATISTICS, ReportKind.ASSESSMENT):
                for c in choices.units:
                    self.scope.addItem(self.tr("Unit: {name}").format(name=c.label), ("unit_id", c.id))
            if kind is ReportKind.ASSESSMENT:
                for c in choices.assessments:
                    self.scope.addItem(self.tr("Assessment: {name}").format(name=c.label), ("assessment_id", c.id))
            if kind is not ReportKind.ASSESSMENT:
                for c in choices.cohorts:
                    self.scope.addItem(self.tr("Cohort: {name}").format(name=c.label), ("cohort_id", c.id))
        self.suppress.setEnabled(kind in (ReportKind.SUMMARY, ReportKind.STATISTICS))
        self._update()

    def _personal_changed(self) -> None:
        # Personal data leaves the building encrypted unless the user decides otherwise.
        self.encrypt.setChecked(self.personal.currentData() == PersonalData.FULL.value)
        self._update()

    def _update(self) -> None:
        on = self.encrypt.isChecked()
        self.password.setEnabled(on)
        self.confirm.setEnabled(on)
        self.export_button.setEnabled(not self._busy and self.scope.count() > 0)

    def _choose_file(self) -> None:
        kind = self.kind.currentData()
        path = file_dialogs.save_path(self, self.tr("Save the report as"), f"{kind}-{self.language.currentData()}.xlsx",
                                      self.tr("Excel workbooks (*.xlsx)"), purpose="reports")
        if path is not None:
            self.file.setText(str(path))

    def request(self) -> ReportRequest:
        field, scope_id = self.scope.currentData() or WHOLE
        scope = {"programme_id": self.programme.currentData()}
        if field != "programme_id":
            scope[field] = scope_id
        return ReportRequest(ReportKind(self.kind.currentData()), language=self.language.currentData(),
                             personal_data=PersonalData(self.personal.currentData()),
                             suppress_small=self.suppress.isEnabled() and self.suppress.isChecked(),
                             password=self.password.text() if self.encrypt.isChecked() else None, **scope)

    def _problem(self) -> str:
        if self.encrypt.isChecked():
            if len(self.password.text()) < MIN_PASSWORD:
                return self.tr("The password must have at least {n} characters.").format(n=MIN_PASSWORD)
            if self.password.text() != self.confirm.text():
                return self.tr("The two passwords differ.")
        if not self.file.text().strip():
            return self.tr("Choose the file to write.")
        return ""

    def _export(self) -> None:
        problem = self._problem()
        self.error.show_message(problem)
        if problem:
            return
        path = Path(self.file.text().strip())
        if not path.suffix:
            path = path.with_suffix(".xlsx")
        request = self.request()
        self.status.clear()
        self._set_busy(True)
        self._runner.run(lambda progress, cancel: self._reports.export(request, path, progress, cancel),
                         on_done=self._done, on_error=self._failed,
                         progress_dialog_title=self.tr("Exporting the report"), parent=self)

    def _done(self, result: Any) -> None:
        self._set_busy(False)
        self.written = Path(result.path)
        self.status.setText(self.tr("Report written to {path} ({sheets} sheets).").format(
            path=result.path, sheets=len(result.sheets)))

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled; no file was written."))
            return
        self.error.show_exception(exc)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update()

    def reject(self) -> None:
        if not self._busy:
            super().reject()
