"""Merge two records of the same person: the trainee chosen on the list beside one of their likely
duplicates, field by field (the fields that differ in bold), which record to keep, and why. On
"Merge" (after a confirmation) PeopleMergeService moves everything the other record has (enrolments,
attendance, results, follow-ups) onto the kept one and tombstones the other, in the background."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainmgr.domain.changes import PEOPLE, Changes
from trainmgr.domain.delivery_records import DuplicateCandidate, TraineeRow
from trainmgr.domain.enums import Sex, VettingStatus
from trainmgr.services.people_merge import MergeSummary, PeopleMergeService
from trainmgr.services.trainees import TraineeService
from trainmgr.ui import confirm
from trainmgr.ui.dialogs.form_dialog import FormDialog
from trainmgr.ui.formatting import format_date
from trainmgr.ui.labels import enum_label
from trainmgr.ui.tasks import TaskRunner


class MergeDialog(FormDialog):
    # `saved` carries the MergeSummary
    other_loaded = Signal()

    def __init__(self, trainees: TraineeService, merger: PeopleMergeService, runner: TaskRunner, trainee: TraineeRow,
                 candidates: Sequence[DuplicateCandidate], parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self._trainees, self._merger = trainees, merger
        self._left = trainee
        self._right: TraineeRow | None = None
        self._build(candidates)
        self.candidate.currentIndexChanged.connect(lambda _i: self._load_other())
        self._load_other()

    def _build(self, candidates: Sequence[DuplicateCandidate]) -> None:
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge two records of one person"))
        self.resize(760, 560)
        self.candidate = QComboBox()
        for c in candidates:
            reason = (self.tr("same service number") if c.same_service_number
                      else self.tr("similar name ({score:.0%})").format(score=c.name_score))
            self.candidate.addItem(f"{c.family_name} {c.given_names} {c.service_number} — {reason}".strip(),
                                   c.person_id)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("This record"), self.tr("Other record")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.keep_left = QRadioButton(self.tr("Keep &this record"))
        self.keep_right = QRadioButton(self.tr("Keep the &other record"))
        self.keep_left.setChecked(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. the same person registered by two teams"))
        note = QLabel(self.tr("The record not kept is closed: its enrolments, attendance, results and follow-ups "
                              "move to the kept one, and the merge is recorded in the audit log. Fields of the "
                              "kept record are not changed; edit it afterwards if the other had better values."))
        note.setWordWrap(True)
        save = self.buttons.button(self.buttons.StandardButton.Save)
        save.setText(self.tr("&Merge…"))
        form = QFormLayout()
        form.addRow(self.tr("&Duplicate:"), self.candidate)
        form.addRow(self.table)
        keep = QVBoxLayout()
        keep.addWidget(self.keep_left)
        keep.addWidget(self.keep_right)
        form.addRow(self.tr("Keep:"), keep)
        form.addRow(self.tr("&Why:"), self.reason)
        form.addRow(note)
        self._finish_layout(form)

    # --- the two records ---------------------------------------------------------------------------
    def _load_other(self) -> None:
        other_id = self.candidate.currentData()
        self._right = None
        self._fill()
        if other_id is None:
            return

        def shown(row: TraineeRow) -> None:
            if row.id == self.candidate.currentData():
                self._right = row
                self._fill()
                self.other_loaded.emit()

        self._runner.run(lambda: self._trainees.get(other_id), on_done=shown, on_error=self._failed)

    def _fields(self) -> list[tuple[str, Callable[[TraineeRow], str]]]:
        def date(value: object) -> str:
            return format_date(value) if isinstance(value, dt.date) else ""

        return [
            (self.tr("Family name"), lambda r: r.family_name), (self.tr("Given names"), lambda r: r.given_names),
            (self.tr("Name in host script"), lambda r: r.name_native),
            (self.tr("Service number"), lambda r: r.service_number), (self.tr("Sex"), lambda r: enum_label(Sex, r.sex)),
            (self.tr("Birth date"), lambda r: date(r.birth_date)), (self.tr("Rank"), lambda r: r.rank_name),
            (self.tr("Unit"), lambda r: r.unit_name), (self.tr("Position"), lambda r: r.position),
            (self.tr("Vetting"), lambda r: enum_label(VettingStatus, r.vetting_status)),
            (self.tr("Vetting date"), lambda r: date(r.vetting_date)),
            (self.tr("Vetting reference"), lambda r: r.vetting_reference), (self.tr("Phone"), lambda r: r.phone),
        ]

    def _fill(self) -> None:
        fields = self._fields()
        self.table.setRowCount(len(fields))
        for row, (label, read) in enumerate(fields):
            left = read(self._left)
            right = read(self._right) if self._right is not None else "…"
            for column, text in enumerate((label, left, right)):
                item = QTableWidgetItem(text)
                if column and self._right is not None and left != right:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)

    def shown(self) -> list[tuple[str, str, str]]:
        return [tuple(self.table.item(r, c).text() for c in range(3))  # type: ignore[misc]
                for r in range(self.table.rowCount())]

    # --- merging -------------------------------------------------------------------------------------
    def _save(self) -> None:
        if self._right is None:
            return
        if not self.reason.text().strip():
            self.error.show_message(self.tr("Say why these are the same person (kept in the audit log)."))
            self.reason.setFocus()
            return
        keep, drop = (self._left, self._right) if self.keep_left.isChecked() else (self._right, self._left)
        question = self.tr("Keep {keep} and close {drop}? Everything recorded for {drop} moves to {keep}; this "
                           "cannot be undone here.").format(keep=_name(keep), drop=_name(drop))
        if not confirm.ask(self, self.tr("Merge two records"), question):
            return
        keep_id, drop_id, reason = keep.id, drop.id, self.reason.text()
        self._store(lambda: self._merger.merge(keep_id, drop_id, reason), Changes.of(PEOPLE))

    def kept(self) -> TraineeRow | None:
        if self._right is None:
            return None
        return self._left if self.keep_left.isChecked() else self._right


def _name(row: TraineeRow) -> str:
    return f"{row.family_name} {row.given_names} {row.service_number}".strip()


__all__ = ["MergeDialog", "MergeSummary"]
