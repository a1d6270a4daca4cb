"""A persona card shows its members' coded words and opens them on click."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.services.test_persona_quotes import coded_project  # noqa: F401 - the project fixture
from workbench.services.personas import persona_quotes, personas_of
from workbench.services.project import open_project
from workbench.ui.personas.card import PersonaCard


def test_card_lists_members_quotes_and_clicking_one_asks_to_open_it(qtbot, coded_project):  # noqa: F811
    path, ids = coded_project
    with open_project(path, readonly=True) as project:
        quotes = persona_quotes(project, ids["set"])
        personas = {p.id: p for p in personas_of(project, ids["set"])}
    quoted_id = next(pid for pid, passages in quotes.items() if passages)
    card = PersonaCard(personas[quoted_id], {}, None, readonly=True, quotes=quotes[quoted_id])
    qtbot.addWidget(card)
    card.show()
    assert len(card.quote_rows) == len(quotes[quoted_id])
    row = card.quote_rows[0]
    assert row.text().startswith("“The courier left my parcel")
    assert "Delivery" in row.source_label.text()
    with qtbot.waitSignal(card.quote_clicked) as clicked:
        qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    first = quotes[quoted_id][0]
    assert clicked.args == [first.document_id, first.start, first.end]

    other = next(p for pid, p in personas.items() if pid != quoted_id)
    silent = PersonaCard(other, {}, None, readonly=True, quotes=quotes.get(other.id, []))
    qtbot.addWidget(silent)
    assert silent.quote_rows == []
