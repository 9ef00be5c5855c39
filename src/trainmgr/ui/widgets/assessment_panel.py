"""The right-hand side of the assessments page: the selected assessment's status line, its actions
(validate, sign, amend), the area filter and the findings grid; the Gaps tab beside it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from trainmgr.domain.assessment_records import AssessmentRow
from trainmgr.domain.enums import AssessmentStatus
from trainmgr.ui.assessment_labels import assessment_status_text, assessment_title
from trainmgr.ui.table_models.findings_model import FindingsTableModel
from trainmgr.ui.widgets.combos import compact
from trainmgr.ui.widgets.findings_grid import FindingsGrid
from trainmgr.ui.widgets.gaps_view import GapsView


class AssessmentPanel(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.area = QComboBox()
        compact(self.area, 8)
        self.validate_button = QPushButton(self.tr("&Validate"))
        self.sign_button = QPushButton(self.tr("Si&gn by host…"))
        self.amend_button = QPushButton(self.tr("A&mend"))
        self.amend_button.setToolTip(self.tr("A new draft version with a copy of these findings"))
        self.model = FindingsTableModel(self)
        self.grid = FindingsGrid(self.model)
        self.keys_hint = QLabel(self.tr("Type 0–5 in Current and Required (moves down), H/M/L for priority and "
                                        "confidence, Space for trainable, Ctrl+Z to undo."))
        self.keys_hint.setStyleSheet("color: #5f6368;")
        actions = QHBoxLayout()
        area_label = QLabel(self.tr("&Area:"))
        area_label.setBuddy(self.area)
        actions.addWidget(area_label)
        actions.addWidget(self.area, 1)
        for button in (self.validate_button, self.sign_button, self.amend_button):
            actions.addWidget(button)
        findings = QWidget()
        layout = QVBoxLayout(findings)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.keys_hint)
        self.gaps = GapsView()
        self.addTab(findings, self.tr("&Findings"))
        self.addTab(self.gaps, self.tr("Ga&ps"))
        self.show_assessment(None)

    def show_assessment(self, row: AssessmentRow | None) -> None:
        """Title, status and which actions the assessment allows."""
        self.title.setText(assessment_title(row) if row else self.tr("No assessment selected"))
        self.status.setText(assessment_status_text(row) if row else
                            self.tr("Choose a unit, then an assessment on the left, or create one."))
        status = row.status if row else None
        self.validate_button.setEnabled(status == AssessmentStatus.DRAFT.value)
        self.sign_button.setEnabled(status in (AssessmentStatus.DRAFT.value, AssessmentStatus.VALIDATED.value))
        self.amend_button.setEnabled(status is not None and status != AssessmentStatus.DRAFT.value
                                     and row is not None and row.superseded_by_id is None)
        self.keys_hint.setVisible(row is not None and not row.read_only)
        self.status.setStyleSheet("background: #fef7e0; border: 1px solid #f9ab00; padding: 4px;"
                                  if row is not None and row.read_only else "")

    def show_areas(self, areas: list[tuple[str, str]], keep: str | None) -> None:
        self.area.blockSignals(True)
        self.area.clear()
        self.area.addItem(self.tr("All areas"), None)
        for area_id, title in areas:
            self.area.addItem(title, area_id)
        self.area.setCurrentIndex(max(self.area.findData(keep), 0) if keep else 0)
        self.area.blockSignals(False)
        self.model.set_area(self.area.currentData())
