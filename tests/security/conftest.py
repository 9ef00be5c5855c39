"""Encrypted databases for the security tests: copies of the session template, encrypted the real way
(`encrypt`), with cheap Argon2id parameters (the strong ones cost a quarter of a second per unlock)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from tests.security.security_helpers import PASSPHRASE

from trainmgr.db import encryption
from trainmgr.db.keys import FAST_FOR_TESTS
from trainmgr.services.container import Services
from trainmgr.services.protection import open_unlocked


@pytest.fixture
def make_encrypted(make_db: Callable[..., Path]) -> Callable[..., Path]:
    def make(name: str = "secret.db", passphrase: str = PASSPHRASE) -> Path:
        path = make_db(name)
        encryption.encrypt(path, passphrase, params=FAST_FOR_TESTS)
        return path

    return make


@pytest.fixture
def encrypted_db(make_encrypted: Callable[..., Path]) -> Path:
    return make_encrypted()


@pytest.fixture
def opener() -> Iterator[Callable[..., Services]]:
    """Open databases through the real start-up path; every one is closed after the test."""
    opened: list[Services] = []

    def open_(path: Path, passphrase: str | None = PASSPHRASE) -> Services:
        services = open_unlocked(path, passphrase, user="tester")
        opened.append(services)
        return services

    yield open_
    for services in opened:
        services.db.close()
