"""The competency framework: areas → competencies → sub-competencies, searchable, with a detail
editor on the right. Unsaved edits are never dropped silently."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainmgr.domain.changes import FRAMEWORK, Changes
from trainmgr.domain.records import AreaNode, CompetencyDetail, FrameworkRow, LevelRow, StandardRef
from trainmgr.errors import NotFoundError
from trainmgr.services.framework_edits import FrameworkEditService
from trainmgr.services.framework_io import FrameworkIOService
from trainmgr.services.frameworks import FrameworkService
from trainmgr.ui import confirm
from trainmgr.ui.dialogs.competency_dialog import CompetencyDialog
from trainmgr.ui.dialogs.framework_edit_dialogs import FrameworkVersionDialog, StandardRefDialog
from trainmgr.ui.dialogs.scale_dialog import ScaleDialog
from trainmgr.ui.errors import show_error
from trainmgr.ui.pages.base import Page
from trainmgr.ui.pages.framework_files import FrameworkFileActions
from trainmgr.ui.tasks import TaskRunner
from trainmgr.ui.widgets.competency_editor import CompetencyEditor
from trainmgr.ui.widgets.competency_tree import CompetencyTree

SEARCH_DELAY_MS = 250


class FrameworkPage(Page):
    topics = (FRAMEWORK,)

    def __init__(self, frameworks: FrameworkService, framework_io: FrameworkIOService, runner: TaskRunner,
                 parent: QWidget | None = None, edits: FrameworkEditService | None = None) -> None:
        super().__init__(parent)
        self._frameworks = frameworks
        self._edits = edits if edits is not None else FrameworkEditService(frameworks.db)
        self._runner = runner
        self._current_id: str | None = None  # the competency the editor holds
        self._select_framework: str | None = None  # shown once the list reloads (after an import)
        self._rows: dict[str, FrameworkRow] = {}
        self._levels: list[LevelRow] = []
        self.files = FrameworkFileActions(self, framework_io, runner)
        self._build()
        self._connect()

    def title(self) -> str:
        return self.tr("Framework")

    # --- view ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setObjectName("frameworkPage")
        self.framework = QComboBox()
        self.framework.setMinimumContentsLength(24)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search competencies (code or title)…"))
        self.search.setClearButtonEnabled(True)
        self.add_button = QPushButton(self.tr("&Add competency…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setToolTip(self.tr("Import a framework from an Excel workbook (preview first)"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Save this framework as an Excel workbook"))
        self.version_button = QPushButton(self.tr("New &version…"))
        self.version_button.setToolTip(self.tr("Copy this framework as a new version and retire this one "
                                               "(a scale in use cannot change meaning)"))
        self.scale_button = QPushButton(self.tr("S&cale…"))
        self.scale_button.setToolTip(self.tr("Reword the proficiency levels; choose which count as proficient"))
        self.tree = CompetencyTree()
        self.editor = CompetencyEditor()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.editor)
        splitter.setSizes([460, 540])
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Framework:")))
        top.addWidget(self.framework, 3)
        top.addWidget(self.search, 2)
        top.addWidget(self.add_button)
        top.addWidget(self.delete_button)
        files = QHBoxLayout()  # a row of their own: the top row already fills a small screen's width
        files.addWidget(self.import_button)
        files.addWidget(self.export_button)
        files.addWidget(self.version_button)
        files.addWidget(self.scale_button)
        files.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(files)
        self.save_action = QAction(self.tr("Save competency"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.save_action)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._update_buttons()

    def _connect(self) -> None:
        self.framework.currentIndexChanged.connect(lambda _i: self._load_tree())
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self._search_timer.timeout.connect(self._load_tree)
        self.tree.currentItemChanged.connect(self._selection_changed)
        self.editor.save_requested.connect(self.save)
        self.save_action.triggered.connect(lambda: self.save())
        self.add_button.clicked.connect(self._add)
        self.delete_button.clicked.connect(self._delete)
        self.import_button.clicked.connect(self.files.import_workbook)
        self.export_button.clicked.connect(lambda: self.files.export_workbook(self.framework_id(),
                                                                               self.framework.currentText()))
        self.files.finished.connect(self.status_message)
        self.version_button.clicked.connect(self._new_version)
        self.scale_button.clicked.connect(self._edit_scale)
        self.editor.add_reference_requested.connect(self._add_reference)
        self.editor.remove_reference_requested.connect(self._remove_reference)
        self.files.imported.connect(self._imported)

    # --- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._runner.run(self._frameworks.list, on_done=self._show_frameworks)

    def _show_frameworks(self, rows: list[FrameworkRow]) -> None:
        current, self._select_framework = self._select_framework or self.framework_id(), None
        self.framework.blockSignals(True)
        self.framework.clear()
        self._rows = {row.id: row for row in rows}
        for row in rows:
            label = self.tr("{name} (v{version}, {count} competencies)").format(
                name=row.name, version=row.version, count=row.competencies)
            self.framework.addItem(label, row.id)
            self.framework.setItemData(self.framework.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        index = self.framework.findData(current) if current else -1
        self.framework.setCurrentIndex(index if index >= 0 else 0 if rows else -1)
        self.framework.blockSignals(False)
        self._load_tree(reload_detail=True)

    def framework_id(self) -> str | None:
        value = self.framework.currentData()
        return value if isinstance(value, str) else None

    def _load_tree(self, reload_detail: bool = False) -> None:
        self._search_timer.stop()
        framework_id, search = self.framework_id(), self.search.text()
        if framework_id is None:
            self._show_tree(([], []), reload_detail)
            return
        self._runner.run(lambda: (self._frameworks.tree(framework_id, search), self._frameworks.levels(framework_id)),
                         on_done=lambda result: self._show_tree(result, reload_detail))

    def _show_tree(self, result: tuple[list[AreaNode], list[LevelRow]], reload_detail: bool) -> None:
        areas, levels = result
        self._levels = list(levels)
        self.editor.set_levels(levels)
        self.tree.show_areas(areas, self._current_id, expand_all=bool(self.search.text().strip()))
        self._update_buttons()
        if reload_detail and self._current_id is not None and not self.editor.is_dirty():
            self._load_detail(self._current_id)  # the data may have changed under the editor

    def _load_detail(self, competency_id: str) -> None:
        self._runner.run(lambda: self._frameworks.competency(competency_id), on_done=self._show_detail,
                         on_error=self._detail_failed)

    def _detail_failed(self, exc: BaseException) -> None:
        self._show_detail(None)
        if not isinstance(exc, NotFoundError):  # deleted meanwhile (e.g. by a sync): just clear the editor
            show_error(self, exc)

    def _show_detail(self, detail: CompetencyDetail | None) -> None:
        self._current_id = detail.id if detail else None
        self.editor.set_detail(detail)
        self._update_buttons()

    # --- selection and unsaved edits -----------------------------------------------------------
    def _selection_changed(self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        node = self.tree.node_of(current)
        new_id = node.id if node is not None and node.kind == "competency" else None
        self._update_buttons()
        if new_id == self._current_id:
            return
        if not self.editor.is_dirty():
            self._open(new_id)
            return
        answer = confirm.ask_unsaved(self, self.tr("The competency {code}").format(code=self._editing_code()))
        if answer == "cancel":
            self.tree.select_quietly(previous)  # stay on the competency being edited
            self._update_buttons()
        elif answer == "discard":
            self._open(new_id)
        else:
            self.save(then_open=new_id)

    def _open(self, competency_id: str | None) -> None:
        if competency_id is None:
            self._show_detail(None)
        else:
            self._current_id = competency_id
            self._load_detail(competency_id)

    def _editing_code(self) -> str:
        detail = self.editor.detail()
        return detail.code if detail else ""

    def can_close(self) -> bool:
        """Asked before the window closes: False keeps it open."""
        if not self.editor.is_dirty():
            return True
        answer = confirm.ask_unsaved(self, self.tr("The competency {code}").format(code=self._editing_code()))
        if answer == "save":
            self.save()
            return False  # the user closes again once "Saved" shows: a failed save must not lose the text
        return answer == "discard"

    # --- editing -------------------------------------------------------------------------------
    def save(self, then_open: str | None = None) -> None:
        detail = self.editor.detail()
        if detail is None or not self.editor.is_dirty():
            return
        data = self.editor.value()
        self.editor.error.clear_message()
        self.editor.save_button.setEnabled(False)

        def saved(result: CompetencyDetail) -> None:
            self.editor.set_detail(result)
            self.status_message.emit(self.tr("Saved {code}.").format(code=result.code))
            if then_open is not None and then_open != result.id:
                self._open(then_open)

        def failed(exc: BaseException) -> None:
            self.editor.save_button.setEnabled(True)
            self.editor.error.show_exception(exc)
            self.tree.select_quietly(self.tree.item_of(detail.id))  # the edits stay on screen

        self._runner.run(lambda: self._frameworks.update_competency(detail.id, data), on_done=saved,
                         on_error=failed, changes=Changes.of(FRAMEWORK))

    def _imported(self, framework_id: str) -> None:
        self._select_framework = framework_id  # the reload that the import's changes start shows it
        if self.framework_id() == framework_id:
            self._select_framework = None

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(self.framework_id() is not None)
        self.version_button.setEnabled(self.framework_id() is not None)
        self.scale_button.setEnabled(self.framework_id() is not None and bool(self._levels))
        node = self.tree.current_node()
        self.add_button.setEnabled(node is not None)
        self.delete_button.setEnabled(node is not None and node.kind == "competency")

    def _add(self) -> None:
        item, node = self.tree.currentItem(), self.tree.current_node()
        if item is None or node is None:
            return
        area = (node.area_id, self.tree.area_title(item))
        under = (node.id, node.label) if node.kind == "competency" else None
        dialog = CompetencyDialog(self._frameworks, self._runner, area, under, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._added)
        dialog.open()

    def _added(self, detail: CompetencyDetail) -> None:
        self.status_message.emit(self.tr("Added {code}.").format(code=detail.code))
        if not self.editor.is_dirty():
            self._show_detail(detail)  # the tree reload that follows selects it

    def _delete(self) -> None:
        node = self.tree.current_node()
        if node is None or node.kind != "competency":
            return
        if not confirm.ask(self, self.tr("Delete competency"),
                           self.tr("Delete the competency “{label}”?").format(label=node.label)):
            return

        def deleted(_result: object) -> None:
            if self._current_id == node.id:
                self._show_detail(None)
            self.status_message.emit(self.tr("Deleted {label}.").format(label=node.label))

        self._runner.run(lambda: self._frameworks.delete_competency(node.id), on_done=deleted,
                         on_error=lambda exc: show_error(self, exc), changes=Changes.of(FRAMEWORK))

    # --- standard references and versions --------------------------------------------------------
    def _add_reference(self) -> None:
        detail = self.editor.detail()
        if detail is None:
            return
        self._runner.run(self._edits.standards, on_done=lambda rows: self._open_reference_dialog(detail, rows),
                         on_error=lambda exc: show_error(self, exc))

    def _open_reference_dialog(self, detail: CompetencyDetail, standards: list[StandardRef]) -> None:
        linked = {ref.standard_id for ref in detail.standards}
        choices = [st for st in standards if st.standard_id not in linked]
        dialog = StandardRefDialog(self._edits, self._runner, (detail.id, f"{detail.code} {detail.title}"),
                                   choices, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _sid: self._reference_changed(detail.id, self.tr("Reference added.")))
        dialog.open()

    def _remove_reference(self, standard_id: str) -> None:
        detail = self.editor.detail()
        if detail is None:
            return
        self._runner.run(lambda: self._edits.unlink_standard(detail.id, standard_id),
                         on_done=lambda _r: self._reference_changed(detail.id, self.tr("Reference removed.")),
                         on_error=lambda exc: show_error(self, exc), changes=Changes.of(FRAMEWORK))

    def _reference_changed(self, competency_id: str, message: str) -> None:
        self.status_message.emit(message)
        if self._current_id == competency_id and not self.editor.is_dirty():
            self._load_detail(competency_id)

    def _new_version(self) -> None:
        framework_id = self.framework_id()
        if framework_id is None:
            return
        row = self._rows.get(framework_id)
        dialog = FrameworkVersionDialog(self._edits, self._runner, (framework_id, self.framework.currentText()), self,
                                        name=row.name if row else "")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._version_made)
        dialog.open()

    def _version_made(self, framework_id: str) -> None:
        self._select_framework = framework_id  # the reload that the changes start shows it
        self.status_message.emit(self.tr("New framework version created; the previous one is retired."))

    def _edit_scale(self) -> None:
        framework_id = self.framework_id()
        if framework_id is None:
            return
        self._runner.run(lambda: self._edits.findings_in_use(framework_id),
                         on_done=lambda used: self._open_scale_dialog(framework_id, used),
                         on_error=lambda exc: show_error(self, exc))

    def _open_scale_dialog(self, framework_id: str, findings_in_use: int) -> None:
        dialog = ScaleDialog(self._edits, self._runner, (framework_id, self.framework.currentText()),
                             self._levels, findings_in_use, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _rows: self.status_message.emit(self.tr("Scale saved.")))
        dialog.open()
