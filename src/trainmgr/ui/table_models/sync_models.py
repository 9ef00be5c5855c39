"""The Exchange page's tables: known peers and the history of packages, thin models over read models."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PureWindowsPath
from typing import Any

from trainmgr.domain.records import ExchangeRow, PeerRow
from trainmgr.ui.sync_labels import direction_label, format_when
from trainmgr.ui.table_models.rows_model import RowsTableModel

PEER_NAME, PEER_REPLICA, PEER_LAST_SEEN, PEER_RECEIVED, PEER_ACKED = range(5)
WHEN, DIRECTION, PEER, FILE, ROWS = range(5)


def _when_key(value: object) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else ""


def file_name(path: str) -> str:
    """The file's own name, whichever system wrote the path (a package may come from Windows)."""
    return PureWindowsPath(path).name if path else ""


class PeersTableModel(RowsTableModel):
    numeric = (PEER_RECEIVED, PEER_ACKED)

    def headers(self) -> Sequence[str]:
        return (self.tr("Laptop"), self.tr("Replica id"), self.tr("Last package from it"),
                self.tr("Its changes received"), self.tr("Our changes it confirmed"))

    def display(self, row: PeerRow, column: int) -> str:
        values = {
            PEER_NAME: row.name or self.tr("(unnamed)"), PEER_REPLICA: row.replica_id,
            PEER_LAST_SEEN: format_when(row.last_seen_at), PEER_RECEIVED: str(row.received_seq),
            PEER_ACKED: str(row.acked_seq),
        }
        return values.get(column, "")

    def sort_key(self, row: PeerRow, column: int) -> Any:
        if column == PEER_LAST_SEEN:
            return _when_key(row.last_seen_at)
        if column in self.numeric:
            return row.received_seq if column == PEER_RECEIVED else row.acked_seq
        return super().sort_key(row, column)

    def tooltip(self, row: PeerRow, column: int) -> str | None:
        if column == PEER_RECEIVED:
            return self.tr("Changes of this laptop that arrived here, up to its change number {n}.").format(
                n=row.received_seq)
        if column == PEER_ACKED:
            return self.tr("It confirmed receiving our changes up to number {n}: the next package for it "
                           "holds only what came after.").format(n=row.acked_seq)
        return None


class ExchangesTableModel(RowsTableModel):
    numeric = (ROWS,)

    def headers(self) -> Sequence[str]:
        return (self.tr("When"), self.tr("Direction"), self.tr("Laptop"), self.tr("File"), self.tr("Rows"))

    def display(self, row: ExchangeRow, column: int) -> str:
        values = {
            WHEN: format_when(row.at), DIRECTION: direction_label(row.direction), PEER: self._peer(row),
            FILE: file_name(row.file_name), ROWS: str(row.rows),
        }
        return values.get(column, "")

    def _peer(self, row: ExchangeRow) -> str:
        if row.peer_name:
            return row.peer_name
        if row.peer_replica:
            return row.peer_replica
        return self.tr("anyone (full package)") if row.direction == "export" else ""

    def sort_key(self, row: ExchangeRow, column: int) -> Any:
        if column == WHEN:
            return _when_key(row.at)
        if column == ROWS:
            return row.rows
        return super().sort_key(row, column)

    def tooltip(self, row: ExchangeRow, column: int) -> str | None:
        if column == FILE:
            return row.file_name
        if column == PEER and row.peer_replica:
            return self.tr("Replica {id}").format(id=row.peer_replica)
        return None
