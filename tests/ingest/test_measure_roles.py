"""Survey score columns (NPS, CSAT, CES, star ratings) become the Measure role at import,
in English and Italian, on the narrowest scale their values fit; a measure header whose
values fit no scale stays numeric and says why; outcomes stay outcomes. Importing a measure
checks every value against its scale: one outside it stops the import, naming the column,
the rows and the scale, and leaves the project byte-for-byte as it was."""

from __future__ import annotations

import csv
import random

import pytest
from ingest_helpers import converted, spec

from workbench.domain.columns import ColumnRole
from workbench.errors import InputFileError
from workbench.ingest.reader import infer_roles, read_table
from workbench.services.importing import (
    apply_role_overrides,
    import_file,
    list_sources,
    source_columns,
)
from workbench.services.project import create_project, open_project

ENGLISH = ["Respondent ID", "How likely are you to recommend us to a friend?",
           "Overall satisfaction (1-5)", "How satisfied are you with delivery?",
           "The company made it easy to handle my issue", "Stars", "Satisfaction",
           "Churn", "Comment"]


def english_rows(count: int = 150, seed: int = 18) -> list[list]:
    rng = random.Random(seed)
    return [[f"R{i:04d}", rng.randint(0, 10), rng.randint(1, 5), rng.randint(1, 7),
             rng.randint(1, 7), rng.choice([1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5]),
             rng.randint(0, 100), rng.choice(["Yes", "No"]),
             rng.choice(["ok", "slow delivery", "great staff", ""])]
            for i in range(count)]


ITALIAN = ["Codice cliente", "Quanto consiglieresti il nostro negozio a un amico?",
           "Soddisfazione complessiva", "Facilità d'uso del sito", "Voto (stelle)",
           "Abbandono", "Reclami"]


def italian_rows(count: int = 120, seed: int = 7) -> list[list]:
    rng = random.Random(seed)
    return [[f"C{i:04d}", str(rng.randint(0, 10)), str(rng.randint(1, 7)),
             str(rng.randint(1, 5)), rng.choice(["3", "3,5", "4", "4,5", "5", "2"]),
             rng.choice(["Sì", "No"]), str(rng.randint(0, 3))] for i in range(count)]


def write_csv(path, header, rows, delimiter=","):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(path, header, rows):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Survey"
    sheet.append(header)
    for row in rows:
        sheet.append([None if v == "" else v for v in row])
    book.save(path)
    return path


def check_english(table) -> None:
    specs = {c.label: c for c in table.columns}
    nps = specs["How likely are you to recommend us to a friend?"]
    assert (nps.role, nps.measure, nps.reason) == (ColumnRole.MEASURE, "nps:0-10",
                                                   "NPS question (0–10)")
    assert specs["Overall satisfaction (1-5)"].measure == "csat:1-5"
    assert specs["Overall satisfaction (1-5)"].reason == "CSAT question (1–5)"
    assert specs["How satisfied are you with delivery?"].measure == "csat:1-7"
    ces = specs["The company made it easy to handle my issue"]
    assert (ces.role, ces.measure, ces.reason) == (ColumnRole.MEASURE, "ces:1-7",
                                                   "CES question (1–7)")
    stars = specs["Stars"]
    assert (stars.role, stars.measure, stars.reason) == (ColumnRole.MEASURE, "rating:1-5",
                                                         "star rating (1–5)")
    # the header names a measure but 0–100 fits no scale: not guessed, kept as numbers
    satisfaction = specs["Satisfaction"]
    assert satisfaction.role is ColumnRole.NUMERIC and satisfaction.measure is None
    assert "do not fit a measure scale" in satisfaction.reason
    assert "CSAT" in satisfaction.reason
    assert specs["Churn"].role is ColumnRole.OUTCOME and specs["Churn"].measure is None
    for label in ("Respondent ID", "Churn", "Comment"):
        assert specs[label].measure is None


def test_english_survey_csv_measures_get_their_kind_and_scale(tmp_path):
    table = read_table(write_csv(tmp_path / "survey.csv", ENGLISH, english_rows()))
    check_english(table)


def test_english_survey_xlsx_measures_get_their_kind_and_scale(tmp_path):
    table = read_table(write_xlsx(tmp_path / "survey.xlsx", ENGLISH, english_rows()))
    check_english(table)


def test_italian_survey_measures_with_decimal_commas(tmp_path):
    path = write_csv(tmp_path / "sondaggio.csv", ITALIAN, italian_rows(), delimiter=";")
    table = read_table(path)
    specs = {c.label: c for c in table.columns}
    assert specs["Quanto consiglieresti il nostro negozio a un amico?"].measure == "nps:0-10"
    assert specs["Soddisfazione complessiva"].measure == "csat:1-7"
    assert specs["Facilità d'uso del sito"].measure == "ces:1-5"
    stelle = specs["Voto (stelle)"]
    assert (stelle.role, stelle.measure) == (ColumnRole.MEASURE, "rating:1-5")
    assert specs["Abbandono"].role is ColumnRole.OUTCOME
    assert specs["Reclami"].role is ColumnRole.OUTCOME
    values = converted(table)
    assert set(values["Voto (stelle)"]) <= {2.0, 3.0, 3.5, 4.0, 4.5, 5.0}


def test_flags_and_text_answers_are_not_measures():
    rows = [[i % 2, ["Very satisfied", "Not satisfied"][i % 2], i % 5 + 1, i % 5 + 1]
            for i in range(40)]
    specs = {s.label: s for s in infer_roles(
        ["Recommended", "Satisfaction", "Recommend (1-5)", "Score"], rows)}
    assert specs["Recommended"].role is ColumnRole.OUTCOME  # a 0/1 flag, not an NPS
    assert specs["Satisfaction"].role is ColumnRole.OUTCOME  # words, not a scale
    assert specs["Recommend (1-5)"].role is ColumnRole.NUMERIC  # NPS is 0–10: not guessed
    assert specs["Score"].role is ColumnRole.NUMERIC  # no measure named


def test_a_measure_column_converts_to_floats_on_its_scale(tmp_path):
    table = read_table(write_csv(tmp_path / "survey.csv", ENGLISH, english_rows(40)))
    values = converted(table)
    nps = values["How likely are you to recommend us to a friend?"]
    assert all(isinstance(v, float) and 0 <= v <= 10 for v in nps)


# --- out of scale: the import stops, names rows and scale, stores nothing ---------------

def off_scale_rows() -> list[list]:
    rows = [[f"R{i:03d}", i % 5 + 1] for i in range(40)]
    for row in (5, 9, 12, 20, 31, 33, 38):  # seven values off the 1–5 scale
        rows[row][1] = 7
    return rows


def refused(tmp_path, path, **kwargs) -> InputFileError:
    project_path = create_project(tmp_path / "study.pwb")
    before = project_path.read_bytes()
    with open_project(project_path) as project, pytest.raises(InputFileError) as raised:
        import_file(project, path, **kwargs)
    assert project_path.read_bytes() == before  # byte-for-byte as it was
    with open_project(project_path, readonly=True) as project:
        assert list_sources(project) == []
    return raised.value


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_a_value_outside_the_scale_stops_the_import_naming_column_rows_and_scale(
        tmp_path, suffix):
    header = ["respondent", "Satisfaction"]
    write = write_csv if suffix == "csv" else write_xlsx
    path = write(tmp_path / f"csat.{suffix}", header, off_scale_rows())
    error = refused(tmp_path, path, roles={"Satisfaction": "measure:csat:1-5"})
    text = str(error)
    assert f"csat.{suffix}" in text and "'Satisfaction'" in text
    assert "rows 7, 11, 14, 22, 33…" in text  # file rows: the header is row 1
    assert "CSAT 1–5" in text and "whole numbers from 1 to 5" in text
    assert "Numeric" in text and "scale" in text
    assert error.column == "Satisfaction" and error.row == 7


def test_text_in_a_measure_column_is_not_a_number(tmp_path):
    rows = [[f"R{i:03d}", i % 5 + 1] for i in range(20)]
    rows[3][1] = "n.a.x"
    path = write_csv(tmp_path / "csat.csv", ["respondent", "Satisfaction"], rows)
    error = refused(tmp_path, path, roles={"Satisfaction": "measure:csat"})
    assert "row 5" in str(error) and "'n.a.x' is not a number" in str(error)


def test_the_inferred_scale_of_a_preview_still_checks_every_row(tmp_path):
    rows = [[f"R{i:03d}", i % 5 + 1] for i in range(60)]
    path = write_csv(tmp_path / "csat.csv", ["respondent", "Satisfaction"], rows)
    preview = read_table(path, max_rows=10)
    assert spec(preview, "Satisfaction").measure == "csat:1-5"
    rows[50][1] = 9  # beyond the preview
    write_csv(path, ["respondent", "Satisfaction"], rows)
    error = refused(tmp_path, path, specs=list(preview.columns))
    assert "rows 52" in str(error)


def test_import_stores_the_measure_and_lists_it_with_the_columns(tmp_path):
    path = write_csv(tmp_path / "survey.csv", ENGLISH, english_rows(60))
    project_path = create_project(tmp_path / "study.pwb")
    with open_project(project_path) as project:
        result = import_file(project, path)
        columns = {c.label: c for c in source_columns(project, result.source.id)}
        stored = dict(project.db.query(
            "SELECT label, measure FROM source_columns WHERE source_id = ?",
            (result.source.id,)))
    assert columns["Stars"].role is ColumnRole.MEASURE
    assert columns["Stars"].measure == "rating:1-5"
    assert columns["How likely are you to recommend us to a friend?"].measure == "nps:0-10"
    assert columns["Satisfaction"].measure is None and columns["Churn"].measure is None
    assert stored["Overall satisfaction (1-5)"] == "csat:1-5" and stored["Churn"] is None


# --- --roles: measure, measure:KIND, measure:KIND:LOW-HIGH -------------------------------

def override(table, roles):
    return {s.label: s for s in apply_role_overrides(list(table.columns), roles, table.path)}


def test_role_overrides_take_a_measure_kind_and_scale(tmp_path):
    table = read_table(write_csv(tmp_path / "survey.csv", ENGLISH, english_rows(40)))
    specs = override(table, {
        "Overall satisfaction (1-5)": "measure:csat:1-7",
        "Stars": "measure",  # keeps the inferred rating:1-5
        "The company made it easy to handle my issue": "MEASURE:ces",
        "Satisfaction": "numeric",
        "Comment": "measure:rating:1-10"})
    assert specs["Overall satisfaction (1-5)"].measure == "csat:1-7"
    assert specs["Stars"].measure == "rating:1-5"
    assert specs["The company made it easy to handle my issue"].measure == "ces:1-7"
    assert specs["Satisfaction"].role is ColumnRole.NUMERIC and specs["Satisfaction"].measure is None
    assert specs["Comment"].role is ColumnRole.MEASURE and specs["Comment"].measure == "rating:1-10"
    # "measure" alone on a numeric column: the usual scale of the kind its header names
    assert override(table, {"Satisfaction": "measure"})["Satisfaction"].measure == "csat:1-5"
    # a measure role replaced by another drops the measure
    assert override(table, {"Stars": "numeric"})["Stars"].measure is None


@pytest.mark.parametrize("role", ["measure:csat:2-9", "measure:loyalty", "measure:nps:1-10"])
def test_a_wrong_measure_spec_lists_the_allowed_kinds_and_scales(tmp_path, role):
    table = read_table(write_csv(tmp_path / "survey.csv", ENGLISH, english_rows(20)))
    with pytest.raises(InputFileError) as raised:
        override(table, {"Stars": role})
    text = str(raised.value)
    assert role.partition(":")[2] in text
    assert "nps (0-10)" in text and "csat (1-5, 1-7, 1-10, 0-10)" in text and "ces" in text
    assert "rating" in text and raised.value.column == "Stars"


def test_a_measure_without_a_kind_on_a_header_naming_none_is_refused(tmp_path):
    table = read_table(write_csv(tmp_path / "survey.csv", ENGLISH, english_rows(20)))
    with pytest.raises(InputFileError, match="Say which measure 'Respondent ID' holds"):
        override(table, {"Respondent ID": "measure"})
    with pytest.raises(InputFileError, match="'numeric:csat' is not a column role"):
        override(table, {"Stars": "numeric:csat"})
