"""Which column identifies the customer, personal data from values, and row indexes.

A product id that repeats must not merge reviewers; an order file's customer id
groups a customer's lines; a file with no customer key gets one customer per row.
"""

from __future__ import annotations

import csv
import random

import pytest

from workbench.domain.columns import ColumnRole
from workbench.ingest.keys import infer_customer_key, key_kind
from workbench.ingest.reader import infer_roles, read_table
from workbench.services.importing import import_file, suggest_customer_key
from workbench.services.project import create_project, open_project

REVIEW_HEADER = ["", "Clothing ID", "Age", "Title", "Review Text", "Rating", "Recommended IND",
                 "Positive Feedback Count", "Division Name", "Department Name", "Class Name"]
WORDS = "soft fabric runs small lovely colour would buy again not for me the fit is odd".split()


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def review_rows(count=1000, seed=1):
    """Reviews of 150 products: the product's division/department/class stay the same,
    the reviewer's age and words vary like different people's."""
    rng = random.Random(seed)
    products = {pid: (rng.choice(["General", "Initmates"]), rng.choice(["Tops", "Dresses"]),
                      rng.choice(["Knits", "Blouses", "Pants"])) for pid in range(100, 250)}
    rows = []
    for i in range(count):
        pid = rng.randrange(100, 250)
        rows.append([i, pid, rng.randint(18, 80), rng.choice(["Love it", "Meh", "Too small"]),
                     " ".join(rng.choice(WORDS) for _ in range(14)), rng.randint(1, 5),
                     rng.randint(0, 1), rng.randint(0, 20), *products[pid]])
    return rows


@pytest.fixture
def project(tmp_path):
    path = create_project(tmp_path / "keys.pwb", "Keys")
    with open_project(path) as opened:
        yield opened


def test_product_reviews_get_one_customer_per_row_and_the_row_index_is_ignored(project, tmp_path):
    path = write_csv(tmp_path / "reviews.csv", REVIEW_HEADER, review_rows())
    table = read_table(path)
    roles = {c.label: c.role for c in table.columns}
    assert roles[""] is ColumnRole.IGNORE  # the blank-headed 0..999 row index
    assert roles["Age"] is ColumnRole.NUMERIC
    key = suggest_customer_key(table)
    assert key.column is None
    assert "Clothing ID" in key.reason and "each row is one customer" in key.reason
    result = import_file(project, path)
    assert result.customers_created == 1000
    assert project.db.scalar(f"SELECT count(DISTINCT customer_id) FROM src_{result.source.id}") \
        == 1000
    assert result.source.options["customer_key"] is None


def test_a_generic_id_that_repeats_while_age_varies_is_not_a_person(tmp_path):
    header = ["ID", *REVIEW_HEADER[2:]]
    rows = [row[1:] for row in review_rows()]
    table = read_table(write_csv(tmp_path / "reviews.csv", header, rows))
    key = suggest_customer_key(table)
    assert key.column is None
    assert "'ID' repeats while 'Age' changes" in key.reason


def order_rows(seed=2):
    """Order lines: 40 customers, each with an e-mail and age of their own, 1-4 orders of
    1-3 lines each."""
    rng = random.Random(seed)
    rows, order = [], 5000
    for customer in range(40):
        email, age = f"person{customer}@example.com", rng.randint(20, 70)
        for _ in range(rng.randint(1, 4)):
            order += 1
            for line in range(1, rng.randint(1, 3) + 1):
                rows.append([f"ORD-{order}", line, f"CU{customer:03d}", email, age,
                             f"SKU-{rng.randint(1, 60):04d}", rng.randint(1, 5),
                             f"{rng.uniform(3, 90):.2f}", f"2024-0{rng.randint(1, 9)}-1{line}"])
    return rows


ORDER_HEADER = ["Order ID", "Line", "Customer ID", "Customer Email", "Age", "Product SKU",
                "Quantity", "Price", "Order Date"]


def test_order_lines_are_grouped_by_the_customer_id_not_the_order_or_product(project, tmp_path):
    rows = order_rows()
    path = write_csv(tmp_path / "orders.csv", ORDER_HEADER, rows)
    table = read_table(path)
    roles = {c.label: c.role for c in table.columns}
    assert roles["Order ID"] is roles["Customer ID"] is ColumnRole.IDENTIFIER
    key = suggest_customer_key(table)
    assert key.column == "customer_id"
    assert "'Customer ID' names a customer" in key.reason
    result = import_file(project, path)
    assert result.customers_created == len({row[2] for row in rows}) == 40


def test_order_lines_without_a_customer_column_get_one_customer_per_row(project, tmp_path):
    rows = [[r[0], r[1], r[5], r[6], r[7]] for r in order_rows()]
    path = write_csv(tmp_path / "lines.csv", ["Numero ordine", "Riga", "Codice prodotto",
                                              "Quantità", "Prezzo"], rows)
    table = read_table(path)
    key = suggest_customer_key(table)
    assert key.column is None and "Numero ordine" in key.reason
    assert import_file(project, path).customers_created == len(rows)


def test_survey_respondents_are_keyed_by_the_respondent_id(tmp_path):
    rng = random.Random(4)
    rows = [[f"R{i:04d}", rng.randint(18, 75), rng.choice(["store", "web"]), rng.randint(0, 10)]
            for i in range(300)]
    table = read_table(write_csv(tmp_path / "survey.csv",
                                 ["Respondent ID", "Age", "Channel", "Likelihood"], rows))
    key = suggest_customer_key(table)
    assert key.column == "respondent_id"


def test_a_user_chosen_customer_key_or_none_is_obeyed(project, tmp_path):
    path = write_csv(tmp_path / "reviews.csv", REVIEW_HEADER, review_rows(200))
    by_product = import_file(project, path, customer_key="Clothing ID")
    assert by_product.customers_created == len({row[1] for row in review_rows(200)})
    rows = order_rows()
    path = write_csv(tmp_path / "orders.csv", ORDER_HEADER, rows)
    assert import_file(project, path, customer_key="").customers_created == len(rows)


@pytest.mark.parametrize(("label", "kind"), [
    ("CustomerID", "customer"), ("Codice cliente", "customer"), ("Respondent ID", "customer"),
    ("user_id", "customer"), ("Numero tessera", "customer"), ("ID", "generic"),
    ("Codice", "generic"), ("Clothing ID", "other"), ("Product SKU", "other"),
    ("Order ID", "other"), ("Ticket number", "other"), ("Codice articolo", "other"),
    ("Transaction ID", "other"), ("ID prodotto", "other")])
def test_identifier_headers_say_whose_key_they_are(label, kind):
    assert key_kind(label) == kind


def test_a_customer_id_whose_age_varies_like_strangers_is_not_taken_as_a_person():
    rng = random.Random(7)
    rows = [[f"U{rng.randint(1, 30)}", rng.randint(18, 80), rng.choice(["a", "b"])]
            for _ in range(400)]
    specs = infer_roles(["user_id", "Age", "Answer"], rows)
    key = infer_customer_key(specs, rows)
    assert key.column is None and "'Age' changes" in key.reason


# --- personal data from values --------------------------------------------------


def test_names_and_street_addresses_are_personal_data_from_their_values():
    rng = random.Random(8)
    first = ["Giulia", "Marco", "Anna", "John", "Mary", "Luca", "Sara", "Paolo"]
    last = ["Rossi", "Bianchi", "Smith", "Verdi", "Brown", "Esposito", "Romano", "Jones"]
    streets = ["Via Roma", "Corso Italia", "Main Street", "Piazza Duomo", "Oak Avenue"]
    rows = [[f"{rng.choice(first)} {rng.choice(last)}", f"{rng.choice(streets)} {i + 1}",
             rng.choice(["Wine Box", "Cheese Plate", "Olive Oil"]), rng.choice(["New York", "Los Angeles"])]
            for i in range(50)]
    specs = {s.label: s for s in infer_roles(["Contatto", "Recapito spedizioni", "Product",
                                              "City"], rows)}
    assert (specs["Contatto"].role, specs["Contatto"].pii_kind) == (ColumnRole.PII, "name")
    assert specs["Contatto"].reason == "people's names"
    assert specs["Recapito spedizioni"].pii_kind == "address"
    assert specs["Recapito spedizioni"].reason == "street addresses"
    assert specs["Product"].role is ColumnRole.CATEGORICAL
    assert specs["City"].role is ColumnRole.CATEGORICAL


def test_a_count_is_never_personal_data_because_of_its_header():
    rows = [[i % 22 + 1, 3331234000 + i, i % 4] for i in range(60)]
    specs = {s.label: s for s in infer_roles(["NumberOfAddress", "Phone", "Number of names"],
                                             rows)}
    assert specs["NumberOfAddress"].role is ColumnRole.NUMERIC
    assert "not personal data" in specs["NumberOfAddress"].reason
    assert specs["Number of names"].role is ColumnRole.NUMERIC
    assert (specs["Phone"].role, specs["Phone"].pii_kind) == (ColumnRole.PII, "phone")


# --- row indexes -------------------------------------------------------------------


@pytest.mark.parametrize(("label", "start"), [("", 0), ("Unnamed: 0", 0), ("index", 1),
                                              ("#", 1), ("RowNumber", 1)])
def test_a_sequential_row_index_is_ignored(label, start):
    rows = [[str(start + i), f"R{i}", i % 3] for i in range(50)]
    spec = infer_roles([label, "respondent", "score"], rows)[0]
    assert spec.role is ColumnRole.IGNORE and "row number" in spec.reason


def test_numbers_under_a_blank_header_that_are_not_a_row_index_are_kept():
    shuffled = list(range(50))
    random.Random(1).shuffle(shuffled)
    assert infer_roles(["", "x"], [[n, "a"] for n in shuffled])[0].role is ColumnRole.NUMERIC
    # An "ID" numbered 1..n is a real identifier (other files may use it), not an index.
    assert infer_roles(["ID", "x"], [[n + 1, "a"] for n in range(50)])[0].role is \
        ColumnRole.IDENTIFIER
