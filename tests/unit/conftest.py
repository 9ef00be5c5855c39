"""Fixtures shared by several unit-test modules (no Qt)."""

from __future__ import annotations

from report_world import demo, demo_db  # noqa: F401 - the report tests' demo programme

