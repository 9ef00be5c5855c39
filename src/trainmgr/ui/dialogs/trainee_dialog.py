"""Add or edit a trainee. Before saving, the likely duplicates (same service number, close names) are
listed in the dialog: the user corrects the entry, or saves anyway with a second click."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QWidget

from trainmgr.domain.changes import PEOPLE, Changes
from trainmgr.domain.delivery_records import DuplicateCandidate, TraineeRow
from trainmgr.domain.enums import Sex, VettingStatus
from trainmgr.domain.rank_records import RankRow
from trainmgr.domain.records import UnitRow
from trainmgr.services.trainees import TraineeInput, TraineeService
from trainmgr.ui.dialogs.form_dialog import FormDialog
from trainmgr.ui.dialogs.unit_dialog import paths
from trainmgr.ui.labels import choices
from trainmgr.ui.tasks import TaskRunner
from trainmgr.ui.widgets.optional_date import OptionalDateEdit


class TraineeDialog(FormDialog):
    # `saved` carries the TraineeRow

    def __init__(self, trainees: TraineeService, runner: TaskRunner, programme_id: str, units: list[UnitRow],
                 trainee: TraineeRow | None = None, parent: QWidget | None = None, *,
                 ranks: Sequence[RankRow] = ()) -> None:
        super().__init__(runner, parent)
        self._trainees = trainees
        self._programme_id = programme_id
        self._trainee = trainee
        self._acknowledged: TraineeInput | None = None  # the entry whose duplicates the user has seen
        self._build(units, ranks)
        if trainee is not None:
            self._load(trainee)

    # --- view ----------------------------------------------------------------------------------
    def _build(self, units: list[UnitRow], ranks: Sequence[RankRow]) -> None:
        self.setObjectName("traineeDialog")
        self.setWindowTitle(self.tr("New trainee") if self._trainee is None else self.tr("Edit trainee"))
        self.setMinimumWidth(520)
        self.family_name, self.given_names, self.name_native = QLineEdit(), QLineEdit(), QLineEdit()
        self.service_number, self.position, self.phone = QLineEdit(), QLineEdit(), QLineEdit()
        self.vetting_reference = QLineEdit()
        self.sex, self.unit, self.vetting_status, self.rank = QComboBox(), QComboBox(), QComboBox(), QComboBox()
        for value, label in choices(Sex):
            self.sex.addItem(label, value)
        self.sex.setCurrentIndex(self.sex.findData(Sex.NOT_RECORDED.value))
        self.unit.addItem(self.tr("— no unit —"), None)
        for uid, label in paths(units).items():
            self.unit.addItem(label, uid)
        for value, label in choices(VettingStatus):
            self.vetting_status.addItem(label, value)
        self.rank.addItem(self.tr("— no rank —"), None)
        for rank in ranks:  # by service, most junior first (RankService.list)
            self.rank.addItem(rank.label, rank.id)
        self.birth_date, self.vetting_date = OptionalDateEdit(), OptionalDateEdit()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.duplicates_label = QLabel(self.tr("<b>Possibly already registered.</b> Check these people; if this is "
                                               "someone else, click “Save anyway”."))
        self.duplicates_label.setWordWrap(True)
        self.duplicates = QListWidget()
        self.duplicates.setObjectName("duplicateList")
        self.duplicates.setMaximumHeight(110)
        self._show_duplicates([])
        form = QFormLayout()
        form.addRow(self.tr("&Family name:"), self.family_name)
        form.addRow(self.tr("&Given names:"), self.given_names)
        form.addRow(self.tr("Name in host &script:"), self.name_native)
        form.addRow(self.tr("Service &number:"), self.service_number)
        form.addRow(self.tr("Se&x:"), self.sex)
        form.addRow(self.tr("&Birth date:"), self.birth_date)
        form.addRow(self.tr("Ran&k:"), self.rank)
        form.addRow(self.tr("&Unit:"), self.unit)
        form.addRow(self.tr("&Position:"), self.position)
        form.addRow(self.tr("P&hone:"), self.phone)
        form.addRow(self.tr("&Vetting:"), self.vetting_status)
        form.addRow(self.tr("Vetting &date:"), self.vetting_date)
        form.addRow(self.tr("Vetting &reference:"), self.vetting_reference)
        form.addRow(self.tr("N&otes:"), self.notes)
        form.addRow(self.duplicates_label)
        form.addRow(self.duplicates)
        self._finish_layout(form)

    def _load(self, t: TraineeRow) -> None:
        for edit, text in ((self.family_name, t.family_name), (self.given_names, t.given_names),
                           (self.name_native, t.name_native), (self.service_number, t.service_number),
                           (self.position, t.position), (self.phone, t.phone),
                           (self.vetting_reference, t.vetting_reference)):
            edit.setText(text)
        for combo, value, shown in ((self.sex, t.sex, t.sex), (self.unit, t.unit_id, t.unit_id),
                                    (self.rank, t.rank_id, t.rank_name or t.rank_id),
                                    (self.vetting_status, t.vetting_status, t.vetting_status)):
            index = combo.findData(value)
            if index < 0 and value:  # a value from a newer release (or another unit tree): keep it
                combo.addItem(str(shown), value)
                index = combo.count() - 1
            combo.setCurrentIndex(max(index, 0))
        self.birth_date.set_date(t.birth_date)
        self.vetting_date.set_date(t.vetting_date)
        self.notes.setPlainText(t.notes)

    def _show_duplicates(self, candidates: list[DuplicateCandidate]) -> None:
        self.duplicates.clear()
        for c in candidates:
            reason = (self.tr("same service number") if c.same_service_number
                      else self.tr("similar name ({score:.0%})").format(score=c.name_score))
            details = ", ".join(x for x in (c.service_number, c.unit_name) if x)
            self.duplicates.addItem(f"{c.family_name} {c.given_names} — {details} — {reason}".replace(" —  —", " —"))
        self.duplicates_label.setVisible(bool(candidates))
        self.duplicates.setVisible(bool(candidates))
        save = self.buttons.button(self.buttons.StandardButton.Save)
        save.setText(self.tr("Save &anyway") if candidates else self.tr("&Save"))

    # --- behaviour -----------------------------------------------------------------------------
    def value(self) -> TraineeInput:
        return TraineeInput(
            programme_id=self._programme_id, family_name=self.family_name.text(), given_names=self.given_names.text(),
            name_native=self.name_native.text(), service_number=self.service_number.text(),
            sex=str(self.sex.currentData()), birth_date=self.birth_date.date(), rank_id=self.rank.currentData(),
            unit_id=self.unit.currentData(), position=self.position.text(), phone=self.phone.text(),
            vetting_status=str(self.vetting_status.currentData()), vetting_date=self.vetting_date.date(),
            vetting_reference=self.vetting_reference.text(), notes=self.notes.toPlainText())

    def _save(self) -> None:
        data = self.value()
        if data == self._acknowledged:
            self._write(data)
            return
        own_id = self._trainee.id if self._trainee is not None else None
        self.error.clear_message()
        self._set_busy(True)

        def checked(found: list[DuplicateCandidate]) -> None:
            self._set_busy(False)
            others = [c for c in found if c.person_id != own_id]
            self._acknowledged = replace(data)
            if others:
                self._show_duplicates(others)
            else:
                self._write(data)

        self._runner.run(lambda: self._trainees.likely_duplicates(data), on_done=checked, on_error=self._failed)

    def _write(self, data: TraineeInput) -> None:
        person_id = self._trainee.id if self._trainee is not None else None

        def work() -> TraineeRow:
            if person_id is None:
                return self._trainees.create(data)
            return self._trainees.update(person_id, data)

        self._store(work, Changes.of(PEOPLE))
