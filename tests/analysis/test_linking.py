"""Key normalisation and matching: pure functions, no project file."""

from __future__ import annotations

import pytest

from workbench.analysis.linking import (
    RULES,
    KeyValue,
    key_frame,
    match_customers,
    match_keys,
    normalise,
    normalise_many,
)


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
    assert result.conflicts == []  # nothing says 3 and 9 are different people


def test_a_row_matching_two_customers_with_different_identifiers_is_a_conflict():
    # Row 1 of source 1 matches customer 3 by e-mail and customer 9 by phone, and
    # source 2 knows 3 and 9 under different ids: merged, and reported for review.
    result = match_customers([
        kv(1, 1, 5, "a@x.it"), kv(1, 1, 5, "+39333", rule="phone", key=1),
        kv(2, 1, 3, "a@x.it", key=2, identity="A"),
        kv(2, 2, 9, "+39333", rule="phone", key=3, identity="B")])
    assert [(c.kind, c.source_id, c.row_number, c.customer_ids, c.merged)
            for c in result.conflicts] == [("row_matches_two", 1, 1, (3, 9), True)]


def test_a_row_whose_keys_agree_is_no_conflict():
    result = match_customers([
        kv(1, 1, 5, "a@x.it"), kv(1, 1, 5, "+39333", rule="phone", key=1),
        kv(2, 1, 3, "a@x.it", key=2), kv(2, 1, 3, "+39333", rule="phone", key=3)])
    assert set(result.merges) == {5} and result.merges[5][0] == 3
    assert result.conflicts == []


def test_customers_kept_apart_are_never_merged_even_through_a_third():
    values = [kv(1, 1, 1, "a@x.it"), kv(2, 1, 2, "a@x.it", key=1),
              kv(3, 1, 3, "a@x.it", key=2), kv(3, 1, 3, "+39", rule="phone", key=3),
              kv(4, 1, 4, "+39", rule="phone", key=4)]
    free = match_customers(values)
    assert {c: s for c, (s, _) in free.merges.items()} == {2: 1, 3: 1, 4: 1}
    kept = match_customers(values, apart=[(1, 2)])
    survivors = {c: s for c, (s, _) in kept.merges.items()}
    assert 2 not in survivors or survivors[2] != 1
    assert survivors.get(3) == 1 and survivors.get(4) == 1
    apart = [c for c in kept.conflicts if c.kind == "kept_apart"]
    assert len(apart) == 1 and not apart[0].merged and apart[0].customer_ids == (1, 2, 3)


def test_fuzzy_pairs_propose_similar_names_of_different_customers_above_threshold():
    from workbench.analysis.linking import NameValue, fuzzy_pairs

    names = [NameValue(1, 2, 1, "Giulia Rossi"), NameValue(2, 5, 7, "Rossi  Giulia"),
             NameValue(2, 6, 8, "Giulia Rosi"), NameValue(1, 3, 2, "Marco Bianchi"),
             NameValue(1, 4, 3, "Marta Bianchi"), NameValue(1, 9, 1, "giulia rossi")]
    pairs = fuzzy_pairs(names, threshold=90)
    found = {(p.a.customer_id, p.b.customer_id): p.score for p in pairs}
    assert found[(1, 7)] == 100.0  # word order and case do not matter
    assert 90 <= found[(1, 8)] < 100 and 90 <= found[(7, 8)] < 100
    assert (2, 3) not in found  # Marco / Marta Bianchi scores below 90
    assert pairs[0].score == 100.0
    assert (1, 8) not in {(p.a.customer_id, p.b.customer_id)
                          for p in fuzzy_pairs(names, 90, skip={frozenset((1, 8))})}
    lower = {(p.a.customer_id, p.b.customer_id) for p in fuzzy_pairs(names, threshold=80)}
    assert (2, 3) in lower


def test_same_value_for_different_identifiers_in_one_source_is_a_conflict():
    by_id = match_customers([kv(1, 1, 1, "x", "id", identity="A"),
                             kv(1, 2, 2, "x", "id", identity="B"),
                             kv(2, 1, 3, "x", "id")])
    assert by_id.merges == {}
    assert len(by_id.conflicts) == 1 and not by_id.conflicts[0].merged
    by_email = match_customers([kv(1, 1, 1, "x@y.it", identity="A"),
                                kv(1, 2, 2, "x@y.it", identity="B")])
    assert set(by_email.merges) == {2} and by_email.conflicts[0].merged


TRICKY_CELLS = [" Giulia@Example.IT ", "  Giulia\u00a0 ROSSI\t", "STRASSE", "straße", "Zoe\u0301",
                "\u0301 starts with an accent", "   ", "", None, float("nan"), 7.0, 7, 7.5, "ΟΔΟΣ",
                "Mario.Rossi+shop@GoogleMail.com", "+39 333 1234567", "0039 333 1234567",
                "333-1234567", "n/a", "＋39 333 1234567", " 007 ", "ﬁ x", "\u2003lead", "trail\u3000",
                "a \u00a0\u2003 b", "\x1c x \x1f", "Ａｂｃ"]


@pytest.mark.parametrize("rule", RULES)
def test_normalising_a_whole_column_gives_what_normalising_each_cell_gives(rule):
    assert normalise_many(TRICKY_CELLS, rule) == [normalise(c, rule) for c in TRICKY_CELLS]
    # A cell holding the separator used to join cells is normalised on its own.
    with_nul = [*TRICKY_CELLS, "a\x00b ", " A\x00"]
    assert normalise_many(with_nul, rule) == [normalise(c, rule) for c in with_nul]
    assert normalise_many([], rule) == []


def test_linking_does_not_depend_on_the_order_keys_are_read_in():
    frames = [key_frame(1, 0, "id", [1, 2, 3], [1, 2, 3], ["A", "B", "C"], ["A", "B", "C"]),
              key_frame(1, 1, "email", [1, 2, 3], [1, 2, 3], ["a@x.it", "B@x.it", None],
                        ["A", "B", "C"]),
              key_frame(2, 2, "email", [1, 2, 3], [4, 5, 6], [" A@X.IT", "b@x.it", "c@x.it"]),
              key_frame(3, 3, "id", [7, 8], [7, 8], ["C", "B"], ["C", "B"])]
    forward, backward = match_keys(frames), match_keys(frames[::-1])
    # merged customer -> (survivor, the key of the merged customer's matching cell)
    assert forward.merges == {4: (1, 2), 5: (2, 2), 7: (3, 3), 8: (2, 3)}
    assert backward.merges == forward.merges
    assert forward.rows_by_rule() == {"email": 4, "id": 4}
    assert forward.matched_per_source() == {1: 3, 2: 2, 3: 2}
    assert forward.matched_rows[(1, 2)] == {"email", "id"}


def test_a_split_in_one_group_of_customers_leaves_the_others_linking_freely():
    values = [kv(1, 1, 1, "a@x.it"), kv(2, 1, 2, "a@x.it", key=1),  # kept apart
              kv(1, 2, 3, "b@x.it"), kv(2, 2, 4, "b@x.it", key=1),  # free
              kv(1, 3, 5, "c@x.it"), kv(2, 3, 6, "c@x.it", key=1), kv(3, 1, 6, "+39", "phone", 2),
              kv(3, 2, 9, "+39", "phone", 2)]  # free, through two rules
    result = match_customers(values, apart=[(1, 2)])
    assert result.merges == {4: (3, 1), 6: (5, 1), 9: (5, 2)}
    assert [(c.kind, c.customer_ids) for c in result.conflicts] == [("kept_apart", (1, 2))]
    assert (1, 1) not in result.matched_rows and result.matched_rows[(3, 2)] == {"phone"}
