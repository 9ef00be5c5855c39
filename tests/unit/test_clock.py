"""The hybrid logical clock: the property every merge between laptops relies on is that a later edit
(later in the causal sense: made after seeing the other) always carries the larger stamp, whatever
the laptops' wall clocks say."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trainmgr.domain.clock import HybridClock, Stamp

DAY_MS = 24 * 60 * 60 * 1000
# Realistic wall clocks (2017 .. 2096): the 13-digit field never overflows.
T0 = 1_500_000_000_000
T_MAX = 4_000_000_000_000

walls = st.integers(T0, T_MAX)
replicas = st.text(alphabet="0123456789abcdef", min_size=16, max_size=16)
# A wall-clock step: mostly small, sometimes none, sometimes a jump of up to a day either way.
steps = st.one_of(st.just(0), st.integers(-5, 50), st.integers(-DAY_MS, DAY_MS))
stamps = st.builds(Stamp, st.integers(0, 10**13 - 1), st.integers(0, 99_999), st.text(max_size=20))


def scripted(readings: list[int]) -> Iterator[int]:
    yield from readings


def clock_reading(readings: list[int]) -> HybridClock:
    it = scripted(readings)
    return HybridClock("r1", now=lambda: next(it))


def remote_stamp(wall: int, counter: int, replica: str = "ffffffffffffffff") -> str:
    return str(Stamp(wall, counter, replica))


@settings(deadline=None)
@given(start=walls, deltas=st.lists(steps, min_size=1, max_size=300))
def test_stamps_strictly_increase_when_the_wall_clock_goes_back_or_jumps(start: int, deltas: list[int]) -> None:
    readings, wall = [], start
    for d in deltas:
        wall = max(T0, wall + d)
        readings.append(wall)
    clock = clock_reading(readings)
    made = [clock.tick() for _ in readings]
    assert all(a < b for a, b in itertools.pairwise(made))
    assert all(Stamp.parse(a) < Stamp.parse(b) for a, b in itertools.pairwise(made))


@settings(deadline=None)
@given(
    ops=st.lists(
        st.one_of(
            st.tuples(st.just("tick"), walls),
            st.tuples(st.just("observe"), walls, walls, st.integers(0, 99_999)),
        ),
        min_size=1,
        max_size=100,
    )
)
def test_every_stamp_exceeds_everything_the_replica_made_or_saw(ops: list[tuple]) -> None:
    now = [T0]
    clock = HybridClock("0000000000000001", now=lambda: now[0])
    greatest = ""
    for op in ops:
        now[0] = op[1]
        if op[0] == "tick":
            stamp = clock.tick()
            assert stamp > greatest
            greatest = stamp
        else:
            remote = remote_stamp(op[2], op[3])
            clock.observe(remote)
            greatest = max(greatest, remote)


@settings(deadline=None)
@given(local_last=walls, local_counter=st.integers(0, 99_999), remote_wall=walls,
       remote_counter=st.integers(0, 99_999), now=walls, replica=replicas, other=replicas)
def test_next_tick_after_observe_is_greater_than_the_remote_stamp(
    local_last: int, local_counter: int, remote_wall: int, remote_counter: int, now: int, replica: str, other: str
) -> None:
    clock = HybridClock(replica, last=str(Stamp(local_last, local_counter, replica)), now=lambda: now)
    before = clock.last
    remote = remote_stamp(remote_wall, remote_counter, other)
    clock.observe(remote)
    stamp = clock.tick()
    assert stamp > remote
    assert stamp > before


@given(a=stamps, b=stamps)
def test_string_order_is_the_clock_order(a: Stamp, b: Stamp) -> None:
    # SQL compares the stored text; Python compares (wall, counter, replica): they must agree.
    assert (str(a) < str(b)) == (a < b)
    assert (str(a) == str(b)) == (a == b)


@given(stamps)
def test_parse_and_str_round_trip(stamp: Stamp) -> None:
    assert Stamp.parse(str(stamp)) == stamp


_near_digits = "0123456789+-_ \u0660\u0661\u00b2"
near_stamps = st.builds(
    lambda wall, counter, replica: f"{wall}.{counter}.{replica}",
    st.text(alphabet=_near_digits, min_size=12, max_size=14),
    st.text(alphabet=_near_digits, min_size=4, max_size=6),
    st.text(max_size=8),
)


@given(st.one_of(near_stamps, st.text(max_size=40)))
def test_parse_accepts_only_canonical_stamps(text: str) -> None:
    # A stamp accepted in any other spelling ("+000…", "1_000…", non-ASCII digits) would sort
    # differently as text than as a clock, breaking merges done in SQL.
    try:
        stamp = Stamp.parse(text)
    except ValueError:
        return
    assert str(stamp) == text


@pytest.mark.parametrize(
    "text",
    ["", "garbage", "123.45.r", "00000000000001.00000.r", "0000000000001.0001.r",
     "+000000000001.00000.r", "-000000000001.00000.r", "0000000000001.+0001.r", "000000_000001.00000.r",
     "٠٠٠٠٠٠٠٠٠٠٠٠١.00000.r"],
)
def test_parse_refuses_malformed_stamps(text: str) -> None:
    with pytest.raises(ValueError, match="not a clock stamp"):
        Stamp.parse(text)


@settings(deadline=None, max_examples=150)
@given(
    offsets=st.lists(st.integers(-DAY_MS, DAY_MS), min_size=2, max_size=5),
    events=st.lists(
        st.tuples(st.sampled_from(["edit", "send"]), st.integers(0, 4), st.integers(0, 4),
                  st.integers(0, 60_000)),
        min_size=1,
        max_size=150,
    ),
)
def test_causally_later_edits_win_with_clocks_skewed_a_day_apart(
    offsets: list[int], events: list[tuple[str, int, int, int]]
) -> None:
    """Replicas whose clocks are up to ±24 h off edit and exchange packages in any order; an edit
    made after (causally) another must get the larger stamp, so it wins the merge."""
    n = len(offsets)
    true_time = [T0 + 2 * DAY_MS]
    clocks = [
        HybridClock(f"{i:016x}", now=lambda off=off: true_time[0] + off) for i, off in enumerate(offsets)
    ]
    # The greatest edit stamp in each replica's causal past (what it has made or received).
    known = [""] * n
    for kind, a, b, elapsed in events:
        a, b = a % n, b % n
        true_time[0] += elapsed
        if kind == "edit":
            stamp = clocks[a].tick()
            assert stamp > known[a], "a causally later edit got a smaller stamp"
            known[a] = stamp
        elif known[a]:  # a package from a to b carries the edits a knows of
            clocks[b].observe(known[a])
            known[b] = max(known[b], known[a])


def test_a_later_edit_beats_an_earlier_one_from_a_laptop_a_day_fast() -> None:
    real = T0
    fast = HybridClock("aaaaaaaaaaaaaaaa", now=lambda: real + DAY_MS)
    correct = HybridClock("bbbbbbbbbbbbbbbb", now=lambda: real + 60_000)  # a minute later, really
    first = fast.tick()
    correct.observe(first)  # the correct laptop imports the fast laptop's package, then edits
    second = correct.tick()
    assert real + 60_000 < Stamp.parse(first).wall_ms  # by wall clocks alone, the later edit would lose
    assert second > first


def test_counter_exhausted_within_one_millisecond_borrows_the_next() -> None:
    clock = HybridClock("r1", last="0000000001000.99998.r1", now=lambda: 1000)
    assert clock.tick() == "0000000001000.99999.r1"
    assert clock.tick() == "0000000001001.00000.r1"
    assert clock.tick() == "0000000001001.00001.r1"


def test_a_clock_resumed_from_its_persisted_stamp_never_goes_back() -> None:
    first = HybridClock("r1", now=lambda: T0 + DAY_MS)
    persisted = first.tick()
    resumed = HybridClock("r1", last=persisted, now=lambda: T0)  # restarted with the wall clock a day behind
    assert resumed.tick() > persisted
