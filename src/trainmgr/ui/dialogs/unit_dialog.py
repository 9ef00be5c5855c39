"""Create or edit a host unit: its kind, names and place in the hierarchy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from trainmgr.domain.changes import UNITS, Changes
from trainmgr.domain.enums import UnitKind
from trainmgr.domain.records import UnitRow
from trainmgr.services.units import UnitInput, UnitService
from trainmgr.ui.dialogs.form_dialog import FormDialog
from trainmgr.ui.labels import choices, enum_label
from trainmgr.ui.tasks import TaskRunner


def paths(units: list[UnitRow]) -> dict[str, str]:
    """Each unit with its place in the hierarchy, "Logistics cell — 1st Brigade › 2nd Battalion":
    every battalion has its own logistics cell, so a name alone does not say which one. The name
    comes first, so a narrow combo box cuts the least useful part (units come parents first)."""
    chains: dict[str, str] = {}
    result: dict[str, str] = {}
    for unit in units:
        above = chains.get(unit.parent_id or "")
        chains[unit.id] = f"{above} › {unit.name}" if above else unit.name
        result[unit.id] = f"{unit.name} — {above}" if above else unit.name
    return result


class UnitDialog(FormDialog):
    # `saved` carries the UnitRow

    def __init__(self, units: UnitService, runner: TaskRunner, programme_id: str, all_units: list[UnitRow],
                 unit: UnitRow | None = None, parent_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self._units = units
        self._programme_id = programme_id
        self._unit = unit
        self._build(all_units)
        if unit is not None:
            self._load(unit)
        else:
            self._select_parent(parent_id)

    # --- view ----------------------------------------------------------------------------------
    def _build(self, all_units: list[UnitRow]) -> None:
        self.setObjectName("unitDialog")
        self.setWindowTitle(self.tr("New unit") if self._unit is None else self.tr("Edit unit"))
        self.setMinimumWidth(520)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. 2nd Infantry Battalion, logistics cell"))
        self.name_native = QLineEdit()
        self.code = QLineEdit()
        self.kind = QComboBox()
        for value, label in choices(UnitKind):
            self.kind.addItem(label, value)
        self.kind.setCurrentIndex(self.kind.findData(UnitKind.BATTALION.value))
        self.parent_unit = QComboBox()
        unit_paths = paths(all_units)
        self.parent_unit.addItem(self.tr("— none (top level) —"), None)
        self.parent_unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.parent_unit.setMinimumContentsLength(44)
        for row in all_units:
            if self._unit is not None and row.id == self._unit.id:
                continue  # the service refuses a unit under its own sub-units; itself is never offered
            label = unit_paths[row.id]
            self.parent_unit.addItem(label, row.id)
            self.parent_unit.setItemData(self.parent_unit.count() - 1,
                                         f"{label} ({enum_label(UnitKind, row.kind)})", Qt.ItemDataRole.ToolTipRole)
        self.location = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Name in host &language:"), self.name_native)
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Part of:"), self.parent_unit)
        form.addRow(self.tr("L&ocation:"), self.location)
        self._finish_layout(form)

    def _load(self, unit: UnitRow) -> None:
        self.name.setText(unit.name)
        self.name_native.setText(unit.name_native)
        self.code.setText(unit.code)
        index = self.kind.findData(unit.kind)
        if index < 0:  # a kind from a newer release: keep it rather than silently change it
            self.kind.addItem(unit.kind, unit.kind)
            index = self.kind.count() - 1
        self.kind.setCurrentIndex(index)
        self._select_parent(unit.parent_id)
        self.location.setText(unit.location)

    def _select_parent(self, parent_id: str | None) -> None:
        self.parent_unit.setCurrentIndex(max(self.parent_unit.findData(parent_id), 0) if parent_id else 0)


    # --- behaviour -----------------------------------------------------------------------------
    def value(self) -> UnitInput:
        return UnitInput(name=self.name.text(), parent_id=self.parent_unit.currentData(), code=self.code.text(),
                         name_native=self.name_native.text(), kind=str(self.kind.currentData()),
                         location=self.location.text())

    def _save(self) -> None:
        data = self.value()
        unit_id = self._unit.id if self._unit is not None else None
        programme_id = self._programme_id

        def work() -> UnitRow:
            if unit_id is None:
                return self._units.create(programme_id, data)
            return self._units.update(unit_id, data)

        self._store(work, Changes.of(UNITS))
