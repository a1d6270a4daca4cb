"""Persona sets and persona cards as stored in a project.

A persona set is one clustering run (its settings, quality figures and
optional k suggestion as plain JSON-ready dicts); a persona is one card of
it: the figures computed from the data plus what the researcher wrote.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: Card fields the researcher edits.
EDITABLE_FIELDS = ("name", "narrative", "goals", "frustrations", "motivations", "channels",
                   "quote")


@dataclass(frozen=True)
class StoredPersonaSet:
    id: int
    name: str
    created_at: str
    settings: dict
    result: dict
    suggestion: dict | None
    features: dict
    persona_count: int


@dataclass(frozen=True)
class StoredPersona:
    id: int
    persona_set_id: int
    position: int
    name: str
    size: int
    share: float
    profile: dict
    narrative: str
    goals: str
    frustrations: str
    motivations: str
    channels: str
    quote: str
    photo: bytes | None


@dataclass(frozen=True)
class Memberships:
    """A run's customers, column by column (one entry per clustered customer).

    Columns rather than rows: a run stores a hundred thousand of them at once.
    """

    customers: Sequence[int]
    #: Persona position, None for a customer that fits no persona.
    positions: Sequence[int | None]
    #: Nearest persona position (the persona itself for its members).
    nearest: Sequence[int | None]
    fit: Sequence[float | None]
    #: Why a customer fits no persona, None for members.
    reasons: Sequence[str | None]

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[int, int | None, int | None, float | None,
                                          str | None]]) -> Memberships:
        """From (customer, position, nearest, fit, reason) rows."""
        columns = list(zip(*rows, strict=True)) or [(), (), (), (), ()]
        return cls(*columns)
