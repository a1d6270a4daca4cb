"""Bad input gets an InputFileError naming the file (row and column where known) and what to do."""

from __future__ import annotations

import zipfile

import pytest

from workbench.errors import InputFileError, UnsupportedFileError
from workbench.ingest.reader import ReadOptions, list_sheets, read_table


def refused(path, options=None) -> InputFileError:
    with pytest.raises(InputFileError) as info:
        read_table(path, options)
    assert path.name in str(info.value)
    assert info.value.path is not None and info.value.path.name == path.name
    return info.value


@pytest.mark.parametrize("content", [b"", b"\r\n\r\n  \n", b"\xef\xbb\xbf"])
def test_empty_text_file_is_refused_by_name(tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    assert "empty" in str(refused(path))


def test_file_with_headers_only_says_there_are_no_data_rows(write_text):
    error = refused(write_text("headers.csv", "id,name,score\r\n\r\n"))
    assert "no rows of data" in str(error) and error.row == 1


def test_binary_file_named_csv_is_refused(tmp_path):
    path = tmp_path / "binary.csv"
    path.write_bytes(bytes(range(256)) * 40)
    assert "binary" in str(refused(path))


def test_random_bytes_without_zero_bytes_named_csv_are_refused(tmp_path):
    import random

    rng = random.Random(3)
    path = tmp_path / "noise.csv"
    path.write_bytes(bytes(rng.randrange(1, 256) for _ in range(20_000)))
    refused(path)


def test_spreadsheet_saved_with_a_csv_name_says_to_rename_it(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / "really.csv"
    book = openpyxl.Workbook()
    book.active.append(["a", "b"])
    book.save(path)
    assert ".xlsx" in str(refused(path))


@pytest.mark.parametrize(("name", "content"), [
    ("broken.xlsx", b"PK\x03\x04 this is not really a zip archive" * 10),
    ("broken.ods", b"PK\x03\x04 nor is this" * 10),
    ("random.xlsx", bytes(range(256)) * 8),
    ("empty.xlsx", b""),
])
def test_corrupt_workbook_is_refused_by_name(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    message = str(refused(path))
    assert "Excel" in message or "empty" in message
    with pytest.raises(InputFileError):
        list_sheets(path)


def test_password_protected_xlsx_says_to_remove_the_password(tmp_path):
    # An encrypted Office file is an OLE container holding an "EncryptedPackage" stream.
    path = tmp_path / "locked.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
                     + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 4096)
    assert "password" in str(refused(path))


def test_zip_bomb_disguised_as_xlsx_is_not_unpacked(tmp_path, monkeypatch):
    from workbench.ingest import guard

    # Same check as for a multi-gigabyte bomb, scaled down to keep the test fast.
    monkeypatch.setattr(guard, "RATIO_CHECK_ABOVE_BYTES", 1024 * 1024)
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * (8 * 1024 * 1024))
    assert "ZIP bomb" in str(refused(path))


def test_unknown_file_type_is_unsupported(tmp_path):
    path = tmp_path / "notes.pdf"
    path.write_bytes(b"%PDF-1.7")
    with pytest.raises(UnsupportedFileError, match="notes.pdf.*CSV"):
        read_table(path)


def test_missing_file_is_named(tmp_path):
    with pytest.raises(InputFileError, match="gone.csv was not found"):
        read_table(tmp_path / "gone.csv")


def test_ragged_row_names_the_row_as_the_spreadsheet_shows_it(write_text):
    text = ('id,comment,score\r\n'
            '1,"two\r\nlines",5\r\n'          # row 2 spans two text lines
            '2,fine,4\r\n'                     # row 3
            '3,price, delivery,3\r\n')         # row 4: unquoted comma
    error = refused(write_text("ragged.csv", text))
    assert error.row == 4
    assert "row 4" in str(error) and "4 values" in str(error) and "3" in str(error)
    assert "quotes" in str(error)


def test_unclosed_quote_is_explained_with_its_row(write_text):
    text = 'id,comment\n1,fine\n2,"never closed\n3,more\n4,and more\n'
    error = refused(write_text("quote.csv", text))
    assert error.row == 3 and "quote" in str(error)


def test_wrong_encoding_choice_is_explained(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("id,città\n1,Forlì\n".encode("cp1252"))
    error = refused(path, ReadOptions(encoding="utf-8"))
    assert "utf-8" in str(error) and "cp1252" in str(error)


@pytest.mark.parametrize(("options", "words"), [
    (ReadOptions(encoding="klingon"), "encoding"),
    (ReadOptions(decimal=";"), "decimal"),
    (ReadOptions(delimiter="::"), "separator"),
    (ReadOptions(header_row=0), "header row"),
])
def test_impossible_options_are_explained(write_text, options, words):
    path = write_text("ok.csv", "a,b\n1,2\n")
    with pytest.raises(InputFileError, match=words):
        read_table(path, options)


def test_header_row_below_the_end_of_the_file_is_explained(write_text):
    error = refused(write_text("short.csv", "a,b\n1,2\n"), ReadOptions(header_row=9))
    assert "row 9" in str(error) and error.row == 9
