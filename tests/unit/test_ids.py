"""Record ids: made on the laptop, never clashing between laptops, and the same on every laptop for
records seeded or keyed by meaning."""

from __future__ import annotations

import itertools
import time
import uuid

import pytest

from trainmgr.domain import ids
from trainmgr.domain.ids import new_id, stable_id


def ms_of(value: str) -> int:
    return uuid.UUID(value).int >> 80


def test_new_id_is_a_version_7_uuid_carrying_the_current_millisecond() -> None:
    before = time.time_ns() // 1_000_000
    value = new_id()
    after = time.time_ns() // 1_000_000
    parsed = uuid.UUID(value)
    assert str(parsed) == value  # canonical lowercase text, 36 characters
    assert parsed.version == 7
    assert parsed.variant == uuid.RFC_4122
    assert before <= ms_of(value) <= after


def test_new_ids_are_time_ordered_as_text() -> None:
    made = []
    for _ in range(5):
        made.extend(new_id() for _ in range(200))
        time.sleep(0.002)
    stamps = [ms_of(v) for v in made]
    assert stamps == sorted(stamps), "the millisecond prefix went backwards"
    # Ids from different milliseconds sort by time as plain text (what the database indexes).
    for a, b in itertools.pairwise(made):
        if ms_of(a) < ms_of(b):
            assert a < b
    assert len(set(stamps)) >= 5


def test_new_ids_made_a_millisecond_apart_sort_in_creation_order(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_ns = [1_700_000_000_000 * 1_000_000]

    def time_ns() -> int:
        fake_ns[0] += 1_000_000
        return fake_ns[0]

    monkeypatch.setattr(ids.time, "time_ns", time_ns)
    made = [new_id() for _ in range(1000)]
    assert made == sorted(made)


def test_new_id_is_unique_over_100k() -> None:
    made = [new_id() for _ in range(100_000)]
    assert len(set(made)) == len(made)
    assert {uuid.UUID(v).version for v in made[:1000]} == {7}


def test_stable_id_is_deterministic_across_releases() -> None:
    # Pinned: every laptop, whatever its release, must derive the same id for the same record,
    # or two laptops seeded apart would disagree about the same competency.
    assert stable_id("competency", "fw", "C1") == stable_id("competency", "fw", "C1")
    assert stable_id("framework", "TRAINMGR-STARTER", "1.0") == str(
        uuid.uuid5(uuid.UUID("6f1d1c1e-8a52-4c43-9d0e-6b0f2e7a91c4"), "framework\x1fTRAINMGR-STARTER\x1f1.0")
    )
    assert uuid.UUID(stable_id("competency", "x")).version == 5


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("competency", "fw", "C1"), ("area", "fw", "C1")),  # same parts, another kind
        (("competency", "fw", "C1"), ("competency", "fw", "C2")),
        (("competency", "fw", "C1"), ("competency", "fw2", "C1")),
        (("pair", "a", "b"), ("pair", "b", "a")),  # order matters
        (("pair", "ab", "c"), ("pair", "a", "bc")),  # the split between parts matters
        (("pair", "a"), ("pair", "a", "")),
    ],
)
def test_stable_id_differs_per_kind_and_parts(a: tuple[str, ...], b: tuple[str, ...]) -> None:
    assert stable_id(*a) != stable_id(*b)
