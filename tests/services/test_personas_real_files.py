"""Personas with no options on files shaped like real exports: what a marketer would hand out.

Each file is imported as a new user would and clustered with `run_personas`
and nothing else; the cards must give 3 to 6 personas telling distinct, true
facts, with outcomes measured rather than clustered on.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from workbench.services.importing import import_file
from workbench.services.personas import persona_sets, personas_of, run_personas
from workbench.services.project import create_project, open_project

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import real_like  # noqa: E402

MARKETING = Path(__file__).resolve().parents[1] / "ingest" / "data" / "marketing_campaign_300.csv"


def _run(tmp_path: Path, source: Path):
    path = create_project(tmp_path / "study.pwb")
    with open_project(path) as project:
        import_file(project, source)
        set_id = run_personas(project, seed=0)
        stored = next(s for s in persona_sets(project) if s.id == set_id)
        return stored, personas_of(project, set_id)


def _card_facts(persona) -> list[tuple[str, str | None]]:
    return [(e["attribute"], e.get("level")) for e in persona.profile["effects"]]


def _assert_presentable(stored, personas) -> None:
    assert 3 <= len(personas) <= 6
    names = [p.name for p in personas]
    assert len(set(names)) == len(names)
    for persona in personas:
        facts = _card_facts(persona)
        attributes = [attribute for attribute, _ in facts]
        assert len(attributes) == len(set(attributes)), facts  # one line per attribute
        also = {a for e in persona.profile["effects"] for a in e.get("also", [])}
        assert not also & set(attributes), facts  # a grouped fact is not repeated
        assert persona.profile["story"]


def test_telecom_churn_is_measured_per_persona_and_no_internet_is_one_line(tmp_path):
    stored, personas = _run(tmp_path, real_like.write_telecom(tmp_path, n=1500))
    _assert_presentable(stored, personas)
    settings = stored.settings
    assert "Churn" not in settings["features"] and settings["outcomes"] == ["Churn"]
    # who the customer is describes the cards; what they buy forms the personas
    assert {"gender", "SeniorCitizen", "Partner", "Dependents"} <= set(settings["describe"])
    assert {"Contract", "tenure", "InternetService"} <= set(settings["features"])
    rates = []
    for persona in personas:
        (churn,) = persona.profile["outcomes"]
        assert churn["outcome"] == "Churn" and churn["event"] == "Yes"
        assert churn["n"] == persona.size
        rates.append(churn["persona_value"])
        lines = [e for e in persona.profile["effects"] if e["attribute"] in real_like.SERVICES]
        no_internet = [e for e in persona.profile["effects"]
                       if e.get("level") == "No internet service"
                       or (e["attribute"], e.get("level")) == ("InternetService", "No")]
        assert len(no_internet) <= 1
        assert all(e.get("level") != "No internet service" for e in lines)
    assert max(rates) > 2 * min(rates)  # the personas differ in churn, and the card says so


def test_a_structureless_ecommerce_file_gives_a_flagged_weak_set(tmp_path):
    stored, personas = _run(tmp_path, real_like.write_ecommerce(tmp_path, n=1200))
    _assert_presentable(stored, personas)
    assert stored.result["weak_structure"] is True
    assert stored.suggestion["rule"] == "weak_structure"
    outcomes = {o["outcome"] for o in personas[0].profile["outcomes"]}
    assert outcomes == {"Churn", "Complain"}  # SatisfactionScore is a CSAT measure (issue #18)
    assert not outcomes & set(stored.settings["features"])
    assert "NumberOfAddress" in stored.settings["features"]  # a count, not personal data


def test_mall_customers_cluster_on_income_and_spending_not_gender(tmp_path):
    stored, personas = _run(tmp_path, real_like.write_mall(tmp_path))
    _assert_presentable(stored, personas)
    assert sorted(stored.settings["features"]) == ["Annual Income (k$)",
                                                   "Spending Score (1-100)"]
    assert stored.result["weak_structure"] is False and len(personas) == 5
    for persona in personas:  # names say High/Low only for large enough differences
        for effect in persona.profile["effects"]:
            if effect["kind"] == "numeric" and abs(effect["effect"]) < 0.5:
                words = persona.name.lower()
                assert not (f"high {effect['attribute'].lower()}" in words
                            or f"low {effect['attribute'].lower()}" in words)


def test_the_real_marketing_file_measures_campaign_responses(tmp_path):
    source = tmp_path / "marketing_campaign.csv"
    shutil.copy(MARKETING, source)
    stored, personas = _run(tmp_path, source)
    _assert_presentable(stored, personas)
    outcomes = set(stored.settings["outcomes"])
    assert {"Response", "Complain", "AcceptedCmp1"} <= outcomes
    assert not outcomes & set(stored.settings["features"])
    assert not {"Z_CostContact", "Z_Revenue"} & set(stored.settings["features"])  # constants
    for persona in personas:
        response = next(o for o in persona.profile["outcomes"] if o["outcome"] == "Response")
        low, high = response["persona_low"], response["persona_high"]
        assert low <= response["persona_value"] <= high and response["n"] == persona.size


@pytest.mark.parametrize("language", ["it"])
def test_cards_are_written_in_the_interface_language(tmp_path, language):
    from workbench import i18n

    i18n.set_language(language)
    try:
        _, personas = _run(tmp_path, real_like.write_telecom(tmp_path, n=900))
    finally:
        i18n.set_language("en")
    story = personas[0].profile["story"]
    assert "clienti" in story and "customers" not in story
