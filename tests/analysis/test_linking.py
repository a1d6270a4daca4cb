"""Key normalisation and matching: pure functions, no project file."""

from __future__ import annotations

import pytest

from workbench.analysis.linking import KeyValue, match_customers, normalise


@pytest.mark.parametrize("raw", ["+39 333 1234567", "0039 333 1234567", "333-1234567",
                                 "(333) 123 45 67", "+39-333-123.45.67", "＋39 333 1234567"])
def test_italian_mobile_numbers_written_any_way_become_one_number(raw):
    assert normalise(raw, "phone") == "+393331234567"


def test_phone_keeps_other_countries_and_italian_landline_zero():
    assert normalise("+44 20 7946 0958", "phone") == "+442079460958"
    assert normalise("0044 20 7946 0958", "phone") == "+442079460958"
    assert normalise("02 1234567", "phone") == "+39021234567"
    assert normalise("n/a", "phone") is None
    assert normalise(None, "phone") is None


def test_exact_folds_case_unicode_and_spaces():
    assert normalise("  Giulia\u00a0 ROSSI\t", "exact") == "giulia rossi"
    assert normalise("STRASSE", "exact") == normalise("straße", "exact")
    assert normalise("Zoë", "exact") != normalise("Zoe", "exact")  # accents are meaningful
    assert normalise("   ", "exact") is None


def test_email_ignores_case_and_spaces_and_loose_drops_tags_and_gmail_dots():
    assert normalise(" Giulia@Example.IT ", "email") == "giulia@example.it"
    assert normalise("mario.rossi+shop@gmail.com", "email") == "mario.rossi+shop@gmail.com"
    assert normalise("Mario.Rossi+shop@GoogleMail.com", "email-loose") == "mariorossi@gmail.com"
    assert normalise("anna.verdi+news@example.it", "email-loose") == "anna.verdi@example.it"


def test_id_is_trimmed_and_keeps_leading_zeros():
    assert normalise(" 007 ", "id") == "007"
    assert normalise("007", "id") != normalise("7", "id")
    assert normalise(7.0, "id") == "7"  # ids read as numbers lose no meaning
    with pytest.raises(ValueError):
        normalise("x", "fuzzy")


def kv(source, row, customer, value, rule="email", key=0, identity=None):
    return KeyValue(source, row, customer, key, rule, value, identity)


def test_a_row_with_two_keys_connects_all_its_matches_and_lowest_id_survives():
    result = match_customers([
        kv(1, 1, 5, "a@x.it"), kv(1, 1, 5, "+39333", rule="phone", key=1),
        kv(2, 1, 3, "a@x.it", key=2), kv(3, 1, 9, "+39333", rule="phone", key=3),
        kv(3, 2, 10, "other@x.it", key=4)])
    assert result.merges == {5: (3, 2), 9: (3, 3)} or set(result.merges) == {5, 9}
    assert {survivor for survivor, _ in result.merges.values()} == {3}
    assert (3, 2) not in result.matched_rows
    assert result.conflicts == []


def test_same_value_for_different_identifiers_in_one_source_is_a_conflict():
    by_id = match_customers([kv(1, 1, 1, "x", "id", identity="A"),
                             kv(1, 2, 2, "x", "id", identity="B"),
                             kv(2, 1, 3, "x", "id")])
    assert by_id.merges == {}
    assert len(by_id.conflicts) == 1 and not by_id.conflicts[0].merged
    by_email = match_customers([kv(1, 1, 1, "x@y.it", identity="A"),
                                kv(1, 2, 2, "x@y.it", identity="B")])
    assert set(by_email.merges) == {2} and by_email.conflicts[0].merged
