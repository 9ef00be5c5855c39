"""Benchmarks with same-run baselines: `make bench` (or `python -m bench [--quick]`).

Each `bench/bench_*.py` module defines `figures(quick: bool) -> list[Figure]` (see `bench.common`);
`python -m bench` discovers them and prints one table. A figure compares our code with a baseline
measured in the same run on the same machine, so the ratio stays meaningful on a busy laptop or CI
runner where absolute seconds are not.
"""
