"""Tables that describe this database itself and never travel: replica identity, peers, packages."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from trainmgr.db.base import Base, utcnow


class LocalReplica(Base):
    """Exactly one row: who this database is in the sync network, and its clock."""

    __tablename__ = "local_replica"

    slot: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    replica_id: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Last clock stamp issued (persisted in the same transaction as each write).
    hlc_last: Mapped[str] = mapped_column(String(40), default="")
    # Last local change sequence number given to a row.
    change_seq: Mapped[int] = mapped_column(Integer, default=0)
    # Where this replica was last opened; a copy opened elsewhere must become a new replica.
    bound_path: Mapped[str] = mapped_column(Text, default="")
    previous_ids: Mapped[list[Any] | None] = mapped_column(JSON, default=None)
    # The sync network this database belongs to (set by the first export or import); packages of
    # another network are refused.
    network_id: Mapped[str | None] = mapped_column(String(36), default=None)
    # Ed25519 key that signs this replica's packages (raw 32 bytes, hex). Never leaves the laptop.
    signing_key: Mapped[str | None] = mapped_column(String(64), default=None)


class SyncPeer(Base):
    """Another replica we exchange packages with, and what it has acknowledged from us."""

    __tablename__ = "sync_peer"

    replica_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    public_key: Mapped[str | None] = mapped_column(Text, default=None)
    trusted: Mapped[bool] = mapped_column(default=False)
    # Our change_seq up to which the peer has confirmed receipt.
    acked_seq: Mapped[int] = mapped_column(Integer, default=0)
    # The peer's version vector as last reported (replica -> greatest stamp it holds).
    knowledge: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class SyncExchange(Base):
    """One package exported or imported: the history shown on the Exchange page."""

    __tablename__ = "sync_exchange"

    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    direction: Mapped[str] = mapped_column(String(8))  # "export" | "import"
    peer_replica: Mapped[str] = mapped_column(String(16), default="")
    file_name: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    rows: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)


class AppMeta(Base):
    """Small key/value facts about the database (e.g. when the last backup was taken)."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
