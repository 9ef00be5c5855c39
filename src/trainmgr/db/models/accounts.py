"""The people who may sign in on this laptop. Local: accounts never travel in sync packages (each
laptop has its own), and a password hash never leaves the machine."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from trainmgr.db.base import Base, enum_check, utcnow
from trainmgr.domain.ids import new_id
from trainmgr.domain.roles import Role


class Account(Base):
    __tablename__ = "account"
    __table_args__ = (enum_check("role", Role),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    # Stored folded to lower case: "Ali" and "ali" are one account.
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(20))
    # "scrypt$<log2 n>$<r>$<p>$<salt b64>$<key b64>" (see trainmgr.services.passwords)
    password_hash: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    password_changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
