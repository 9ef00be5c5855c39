"""What the Exchange and Conflicts screens read about sync: known peers, past packages, laptop names.

Read-only companion of `SyncService` (which writes packages and merges them): kept apart so the
screens' reads stay small and the merge code stays about merging.
"""

from __future__ import annotations

from sqlalchemy import literal_column, select

from trainmgr.db.engine import Database
from trainmgr.db.models import LocalReplica, SyncExchange, SyncPeer
from trainmgr.domain.records import ExchangeRow, PeerRow


class SyncHistoryService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def peers(self) -> list[PeerRow]:
        """Every laptop that has sent a package here, most recently seen first."""
        with self._db.read() as s:
            peers = s.scalars(select(SyncPeer)).all()
            rows = [PeerRow(p.replica_id, p.name or "", p.acked_seq or 0,
                            int((p.knowledge or {}).get("received_seq", 0)), p.last_seen_at) for p in peers]
        # never-seen peers last; then newest first, ties by name for a stable order
        rows.sort(key=lambda r: r.name.casefold())
        rows.sort(key=lambda r: (r.last_seen_at is not None, r.last_seen_at or 0), reverse=True)
        return rows

    def history(self, limit: int = 200) -> list[ExchangeRow]:
        """The last `limit` packages exported or imported here, newest first, with the peer's name."""
        query = (select(SyncExchange, SyncPeer.name)
                 .outerjoin(SyncPeer, SyncPeer.replica_id == SyncExchange.peer_replica)
                 .order_by(SyncExchange.at.desc(), literal_column("sync_exchange.rowid").desc())
                 .limit(max(0, limit)))
        with self._db.read() as s:
            return [ExchangeRow(e.package_id, e.direction, e.peer_replica or "", name or "", e.file_name or "",
                                e.at, e.rows or 0) for e, name in s.execute(query).all()]

    def laptop_names(self) -> dict[str, str]:
        """Replica id -> the laptop's name, for this laptop and every known peer (unnamed ones left out)."""
        with self._db.read() as s:
            names = {p.replica_id: p.name for p in s.scalars(select(SyncPeer)) if p.name}
            me = s.get(LocalReplica, 1)
            if me is not None and me.name:
                names[me.replica_id] = me.name
        return names
