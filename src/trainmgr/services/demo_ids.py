"""Deterministic identifiers for the demo programme: the same seed gives the same ids.

Entity ids (a person, a cohort, a session...) keep the UUIDv7 layout the application uses, with the
time field set to the day the record was made in the demo's story and the random bits drawn from a
hash of the seed. They therefore sort by story time, which keeps the primary-key and foreign-key
indexes of a 100 000-trainee build nearly append-only, and they stay distinct from every id made on
a laptop (74 hashed bits). Natural-key rows (attendance, results...) get exactly the id the
application gives them (`natural_id`), computed here without building `uuid.UUID` objects, because a
large demo makes two million of them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, date, datetime

from trainmgr.db.base import Synced, natural_id
from trainmgr.domain.ids import NAMESPACE

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MORNING_MS = 8 * 3600 * 1000  # records "made" from 08:00 UTC on their day


class DemoIds:
    def __init__(self, seed: int) -> None:
        self._prefix = f"trainmgr-demo\x1f{seed}\x1f".encode()

    def entity(self, kind: str, seq: int, day: date) -> str:
        """The id of the `seq`-th record of `kind`, made on `day` (UUIDv7 layout, RFC 9562)."""
        bits = int.from_bytes(hashlib.blake2b(self._prefix + f"{kind}\x1f{seq}".encode(), digest_size=10).digest())
        ms = int((datetime(day.year, day.month, day.day, tzinfo=UTC) - _EPOCH).total_seconds()) * 1000
        ms += _MORNING_MS + seq
        value = (ms & ((1 << 48) - 1)) << 80
        value |= 0x7 << 76  # version 7
        value |= (bits >> 68) << 64  # 12 hashed bits
        value |= 0b10 << 62  # RFC 4122 variant
        value |= bits & ((1 << 62) - 1)
        text = f"{value:032x}"
        return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def natural_ids(model: type[Synced]) -> Callable[..., str]:
    """A fast maker of `natural_id(model, ...)` for text key parts (pass "" for a missing part).

    It is checked against `natural_id` once, here, so that a change to how the application derives
    natural ids cannot silently make the demo disagree with it."""
    namespace = NAMESPACE.bytes
    prefix = model.__tablename__ + "\x1f"  # type: ignore[attr-defined]
    sha1 = hashlib.sha1

    def make(*parts: str) -> str:
        digest = bytearray(sha1(namespace + (prefix + "\x1f".join(parts)).encode()).digest()[:16])
        digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
        digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
        text = digest.hex()
        return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"

    sample = tuple(f"probe-{i}-é" for i in range(len(model.__natural_key__)))
    if make(*sample) != natural_id(model, *sample):
        raise RuntimeError(f"the demo's natural ids for {model.__name__} disagree with natural_id()")
    return make
