"""Read model of a rank (see services/ranks.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RankRow:
    id: str
    programme_id: str | None  # None: a rank shared by every programme
    code: str
    name: str
    category: str  # officer / nco / enlisted, or ""
    sort_order: int  # seniority inside the service: 1 = most junior
    service: str  # army, gendarmerie, police...; "" when the programme has one service
    people: int = 0  # live people holding it

    @property
    def label(self) -> str:
        """How a drop-down shows it: "Sergent (Gendarmerie)", or the name alone without a service."""
        return f"{self.name} ({self.service})" if self.service else self.name
