"""CSV/TSV/TXT files as real tools write them: encodings, separators, quotes, row numbers."""

from __future__ import annotations

import codecs

import pytest
from ingest_helpers import DATA, column, spec

from workbench.domain.columns import ColumnRole
from workbench.errors import InputFileError, OperationCancelled
from workbench.ingest.reader import ReadOptions, convert_table, read_table
from workbench.progress import Task

ITALIAN = (
    "codice cliente;nome;città;spesa €;commento\r\n"
    "007;Giulia;Città di Castello;12,50;perché il negozio è lontano\r\n"
    "008;Niccolò;Forlì;1.234,56;però il servizio è ottimo\r\n"
    "009;Zoë;Cantù;7,25;così così\r\n"
)


def test_utf8_comma_csv_is_read_with_header_and_row_numbers(write_text):
    path = write_text("people.csv", "id,age,city\n1,34,Roma\n2,41,Milano\n")
    table = read_table(path)
    assert [c.label for c in table.columns] == ["id", "age", "city"]
    assert table.rows == [["1", "34", "Roma"], ["2", "41", "Milano"]]
    assert table.row_numbers == [2, 3]
    assert (table.encoding, table.delimiter, table.decimal, table.sheet) == ("utf-8", ",", ".", None)


def test_utf8_bom_is_not_part_of_the_first_header(write_text):
    path = write_text("bom.csv", "customer_id,score\r\nA1,3\r\nA2,4\r\n", "utf-8-sig")
    table = read_table(path)
    assert table.columns[0].label == "customer_id"
    assert table.columns[0].name == "customer_id"
    assert table.encoding == "utf-8-sig"


def test_utf16_tab_export_from_excel_is_read_with_accents(write_text):
    # Excel's "Unicode text" export: UTF-16 LE with a BOM, tab separated, CRLF.
    text = "Nome\tCittà\tPerché\r\nZoë\tForlì\tcosì così, però bene\r\nLuca\tCantù\t€ 5\r\n"
    path = write_text("export.txt", text, "utf-16")
    assert path.read_bytes().startswith(codecs.BOM_UTF16_LE)
    table = read_table(path)
    assert [c.label for c in table.columns] == ["Nome", "Città", "Perché"]
    assert table.rows[0] == ["Zoë", "Forlì", "così così, però bene"]
    assert table.rows[1][2] == "€ 5"
    assert table.delimiter == "\t" and table.encoding == "utf-16"


def test_utf16_big_endian_with_bom_is_read(write_text):
    path = write_text("be.tsv", "\ufeffid\tcittà\r\n1\tForlì\r\n2\tCantù\r\n", "utf-16-be")
    table = read_table(path)
    assert [c.label for c in table.columns] == ["id", "città"]
    assert column(table, "città") == ["Forlì", "Cantù"]


def test_utf16_without_bom_is_recognised_by_its_zero_bytes(write_text):
    path = write_text("nobom.txt", "id\tnota\r\n1\tgià fatto\r\n2\tnon ancora\r\n", "utf-16-le")
    table = read_table(path)
    assert column(table, "nota") == ["già fatto", "non ancora"]


def test_cp1252_italian_accents_and_euro_sign_are_detected(write_text):
    path = write_text("italiano.csv", ITALIAN, "cp1252")
    table = read_table(path)
    assert table.encoding == "cp1252"
    assert table.delimiter == ";"
    assert [c.label for c in table.columns] == ["codice cliente", "nome", "città", "spesa €",
                                                "commento"]
    assert column(table, "commento")[0] == "perché il negozio è lontano"
    assert column(table, "città") == ["Città di Castello", "Forlì", "Cantù"]


def test_latin1_bytes_that_cp1252_does_not_define_still_read(write_text, tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("id,nota\n1,città\n2,x\x81y\n".encode("latin-1"))
    table = read_table(path)
    assert table.encoding == "latin-1"
    assert column(table, "nota") == ["città", "x\x81y"]


def test_cp1252_bytes_far_below_the_first_block_switch_the_whole_file_to_cp1252(tmp_path):
    lines = ["id,comment"] + [f"{i},plain ascii text" for i in range(30_000)] + ["30000,perché"]
    path = tmp_path / "late.csv"
    path.write_bytes("\n".join(lines).encode("cp1252"))
    assert path.stat().st_size > 300_000
    table = read_table(path)
    assert table.encoding == "cp1252"
    assert table.rows[-1] == ["30000", "perché"]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_each_common_separator_is_detected(write_text, delimiter):
    rows = [["respondent", "answer", "score"], ["R1", "yes, I agree; mostly", "4"],
            ["R2", "no", "2"], ["R3", "maybe | later", "3"]]
    lines = []
    for row in rows:
        cells = [f'"{c}"' if delimiter in c else c for c in row]
        lines.append(delimiter.join(cells))
    path = write_text("sep.csv", "\r\n".join(lines) + "\r\n")
    table = read_table(path)
    assert table.delimiter == delimiter
    assert [c.label for c in table.columns] == ["respondent", "answer", "score"]
    assert table.rows[0] == ["R1", "yes, I agree; mostly", "4"]


def test_tsv_with_commas_in_text_is_split_on_tabs(write_text):
    path = write_text("notes.tsv", "id\tnote\n1\tprice, delivery, service\n2\tok, fine\n")
    table = read_table(path)
    assert table.delimiter == "\t"
    assert column(table, "note") == ["price, delivery, service", "ok, fine"]


def test_semicolon_file_with_decimal_commas_is_detected_and_converted(write_text):
    path = write_text("spese.csv", "cliente;spesa;visite\nA1;12,5;3\nA2;1.234,56;4\nA3;7;5\n")
    table = read_table(path)
    assert (table.delimiter, table.decimal) == (";", ",")
    assert spec(table, "spesa").role is ColumnRole.NUMERIC
    converted = {c.spec.label: c.values for c in convert_table(table, table.columns)}
    assert converted["spesa"] == [12.5, 1234.56, 7.0]


def test_ambiguous_thousands_are_left_to_the_decimal_point_unless_told(write_text):
    path = write_text("amb.csv", "id;amount\nA;1.234\nB;2.500\n")
    assert read_table(path).decimal == "."
    table = read_table(path, ReadOptions(decimal=","))
    assert table.decimal == ","
    values = convert_table(table, table.columns)[1].values
    assert values == [1234.0, 2500.0]


def test_quoted_values_with_line_breaks_stay_one_row(write_text):
    text = ('id,comment,score\r\n'
            '1,"first line\r\nsecond line, with comma",5\r\n'
            '2,"say ""hi""\nthen leave",4\r\n'
            '3,plain,3\r\n')
    table = read_table(write_text("quotes.csv", text))
    assert column(table, "comment") == ["first line\r\nsecond line, with comma",
                                        'say "hi"\nthen leave', "plain"]
    assert table.row_numbers == [2, 3, 4]  # as Excel shows them, not text-editor lines


def test_empty_lines_count_as_rows_like_in_a_spreadsheet(write_text):
    path = write_text("gaps.csv", "\r\n\r\nid,v\r\n1,a\r\n\r\n2,b\r\n,\r\n3,c\r\n")
    table = read_table(path)
    assert table.header_row == 3
    assert table.rows == [["1", "a"], ["2", "b"], ["3", "c"]]
    assert table.row_numbers == [4, 6, 8]


def test_marketing_campaign_slice_keeps_ids_incomes_dates_and_drops_constants():
    # First 40 customers of the real file, byte for byte: empty first line,
    # tab separated, CRLF, dd-mm-yyyy dates, two blank incomes.
    table = read_table(DATA / "marketing_campaign_40.csv")
    assert (table.delimiter, table.encoding, table.header_row) == ("\t", "utf-8", 2)
    assert len(table.rows) == 40 and table.row_numbers[0] == 3 and table.row_numbers[-1] == 42
    roles = {c.label: c.role for c in table.columns}
    assert roles["ID"] is ColumnRole.IDENTIFIER
    assert roles["Income"] is ColumnRole.NUMERIC
    assert roles["Year_Birth"] is ColumnRole.NUMERIC
    assert roles["Education"] is ColumnRole.CATEGORICAL
    assert roles["Dt_Customer"] is ColumnRole.DATE
    assert roles["Z_CostContact"] is ColumnRole.IGNORE
    assert roles["Z_Revenue"] is ColumnRole.IGNORE
    converted = {c.spec.label: c.values for c in convert_table(table, table.columns)}
    assert "Z_CostContact" not in converted
    assert converted["ID"][:3] == ["5524", "2174", "4141"]
    assert converted["Income"][0] == 58138.0
    assert converted["Income"][10] is None  # a blank in the published file (ID 1994)
    assert converted["Dt_Customer"][:2] == ["2012-09-04", "2014-03-08"]  # 4 Sep, 8 Mar


def test_preview_reads_only_the_first_rows(tmp_path):
    lines = ["id,value"] + [f"{i},{i}" for i in range(1, 1001)] + ["x,1,2,3"]  # ragged at the end
    path = tmp_path / "long.csv"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    preview = read_table(path, max_rows=200)
    assert len(preview.rows) == 200 and preview.truncated
    assert preview.row_numbers[-1] == 201
    with pytest.raises(InputFileError):
        read_table(path)


def test_excel_sep_hint_line_sets_the_separator_and_is_not_a_row(write_text):
    path = write_text("hint.csv", "sep=;\r\nid;note\r\n1;a,b\r\n2;c\r\n")
    table = read_table(path)
    assert table.delimiter == ";"
    assert column(table, "note") == ["a,b", "c"]
    assert table.row_numbers == [2, 3]


def test_chosen_encoding_separator_and_header_row_are_used(write_text):
    text = "Survey export\r\ngenerated today\r\nid|città\r\n1|Forlì\r\n"
    path = write_text("opts.txt", text, "cp1252")
    table = read_table(path, ReadOptions(encoding="cp1252", delimiter="|", header_row=3))
    assert [c.label for c in table.columns] == ["id", "città"]
    assert table.rows == [["1", "Forlì"]] and table.row_numbers == [4]


def test_trailing_separators_do_not_make_extra_columns(write_text):
    path = write_text("trail.csv", "id;v;\r\n1;a;\r\n2;b;;\r\n")
    table = read_table(path)
    assert [c.label for c in table.columns] == ["id", "v"]
    assert table.rows == [["1", "a"], ["2", "b"]]


def test_short_rows_are_completed_with_empty_cells(write_text):
    table = read_table(write_text("short.csv", "id,a,b\n1,x\n2,y,z\n"))
    assert table.rows == [["1", "x", None], ["2", "y", "z"]]


def test_one_megabyte_cell_is_read_whole(write_text):
    big = "parola " * 150_000
    table = read_table(write_text("transcript.csv", f'id,transcript\n1,"{big}"\n2,short\n'))
    assert column(table, "transcript")[0] == big
    assert len(big) > 1_000_000


def test_progress_is_reported_and_cancel_stops_the_reading(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("id,v\n" + "".join(f"{i},{i % 7}\n" for i in range(50_000)), "utf-8")
    seen = []
    read_table(path, task=Task(lambda done, total, message: seen.append((done, total))))
    assert seen and all(total == path.stat().st_size for _, total in seen)
    assert seen == sorted(seen)

    task = Task()

    def cancel_soon(done, total, message):
        task.cancel()

    task._on_progress = cancel_soon
    with pytest.raises(OperationCancelled):
        read_table(path, task=task)


def test_last_answer_with_quoted_paragraphs_is_not_mistaken_for_an_unclosed_quote(write_text):
    text = 'id,answer\n1,short\n2,"First paragraph, with a comma.\nSecond one, too.\nThird."\n'
    table = read_table(write_text("paragraphs.csv", text))
    assert column(table, "answer")[1] == "First paragraph, with a comma.\nSecond one, too.\nThird."


def test_single_column_of_comments_with_commas_stays_one_column(write_text):
    table = read_table(write_text("comments.csv", "comment\nI like it, really\nno\nyes, but slow\n"))
    assert [c.label for c in table.columns] == ["comment"]
    assert column(table, "comment") == ["I like it, really", "no", "yes, but slow"]


def test_every_row_has_one_value_per_column_and_empty_cells_are_none(write_text):
    table = read_table(write_text("cells.csv", "a,b,c\n1,,3\n,  ,\n4,5\n"))
    assert all(len(row) == len(table.columns) for row in table.rows)
    assert table.rows == [["1", None, "3"], [None, "  ", None], ["4", "5", None]]


def test_file_hash_is_the_sha256_of_the_file_bytes(write_text):
    import hashlib

    from workbench.ingest.reader import file_hash

    path = write_text("h.csv", "a,b\n1,2\n")
    assert file_hash(path) == hashlib.sha256(path.read_bytes()).hexdigest()


def test_title_line_above_the_header_is_skipped(write_text):
    text = "Export from CRM, 2024-03-31\r\n\r\nid;segment;spend\r\nA1;gold;10\r\nA2;silver;20\r\n"
    table = read_table(write_text("crm.csv", text))
    assert table.delimiter == ";" and table.header_row == 3
    assert [c.label for c in table.columns] == ["id", "segment", "spend"]
    assert table.row_numbers == [4, 5]
