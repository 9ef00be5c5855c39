"""The cost of encryption at rest (SQLCipher) on the heavy paths, beside the plain database, same run.

Ours: the path on an encrypted database. Baseline: the same path on a plain database built the same
way (same seed, same size), measured in the same run, runs alternating plain/encrypted, so the ratio
is the price of encryption alone:
- demo build (the heaviest write path: tens of thousands of rows with sync stamps, one transaction);
- full sync package export (the heaviest read path: every synced table read and written to .xlsx);
- roster export of a programme (a report read path: every trainee with unit, rank and vetting);
- integrity check (every page read and decrypted: the raw decryption cost).
Plus, without baseline: unlocking (Argon2id with the strong parameters) and `db encrypt` of the database.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import Figure, median_time
from trainmgr.db import encryption
from trainmgr.db.keys import STRONG, DataKey, KeyFile
from trainmgr.services.container import Services
from trainmgr.services.demo import DemoBuilder
from trainmgr.services.protection import create_encrypted, open_unlocked
from trainmgr.services.session_open import open_services

PASSPHRASE = "bench passphrase words"
SIZES = ((2_000, 3), (10_000, 3))  # (trainees, runs)


class _Scratch:
    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="trainmgr-bench-enc-"))

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _fresh(encrypted: bool) -> tuple[_Scratch, Services]:
    scratch = _Scratch()
    path = scratch.folder / "field.db"
    services = create_encrypted(path, PASSPHRASE) if encrypted else open_services(path, "bench")
    return scratch, services


def _teardown(state: tuple[_Scratch, Services]) -> None:
    state[1].db.close()
    state[0].remove()


def _alternating(fn: Callable[[bool], Any], runs: int, setup: Callable[[bool], Any] | None = None,
                 teardown: Callable[[Any], Any] | None = None) -> dict[bool, float]:
    """Median seconds of `fn(encrypted)` for plain and encrypted, runs interleaved (plain, encrypted,
    plain, ...) so that a change in the machine's load falls on both sides alike."""
    times: dict[bool, list[float]] = {False: [], True: []}
    for _ in range(max(1, runs)):
        for encrypted in (False, True):
            state = setup(encrypted) if setup is not None else encrypted
            try:
                started = time.perf_counter()
                fn(state)
                times[encrypted].append(time.perf_counter() - started)
            finally:
                if teardown is not None:
                    teardown(state)
    return {enc: statistics.median(values) for enc, values in times.items()}


def _build_pair(trainees: int, folder: Path) -> dict[bool, Path]:
    """A plain and an encrypted database holding the same demo programme."""
    paths = {}
    for encrypted in (False, True):
        path = folder / ("secret.db" if encrypted else "plain.db")
        services = create_encrypted(path, PASSPHRASE) if encrypted else open_services(path, "bench")
        DemoBuilder(services.db).build(trainees=trainees, seed=1)
        services.db.close()
        paths[encrypted] = path
    return paths


def _read_figures(trainees: int, runs: int, folder: Path) -> list[Figure]:
    paths = _build_pair(trainees, folder)
    opened = {enc: open_unlocked(path, PASSPHRASE if enc else None, "bench") for enc, path in paths.items()}
    out = []
    try:
        programme = opened[False].roster_io.only_programme()

        def sync_export(enc: bool) -> None:
            opened[enc].sync.export(folder / f"pkg-{enc}.xlsx", full=True)

        def roster_export(enc: bool) -> None:
            opened[enc].roster_io.export(programme if not enc else opened[True].roster_io.only_programme(),
                                         folder / f"roster-{enc}.xlsx")

        def check(enc: bool) -> None:
            opened[enc].admin.check()

        for label, fn in (("full sync package export", sync_export), ("roster export", roster_export),
                          ("integrity check (every page read)", check)):
            timed = _alternating(fn, runs)
            out.append(Figure(f"encrypted vs plain: {label}, {_thousands(trainees)} trainees", timed[True],
                              timed[False], runs))
    finally:
        for services in opened.values():
            services.db.close()
    size = paths[False].stat().st_size
    convert = median_time(lambda: _encrypt_copy(paths[False], folder), 1)
    out.append(Figure(f"db encrypt of a {size / 1_048_576:.0f} MB database", convert, None, 1,
                      note=f"{size / 1_048_576 / convert:.1f} MB/s; backup, check, old backups included"))
    return out


def _encrypt_copy(path: Path, folder: Path) -> None:
    target = folder / "convert.db"
    shutil.copyfile(path, target)  # closed, checkpointed database: a file copy is safe here
    encryption.encrypt(target, PASSPHRASE)


def figures(quick: bool) -> list[Figure]:
    out = []
    for trainees, runs in SIZES[:1] if quick else SIZES:
        def build(state: Any, trainees: int = trainees) -> None:
            DemoBuilder(state[1].db).build(trainees=trainees, seed=1)

        built = _alternating(build, runs, setup=_fresh, teardown=_teardown)
        out.append(Figure(f"encrypted vs plain: demo build, {_thousands(trainees)} trainees", built[True],
                          built[False], runs))
        scratch = _Scratch()
        try:
            out.extend(_read_figures(trainees, runs, scratch.folder))
        finally:
            scratch.remove()
    key_file = KeyFile.create(DataKey.generate(), PASSPHRASE, STRONG)
    unlock = median_time(lambda: key_file.unlock(PASSPHRASE), 5)
    out.append(Figure("unlock (Argon2id, 3 passes over 64 MiB)", unlock, None, 5,
                      note="once per start and per idle unlock"))
    return out


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", " ")
