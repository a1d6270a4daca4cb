"""A database's values arrive typed, with gaps: converting them takes shortcuts that must
give exactly what the general path gives (and fall back on anything unusual)."""

from __future__ import annotations

import datetime as dt

from workbench.ingest.convert import categories, dates, numbers
from workbench.ingest.values import date_text


def _fail(*_args, **_kwargs):
    raise AssertionError("no value should fail here")


def test_timestamps_with_gaps_and_time_zones_are_written_like_every_other_date():
    utc = dt.UTC
    column = [dt.datetime(2024, 1, 2, 3, 4, 5, 678_000), None,
              dt.datetime(2024, 6, 30, 23, 59, 59, 999_999, tzinfo=utc), dt.datetime(2023, 1, 1)]
    assert dates(column, None, _fail) == [
        None if value is None else date_text(value) for value in column]
    assert dates(column, None, _fail)[2] == "2024-06-30T23:59:59"


def test_a_column_mixing_timestamps_with_dates_or_text_takes_the_general_path():
    assert dates([dt.datetime(2024, 1, 2), dt.date(2024, 1, 3), None], None, _fail) == [
        "2024-01-02T00:00:00", "2024-01-03", None]
    assert dates([dt.datetime(2024, 1, 2), "31/01/2024"], None, _fail) == [
        "2024-01-02T00:00:00", "2024-01-31"]


def test_numbers_with_gaps_become_floats_and_blanks():
    assert numbers([None, 3, 2.5, None, 7], ".", _fail) == [None, 3.0, 2.5, None, 7.0]
    assert numbers([None, "1,5", None], ",", _fail) == [None, 1.5, None]


def test_booleans_and_whole_numbers_as_categories_read_as_the_spreadsheet_shows_them():
    flags = [True, False, None] * 10
    assert categories(flags) == ["TRUE", "FALSE", None] * 10
    levels = [1, 2, 3, None] * 10
    assert categories(levels) == ["1", "2", "3", None] * 10
