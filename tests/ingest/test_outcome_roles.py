"""Outcomes (churn, complaints, response, satisfaction, value) are recognised at import,
in English and Italian, and stored as numbers where they read as numbers."""

from __future__ import annotations

import csv
import random

import pytest
from ingest_helpers import DATA, spec

from workbench.domain.columns import ColumnRole
from workbench.ingest.headers import LABEL_JOINER
from workbench.ingest.reader import infer_roles, read_table
from workbench.services.importing import import_file
from workbench.services.project import create_project, open_project

MARKETING = DATA / "marketing_campaign_300.csv"


def write_csv(path, header, rows, delimiter=","):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def telco_rows(count=120, seed=3):
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        tenure = rng.randint(0, 72)
        monthly = round(rng.uniform(18, 118), 2)
        rows.append([f"{rng.randint(1000, 9999)}-{chr(65 + i % 26)}{chr(66 + i % 24)}XYZ{i}",
                     rng.choice(["Female", "Male"]), rng.randint(0, 1), tenure,
                     rng.choice(["Month-to-month", "One year", "Two year"]), monthly,
                     round(monthly * max(tenure, 1), 2), rng.choice(["Yes", "No"])])
    return rows


TELCO_HEADER = ["customerID", "gender", "SeniorCitizen", "tenure", "Contract", "MonthlyCharges",
                "TotalCharges", "Churn"]


def test_marketing_campaign_responses_and_complaints_are_outcomes_and_spending_is_not():
    table = read_table(MARKETING)
    roles = {c.label: c.role for c in table.columns}
    for outcome in ("AcceptedCmp1", "AcceptedCmp2", "AcceptedCmp3", "AcceptedCmp4",
                    "AcceptedCmp5", "Response", "Complain"):
        assert roles[outcome] is ColumnRole.OUTCOME, outcome
    for behaviour in ("Recency", "MntWines", "NumWebPurchases", "Income", "Kidhome",
                      "NumWebVisitsMonth", "Year_Birth"):
        assert roles[behaviour] is ColumnRole.NUMERIC, behaviour
    assert roles["Z_Revenue"] is ColumnRole.IGNORE  # 11 in every row: nothing to measure
    assert spec(table, "Response").reason == "the header names an outcome (response)"
    assert spec(table, "Complain").reason == "the header names an outcome (complaints)"


def test_telecom_churn_yes_no_is_an_outcome_and_charges_and_tenure_are_not(tmp_path):
    table = read_table(write_csv(tmp_path / "telco.csv", TELCO_HEADER, telco_rows()))
    roles = {c.label: c.role for c in table.columns}
    assert roles["Churn"] is ColumnRole.OUTCOME
    assert spec(table, "Churn").reason == "the header names an outcome (churn)"
    assert roles["tenure"] is roles["MonthlyCharges"] is roles["TotalCharges"] is ColumnRole.NUMERIC
    assert roles["customerID"] is ColumnRole.IDENTIFIER
    assert roles["Contract"] is ColumnRole.CATEGORICAL


def test_ecommerce_churn_complain_and_satisfaction_score_are_outcomes(tmp_path):
    rng = random.Random(5)
    header = ["CustomerID", "Churn", "Tenure", "PreferredLoginDevice", "CityTier",
              "SatisfactionScore", "NumberOfAddress", "Complain", "DaySinceLastOrder",
              "CashbackAmount", "OrderCount"]
    rows = [[50001 + i, rng.randint(0, 1), rng.randint(0, 30), rng.choice(["Phone", "Computer"]),
             rng.randint(1, 3), rng.randint(1, 5), rng.randint(1, 22), rng.randint(0, 1),
             rng.randint(0, 40), round(rng.uniform(100, 300), 2), rng.randint(1, 16)]
            for i in range(200)]
    table = read_table(write_csv(tmp_path / "ecommerce.csv", header, rows))
    roles = {c.label: c.role for c in table.columns}
    assert roles["Churn"] is roles["Complain"] is ColumnRole.OUTCOME
    # a satisfaction score is now a survey measure (issue #18), no longer an outcome
    assert roles["SatisfactionScore"] is ColumnRole.MEASURE
    assert spec(table, "SatisfactionScore").reason == "CSAT question (1–5)"
    for behaviour in ("Tenure", "DaySinceLastOrder", "CashbackAmount", "OrderCount", "CityTier"):
        assert roles[behaviour] is ColumnRole.NUMERIC, behaviour
    assert roles["NumberOfAddress"] is ColumnRole.NUMERIC  # a count, not an address


ITALIAN_HEADER = ["Codice cliente", "Abbandono", "Disdetta", "Reclami", "Soddisfazione",
                  "Fatturato", "Valore cliente", "Motivo disdetta", "Data disdetta",
                  "Spesa mensile", "Conversione campagna"]


def italian_rows(count=60):
    rng = random.Random(9)
    rows = []
    for i in range(count):
        rows.append([f"C{i:04d}", rng.choice(["Sì", "No"]), rng.randint(0, 1), rng.randint(0, 3),
                     rng.randint(1, 10), f"{rng.randint(1, 9)}.{rng.randint(100, 999)},{i % 10}0",
                     f"{rng.randint(10, 99)},5", rng.choice(["prezzo", "servizio", "trasloco"]),
                     f"{i % 28 + 1:02d}/03/2024", f"{rng.randint(20, 90)},{i % 10}",
                     rng.choice(["sì", "no"])])
    return rows


def test_italian_outcome_headers_are_understood_and_a_reason_or_date_is_not_an_outcome(tmp_path):
    path = write_csv(tmp_path / "clienti.csv", ITALIAN_HEADER, italian_rows(), delimiter=";")
    table = read_table(path)
    roles = {c.label: c.role for c in table.columns}
    for outcome in ("Abbandono", "Disdetta", "Reclami", "Fatturato",
                    "Valore cliente", "Conversione campagna"):
        assert roles[outcome] is ColumnRole.OUTCOME, outcome
    assert roles["Soddisfazione"] is ColumnRole.MEASURE  # a score measure (issue #18)
    assert roles["Motivo disdetta"] is ColumnRole.CATEGORICAL  # why they left: a description
    assert roles["Data disdetta"] is ColumnRole.DATE
    assert roles["Spesa mensile"] is ColumnRole.NUMERIC
    assert "churn" in spec(table, "Abbandono").reason


def test_headers_near_an_outcome_word_are_not_outcomes():
    rows = [[f"{i * 3.5}", f"{i}", "price" if i % 2 else "service", f"long answer number {i} "
             "about why the customer decided to respond to the campaign in the end"]
            for i in range(1, 30)]
    specs = {s.label: s for s in infer_roles(
        ["Order value", "Response time", "Churn reason", "Response"], rows)}
    assert specs["Order value"].role is ColumnRole.NUMERIC
    assert specs["Response time"].role is ColumnRole.NUMERIC
    assert specs["Churn reason"].role is ColumnRole.CATEGORICAL
    assert specs["Response"].role is ColumnRole.FREE_TEXT  # open answers, not a yes/no result


def test_would_you_recommend_questions_are_outcomes_in_english_and_italian():
    rows = [[f"{i % 11}", f"{i % 11}", f"{i % 11}", f"{i % 5}"] for i in range(40)]
    specs = {s.label: s for s in infer_roles(
        ["Probabilità di consigliarci (0-10)", "How likely are you to recommend us?",
         "Quanto consiglieresti il negozio?", "Likely to buy"], rows)}
    for label in ("Probabilità di consigliarci (0-10)", "How likely are you to recommend us?",
                  "Quanto consiglieresti il negozio?"):
        assert specs[label].role is ColumnRole.MEASURE, label  # NPS (issue #18)
    assert specs["Likely to buy"].role is ColumnRole.NUMERIC


def test_a_two_row_survey_header_response_is_the_answer_not_an_outcome():
    labels = [f"Which channel do you prefer?{LABEL_JOINER}Response",
              f"How satisfied are you?{LABEL_JOINER}Response"]
    rows = [[["store", "web", "app"][i % 3], str(i % 5 + 1)] for i in range(30)]
    roles = {s.label: s.role for s in infer_roles(labels, rows)}
    assert roles[labels[0]] is ColumnRole.CHANNEL
    assert roles[labels[1]] is ColumnRole.MEASURE  # CSAT 1–5 (issue #18)


@pytest.fixture
def project(tmp_path):
    path = create_project(tmp_path / "outcomes.pwb", "Outcomes")
    with open_project(path) as opened:
        yield opened


def stored(project, source_id, column_name):
    position = next(r["position"] for r in project.db.query(
        "SELECT position FROM source_columns WHERE source_id = ? AND name = ?",
        (source_id, column_name)))
    return project.db.tuples(f"SELECT c{position}, typeof(c{position}) FROM src_{source_id} "
                             "ORDER BY row_number")


def test_outcomes_are_stored_as_numbers_with_the_files_decimal_comma_and_yes_no_as_text(
        project, tmp_path):
    path = write_csv(tmp_path / "clienti.csv", ITALIAN_HEADER, italian_rows(), delimiter=";")
    result = import_file(project, path)
    source = result.source.id
    fatturato = stored(project, source, "fatturato")
    expected = [float(r[5].replace(".", "").replace(",", ".")) for r in italian_rows()]
    assert [value for value, _ in fatturato] == expected
    assert {kind for _, kind in fatturato} <= {"real", "integer"}  # numbers, never text
    disdetta = stored(project, source, "disdetta")
    assert {kind for _, kind in disdetta} == {"integer"}  # 0/1 kept as numbers
    assert [value for value, _ in disdetta] == [r[2] for r in italian_rows()]
    abbandono = stored(project, source, "abbandono")
    assert {value for value, _ in abbandono} == {"Sì", "No"}
    assert {kind for _, kind in abbandono} == {"text"}
    roles = dict(project.db.tuples("SELECT name, role FROM source_columns WHERE source_id = ?",
                                   (source,)))
    assert roles["abbandono"] == roles["fatturato"] == "outcome"


def test_roles_override_makes_a_column_an_outcome(project, tmp_path):
    rows = [[f"R{i}", i % 7, ["gold", "silver"][i % 2]] for i in range(40)]
    path = write_csv(tmp_path / "survey.csv", ["respondent", "visits", "tier"], rows)
    result = import_file(project, path, roles={"visits": "outcome", "tier": "OUTCOME"})
    source = result.source.id
    assert [v for v, _ in stored(project, source, "visits")] == [i % 7 for i in range(40)]
    assert [v for v, _ in stored(project, source, "tier")] == [r[2] for r in rows]
