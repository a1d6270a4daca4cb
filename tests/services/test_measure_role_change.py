"""A stored column becomes a measure (or gets another kind or scale) after import only when
every stored value fits the scale; otherwise the change is refused naming rows and scale,
and the project is unchanged. Undo goes back to the old role and scale."""

from __future__ import annotations

import pytest
from project_snapshot import snapshot, unchanged

from workbench.domain.columns import ColumnRole
from workbench.services.importing import import_file, source_columns
from workbench.services.project import create_project, open_project
from workbench.services.roles import RoleChangeError, change_roles

SURVEY = "respondent,Score,Satisfaction,Stars\n" + "".join(
    f"R{i:03d},{i % 5 + 1},{i * 7 % 101},{(i % 9) / 2 + 1}\n" for i in range(40))


@pytest.fixture
def project_path(tmp_path):
    data = tmp_path / "survey.csv"
    data.write_text(SURVEY, "utf-8")
    path = create_project(tmp_path / "voc.pwb", "VoC")
    with open_project(path) as project:
        import_file(project, data)
    return path


def columns(project) -> dict:
    return {c.name: c for c in source_columns(project, 1)}


def test_a_numeric_column_becomes_a_measure_and_its_scale_can_change(project_path):
    with open_project(project_path) as project:
        before = columns(project)
        assert before["score"].role is ColumnRole.NUMERIC and before["score"].measure is None
        assert before["stars"].measure == "rating:1-5"
        changes = change_roles(project, 1, {"Score": "measure:csat:1-5"})
        assert [(c.old, c.new, c.old_measure, c.new_measure) for c in changes] == [
            (ColumnRole.NUMERIC, ColumnRole.MEASURE, None, "csat:1-5")]
        assert changes[0].old_choice == "numeric"
        assert changes[0].new_choice == "measure:csat:1-5"
        assert columns(project)["score"].measure == "csat:1-5"

        # the same role with another scale is a change too; the same spec is not
        changes = change_roles(project, 1, {"Score": "measure:csat:1-7"})
        assert [(c.old_choice, c.new_choice) for c in changes] == [
            ("measure:csat:1-5", "measure:csat:1-7")]
        assert change_roles(project, 1, {"Score": "measure"}) == []  # keeps csat:1-7
        assert change_roles(project, 1, {"Score": "measure:csat:1-7"}) == []

        # undo as the GUI does: the old choice, scale included
        change_roles(project, 1, {"score": changes[0].old_choice})
        assert columns(project)["score"].measure == "csat:1-5"
        change_roles(project, 1, {"score": "numeric"})
        assert columns(project)["score"].measure is None
        stored = project.db.scalar(
            "SELECT measure FROM source_columns WHERE source_id = 1 AND name = 'score'")
        assert stored is None


def test_values_outside_the_scale_refuse_the_change_naming_rows_and_change_nothing(
        project_path):
    before = snapshot(project_path)
    with open_project(project_path) as project, pytest.raises(RoleChangeError) as raised:
        change_roles(project, 1, {"Score": "measure:nps", "Satisfaction": "measure:csat:1-10"})
    assert unchanged(project_path, before)
    text = str(raised.value)
    assert "'Satisfaction'" in text and "CSAT 1–10" in text
    assert "rows 2, 4, 5, 6, 7…" in text  # 0, 7, 14, 21, 28, 35: 7 alone fits 1–10
    assert "whole numbers from 1 to 10" in text
    assert raised.value.column == "Satisfaction" and raised.value.row == 2

    with open_project(project_path) as project, pytest.raises(RoleChangeError) as raised:
        change_roles(project, 1, {"Stars": "measure:csat:1-5"})  # halves: not whole answers
    assert "rows 3" in str(raised.value)
    assert unchanged(project_path, before)


def test_a_wrong_measure_spec_is_refused_with_the_allowed_kinds(project_path):
    with open_project(project_path) as project:
        with pytest.raises(RoleChangeError) as raised:
            change_roles(project, 1, {"Score": "measure:csat:2-8"})
        assert "csat (1-5, 1-7, 1-10, 0-10)" in str(raised.value)
        with pytest.raises(RoleChangeError, match="Say which measure 'Score' holds"):
            change_roles(project, 1, {"Score": "measure"})
        assert columns(project)["score"].role is ColumnRole.NUMERIC
