"""Survey exports with two header rows: questions over sub-headers, Qualtrics codes over texts."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace

import pytest
from ingest_helpers import column

from workbench.domain.columns import ColumnRole
from workbench.errors import InputFileError
from workbench.ingest.headers import LABEL_JOINER, combined_labels, two_header_rows
from workbench.ingest.reader import ReadOptions, convert_table, read_table

openpyxl = pytest.importorskip("openpyxl")

J = LABEL_JOINER
QUESTION = "Which channels do you use?"
SURVEY_HEADER = ["Respondent ID", "Start Date", QUESTION, "", "", "How satisfied are you?",
                 "Comments"]
SURVEY_SUBHEADER = ["", "", "Email", "Phone", "Store", "Response", "Open-Ended Response"]
SURVEY_ROWS = [
    ["1001", "2024-03-01", "Email", "", "Store", "4", "Great service"],
    ["1002", "2024-03-02", "", "Phone", "", "2", "Too slow, nobody answers"],
    ["1003", "2024-03-04", "Email", "Phone", "", "5", ""],
]
SURVEY_LABELS = ["Respondent ID", "Start Date", f"{QUESTION}{J}Email", f"{QUESTION}{J}Phone",
                 f"{QUESTION}{J}Store", f"How satisfied are you?{J}Response",
                 f"Comments{J}Open-Ended Response"]


def csv_text(rows: list[list[str]]) -> str:
    return "".join(",".join(f'"{v}"' if "," in v else v for v in row) + "\r\n" for row in rows)


def survey_xlsx(path, *, title: str | None = None):
    """The same survey as an XLSX with the question merged over its three options."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Responses"
    if title:
        sheet.append([title])
        sheet.append([])
    top = sheet.max_row + 1 if title else 1
    sheet.append([v or None for v in SURVEY_HEADER])
    sheet.append([v or None for v in SURVEY_SUBHEADER])
    sheet.merge_cells(start_row=top, start_column=3, end_row=top, end_column=5)
    for row in SURVEY_ROWS:
        sheet.append([int(row[0]), dt.date.fromisoformat(row[1]), *(v or None for v in row[2:5]),
                      int(row[5]), row[6] or None])
    book.save(path)
    return path


def labels(table) -> list[str]:
    return [c.label for c in table.columns]


def test_a_surveymonkey_like_csv_gets_combined_labels_and_keeps_every_data_row(write_text):
    path = write_text("survey.csv", csv_text([SURVEY_HEADER, SURVEY_SUBHEADER, *SURVEY_ROWS]))
    table = read_table(path)
    assert table.header_rows == 2 and table.header_row == 1
    assert labels(table) == SURVEY_LABELS
    assert [c.name for c in table.columns][:3] == ["respondent_id", "start_date",
                                                  "which_channels_do_you_use_email"]
    assert column(table, "Respondent ID") == ["1001", "1002", "1003"]  # the first data row kept
    assert table.row_numbers == [3, 4, 5]  # the file's own rows
    assert {c.label: c.role for c in table.columns}[f"How satisfied are you?{J}Response"] == \
        ColumnRole.MEASURE  # satisfaction: a CSAT measure (issue #18), not clustered
    preview = read_table(path, max_rows=2)
    assert labels(preview) == SURVEY_LABELS and preview.row_numbers == [3, 4]


def test_a_surveymonkey_like_xlsx_with_a_merged_question_reads_the_same(tmp_path):
    table = read_table(survey_xlsx(tmp_path / "survey.xlsx"))
    assert table.header_rows == 2 and labels(table) == SURVEY_LABELS
    assert table.row_numbers == [3, 4, 5]
    assert column(table, "Start Date")[0] == dt.date(2024, 3, 1)
    preview = read_table(tmp_path / "survey.xlsx", max_rows=10)
    assert preview.rows == table.rows and preview.row_numbers == table.row_numbers


def test_a_title_row_above_a_two_row_header(tmp_path, write_text):
    rows = [["Customer survey, March 2024"], [], SURVEY_HEADER, SURVEY_SUBHEADER, *SURVEY_ROWS]
    text = write_text("titled.csv", csv_text(rows))
    table = read_table(text)
    assert (table.header_row, table.header_rows) == (3, 2)
    assert labels(table) == SURVEY_LABELS and table.row_numbers == [5, 6, 7]
    book = read_table(survey_xlsx(tmp_path / "titled.xlsx", title="Customer survey, March 2024"))
    assert (book.header_row, book.header_rows) == (3, 2)
    assert labels(book) == SURVEY_LABELS and book.row_numbers == [5, 6, 7]


def test_one_header_over_a_first_data_row_of_text_only_is_not_taken_for_two(write_text):
    # A blank header between two filled ones, and the first row all text: still data.
    path = write_text("people.csv", "Name,,City\r\nAnna,x,Roma\r\nBruno,y,Milano\r\n"
                                    "Carla,z,Torino\r\n")
    table = read_table(path)
    assert table.header_rows == 1
    assert labels(table) == ["Name", "", "City"]
    assert column(table, "Name") == ["Anna", "Bruno", "Carla"] and table.row_numbers == [2, 3, 4]
    # Numbers below, but the first data row has one too: data, not a header.
    scores = write_text("scores.csv", "Name,,City,Age\r\nAnna,x,Roma,34\r\nBruno,y,Milano,41\r\n")
    assert read_table(scores).header_rows == 1
    # A plain file, names and cities only.
    plain = write_text("plain.csv", "Name,City\r\nAnna,Roma\r\nBruno,Milano\r\n")
    assert read_table(plain).header_rows == 1 and read_table(plain).row_numbers == [2, 3]


def test_explicit_one_header_row_overrides_the_detection(tmp_path, write_text):
    path = write_text("survey.csv", csv_text([SURVEY_HEADER, SURVEY_SUBHEADER, *SURVEY_ROWS]))
    table = read_table(path, ReadOptions(header_rows=1))
    assert table.header_rows == 1
    assert labels(table) == SURVEY_HEADER
    assert table.row_numbers == [2, 3, 4, 5] and table.rows[0][2] == "Email"
    book = read_table(survey_xlsx(tmp_path / "survey.xlsx"), ReadOptions(header_rows=1))
    assert book.header_rows == 1 and book.row_numbers == [2, 3, 4, 5]


def test_explicit_two_header_rows_on_a_file_the_detection_leaves_alone(tmp_path, write_text):
    # Text only below the sub-headers: too little evidence to detect, the user says 2.
    text = "Name,Favourite,\r\n,Shop,Brand\r\nAnna,Coop,Barilla\r\nBruno,Esselunga,Mulino\r\n"
    path = write_text("grid.csv", text)
    assert read_table(path).header_rows == 1
    table = read_table(path, ReadOptions(header_rows=2))
    assert table.header_rows == 2
    assert labels(table) == ["Name", f"Favourite{J}Shop", f"Favourite{J}Brand"]
    assert table.row_numbers == [3, 4] and column(table, "Name") == ["Anna", "Bruno"]
    book = openpyxl.Workbook()
    sheet = book.active
    for row in text.strip().split("\r\n"):
        sheet.append([v or None for v in row.split(",")])
    book.save(tmp_path / "grid.xlsx")
    chosen = read_table(tmp_path / "grid.xlsx", ReadOptions(header_rows=2))
    assert labels(chosen) == labels(table) and chosen.row_numbers == [3, 4]
    with pytest.raises(InputFileError, match="1 or 2 rows"):
        read_table(path, ReadOptions(header_rows=3))


def test_the_qualtrics_shape_codes_over_questions_and_the_import_id_row(write_text):
    rows = [
        ["StartDate", "Status", "Q1", "Q2_1", "Q2_2"],
        ["Start Date", "Response Type", "How satisfied are you overall?",
         "How likely are you to buy again? - Online", "How likely are you to buy again? - In store"],
        ['"{""ImportId"":""startDate"",""timeZone"":""Europe/Rome""}"', '"{""ImportId"":""status""}"',
         '"{""ImportId"":""QID1""}"', '"{""ImportId"":""QID2_1""}"', '"{""ImportId"":""QID2_2""}"'],
        ["2024-03-01 10:02:00", "IP Address", "Very satisfied", "4", "5"],
        ["2024-03-02 11:15:00", "IP Address", "Not satisfied", "2", "1"],
    ]
    path = write_text("qualtrics.csv", "".join(",".join(row) + "\n" for row in rows))
    table = read_table(path)
    assert table.header_rows == 2
    assert labels(table) == ["Start Date", f"Status{J}Response Type",
                             f"Q1{J}How satisfied are you overall?",
                             f"Q2_1{J}How likely are you to buy again? - Online",
                             f"Q2_2{J}How likely are you to buy again? - In store"]
    assert table.row_numbers == [4, 5]  # the ImportId row is metadata, not data
    assert column(table, "Status" + J + "Response Type") == ["IP Address", "IP Address"]
    # Without the ImportId row, the numbers under the question texts tell.
    del rows[2]
    bare = read_table(write_text("bare.csv", "".join(",".join(row) + "\n" for row in rows)))
    assert bare.header_rows == 2 and bare.row_numbers == [3, 4]


def test_errors_and_stored_rows_keep_the_files_own_row_numbers(tmp_path, write_text):
    rows = [SURVEY_HEADER, SURVEY_SUBHEADER, *SURVEY_ROWS,
            ["1004", "2024-03-05", "", "", "Store", "not asked", "later"]]
    path = write_text("survey.csv", csv_text(rows))
    table = read_table(path)
    specs = list(table.columns)
    satisfied = [c.label for c in specs].index(f"How satisfied are you?{J}Response")
    specs[satisfied] = replace(specs[satisfied], role=ColumnRole.NUMERIC, reason="")
    with pytest.raises(InputFileError) as raised:
        convert_table(table, specs)
    assert raised.value.row == 6  # header on rows 1-2, so the 4th data row is row 6

    from workbench.services.importing import import_file
    from workbench.services.project import create_project, open_project

    project_path = create_project(tmp_path / "study.pwb")
    with open_project(project_path) as project:
        result = import_file(project, path)
        source_id = result.source.id
    with sqlite3.connect(project_path) as db:
        numbers = [n for (n,) in db.execute(f"SELECT row_number FROM src_{source_id} "
                                            "ORDER BY row_number")]
    assert numbers == [3, 4, 5, 6]


def test_combined_labels_carry_a_question_over_the_blank_cells_to_its_right():
    def filled(value):
        return bool(value and str(value).strip())

    assert combined_labels(["id", "Q", "", "", "Next"], ["", "a", "b", "", "x"], filled) == [
        "id", f"Q{J}a", f"Q{J}b", "Q", f"Next{J}x"]
    assert combined_labels(["", "Q"], ["lead", "a"], filled) == ["lead", f"Q{J}a"]
    # A sub-header that repeats its question is the label alone.
    assert combined_labels(["StartDate"], ["Start Date"], filled) == ["Start Date"]
    # A sub-header row with numbers is data, whatever the shape.
    assert not two_header_rows(["id", "Q", ""], ["", "a", "3"], [["1", "x", "y"]], filled)


def test_a_multiple_choice_survey_without_numbers_under_its_options_is_recognised(write_text):
    # Only ticked options (their own text) under the sub-headers; the respondent ids tell.
    text = ("Respondent ID,Which channels do you use?,,,Comments\r\n"
            ",Email,Phone,Store,Open-Ended Response\r\n"
            "1001,Email,,Store,Fine\r\n"
            "1002,,Phone,Store,\r\n"
            "1003,Email,Phone,,Slow delivery\r\n")
    table = read_table(write_text("channels.csv", text))
    assert table.header_rows == 2 and table.row_numbers == [3, 4, 5]
    assert labels(table)[1:4] == [f"Which channels do you use?{J}{o}" for o in ("Email", "Phone", "Store")]
    # The same shape, but the first row is a respondent with a blank id: no numbers under
    # the header's own columns to tell, so it stays data.
    shaky = text.replace(",Email,Phone,Store,", "Anna,Email,Phone,Store,").replace(
        "1001", "Bruno").replace("1002", "Carla").replace("1003", "Dario")
    assert read_table(write_text("shaky.csv", shaky)).header_rows == 1
