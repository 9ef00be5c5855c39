"""Globally unique identifiers made on the laptop.

Records get UUIDv7 (time-ordered, so indexes stay compact). Records seeded into every new
database, and facts keyed by a natural pair (one attendance mark per session and person), get a
deterministic UUIDv5 so that two laptops that create them apart agree on the id and sync merges
them instead of duplicating them.
"""

from __future__ import annotations

import os
import time
import uuid

# Namespace of every deterministic id trainmgr makes (a fixed, arbitrary UUID).
NAMESPACE = uuid.UUID("6f1d1c1e-8a52-4c43-9d0e-6b0f2e7a91c4")


def new_id() -> str:
    """A new UUIDv7 as text: 48 bits of milliseconds, then random bits (RFC 9562)."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version 7
    value |= (rand >> 68) << 64 & (0xFFF << 64)  # 12 random bits
    value |= 0b10 << 62  # RFC 4122 variant
    value |= rand & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))


def stable_id(kind: str, *parts: str) -> str:
    """A deterministic id for `kind` and its natural key parts (UUIDv5)."""
    return str(uuid.uuid5(NAMESPACE, "\x1f".join((kind, *parts))))
