"""--json on info, sources, personas, persona and persona-sets: stable documented keys,
values equal to what the project stores, nothing but the document on stdout."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest

from workbench.cli import main
from workbench.cli.json_output import write_json
from workbench.domain.personas import PersonaProfile


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main([str(a) for a in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def run_json(capsys, *args: str) -> dict:
    status, out, err = run_cli(capsys, *args, "--json")
    assert status == 0, err
    return json.loads(out)  # the whole of stdout is one document


def new_project(capsys, tmp_path: Path, csv_text: str, *import_options: str,
                name: str = "p.pwb") -> Path:
    project = tmp_path / name
    assert run_cli(capsys, "new", project)[0] == 0
    data = tmp_path / "customers.csv"
    data.write_text(csv_text, "utf-8")
    status, _out, err = run_cli(capsys, "import", project, data, "--quiet", *import_options)
    assert status == 0, err
    return project


def planted_customers(n: int = 300, seed: int = 4) -> str:
    """Three groups far apart in spend and visits; churn planted at 60%, 20% and 5%;
    the first group lives mostly in the north."""
    rng = np.random.default_rng(seed)
    churn_every = {0: (3, 5), 1: (1, 5), 2: (1, 20)}  # churned, out of
    lines = ["id,spend,visits,tier,region,churn"]
    for i in range(n):
        group = i % 3
        churned, out_of = churn_every[group]
        north = (i // 3) % 10 < [7, 2, 2][group]
        lines.append(f"C{i},{[120, 900, 4000][group] + rng.normal(0, 15):.2f},"
                     f"{[2, 12, 6][group] + rng.normal(0, 0.4):.2f},"
                     f"{['bronze', 'silver', 'gold'][group]},"
                     f"{'north' if north else ['south', 'east'][(i // 3) % 2]},"
                     f"{'Yes' if (i // 3) % out_of < churned else 'No'}")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- the writer


def test_json_writer_prints_utf8_sorted_keys_and_null_for_nan():
    stream = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")  # a console that is not UTF-8
    write_json({"zeta": float("nan"), "alpha": [float("inf"), 1.5], "città": "Zoë 🎉"}, stream)
    stream.flush()
    text = stream.buffer.getvalue().decode("utf-8")
    assert json.loads(text) == {"alpha": [None, 1.5], "città": "Zoë 🎉", "zeta": None}
    assert "Zoë 🎉" in text  # not \u escapes
    assert text.index('"alpha"') < text.index('"città"') < text.index('"zeta"')


# --------------------------------------------------------------------------- info and sources


def test_info_json_counts_what_the_project_holds(capsys, tmp_path):
    project = new_project(capsys, tmp_path, "id,spend\nA,1\nB,2\nC,3\n")
    document = run_json(capsys, "info", project)
    assert document["schema"] == "persona-workbench/project-info/1"
    info = document["project"]
    assert info["sources"] == 1 and info["customers"] == 3
    assert info["persona_sets"] == 0 and info["journeys"] == 0 and info["documents"] == 0
    assert isinstance(info["schema_version"], int) and info["schema_version"] >= 1
    assert {"name", "path", "created_at", "created_with"} <= set(info)


def test_sources_json_lists_sources_and_shows_columns_roles_and_values(capsys, tmp_path):
    csv_text = "codice,città,reddito,abbandono\n001,Città di Castello,1234.5,sì\n" \
               "002,Zürich,2000,no\n003,Milano,,no\n"
    project = new_project(capsys, tmp_path, csv_text, "--roles", "abbandono=outcome")
    listing = run_json(capsys, "sources", project)
    assert listing["schema"] == "persona-workbench/sources/1"
    [source] = listing["sources"]
    assert source["file_name"] == "customers.csv" and source["row_count"] == 3
    assert source["column_count"] == 4 and len(source["sha256"]) == 64

    status, out, err = run_cli(capsys, "sources", project, "--show", source["id"], "--rows",
                               "2", "--json")
    assert status == 0, err
    assert "Città di Castello" in out  # UTF-8, not escaped
    shown = json.loads(out)
    assert shown["schema"] == "persona-workbench/source/1"
    roles = {c["label"]: c["role"] for c in shown["source"]["columns"]}
    assert roles["abbandono"] == "outcome" and roles["codice"] == "identifier"
    rows = shown["source"]["rows"]
    assert len(rows) == 2  # --rows is honoured
    names = {c["label"]: c["name"] for c in shown["source"]["columns"]}
    assert rows[0]["values"][names["codice"]] == "001"  # leading zeros kept
    assert rows[0]["values"][names["città"]] == "Città di Castello"
    assert rows[1]["values"][names["reddito"]] == pytest.approx(2000)
    assert rows[0]["row"] < rows[1]["row"]
    assert isinstance(rows[0]["customer_id"], int)


# --------------------------------------------------------------------------- persona sets


def _stored(project: Path, set_id: int):
    from workbench.services.personas import persona_sets, personas_of
    from workbench.services.project import open_project

    with open_project(project, readonly=True) as opened:
        stored = next(s for s in persona_sets(opened) if s.id == set_id)
        return stored, personas_of(opened, set_id)


def test_personas_json_is_the_stored_set_with_cards_lines_and_settings(capsys, tmp_path):
    project = new_project(capsys, tmp_path, planted_customers())
    document = run_json(capsys, "personas", project, "--k", "3", "--seed", "2", "--quiet")
    assert document["schema"] == "persona-workbench/persona-set/1"
    persona_set = document["persona_set"]
    stored, personas = _stored(project, persona_set["id"])

    assert persona_set["name"] == stored.name
    settings = persona_set["settings"]
    assert settings["k"] == 3 and settings["seed"] == 2 and settings["algorithm"] == "kmeans"
    assert settings["features"] == stored.settings["features"]
    assert {"describe", "outcomes", "preprocessing", "redundancy_groups"} <= set(settings)
    attributes = settings["preprocessing"]["attributes"]
    assert {a["name"] for a in attributes} == set(stored.settings["features"])
    assert all("weight" in a and "group" in a for a in attributes)
    assert "weighting" in settings["preprocessing"]
    assert persona_set["quality"]["silhouette"] == pytest.approx(
        stored.result["quality"]["silhouette"])
    assert persona_set["weak_structure"] is False
    assert persona_set["suggestion"] is None  # k was given
    assert persona_set["customers_left_out"] == 0

    cards = persona_set["personas"]
    assert [c["id"] for c in cards] == [p.id for p in personas]
    assert sum(c["size"] for c in cards) == persona_set["quality"]["n_customers"] - \
        persona_set["quality"]["n_unassigned"]
    for card, persona in zip(cards, personas, strict=True):
        profile = PersonaProfile.from_dict(persona.profile)
        assert (card["name"], card["position"], card["size"]) == (
            persona.name, persona.position, persona.size)
        assert card["share"] == pytest.approx(persona.share)
        assert len(card["lines"]) == len(profile.effects)
        first, effect = card["lines"][0], profile.effects[0]
        assert (first["attribute"], first["kind"], first["level"], first["n"]) == (
            effect.attribute, effect.kind, effect.level, effect.member_count)
        assert first["effect"] == pytest.approx(effect.effect)
        assert first["used_in_clustering"] == effect.used_in_clustering
        assert card["story_is_draft"] is True and card["story"] == profile.story
        assert card["narrative"] == ""


def test_persona_and_persona_sets_show_print_the_same_document(capsys, tmp_path):
    project = new_project(capsys, tmp_path, planted_customers(150))
    created = run_json(capsys, "personas", project, "--k", "3", "--quiet")
    set_id = created["persona_set"]["id"]
    from_persona = run_json(capsys, "persona", project, set_id)
    from_show = run_json(capsys, "persona-sets", project, "--show", set_id)
    assert from_persona == from_show == created
    listing = run_json(capsys, "persona-sets", project)
    assert listing["schema"] == "persona-workbench/persona-sets/1"
    assert [(s["id"], s["persona_count"], s["k"]) for s in listing["persona_sets"]] == [
        (set_id, 3, 3)]


def test_a_written_narrative_replaces_the_draft_story(capsys, tmp_path):
    from workbench.services.personas import update_persona
    from workbench.services.project import open_project

    project = new_project(capsys, tmp_path, planted_customers(150))
    set_id = run_json(capsys, "personas", project, "--k", "3", "--quiet")["persona_set"]["id"]
    _stored_set, personas = _stored(project, set_id)
    with open_project(project) as opened:
        update_persona(opened, personas[0].id, narrative="Compra poco, ma spesso. ✓",
                       goals="Risparmiare")
    cards = run_json(capsys, "persona", project, set_id)["persona_set"]["personas"]
    edited = next(c for c in cards if c["id"] == personas[0].id)
    assert edited["story"] == "Compra poco, ma spesso. ✓" and edited["story_is_draft"] is False
    assert edited["draft_story"] == PersonaProfile.from_dict(personas[0].profile).story
    assert edited["goals"] == "Risparmiare"
    assert all(c["story_is_draft"] for c in cards if c["id"] != personas[0].id)


def test_outcome_is_not_clustered_and_its_rate_per_persona_is_in_the_json(capsys, tmp_path):
    project = new_project(capsys, tmp_path, planted_customers(), "--roles", "churn=outcome")
    persona_set = run_json(capsys, "personas", project, "--features", "spend", "visits",
                           "--k", "3", "--quiet")["persona_set"]
    assert "churn" not in persona_set["settings"]["features"]
    assert persona_set["settings"]["outcomes"] == ["churn"]

    shown = run_json(capsys, "sources", project, "--show", "1", "--rows", "1000")
    churned = {row["customer_id"]: row["values"]["churn"] == "Yes"
               for row in shown["source"]["rows"]}
    from workbench.services.personas import persona_members
    from workbench.services.project import open_project

    with open_project(project, readonly=True) as opened:
        members = persona_members(opened, persona_set["id"])
    everyone = [m["customer_id"] for m in members]  # "everyone else" includes the unassigned
    for card in persona_set["personas"]:
        [churn] = [o for o in card["outcomes"] if o["outcome"] == "churn"]
        inside = [m["customer_id"] for m in members if m["persona_id"] == card["id"]]
        rest = [c for c in everyone if c not in set(inside)]
        assert churn["kind"] == "rate" and churn["event"] == "Yes"
        assert churn["n"] == len(inside)
        assert churn["persona_value"] == pytest.approx(np.mean([churned[c] for c in inside]))
        assert churn["rest_value"] == pytest.approx(np.mean([churned[c] for c in rest]))
        assert churn["rest_n"] == len(rest)
        assert churn["persona_low"] <= churn["persona_value"] <= churn["persona_high"]
        assert {"ratio", "ratio_low", "ratio_high", "effect", "significant", "rest_n"} <= set(churn)
    rates = sorted(round(c["outcomes"][0]["persona_value"], 2) for c in persona_set["personas"])
    assert rates == [0.05, 0.2, 0.6]


def test_describe_attributes_show_on_cards_without_being_clustered(capsys, tmp_path):
    project = new_project(capsys, tmp_path, planted_customers())
    persona_set = run_json(capsys, "personas", project, "--features", "spend", "visits",
                           "--describe", "region", "--k", "3", "--quiet")["persona_set"]
    assert persona_set["settings"]["features"] == ["spend", "visits"]
    assert persona_set["settings"]["describe"] == ["region"]
    region_lines = [line for card in persona_set["personas"] for line in card["lines"]
                    if line["attribute"] == "region"]
    assert region_lines and not any(line["used_in_clustering"] for line in region_lines)
    assert persona_set["attribute_sources"]["region"]["use"] == "describe"
    assert not any(line["attribute"] == "tier" for card in persona_set["personas"]
                   for line in card["lines"])  # not described when --describe leaves it out
    assert all(line["used_in_clustering"] for card in persona_set["personas"]
               for line in card["lines"] if line["attribute"] in ("spend", "visits"))


def structureless_customers(n: int = 400, seed: int = 9) -> str:
    rng = np.random.default_rng(seed)
    lines = ["id,age,income,tenure,score"]
    for i in range(n):
        lines.append(f"C{i}," + ",".join(f"{v:.3f}" for v in rng.normal(50, 10, 4)))
    return "\n".join(lines) + "\n"


def test_structureless_data_gives_a_weak_structure_set_in_json_with_exit_zero(capsys, tmp_path):
    project = new_project(capsys, tmp_path, structureless_customers())
    status, out, err = run_cli(capsys, "personas", project, "--quiet", "--json")
    assert status == 0, err
    persona_set = json.loads(out)["persona_set"]
    assert persona_set["weak_structure"] is True
    suggestion = persona_set["suggestion"]
    assert suggestion["weak"] is True and 3 <= suggestion["suggested_k"] <= 6
    assert persona_set["settings"]["k"] == suggestion["suggested_k"]
    assert len(persona_set["personas"]) == suggestion["suggested_k"]
    assert all({"k", "silhouette", "reference_silhouette", "gain", "stability"} <= set(s)
               for s in suggestion["scores"])
    for subset in suggestion["subsets"]:
        assert subset["command"].startswith(f"workbench personas {project} --features ")
        assert all(f'"{name}"' in subset["command"] for name in subset["features"])
