"""Laptops for sync tests: each a fresh copy of the template database with its own replica id."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from trainmgr.db.engine import Database, make_engine
from trainmgr.services.container import Services


@pytest.fixture
def laptops(make_db: Callable[..., Path]) -> Iterator[Callable[[str], Services]]:
    opened: list[Services] = []

    def laptop(name: str) -> Services:
        path = make_db(f"{name}.db")
        services = Services.build(Database(path, make_engine(path), name))
        services.sync.rename(name)
        opened.append(services)
        return services

    yield laptop
    for services in opened:
        services.db.close()
