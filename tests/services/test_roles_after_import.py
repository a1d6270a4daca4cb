"""Changing a stored column's role after import: values follow, impossible changes are refused
with the column and row named, and nothing is half-changed."""

from __future__ import annotations

import pytest
from project_snapshot import snapshot, unchanged

from workbench.domain.columns import ColumnRole
from workbench.services.importing import import_file
from workbench.services.project import create_project, open_project
from workbench.services.roles import RoleChangeError, change_roles, source_roles
from workbench.store.attributes import attribute_columns

CUSTOMERS = (
    "customer_id;Segment;Spend;Churned;Visits;Comment\n"
    "007;gold;1.234,50;Yes;3;\"Le code alla cassa sono lunghissime, nessuno risponde mai.\"\n"
    "008;silver;80,25;No;1;\"The checkout keeps failing on my phone, I gave up twice.\"\n"
    "009;gold;45;No;7;\"Città piccola: il negozio è lontano, perché non spedite gratis?\"\n"
    "010;bronze;n/a;Yes;2;\"Nobody answers the phone when I call about a return, ever.\"\n"
    "011;silver;300,5;No;4;\"Good prices but the app logs me out every single time.\"\n"
)


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "customers.csv"
    path.write_text(CUSTOMERS, "utf-8")
    project = create_project(tmp_path / "roles.pwb", "Roles")
    with open_project(project) as opened:
        import_file(opened, path, roles={"Visits": "categorical"})
    return project


def values(project, name):
    position = project.db.scalar(
        "SELECT position FROM source_columns WHERE source_id = 1 AND name = ?", (name,))
    return project.db.tuples(f"SELECT c{position} FROM src_1 ORDER BY row_number")


def roles_of(project):
    return {c.name: c.role for c in source_roles(project, 1)[0].columns}


def test_imported_roles_are_listed_with_the_customer_key(project_path):
    with open_project(project_path, readonly=True) as project:
        listing = source_roles(project)
    assert len(listing) == 1 and listing[0].customer_key.name == "customer_id"
    assert {c.name: c.role for c in listing[0].columns} == {
        "customer_id": ColumnRole.IDENTIFIER, "segment": ColumnRole.CATEGORICAL,
        "spend": ColumnRole.NUMERIC, "churned": ColumnRole.OUTCOME,
        "visits": ColumnRole.CATEGORICAL, "comment": ColumnRole.FREE_TEXT}


def test_a_categorical_column_of_numbers_becomes_numeric_and_an_attribute_of_numbers(
        project_path):
    with open_project(project_path) as project:
        changes = change_roles(project, 1, {"Visits": "numeric"})
        assert [(c.column, c.old, c.new) for c in changes] == [
            ("visits", ColumnRole.CATEGORICAL, ColumnRole.NUMERIC)]
        assert values(project, "visits") == [(3.0,), (1.0,), (7.0,), (2.0,), (4.0,)]
        assert {a.name: a.kind for a in attribute_columns(project.db)}["visits"] == "numeric"
        # and back: the numbers become the same text categories again
        change_roles(project, 1, {"visits": ColumnRole.CATEGORICAL})
        assert values(project, "visits") == [("3",), ("1",), ("7",), ("2",), ("4",)]


def test_numbers_become_categories_and_numbers_again_with_the_files_decimal_comma(project_path):
    with open_project(project_path) as project:
        change_roles(project, 1, {"Spend": "categorical"})
        # written with the file's decimal comma, as the categories would have been read
        assert values(project, "spend") == [("1234,5",), ("80,25",), ("45",), (None,), ("300,5",)]
        change_roles(project, 1, {"Spend": "numeric"})
        assert values(project, "spend") == [(1234.5,), (80.25,), (45.0,), (None,), (300.5,)]


def test_an_outcome_can_become_categorical_or_ignored_and_come_back(project_path):
    with open_project(project_path) as project:
        change_roles(project, 1, {"Churned": "categorical", "Segment": "ignore"})
        assert roles_of(project)["churned"] is ColumnRole.CATEGORICAL
        names = {a.name for a in attribute_columns(project.db)}
        assert "churned" in names and "segment" not in names  # ignored: left out of analyses
        assert values(project, "segment")[0] == ("gold",)  # but kept in the project
        change_roles(project, 1, {"Churned": "outcome", "Segment": "categorical"})
        assert roles_of(project)["churned"] is ColumnRole.OUTCOME
        kinds = {a.name: a.kind for a in attribute_columns(project.db)}
        assert kinds["churned"] == "outcome"  # measured per persona, not clustered on
        assert values(project, "churned")[0] == ("Yes",)


def test_a_categorical_zero_one_column_made_an_outcome_holds_numbers(tmp_path):
    path = tmp_path / "flags.csv"
    path.write_text("id,flag\n" + "".join(f"R{i},{i % 2}\n" for i in range(10)), "utf-8")
    project_path = create_project(tmp_path / "flags.pwb", "Flags")
    with open_project(project_path) as project:
        import_file(project, path, roles={"flag": "categorical"})
        change_roles(project, 1, {"flag": "outcome"})
        assert project.db.tuples("SELECT DISTINCT typeof(c1) FROM src_1") == [("integer",)]
        assert [v for (v,) in values(project, "flag")] == [i % 2 for i in range(10)]


def test_text_that_is_not_a_number_cannot_become_numeric_and_nothing_changes(project_path):
    before = snapshot(project_path)
    with open_project(project_path) as project, pytest.raises(RoleChangeError) as error:
        # the first change alone would work: all or nothing
        change_roles(project, 1, {"Visits": "numeric", "Segment": "numeric"})
    assert "'Segment'" in str(error.value) and "row 2" in str(error.value)
    assert "'gold'" in str(error.value)
    assert (error.value.column, error.value.row) == ("Segment", 2)
    assert unchanged(project_path, before)


@pytest.mark.parametrize(("column", "role", "words"), [
    ("customer_id", "categorical", "which customer each row is about"),
    ("Comment", "categorical", "cannot change after import"),
    ("Segment", "free_text", "cannot become free_text"),
    ("Segment", "churny", "not a column role"),
    ("Nope", "numeric", "no column named 'Nope'"),
    ("customer_id", "numeric", "which customer each row is about"),
])
def test_impossible_changes_are_refused_with_a_reason(project_path, column, role, words):
    before = snapshot(project_path)
    with open_project(project_path) as project, pytest.raises(RoleChangeError) as error:
        change_roles(project, 1, {column: role})
    assert words in str(error.value)
    assert unchanged(project_path, before)


def test_leading_zeros_are_never_lost_to_a_number(tmp_path):
    path = tmp_path / "codes.csv"
    path.write_text("respondent,store code\n" + "".join(f"R{i},0{i}12\n" for i in range(10)),
                    "utf-8")
    project_path = create_project(tmp_path / "codes.pwb", "Codes")
    with open_project(project_path) as project:
        import_file(project, path, roles={"store code": "categorical"})
        with pytest.raises(RoleChangeError, match="leading zeros"):
            change_roles(project, 1, {"store code": "numeric"})
        assert values(project, "store_code")[0] == ("0012",)
