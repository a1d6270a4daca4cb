"""Role guesses from headers and values, English and Italian, each with a reason."""

from __future__ import annotations

import pytest
from ingest_helpers import spec

from workbench.domain.columns import ColumnRole
from workbench.ingest.reader import infer_roles, read_table

INTERVIEWS = (
    "customer_id,Name,Email,Age,Channel,What frustrates you when you shop?\r\n"
    "007,Giulia Rossi,giulia@example.it,34,negozio,\"Le code alla cassa sono lunghissime, "
    "e nessuno risponde al telefono quando chiamo per un reso.\"\r\n"
    "008,Marco Bianchi,marco@example.it,41,web,\"The website checkout keeps failing on my phone, "
    "I gave up twice before buying in the store.\"\r\n"
    "009,Zoë Müller,zoe@example.com,29,app,\"Città piccola: il negozio è lontano, perché non "
    "spedite gratis sopra i 50 €?\"\r\n"
)


def roles_of(labels, rows, **kwargs) -> dict[str, ColumnRole]:
    return {s.label: s.role for s in infer_roles(labels, rows, **kwargs)}


def test_interview_export_gets_identifier_pii_numeric_channel_and_free_text(write_text):
    table = read_table(write_text("interviews.csv", INTERVIEWS))
    roles = {c.label: (c.role, c.pii_kind) for c in table.columns}
    assert roles == {
        "customer_id": (ColumnRole.IDENTIFIER, None),
        "Name": (ColumnRole.PII, "name"),
        "Email": (ColumnRole.PII, "email"),
        "Age": (ColumnRole.NUMERIC, None),
        "Channel": (ColumnRole.CHANNEL, None),
        "What frustrates you when you shop?": (ColumnRole.FREE_TEXT, None),
    }
    assert all(c.reason for c in table.columns)
    assert spec(table, "What frustrates you when you shop?").name == "what_frustrates_you_when_you_shop"


def test_italian_headers_are_understood():
    labels = ["Codice cliente", "Nome", "Cognome", "Indirizzo", "Telefono cellulare", "Canale",
              "Data acquisto", "Numero tessera"]
    rows = [[f"C{i}", "Anna", "Neri", f"Via Roma {i}", f"333 12345{i:02d}", ["sito", "negozio"][i % 2],
             f"0{i % 9 + 1}/03/2024", f"T{i}"] for i in range(12)]
    specs = {s.label: s for s in infer_roles(labels, rows)}
    assert specs["Codice cliente"].role is ColumnRole.IDENTIFIER
    assert (specs["Nome"].role, specs["Nome"].pii_kind) == (ColumnRole.PII, "name")
    assert (specs["Cognome"].role, specs["Cognome"].pii_kind) == (ColumnRole.PII, "name")
    assert specs["Indirizzo"].pii_kind == "address"
    assert specs["Telefono cellulare"].pii_kind == "phone"
    assert specs["Canale"].role is ColumnRole.CHANNEL
    assert specs["Data acquisto"].role is ColumnRole.DATE
    assert specs["Numero tessera"].role is ColumnRole.IDENTIFIER


def test_a_name_of_a_thing_is_not_personal_data():
    rows = [["Wine box", "Spring", "12"], ["Cheese", "Summer", "7"]] * 3
    roles = roles_of(["product_name", "campaign name", "NumPhoneCalls"], rows)
    assert roles["product_name"] is ColumnRole.CATEGORICAL
    assert roles["campaign name"] is ColumnRole.CATEGORICAL
    assert roles["NumPhoneCalls"] is ColumnRole.NUMERIC


def test_values_reveal_emails_and_formatted_phones_without_header_hints():
    rows = [[f"p{i}@shop.example", f"+39 02 1234 56{i:02d}", f"{i}"] for i in range(10)]
    specs = {s.label: s for s in infer_roles(["contact", "reach me at", "visits"], rows)}
    assert (specs["contact"].role, specs["contact"].pii_kind) == (ColumnRole.PII, "email")
    assert (specs["reach me at"].role, specs["reach me at"].pii_kind) == (ColumnRole.PII, "phone")
    assert specs["visits"].role is ColumnRole.NUMERIC


def test_numbers_with_leading_zeros_are_identifiers_and_phones_stay_text():
    rows = [["00123", "0612345678", "12"], ["00456", "0687654321", "15"], ["01789", "3331234567", "9"]]
    specs = {s.label: s for s in infer_roles(["member", "phone", "orders"], rows)}
    assert specs["member"].role is ColumnRole.IDENTIFIER
    assert "leading zeros" in specs["member"].reason
    assert specs["phone"].role is ColumnRole.PII and specs["phone"].pii_kind == "phone"
    assert specs["orders"].role is ColumnRole.NUMERIC


def test_channel_values_are_recognised_in_english_and_italian():
    values = ["store", "web", "app", "call centre", "negozio", "sito", "chat", "Social Media",
              "e-mail", "web"]
    rows = [[v, f"{i}"] for i, v in enumerate(values)]
    assert roles_of(["how they came", "n"], rows)["how they came"] is ColumnRole.CHANNEL


def test_unique_codes_without_an_id_header_are_identifiers_but_short_words_are_categories():
    rows = [[f"R{i:03d}", ["gold", "silver", "bronze"][i % 3], ["Roma", "Milano"][i % 2]]
            for i in range(30)]
    roles = roles_of(["respondent", "segment", "city"], rows)
    assert roles == {"respondent": ColumnRole.IDENTIFIER, "segment": ColumnRole.CATEGORICAL,
                     "city": ColumnRole.CATEGORICAL}


def test_long_varied_answers_are_free_text_but_repeated_long_labels_are_categories():
    answers = [f"I would come back more often if delivery number {i} had been on time" for i in range(20)]
    likert = ["Strongly agree with the statement above", "Neither agree nor disagree with it"] * 10
    roles = roles_of(["answer", "agreement"], [[a, b] for a, b in zip(answers, likert, strict=True)])
    assert roles == {"answer": ColumnRole.FREE_TEXT, "agreement": ColumnRole.CATEGORICAL}


def test_empty_and_constant_columns_are_ignored_with_a_reason():
    rows = [["", "3", f"{i}", "NA"] for i in range(10)]
    specs = {s.label: s for s in infer_roles(["blank", "Z_CostContact", "x", "missing"], rows)}
    assert specs["blank"].role is ColumnRole.IGNORE and specs["blank"].reason == "empty column"
    assert specs["missing"].role is ColumnRole.IGNORE
    assert specs["Z_CostContact"].role is ColumnRole.IGNORE
    assert "same value" in specs["Z_CostContact"].reason
    assert specs["x"].role is ColumnRole.NUMERIC


def test_a_preview_never_ignores_a_column_that_is_only_constant_in_its_first_rows(tmp_path):
    path = tmp_path / "complaints.csv"
    path.write_text("id,complain\n" + "".join(f"{i},0\n" for i in range(300)) + "300,1\n", "utf-8")
    preview = read_table(path, max_rows=200)
    assert spec(preview, "complain").role is ColumnRole.OUTCOME  # never Ignore
    assert "previewed" in spec(preview, "complain").reason
    assert spec(read_table(path), "complain").role is ColumnRole.OUTCOME


def test_constant_check_covers_rows_outside_the_inference_sample(tmp_path):
    rows = [["1"] for _ in range(20_000)]
    rows[12_345] = ["2"]  # not in the 3,000-row sample
    assert roles_of(["flag"], rows)["flag"] is ColumnRole.NUMERIC


def test_dates_written_day_first_month_first_and_iso_are_dates():
    rows = [["31/12/2023", "12/31/2023", "2023-12-31 10:30", "4 settembre 2012"],
            ["01/02/2024", "02/01/2024", "2024-01-02T08:00:00", "Sep 4, 2012"]] * 3
    roles = roles_of(["a", "b", "c", "d"], rows)
    assert set(roles.values()) == {ColumnRole.DATE}


def test_decimal_comma_numbers_are_numeric_only_with_the_comma_decimal():
    rows = [["12,5"], ["1.234,56"], ["7"]]
    assert roles_of(["spesa"], rows, decimal=",")["spesa"] is ColumnRole.NUMERIC
    assert roles_of(["spesa"], rows, decimal=".")["spesa"] is ColumnRole.CATEGORICAL


@pytest.mark.parametrize(("labels", "names"), [
    (["Age", "Age", "age_2"], ["age", "age_3", "age_2"]),
    (["", " ", "Città", "CustomerID"], ["column_1", "column_2", "citta", "customer_id"]),
    (["Q3. What frustrates you when you try to buy from us online, and what would you change "
      "first?"], ["q3_what_frustrates_you_when_you_try_to_buy_from_us_online"]),
])
def test_headers_get_unique_readable_names_and_keep_their_label(labels, names):
    specs = infer_roles(labels, [["x"] * len(labels)])
    assert [s.name for s in specs] == names
    assert [s.label for s in specs] == labels
    assert all(len(s.name) <= 60 for s in specs)


def test_very_long_duplicate_headers_stay_unique_within_sixty_characters():
    label = "How satisfied are you with the delivery time of your last order from our shop?"
    specs = infer_roles([label, label, label], [["1", "2", "3"]])
    names = [s.name for s in specs]
    assert len(set(names)) == 3 and all(len(n) <= 60 for n in names)
    assert names[1].endswith("_2") and names[2].endswith("_3")


def test_numeric_header_cells_from_a_spreadsheet_become_text_labels():
    specs = infer_roles([2023.0, None, "x"], [[1.0, 2.0, "a"]], positions=[3, 4, 5])
    assert [s.label for s in specs] == ["2023", "", "x"]
    assert [s.name for s in specs] == ["2023", "column_5", "x"]
    assert [s.position for s in specs] == [3, 4, 5]


def test_date_reason_says_which_order_is_used():
    day_first = {s.label: s.reason for s in infer_roles(["d"], [["31/12/2024"], ["01/02/2024"]])}
    month_first = {s.label: s.reason for s in infer_roles(["d"], [["12/31/2024"], ["01/02/2024"]])}
    assert "day first" in day_first["d"] and "month first" in month_first["d"]


def test_postal_codes_stay_text_even_without_leading_zeros():
    rows = [["20121", "3"], ["10121", "4"], ["40121", "5"]]
    assert roles_of(["CAP", "visits"], rows)["CAP"] is ColumnRole.CATEGORICAL
    assert roles_of(["Zip code", "visits"], rows)["Zip code"] is ColumnRole.CATEGORICAL


def test_dates_that_fit_no_single_order_are_not_offered_as_dates():
    rows = [["31/12/2024"], ["12/31/2024"], ["01/02/2024"]]
    assert roles_of(["when"], rows)["when"] is ColumnRole.CATEGORICAL
