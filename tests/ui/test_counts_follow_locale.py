"""Large counts in widgets follow the locale: 1,234,567 in English, 1.234.567 in Italian."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import QLocale, Qt

from workbench.domain.evidence import Code, CodeSummary
from workbench.domain.retention import FrictionCost
from workbench.ui.customers.commands import LinkRunCommand
from workbench.ui.evidence.codebook import CodeBookTree
from workbench.ui.evidence.models import FrameModel
from workbench.ui.journeys.friction_panel import CompactFrictionModel
from workbench.ui.numbers import count_text

ITALIAN = QLocale(QLocale.Language.Italian, QLocale.Country.Italy)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture(params=[(ENGLISH, "1,234,567"), (ITALIAN, "1.234.567")], ids=["en", "it"])
def locale(request):
    """(QLocale made the default, how 1234567 must read); the old default comes back after."""
    previous = QLocale()
    QLocale.setDefault(request.param[0])
    yield request.param[1]
    QLocale.setDefault(previous)


def test_count_text_groups_thousands(locale):
    assert count_text(1_234_567) == locale
    assert count_text(12) == "12" and count_text(None) == "–"


def test_code_book_counts(qtbot, locale):
    tree = CodeBookTree()
    qtbot.addWidget(tree)
    code = Code(1, "Delivery", "#336699")
    tree.set_code_book([CodeSummary(code, 0, codings=1_234_567, documents=2_500,
                                    codings_with_children=1_234_567)])
    item = tree.topLevelItem(0)
    assert item.text(1) == locale
    assert locale in item.toolTip(0)


def test_crosstab_counts(qtbot, locale):
    model = FrameModel()
    model.set_frame(pd.DataFrame({"Persona A": [1_234_567]}, index=["Delivery"]))
    assert model.data(model.index(0, 0)) == locale


def test_friction_tooltip_counts(locale):
    model = CompactFrictionModel()
    model.set_rows([FrictionCost(journey_id=1, kind="pain_point", label="Late parcel",
                                 stage_key=None, with_n=1_234_567, with_churned=400_000,
                                 without_n=2_000_000, without_churned=100_000, ratio=2.5,
                                 ratio_low=2.0, ratio_high=3.0, difference=0.15)])
    tips = [model.data(model.index(0, column), Qt.ItemDataRole.ToolTipRole) or ""
            for column in range(model.columnCount())]
    assert any(f"of {locale} who hit it" in tip for tip in tips), tips


def test_undo_text_of_a_linking_run(locale):
    command = LinkRunCommand(1, [], 1_234_567, lambda _run: None, lambda _keys: None)
    assert locale in command.text()
