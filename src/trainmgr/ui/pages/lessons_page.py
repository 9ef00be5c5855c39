"""Lessons learned of a programme (optionally one cohort), filtered by status, with the actions taken on
each tracked to closure: owner, due date, status and the curriculum version an action changed.

Keyboard: Ins or Ctrl+N adds a lesson (Ins in the actions table: an action), Enter edits the selected
lesson (or action, in the actions table), Delete deletes it after a confirmation."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from trainmgr.domain.assessment_records import CurriculumRow
from trainmgr.domain.changes import CURRICULA, DELIVERY, PROGRAMMES, Changes
from trainmgr.domain.delivery_records import CohortRow
from trainmgr.domain.enums import ActionStatus, CurriculumStatus, LessonStatus
from trainmgr.domain.evaluation_records import ActionRow, LessonRow
from trainmgr.domain.records import ProgrammeRow
from trainmgr.services.cohorts import CohortService
from trainmgr.services.curricula import CurriculumService
from trainmgr.services.lessons import LessonService
from trainmgr.services.programmes import ProgrammeService
from trainmgr.ui import confirm
from trainmgr.ui.dialogs.lesson_dialogs import LESSONS, ActionDialog, LessonDialog
from trainmgr.ui.errors import show_error
from trainmgr.ui.formatting import format_date
from trainmgr.ui.labels import choices, enum_label
from trainmgr.ui.pages.base import Page
from trainmgr.ui.tasks import TaskRunner
from trainmgr.ui.widgets.combos import combo_id, compact, refill, refill_programmes
from trainmgr.ui.widgets.completion_panel import fill, read_only_table

__all__ = ["LESSONS", "LessonsPage"]


def _one_line(text: str, limit: int = 120) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class _TableKeys(QObject):
    """Ins adds, Enter edits and Delete deletes the selected row of a table (an event filter: a table view
    keeps Enter for itself, so a shortcut would never see it)."""

    def __init__(self, table: QTableWidget, new: Callable[[], object], edit: Callable[[], object],
                 delete: Callable[[], object]) -> None:
        super().__init__(table)
        self._new, self._edit, self._delete = new, edit, delete
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._edit()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self._delete()
                return True
            if event.key() == Qt.Key.Key_Insert:
                self._new()
                return True
        return super().eventFilter(watched, event)


class LessonsPage(Page):
    topics = (PROGRAMMES, CURRICULA, DELIVERY, LESSONS)

    def __init__(self, programmes: ProgrammeService, lessons: LessonService, curricula: CurriculumService,
                 cohorts: CohortService, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._programmes, self._lessons, self._curricula, self._cohorts = programmes, lessons, curricula, cohorts
        self._runner = runner
        self._all: list[LessonRow] = []
        self._shown: list[LessonRow] = []
        self._cohort_rows: list[CohortRow] = []
        self._curriculum_rows: list[CurriculumRow] = []
        self._select_next: str | None = None
        self._build()
        self._connect()

    def title(self) -> str:
        return self.tr("Lessons learned")

    # --- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setObjectName("lessonsPage")
        self.programme, self.cohort, self.status = compact(QComboBox(), 16), compact(QComboBox(), 12), QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for value, label in choices(LessonStatus):
            self.status.addItem(label, value)
        self.new_button = QPushButton(self.tr("&New lesson…"))
        self.new_button.setToolTip(self.tr("Ins or Ctrl+N"))
        self.edit_button, self.delete_button = QPushButton(self.tr("&Edit…")), QPushButton(self.tr("&Delete"))
        self.table = read_only_table("lessonList", [
            self.tr("Date"), self.tr("Observation"), self.tr("Recommendation"), self.tr("Source"),
            self.tr("Cohort"), self.tr("Status"), self.tr("Open actions")])
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column, width in ((3, 170), (4, 200)):  # long sources and cohort names must not crowd out the text
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        top = QHBoxLayout()
        for text, combo in ((self.tr("&Programme:"), self.programme), (self.tr("Coho&rt:"), self.cohort),
                            (self.tr("Stat&us:"), self.status)):
            label = QLabel(text)
            label.setBuddy(combo)
            top.addWidget(label)
            top.addWidget(combo, 1 if combo is not self.status else 0)
        lesson_buttons = QHBoxLayout()  # a row of their own: the page must fit a small laptop screen
        for button in (self.new_button, self.edit_button, self.delete_button):
            lesson_buttons.addWidget(button)
        lesson_buttons.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_detail())
        splitter.setSizes([330, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(lesson_buttons)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    def _build_detail(self) -> QWidget:
        box = QWidget()
        self.detail = QLabel(self.tr("Select a lesson to see its actions."))
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.actions: QTableWidget = read_only_table("actionList", [
            self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status"), self.tr("Curriculum version")])
        self.actions.horizontalHeader().setStretchLastSection(False)
        self.actions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.new_action_button = QPushButton(self.tr("New &action…"))
        self.edit_action_button = QPushButton(self.tr("Ed&it action…"))
        self.done_button = QPushButton(self.tr("Mark d&one"))
        self.delete_action_button = QPushButton(self.tr("Delete a&ction"))
        buttons = QHBoxLayout()
        for button in (self.new_action_button, self.edit_action_button, self.done_button, self.delete_action_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        layout.addWidget(self.actions, 1)
        return box

    def _connect(self) -> None:
        self.programme.currentIndexChanged.connect(lambda _i: self._load_programme())
        self.cohort.currentIndexChanged.connect(lambda _i: self._load_lessons())
        self.status.currentIndexChanged.connect(lambda _i: self._show_lessons(self._all))
        self.table.itemSelectionChanged.connect(self._lesson_changed)
        self.table.doubleClicked.connect(lambda _i: self.open_edit())
        self.actions.itemSelectionChanged.connect(self._update_buttons)
        self.actions.doubleClicked.connect(lambda _i: self.open_edit_action())
        self.new_button.clicked.connect(self.open_new)
        self.edit_button.clicked.connect(self.open_edit)
        self.delete_button.clicked.connect(self.delete_lesson)
        self.new_action_button.clicked.connect(self.open_new_action)
        self.edit_action_button.clicked.connect(self.open_edit_action)
        self.done_button.clicked.connect(self.mark_done)
        self.delete_action_button.clicked.connect(self.delete_action)
        for key in (QKeySequence(QKeySequence.StandardKey.New), QKeySequence(Qt.Key.Key_Insert)):
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.open_new)
        self._keys = (_TableKeys(self.table, self.open_new, self.open_edit, self.delete_lesson),
                      _TableKeys(self.actions, self.open_new_action, self.open_edit_action, self.delete_action))

    # --- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._runner.run(self._programmes.list, on_done=self._show_programmes)

    def _show_programmes(self, rows: list[ProgrammeRow]) -> None:
        refill_programmes(self.programme, rows)
        self._load_programme()

    def _load_programme(self) -> None:
        pid = combo_id(self.programme)

        def work() -> tuple[list[CohortRow], list[CurriculumRow]]:
            return (self._cohorts.list(pid), self._curricula.list(pid)) if pid else ([], [])

        self._runner.run(work, on_done=lambda found: self._show_programme(*found))

    def _show_programme(self, cohorts: list[CohortRow], curricula: list[CurriculumRow]) -> None:
        self._cohort_rows, self._curriculum_rows = cohorts, curricula
        refill(self.cohort, [(self.tr("All cohorts"), ""), *((c.name, c.id) for c in cohorts)])
        self._load_lessons()

    def _load_lessons(self) -> None:
        pid, cid = combo_id(self.programme), combo_id(self.cohort) or None
        self._runner.run(lambda: self._lessons.list(pid, cid) if pid else [], on_done=self._show_lessons)

    def _show_lessons(self, rows: list[LessonRow]) -> None:
        keep, self._select_next = self._select_next or self.lesson_id(), None
        self._all = rows
        wanted = self.status.currentData()
        self._shown = [r for r in rows if wanted is None or r.status == wanted]
        cohorts = {c.id: c.name for c in self._cohort_rows}
        self.table.blockSignals(True)
        fill(self.table, [[format_date(r.observed_on), _one_line(r.observation), _one_line(r.recommendation),
                           r.source, cohorts.get(r.cohort_id or "", ""), enum_label(LessonStatus, r.status),
                           str(r.open_actions)] for r in self._shown])
        ids = [r.id for r in self._shown]
        if keep in ids:
            self.table.selectRow(ids.index(keep))
        self.table.blockSignals(False)
        self._lesson_changed()

    def lesson(self) -> LessonRow | None:
        selected = self.table.selectionModel().selectedRows()
        row = selected[0].row() if selected else -1
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def lesson_id(self) -> str | None:
        lesson = self.lesson()
        return lesson.id if lesson else None

    def action(self) -> ActionRow | None:
        lesson = self.lesson()
        selected = self.actions.selectionModel().selectedRows()
        row = selected[0].row() if selected else -1
        return lesson.actions[row] if lesson and 0 <= row < len(lesson.actions) else None

    def _lesson_changed(self) -> None:
        lesson = self.lesson()
        if lesson is None:
            self.detail.setText(self.tr("Select a lesson to see its actions."))
            fill(self.actions, [])
        else:
            self.detail.setText(self.tr("<b>Observation:</b> {observation}<br><b>Recommendation:</b> {recommendation}")
                                .format(observation=html.escape(lesson.observation).replace("\n", "<br>"),
                                        recommendation=html.escape(lesson.recommendation).replace("\n", "<br>") or "—"))
            self.detail.setTextFormat(Qt.TextFormat.RichText)
            fill(self.actions, [[_one_line(a.description), a.owner, format_date(a.due_on),
                                 enum_label(ActionStatus, a.status), a.curriculum_label] for a in lesson.actions])
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_programme, lesson, action = combo_id(self.programme) is not None, self.lesson(), self.action()
        self.new_button.setEnabled(has_programme)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(lesson is not None)
        self.new_action_button.setEnabled(lesson is not None and lesson.status != LessonStatus.CLOSED.value)
        for button in (self.edit_action_button, self.delete_action_button):
            button.setEnabled(action is not None)
        self.done_button.setEnabled(action is not None and action.is_open)

    # --- editing -------------------------------------------------------------------------------
    def _open(self, dialog: LessonDialog | ActionDialog, message: str) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _row: self.status_message.emit(message))
        dialog.open()

    def open_new(self) -> LessonDialog | None:
        pid = combo_id(self.programme)
        if pid is None:
            return None
        dialog = LessonDialog(self._lessons, self._runner, pid, [(c.name, c.id) for c in self._cohort_rows],
                              default_cohort=combo_id(self.cohort) or None, parent=self)
        dialog.saved.connect(self._select)
        self._open(dialog, self.tr("Lesson recorded."))
        return dialog

    def open_edit(self) -> LessonDialog | None:
        lesson = self.lesson()
        if lesson is None:
            return None
        dialog = LessonDialog(self._lessons, self._runner, lesson.programme_id,
                              [(c.name, c.id) for c in self._cohort_rows], lesson, parent=self)
        self._open(dialog, self.tr("Lesson saved."))
        return dialog

    def _select(self, row: LessonRow) -> None:
        self._select_next = row.id  # the reload the LESSONS change brings selects it

    def delete_lesson(self) -> None:
        lesson = self.lesson()
        if lesson is None or not confirm.ask(self, self.tr("Delete lesson"), self.tr(
                "Delete the lesson “{observation}” and its {count} action(s)?").format(
                observation=_one_line(lesson.observation, 60), count=len(lesson.actions))):
            return
        self._mutate(lambda: self._lessons.delete(lesson.id), self.tr("Lesson deleted."))

    def _curriculum_choices(self) -> list[tuple[str, str]]:
        return [(f"{c.name} v{c.version} ({enum_label(CurriculumStatus, c.status)})", c.id)
                for c in self._curriculum_rows]

    def open_new_action(self) -> ActionDialog | None:
        lesson = self.lesson()
        if lesson is None or lesson.status == LessonStatus.CLOSED.value:
            return None
        dialog = ActionDialog(self._lessons, self._runner, lesson.id, self._curriculum_choices(), parent=self)
        self._open(dialog, self.tr("Action added."))
        return dialog

    def open_edit_action(self) -> ActionDialog | None:
        action = self.action()
        if action is None:
            return None
        dialog = ActionDialog(self._lessons, self._runner, action.lesson_id, self._curriculum_choices(), action,
                              parent=self)
        self._open(dialog, self.tr("Action saved."))
        return dialog

    def mark_done(self) -> None:
        action = self.action()
        if action is not None and action.is_open:
            self._mutate(lambda: self._lessons.set_action_status(action.id, ActionStatus.DONE.value),
                         self.tr("Action marked done."))

    def delete_action(self) -> None:
        action = self.action()
        if action is None or not confirm.ask(self, self.tr("Delete action"), self.tr(
                "Delete the action “{description}”?").format(description=_one_line(action.description, 60))):
            return
        self._mutate(lambda: self._lessons.delete_action(action.id), self.tr("Action deleted."))

    def _mutate(self, work: Callable[[], object], message: str) -> None:
        self._runner.run(work, changes=Changes.of(LESSONS),
                         on_done=lambda _r: self.status_message.emit(message),
                         on_error=lambda exc: show_error(self, exc))
