"""A lesson learned (observation, recommendation, source, date, cohort, status) and an action taken on
it (description, owner, due date, status, the curriculum version it changed). Save runs the service
in the background; a refusal (closing a lesson with open actions...) is shown in the dialog."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from trainmgr.domain.changes import Changes
from trainmgr.domain.enums import ActionStatus, LessonStatus
from trainmgr.domain.evaluation_records import ActionRow, LessonRow
from trainmgr.services.lessons import ActionInput, LessonInput, LessonService
from trainmgr.ui.dialogs.form_dialog import FormDialog
from trainmgr.ui.labels import choices
from trainmgr.ui.tasks import TaskRunner
from trainmgr.ui.widgets.optional_date import OptionalDateEdit

LESSONS = "lessons"  # a lesson or one of its actions changed


def _text_box(height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def _status_combo(enum: Any, current: str) -> QComboBox:
    combo = QComboBox()
    for value, label in choices(enum):
        combo.addItem(label, value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


class LessonDialog(FormDialog):
    """New lesson (lesson None) or edit one; `saved` carries the LessonRow."""

    def __init__(self, lessons: LessonService, runner: TaskRunner, programme_id: str,
                 cohorts: list[tuple[str, str]], lesson: LessonRow | None = None,
                 default_cohort: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self._lessons, self._programme_id, self._lesson = lessons, programme_id, lesson
        self.setObjectName("lessonDialog")
        self.setWindowTitle(self.tr("Edit lesson") if lesson else self.tr("New lesson learned"))
        self.setMinimumWidth(520)
        self.observation, self.recommendation = _text_box(90), _text_box(90)
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("e.g. end-of-course review, mentor report"))
        self.observed_on = OptionalDateEdit()
        self.cohort = QComboBox()
        self.cohort.addItem(self.tr("(whole programme)"), None)
        for label, value in cohorts:
            self.cohort.addItem(label, value)
        self.status = _status_combo(LessonStatus, lesson.status if lesson else LessonStatus.OPEN.value)
        form = QFormLayout()
        form.addRow(self.tr("&Observation:"), self.observation)
        form.addRow(self.tr("&Recommendation:"), self.recommendation)
        form.addRow(self.tr("So&urce:"), self.source)
        form.addRow(self.tr("&Date observed:"), self.observed_on)
        form.addRow(self.tr("Co&hort:"), self.cohort)
        form.addRow(self.tr("S&tatus:"), self.status)
        self._finish_layout(form)
        if lesson is not None:
            self.observation.setPlainText(lesson.observation)
            self.recommendation.setPlainText(lesson.recommendation)
            self.source.setText(lesson.source)
            self.observed_on.set_date(lesson.observed_on)
        else:
            self.observed_on.set_date(date.today())
        cohort = lesson.cohort_id if lesson else default_cohort
        self.cohort.setCurrentIndex(max(self.cohort.findData(cohort), 0) if cohort else 0)

    def _save(self) -> None:
        data = LessonInput(self._programme_id, self.observation.toPlainText(), self.recommendation.toPlainText(),
                           self.source.text(), self.observed_on.date(), self.cohort.currentData())
        lessons, lesson, status = self._lessons, self._lesson, str(self.status.currentData())

        def work() -> LessonRow:
            if lesson is None:
                row = lessons.create(data)
            else:
                row = lessons.update(lesson.id, data)
            return lessons.set_status(row.id, status) if row.status != status else row

        self._store(work, Changes.of(LESSONS))


class ActionDialog(FormDialog):
    """New action on a lesson (action None) or edit one; `saved` carries the ActionRow."""

    def __init__(self, lessons: LessonService, runner: TaskRunner, lesson_id: str,
                 curricula: list[tuple[str, str]], action: ActionRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self._lessons, self._lesson_id, self._action = lessons, lesson_id, action
        self.setObjectName("actionDialog")
        self.setWindowTitle(self.tr("Edit action") if action else self.tr("New action"))
        self.setMinimumWidth(480)
        self.description = _text_box()
        self.owner = QLineEdit()
        self.due_on = OptionalDateEdit()
        self.curriculum = QComboBox()
        self.curriculum.addItem(self.tr("(none)"), None)
        for label, value in curricula:
            self.curriculum.addItem(label, value)
        self.curriculum.setToolTip(self.tr("The curriculum version this action changed, for traceability"))
        self.status = _status_combo(ActionStatus, action.status if action else ActionStatus.OPEN.value)
        form = QFormLayout()
        form.addRow(self.tr("&Action:"), self.description)
        form.addRow(self.tr("O&wner:"), self.owner)
        form.addRow(self.tr("D&ue date:"), self.due_on)
        form.addRow(self.tr("&Curriculum version changed:"), self.curriculum)
        form.addRow(self.tr("S&tatus:"), self.status)
        self._finish_layout(form)
        if action is not None:
            self.description.setPlainText(action.description)
            self.owner.setText(action.owner)
            self.due_on.set_date(action.due_on)
            self.curriculum.setCurrentIndex(max(self.curriculum.findData(action.curriculum_id), 0)
                                            if action.curriculum_id else 0)

    def _save(self) -> None:
        data = ActionInput(self.description.toPlainText(), self.owner.text(), self.due_on.date(),
                           self.curriculum.currentData())
        lessons, action, lesson_id = self._lessons, self._action, self._lesson_id
        status = str(self.status.currentData())

        def work() -> ActionRow:
            row = lessons.add_action(lesson_id, data) if action is None else lessons.update_action(action.id, data)
            return lessons.set_action_status(row.id, status) if row.status != status else row

        self._store(work, Changes.of(LESSONS))
