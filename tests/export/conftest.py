"""Fixtures for export tests: a card's footer context and a card factory."""

from __future__ import annotations

import pytest
from export_helpers import make_card

from workbench.export.persona_card import CardContext


@pytest.fixture
def context() -> CardContext:
    return CardContext(project="Ricerca clienti 2026", persona_set="Omnichannel personas",
                       method="k-means · 3 personas · seed 0", computed_on="2026-11-20",
                       exported_on="2026-11-25", customers_clustered=1000,
                       sources=("crm.csv", "survey.xlsx"), persona_count=3,
                       app="Persona Workbench test")


@pytest.fixture
def card_factory():
    return make_card
