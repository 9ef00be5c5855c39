"""What a mutation changed, announced once so each screen refreshes only when its data changed."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    topics: frozenset[str] = frozenset()

    @classmethod
    def of(cls, *topics: str) -> Changes:
        return cls(frozenset(topics))

    def touches(self, *topics: str) -> bool:
        return ALL in self.topics or bool(self.topics.intersection(topics))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.topics | other.topics)


# Topics (one per aggregate the screens show).
PROGRAMMES = "programmes"
UNITS = "units"
FRAMEWORK = "framework"
PEOPLE = "people"
DELIVERY = "delivery"
ASSESSMENTS = "assessments"  # an assessment was created, changed status or was amended
FINDINGS = "findings"  # a finding changed: gaps, proposals and the matrix move with it
CURRICULA = "curricula"
SYNC = "sync"  # sync identity, peers and exchange history
ALL = "*"
EVERYTHING = Changes.of(ALL)
