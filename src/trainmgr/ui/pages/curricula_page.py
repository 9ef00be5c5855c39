"""Tailored curricula of a programme: propose one from assessments, edit its modules while it is a
draft, approve it (read-only from then on), make a new version."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from trainmgr.domain.assessment_records import AssessmentRow, CurriculumDetail, CurriculumRow, ProposalSummary
from trainmgr.domain.changes import PROGRAMMES, Changes
from trainmgr.domain.records import ProgrammeRow
from trainmgr.services.assessments import AssessmentService
from trainmgr.services.curricula import CurriculumService, ModuleInput
from trainmgr.services.programmes import ProgrammeService
from trainmgr.ui import confirm
from trainmgr.ui.assessment_labels import ASSESSMENTS, CURRICULA
from trainmgr.ui.dialogs.propose_dialog import ProposeDialog
from trainmgr.ui.errors import show_error
from trainmgr.ui.pages.base import Page
from trainmgr.ui.tasks import TaskRunner
from trainmgr.ui.widgets.combos import combo_id, compact, refill_programmes
from trainmgr.ui.widgets.curriculum_list import CurriculumList, ModuleList
from trainmgr.ui.widgets.module_editor import ModuleEditor


class CurriculaPage(Page):
    topics = (PROGRAMMES, ASSESSMENTS, CURRICULA)

    def __init__(self, programmes: ProgrammeService, assessments: AssessmentService, curricula: CurriculumService,
                 runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._programmes, self._assessments, self._curricula, self._runner = programmes, assessments, curricula, runner
        self._assessment_rows: list[AssessmentRow] = []
        self._detail: CurriculumDetail | None = None
        self._keep_curriculum: str | None = None
        self._keep_module: str | None = None
        self._build()
        self._connect()

    def title(self) -> str:
        return self.tr("Curricula")

    # --- view ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setObjectName("curriculaPage")
        self.programme = QComboBox()
        compact(self.programme)
        self.propose_button = QPushButton(self.tr("&Propose from assessments…"))
        self.approve_button = QPushButton(self.tr("&Approve…"))
        self.version_button = QPushButton(self.tr("New &version"))
        self.add_module_button = QPushButton(self.tr("A&dd module"))
        self.list = CurriculumList()
        self.modules = ModuleList()
        self.editor = ModuleEditor()
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.list)
        modules_box = QWidget()
        modules_layout = QVBoxLayout(modules_box)
        modules_layout.setContentsMargins(0, 0, 0, 0)
        modules_layout.addWidget(QLabel(self.tr("Modules, in order:")))
        modules_layout.addWidget(self.modules, 1)
        modules_layout.addWidget(self.add_module_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(modules_box)
        left.setSizes([180, 540])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        scroller = QScrollArea()  # the editor is tall: on a small screen it scrolls, the window still fits
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setWidget(self.editor)
        splitter.addWidget(scroller)
        splitter.setSizes([480, 620])
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Programme:")))
        top.addWidget(self.programme, 1)
        for button in (self.propose_button, self.approve_button, self.version_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    def _connect(self) -> None:
        self.programme.currentIndexChanged.connect(lambda _i: self._load_curricula())
        self.list.currentItemChanged.connect(lambda _c, _p: self._load_detail())
        self.modules.currentItemChanged.connect(self._module_changed)
        self.propose_button.clicked.connect(self.propose)
        self.approve_button.clicked.connect(self._approve)
        self.version_button.clicked.connect(self._new_version)
        self.add_module_button.clicked.connect(self._add_module)
        e = self.editor
        e.save_requested.connect(self._save_module)
        e.objective_added.connect(lambda text: self._edit(lambda m: self._curricula.add_objective(m, text)))
        e.objective_removed.connect(lambda oid: self._edit(lambda _m: self._curricula.delete_objective(oid)))
        e.target_changed.connect(lambda cid, level: self._edit(lambda m: self._curricula.set_target(m, cid, level)))
        e.target_removed.connect(lambda cid: self._edit(lambda m: self._curricula.remove_target(m, cid)))
        e.prerequisite_toggled.connect(lambda pid, on: self._edit(
            lambda m: (self._curricula.add_prerequisite if on else self._curricula.remove_prerequisite)(m, pid)))

    # --- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._runner.run(self._programmes.list, on_done=self._show_programmes)

    def _show_programmes(self, rows: list[ProgrammeRow]) -> None:
        refill_programmes(self.programme, rows)
        self._load_curricula()

    def _load_curricula(self) -> None:
        pid = combo_id(self.programme)
        self._runner.run(lambda: (self._curricula.list(pid), self._assessments.list_for_programme(pid))
                         if pid else ([], []), on_done=self._show_curricula)

    def _show_curricula(self, result: tuple[list[CurriculumRow], list[AssessmentRow]]) -> None:
        rows, self._assessment_rows = result
        self.list.show_rows(rows, self._keep_curriculum or self.selected_id())
        self._keep_curriculum = None
        self._load_detail()

    def selected_id(self) -> str | None:
        return self.list.selected_id()

    def selected(self) -> CurriculumRow | None:
        return self.list.selected()

    def _load_detail(self) -> None:
        cid = self.selected_id()
        self._update_buttons()
        fallback = [r.id for r in self._assessment_rows[:1]]

        def load() -> tuple[CurriculumDetail | None, list[tuple[str, str]]]:
            detail = self._curricula.get(cid) if cid else None
            # the competencies a module may target: those of the framework the assessments used
            source = (list(detail.assessment_ids) if detail else []) or fallback
            findings = self._assessments.findings(source[0]) if source and detail else []
            return detail, [(f.competency_id, f"{f.code} {f.title}") for f in findings]

        self._runner.run(load, on_done=self._show_detail)

    def _show_detail(self, result: tuple[CurriculumDetail | None, list[tuple[str, str]]]) -> None:
        detail, competencies = result
        if detail is not None and detail.curriculum.id != self.selected_id():
            return  # another curriculum was chosen meanwhile
        keep = self._keep_module or self.module_id()
        self._keep_module = None
        self._detail = detail
        self.editor.set_competencies(competencies)
        self.modules.show_modules(detail.modules if detail else (), keep)
        self._show_module()

    def module_id(self) -> str | None:
        return self.modules.selected_id()

    def _show_module(self) -> None:
        detail, module_id = self._detail, self.module_id()
        modules = list(detail.modules) if detail else []
        module = next((m for m in modules if m.id == module_id), None)
        self.editor.set_module(module, modules, editable=bool(detail and detail.curriculum.editable))

    def _update_buttons(self) -> None:
        row = self.selected()
        self.propose_button.setEnabled(combo_id(self.programme) is not None)
        self.approve_button.setEnabled(row is not None and row.editable)
        self.version_button.setEnabled(row is not None and not row.editable)
        self.add_module_button.setEnabled(row is not None and row.editable)

    # --- editing -------------------------------------------------------------------------------
    def _module_changed(self, _current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        editing = self.editor.module()
        if editing is not None and self.editor.is_dirty():
            answer = confirm.ask_unsaved(self, self.tr("The module “{title}”").format(title=editing.title))
            if answer == "cancel":
                self.modules.select_quietly(previous)  # stay on the module being edited
                return
            if answer == "save":
                self._save_module()
        self._show_module()

    def can_close(self) -> bool:
        editing = self.editor.module()
        if editing is None or not self.editor.is_dirty():
            return True
        answer = confirm.ask_unsaved(self, self.tr("The module “{title}”").format(title=editing.title))
        if answer == "save":
            self._save_module()
            return False  # closed again once saved: a refused save must not lose the text
        return answer == "discard"

    def _save_module(self) -> None:
        editing, data = self.editor.module(), self.editor.value()  # read on the GUI thread
        if editing is not None:
            self._edit(lambda m: self._curricula.update_module(m, data), editing.id)

    def _edit(self, work: Callable[[str], Any], module_id: str | None = None) -> None:
        """Run one edit of a module (the current one by default); a refusal (a prerequisite cycle,
        say) is shown and the editor reloaded."""
        target = module_id or self.module_id()
        if target is None:
            return

        def failed(exc: BaseException) -> None:
            show_error(self, exc)
            self._load_detail()

        if module_id is None:
            self._keep_module = target
        self._runner.run(lambda: work(target), on_done=lambda _r: self.status_message.emit(self.tr("Saved.")),
                         on_error=failed, changes=Changes.of(CURRICULA))

    def propose(self) -> ProposeDialog | None:
        pid = combo_id(self.programme)
        if pid is None:
            return None
        dialog = ProposeDialog(self._curricula, self._runner, pid, self._assessment_rows, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.proposed.connect(self._proposed)
        dialog.open()
        return dialog

    def _proposed(self, summary: ProposalSummary) -> None:
        self._keep_curriculum = summary.curriculum_id

    def _approve(self) -> None:
        row = self.selected()
        if row is None or not confirm.ask(self, self.tr("Approve curriculum"), self.tr(
                "Approve “{name}” version {version}? An approved version cannot be changed; a new version "
                "can.").format(name=row.name, version=row.version)):
            return
        self._life_cycle(lambda: self._curricula.approve(row.id), self.tr("Approved."))

    def _new_version(self) -> None:
        row = self.selected()
        if row is not None:
            self._life_cycle(lambda: self._curricula.new_version(row.id), self.tr("New draft version created."))

    def _add_module(self) -> None:
        row = self.selected()
        if row is not None:
            data = ModuleInput(title=self.tr("New module"))
            self._life_cycle(lambda: self._curricula.add_module(row.id, data),
                             self.tr("Module added: give it a title."))

    def _life_cycle(self, work: Callable[[], Any], message: str) -> None:
        def done(result: Any) -> None:
            if isinstance(result, CurriculumRow):
                self._keep_curriculum = result.id
            else:
                self._keep_module = result.id
            self.status_message.emit(message)

        self._runner.run(work, on_done=done, on_error=lambda exc: show_error(self, exc),
                         changes=Changes.of(CURRICULA))
