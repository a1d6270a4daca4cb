"""Persona sets and persona cards as stored in a project.

A persona set is one clustering run (its settings, quality figures and
optional k suggestion as plain JSON-ready dicts); a persona is one card of
it: the figures computed from the data plus what the researcher wrote.
"""

from __future__ import annotations

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
