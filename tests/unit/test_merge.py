"""Per-field merge of two versions of a row: the rules sync stands on, without a database."""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from trainmgr.domain.clock import HybridClock
from trainmgr.domain.merge import merge_rows

FIELDS = ["name", "rank", "unit"]


class Laptop:
    """A replica holding one row, editing it with its own clock (skewed by `skew_ms`)."""

    def __init__(self, replica: str, skew_ms: int = 0) -> None:
        self.now = 1_700_000_000_000 + skew_ms
        self.clock = HybridClock(replica, now=lambda: self.now)
        self.replica = replica
        self.row: dict[str, Any] | None = None

    def create(self, **values: Any) -> None:
        stamp = self.clock.tick()
        self.row = {"id": "r1", "born": stamp, "hlc": stamp, "field_clocks": None, "vv": {self.replica: stamp},
                    "deleted": False, "created_at": None, "created_by": self.replica, "updated_at": None,
                    "updated_by": self.replica, **{f: values.get(f) for f in FIELDS}}

    def edit(self, name: str, value: Any) -> str:
        assert self.row is not None
        self.now += 1000
        stamp = self.clock.tick()
        clocks = dict(self.row["field_clocks"] or {})
        clocks[name] = stamp
        self.row = {**self.row, name: value, "field_clocks": clocks, "hlc": stamp,
                    "vv": {**self.row["vv"], self.replica: stamp}, "updated_by": self.replica}
        return stamp

    def receive(self, other: Laptop) -> list:
        assert other.row is not None
        self.clock.observe(other.row["hlc"])
        if self.row is None:
            self.row = dict(other.row)
            return []
        result = merge_rows(self.row, other.row, FIELDS)
        self.row = result.row
        return result.conflicts


def copy(laptop: Laptop) -> Laptop:
    return deepcopy(laptop)


def test_edits_to_different_fields_both_survive() -> None:
    a, b = Laptop("aaaa"), Laptop("bbbb")
    a.create(name="Diallo", rank="Sgt", unit="1 Bn")
    b.receive(a)
    a.edit("name", "Diallo Amadou")
    b.edit("rank", "Sgt-chef")
    assert a.receive(b) == [] and b.receive(a) == []
    assert a.row == b.row
    assert a.row["name"] == "Diallo Amadou" and a.row["rank"] == "Sgt-chef"


def test_same_field_concurrent_edit_is_one_conflict_with_the_same_winner_everywhere() -> None:
    a, b = Laptop("aaaa"), Laptop("bbbb", skew_ms=-86_400_000)  # b's clock a day behind
    a.create(name="Traoré", rank="Cpl", unit="")
    b.receive(a)
    a.edit("rank", "Sgt")
    b.edit("rank", "Cpl-chef")
    # Packages cross in the mail: each laptop merges the other's version made before any merge.
    a_sent, b_sent = copy(a), copy(b)
    conflicts_at_a = a.receive(b_sent)
    conflicts_at_b = b.receive(a_sent)
    assert len(conflicts_at_a) == 1 and len(conflicts_at_b) == 1
    # Detected apart, the conflict is the same one (same losing write): one record after sync.
    assert conflicts_at_a[0].loser_stamp == conflicts_at_b[0].loser_stamp
    assert a.row == b.row
    assert a.row["rank"] == conflicts_at_a[0].winner_value


def test_a_conflict_already_merged_elsewhere_is_not_detected_again() -> None:
    a, b = Laptop("aaaa"), Laptop("bbbb")
    a.create(name="Traoré", rank="Cpl", unit="")
    b.receive(a)
    a.edit("rank", "Sgt")
    b.edit("rank", "Cpl-chef")
    assert len(a.receive(b)) == 1
    assert b.receive(a) == []  # a's merged version has seen b's write: the record travels instead
    assert a.row == b.row


def test_a_later_edit_wins_without_conflict_even_from_a_slow_clock() -> None:
    a, b = Laptop("aaaa"), Laptop("bbbb", skew_ms=-86_400_000)
    a.create(name="Koné", rank="Sdt", unit="")
    a.edit("rank", "Cpl")
    b.receive(a)
    b.edit("rank", "Sgt")  # b saw a's edit: b's edit is causally later despite b's clock
    assert a.receive(b) == []
    assert a.row["rank"] == "Sgt"


def test_delete_does_not_resurrect_after_a_concurrent_edit() -> None:
    a, b = Laptop("aaaa"), Laptop("bbbb")
    a.create(name="Sow", rank="Cpl", unit="")
    b.receive(a)
    a.edit("deleted", True)
    b.edit("unit", "2 Bn")
    a.receive(b)
    b.receive(a)
    assert a.row == b.row
    assert a.row["deleted"] is True and a.row["unit"] == "2 Bn"


def test_merging_the_same_version_twice_changes_nothing() -> None:
    a, b = Laptop("aaaa"), Laptop("bbbb")
    a.create(name="Ba", rank="", unit="")
    b.receive(a)
    b.edit("name", "Bâ")
    a.receive(b)
    once = dict(a.row)
    result = merge_rows(a.row, b.row, FIELDS)
    assert not result.needs_write and result.row == once


edits = st.lists(st.tuples(st.integers(0, 2), st.sampled_from(FIELDS), st.text(max_size=3)), max_size=12)
deliveries = st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2)), max_size=20)


@settings(max_examples=200, deadline=None)
@given(edits, deliveries, st.lists(st.integers(-86_400_000, 86_400_000), min_size=3, max_size=3))
def test_any_delivery_order_converges(ops: list, sends: list, skews: list[int]) -> None:
    laptops = [Laptop(f"r{i}", skew) for i, skew in enumerate(skews)]
    laptops[0].create(name="x", rank="y", unit="z")
    for other in laptops[1:]:
        other.receive(laptops[0])
    for (who, name, value), (src, dst) in zip(ops, sends + [(0, 0)] * len(ops), strict=False):
        laptops[who].edit(name, value)
        if src != dst:
            laptops[dst].receive(laptops[src])
    for _round in range(2):  # everyone hears from everyone
        for dst in laptops:
            for src in laptops:
                if src is not dst:
                    dst.receive(src)
    rows = [laptop.row for laptop in laptops]
    assert all(row == rows[0] for row in rows)
