"""Combo boxes of records (programmes, units, curricula): refill without losing the choice."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox

from trainmgr.domain.records import ProgrammeRow


def compact(combo: QComboBox, chars: int = 10) -> QComboBox:
    """Wide when there is room, but a long programme or unit name never sets the window's minimum
    width (a team's laptop may have a 1024-pixel screen)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def refill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    """Replace the items, keeping the current choice if it is still there (without signals)."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for label, value in items:
        combo.addItem(label, value)
    index = combo.findData(current) if current else -1
    combo.setCurrentIndex(index if index >= 0 else 0 if items else -1)
    combo.blockSignals(False)


def refill_programmes(combo: QComboBox, rows: Sequence[ProgrammeRow]) -> None:
    """The programmes as every page's programme choice shows them: "name (code)"."""
    refill(combo, [(f"{r.name} ({r.code})", r.id) for r in rows])


def combo_id(combo: QComboBox) -> str | None:
    value = combo.currentData()
    return value if isinstance(value, str) else None
