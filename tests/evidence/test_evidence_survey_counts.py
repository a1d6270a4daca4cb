"""Survey grid, code counts by attribute and persona, the heat map."""

from __future__ import annotations

import pytest

from workbench.domain.evidence import EvidenceError
from workbench.domain.persona_sets import Memberships
from workbench.export.evidence_charts import code_heatmap
from workbench.services import evidence as ev
from workbench.services import evidence_insights as insights
from workbench.services.importing import import_file
from workbench.services.project import open_project
from workbench.store import personas as persona_store


@pytest.fixture
def survey(project_path, survey_csv):
    with open_project(project_path) as project:
        import_file(project, survey_csv)
        (column,) = ev.survey_columns(project)
        docs = ev.list_documents(project, column_id=column.column_id)
        price = ev.create_code(project, "Prezzo")
        wait = ev.create_code(project, "Attesa")
        by_text = {ev.open_document(project, d.id).document.body: d for d in docs}
        for body, d in by_text.items():
            if "spedi" in body or "costa" in body:
                ev.apply_codes(project, d.id, 0, d.length, [price.id])
            if "code" in body or "lento" in body or "failing" in body:
                ev.apply_codes(project, d.id, 0, 10, [wait.id])
    return project_path, column, price.id, wait.id


def test_survey_grid_shows_answers_beside_attributes_without_pii(survey):
    path, column, price, wait = survey
    with open_project(path, readonly=True) as project:
        assert column.label == "Cosa ti frustra quando compri?" and column.answers == 4
        grid = ev.survey_grid(project, column.column_id)
        assert grid.attributes == ["respondent", "Età", "Canale"]  # Email (PII) left out
        assert [r.source_row for r in grid.rows] == [2, 3, 4, 5]
        first = grid.rows[0]
        assert first.values == ("R1", 34.0, "negozio")
        assert first.text.startswith("Le code alla cassa")
        assert first.code_ids == (wait,)
        assert grid.rows[3].code_ids == tuple(sorted((price, wait)))
        with pytest.raises(EvidenceError, match="not a free-text column"):
            ev.survey_grid(project, 999)


def test_code_counts_by_categorical_and_numeric_attribute(survey):
    path, _, price, wait = survey
    with open_project(path, readonly=True) as project:
        assert "Canale" in insights.attribute_names(project)
        table = insights.code_counts_by_attribute(project, "Canale")
        assert list(table.index) == ["Prezzo", "Attesa"]
        assert table.loc["Prezzo"].to_dict() == {"app": 1, "negozio": 0, "web": 1}
        assert table.loc["Attesa"].to_dict() == {"app": 0, "negozio": 1, "web": 2}
        ages = insights.code_counts_by_attribute(project, "Età", bins=2)
        assert ages.shape == (2, 2) and int(ages.to_numpy().sum()) == 5
        customers = insights.code_counts_by_attribute(project, "Canale", unit="customers")
        assert int(customers.loc["Attesa", "web"]) == 2
        with pytest.raises(EvidenceError, match="no attribute"):
            insights.code_counts_by_attribute(project, "Nope")
        with pytest.raises(EvidenceError, match="not 'words'"):
            insights.code_counts_by_attribute(project, "Canale", unit="words")


def test_code_counts_by_persona(survey):
    path, _, price, wait = survey
    with open_project(path) as project:
        with pytest.raises(EvidenceError, match="no personas yet"):
            insights.code_counts_by_persona(project)
        customers = [r[0] for r in project.db.query("SELECT id FROM customers ORDER BY id")]
        set_id = persona_store.save_persona_set(
            project.db, name="run", created_at="now", settings={}, result={}, suggestion=None,
            features={}, personas=[{"position": 0, "name": "Cittadina", "size": 2, "share": 0.5,
                                    "profile": {}},
                                   {"position": 1, "name": "Online", "size": 1, "share": 0.25,
                                    "profile": {}}],
            members=Memberships.from_rows([
                (customers[0], 0, 0, 0.9, None), (customers[2], 0, 0, 0.8, None),
                (customers[1], 1, 1, 0.7, None), (customers[3], None, 1, 0.1, "far")]))
        table = insights.code_counts_by_persona(project)
        assert list(table.columns) == ["Cittadina", "Online"]
        assert table.loc["Prezzo"].to_dict() == {"Cittadina": 1, "Online": 0}
        assert table.loc["Attesa"].to_dict() == {"Cittadina": 1, "Online": 1}
        assert insights.code_counts_by_persona(project, set_id).equals(table)


def test_heat_map_is_a_figure_with_one_cell_per_count(survey):
    from matplotlib.figure import Figure

    path, *_ = survey
    with open_project(path, readonly=True) as project:
        table = insights.code_counts_by_attribute(project, "Canale")
    figure = code_heatmap(table, "Codici per canale", share=True)
    assert isinstance(figure, Figure)
    axes = figure.axes[0]
    assert [t.get_text() for t in axes.get_yticklabels()] == ["Prezzo", "Attesa"]
    assert sorted(t.get_text() for t in axes.texts) == sorted(
        str(v) for v in table.to_numpy().ravel())
