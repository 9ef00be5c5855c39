"""Propose a curriculum from needs assessments: tick the assessments, name the curriculum; the
service drafts it and the dialog shows what it did (reused, drafted, left to other responses)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trainmgr.domain.assessment_records import AssessmentRow, ProposalSummary, ProposedModule
from trainmgr.domain.changes import Changes
from trainmgr.domain.enums import AssessmentStatus, DeliveryMode
from trainmgr.services.curricula import CurriculumService
from trainmgr.ui.assessment_labels import CURRICULA, assessment_title, hours_text
from trainmgr.ui.labels import enum_label
from trainmgr.ui.tasks import TaskRunner
from trainmgr.ui.widgets.error_label import ErrorLabel

ID_ROLE = Qt.ItemDataRole.UserRole


def current_per_unit(rows: list[AssessmentRow]) -> set[str]:
    """Each unit's current assessment, ticked to start with: the gap analysis' rule (services.gaps):
    not superseded, agreed (validated or signed) before draft, then the latest."""
    best: dict[str, tuple[tuple[bool, object, int], str]] = {}
    for row in rows:
        if row.superseded_by_id:
            continue
        key = (row.status != AssessmentStatus.DRAFT.value, row.assessed_on, row.version)
        if row.unit_id not in best or key > best[row.unit_id][0]:
            best[row.unit_id] = (key, row.id)
    return {assessment_id for _key, assessment_id in best.values()}


class ProposeDialog(QDialog):
    proposed = Signal(object)  # ProposalSummary

    def __init__(self, curricula: CurriculumService, runner: TaskRunner, programme_id: str,
                 assessments: list[AssessmentRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._curricula, self._runner, self._programme_id = curricula, runner, programme_id
        self._busy = False
        self.setObjectName("proposeDialog")
        self.setWindowTitle(self.tr("Propose a curriculum from assessments"))
        self.resize(640, 520)
        self.assessments = QListWidget()
        ticked = current_per_unit(assessments)
        for row in assessments:
            item = QListWidgetItem(f"{row.unit_name} — {assessment_title(row)}")
            item.setData(ID_ROLE, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.id in ticked else Qt.CheckState.Unchecked)
            self.assessments.addItem(item)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Logistics cell course 2025"))
        self.code = QLineEdit()
        self.summary = QTextBrowser()
        self.summary.hide()
        self.error = ErrorLabel()
        self.propose_button = QPushButton(self.tr("&Propose"))
        self.propose_button.setDefault(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.propose_button, QDialogButtonBox.ButtonRole.ActionRole)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Code:"), self.code)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Close the trainable gaps of these assessments:")))
        layout.addWidget(self.assessments, 1)
        layout.addLayout(form)
        layout.addWidget(self.summary, 2)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.propose_button.clicked.connect(self._propose)
        self.buttons.rejected.connect(self.reject)

    def chosen(self) -> list[str]:
        return [str(self.assessments.item(i).data(ID_ROLE)) for i in range(self.assessments.count())
                if self.assessments.item(i).checkState() == Qt.CheckState.Checked]

    def _propose(self) -> None:
        ids, name, code = self.chosen(), self.name.text(), self.code.text()
        if not ids:
            self.error.show_message(self.tr("Tick at least one assessment."))
            return
        self.error.clear_message()
        self._set_busy(True)
        self._runner.run(lambda: self._curricula.propose(self._programme_id, ids, name, code), on_done=self._done,
                         on_error=self._failed, changes=Changes.of(CURRICULA))

    def _done(self, summary: ProposalSummary) -> None:
        self._set_busy(False)
        self.summary.setHtml(self.summary_html(summary))
        self.summary.show()
        for widget in (self.assessments, self.name, self.code, self.propose_button):
            widget.setEnabled(False)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.proposed.emit(summary)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.error.show_exception(exc)

    def summary_html(self, summary: ProposalSummary) -> str:
        def modules(items: tuple[ProposedModule, ...]) -> str:
            return "".join(
                f"<li><b>{escape(m.code)}</b> {escape(m.title)} — {escape(', '.join(m.competency_codes))}; "
                + escape(self.tr("{hours} h, {mode}").format(hours=hours_text(m.hours),
                                                             mode=enum_label(DeliveryMode, m.delivery_mode)))
                + (f" <i>({escape(m.source)})</i>" if m.source else "") + "</li>" for m in items)

        parts = [f"<p>{escape(self.tr('Draft curriculum created: edit it, then approve it.'))}</p>"]
        if summary.reused:
            title = self.tr("Reused modules ({n}):").format(n=len(summary.reused))
            parts.append(f"<p>{escape(title)}</p><ul>{modules(summary.reused)}</ul>")
        if summary.drafted:
            title = self.tr("New modules ({n}):").format(n=len(summary.drafted))
            parts.append(f"<p>{escape(title)}</p><ul>{modules(summary.drafted)}</ul>")
        if summary.skipped_non_trainable:
            items = "".join(f"<li>{escape(g.code)} {escape(g.title)} ({escape(g.unit_name)}): "
                            f"{escape(g.non_training_response or '—')}</li>" for g in summary.skipped_non_trainable)
            title = self.tr("Gaps training cannot close (left out):")
            parts.append(f"<p>{escape(title)}</p><ul>{items}</ul>")
        if summary.without_gap:
            text = self.tr("Already at the required level: {codes}").format(codes=", ".join(summary.without_gap))
            parts.append(f"<p>{escape(text)}</p>")
        return "".join(parts)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.buttons.setEnabled(not busy)

    def reject(self) -> None:
        if not self._busy:
            super().reject()
