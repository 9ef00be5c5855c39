"""Run every bench module (`bench/bench_*.py`) and print one table of figures."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import time
from types import ModuleType

import bench
from bench.common import Figure, print_table


def discover() -> list[ModuleType]:
    """Every `bench_*` module of this package, by name, so that adding a file adds its figures."""
    names = sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if m.name.startswith("bench_"))
    return [importlib.import_module(f"bench.{name}") for name in names]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes only (a minute, not several)")
    parser.add_argument("--only", metavar="TEXT", default="", help="run the modules whose name contains TEXT")
    args = parser.parse_args(argv)
    figures: list[Figure] = []
    for module in discover():
        name = module.__name__.rsplit(".", 1)[-1]
        if args.only not in name:
            continue
        started = time.perf_counter()
        print(f"running {name}…", file=sys.stderr, flush=True)
        figures.extend(module.figures(args.quick))
        print(f"  {name} took {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    if not figures:
        print("no figures (no bench module matched)", file=sys.stderr)
        return 1
    print_table(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
