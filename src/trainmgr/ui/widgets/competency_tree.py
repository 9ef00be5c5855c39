"""The framework tree: capability areas (bold) → competencies → sub-competencies."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from trainmgr.domain.records import AreaNode, CompetencyNode

NODE_ROLE = Qt.ItemDataRole.UserRole


class Node(NamedTuple):
    """What a tree item stands for."""

    kind: str  # "area" or "competency"
    id: str
    area_id: str
    label: str  # "CODE title"


class CompetencyTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("competencyTree")
        self.setHeaderLabels([self.tr("Code"), self.tr("Title")])
        self.setColumnWidth(0, 150)
        self.setUniformRowHeights(True)

    def show_areas(self, areas: list[AreaNode], current_id: str | None, expand_all: bool) -> None:
        """Rebuild the tree (without emitting selection signals) and select `current_id` if shown."""
        self.blockSignals(True)
        try:
            self.clear()
            found: QTreeWidgetItem | None = None
            for area in areas:
                item = QTreeWidgetItem([area.code, area.title])
                item.setData(0, NODE_ROLE, Node("area", area.id, area.id, f"{area.code} {area.title}"))
                item.setToolTip(1, area.title)
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
                item.setFont(1, font)
                self.addTopLevelItem(item)
                hit = self._add(item, area.competencies, current_id)
                item.setExpanded(expand_all or hit is not None)
                found = found or hit
            if found is not None:
                self.setCurrentItem(found)
                self.scrollToItem(found)
        finally:
            self.blockSignals(False)

    def _add(self, parent: QTreeWidgetItem, nodes: tuple[CompetencyNode, ...],
             current_id: str | None) -> QTreeWidgetItem | None:
        found = None
        for node in nodes:
            item = QTreeWidgetItem([node.code, node.title])
            item.setData(0, NODE_ROLE, Node("competency", node.id, node.area_id, f"{node.code} {node.title}"))
            item.setToolTip(1, node.title)
            parent.addChild(item)
            below = self._add(item, node.children, current_id)
            if below is not None:
                item.setExpanded(True)
            found = found or (item if node.id == current_id else None) or below
        return found

    @staticmethod
    def node_of(item: QTreeWidgetItem | None) -> Node | None:
        value = item.data(0, NODE_ROLE) if item is not None else None
        return Node(*value) if value else None

    def current_node(self) -> Node | None:
        return self.node_of(self.currentItem())

    def area_title(self, item: QTreeWidgetItem) -> str:
        while item.parent() is not None:
            item = item.parent()
        return item.text(1)

    def items(self) -> list[QTreeWidgetItem]:
        result: list[QTreeWidgetItem] = []
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop()
            result.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return result

    def item_of(self, node_id: str) -> QTreeWidgetItem | None:
        return next((i for i in self.items() if (n := self.node_of(i)) is not None and n.id == node_id), None)

    def select_quietly(self, item: QTreeWidgetItem | None) -> None:
        """Move the selection without announcing it (to undo a selection the user cancelled)."""
        self.blockSignals(True)
        self.setCurrentItem(item)
        self.blockSignals(False)
