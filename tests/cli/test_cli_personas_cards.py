"""The persona cards the command line prints: outcomes, one line per fact, draft
stories, thousands separators, and a plain warning when the structure is weak."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np

from workbench.cli import main


def run_cli(capsys, *args) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main([str(a) for a in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def new_project(capsys, tmp_path: Path, csv_text: str, *import_options: str) -> Path:
    project = tmp_path / "p.pwb"
    assert run_cli(capsys, "new", project)[0] == 0
    data = tmp_path / "customers.csv"
    data.write_text(csv_text, "utf-8")
    status, _out, err = run_cli(capsys, "import", project, data, "--quiet", *import_options)
    assert status == 0, err
    return project


def cards_of(text: str) -> dict[str, str]:
    """Card header line -> the card's text, from a set's printed output."""
    cards, current = {}, None
    for line in text.splitlines():
        if re.match(r"^  \[\d+\] ", line):
            current = line
            cards[current] = ""
        elif current is not None:
            cards[current] += line + "\n"
    return cards


def test_cards_print_outcomes_with_rates_interval_and_n_with_thousands_separators(
        capsys, tmp_path):
    rng = np.random.default_rng(3)
    lines = ["id,spend,visits,satisfaction,churn"]
    for i in range(3000):
        group = 0 if i < 1500 else 1 if i < 2400 else 2  # 1,500 · 900 · 600 customers
        churned = (i % 10) < [4, 1, 2][group]
        lines.append(f"C{i},{[150, 1200, 5000][group] + rng.normal(0, 20):.2f},"
                     f"{[2, 15, 7][group] + rng.normal(0, 0.3):.2f},"
                     f"{[3.1, 3.6, 4.2][group] + rng.normal(0, 0.2):.2f},"
                     f"{'Yes' if churned else 'No'}")
    project = new_project(capsys, tmp_path, "\n".join(lines) + "\n",
                          "--roles", "churn=outcome", "satisfaction=outcome")
    status, out, err = run_cli(capsys, "personas", project, "--k", "3", "--quiet")
    assert status == 0, err
    cards = cards_of(out)
    assert len(cards) == 3
    largest = next(header for header in cards if re.search(r": 1,\d{3} customers \(", header))
    card = cards[largest]
    assert "Outcomes" in card
    churn = re.search(r"churn: (\d+)% vs (\d+)% \(risk ratio ([\d.]+)"
                      r"(?:, 95% CI [\d.]+–[\d.]+)?, n = (1,\d{3})\)", card)
    assert churn, card
    assert int(churn.group(1)) == 40 and int(churn.group(2)) == 14  # (90 + 120) / 1,500
    assert re.search(r"satisfaction: 3\.1 vs 3\.\d \((?:95% CI [\d.]+–[\d.]+, )?n = 1,\d{3}\)",
                     card), card
    # the outcomes are measured, not clustered on: no card line is about them
    assert not re.search(r"^\s+(churn|satisfaction)[ :=].*\((d|h) = ", out, re.M)
    for text in cards.values():
        assert "Story (draft): " in text or "Story: " in text


def test_one_fact_in_six_columns_is_one_line_naming_the_others(capsys, tmp_path):
    rng = np.random.default_rng(5)
    services = ["online_security", "online_backup", "device_protection", "tech_support",
                "streaming_tv", "streaming_movies"]
    lines = ["id,internet,monthly_charges,tenure,gender," + ",".join(services)]
    for i in range(600):
        internet = ["Fiber optic", "DSL", "No"][i % 3]
        answers = ["No internet service" if internet == "No" else
                   ("Yes" if rng.random() < 0.5 else "No") for _ in services]
        lines.append(f"C{i},{internet},{[95, 60, 20][i % 3] + rng.normal(0, 3):.2f},"
                     f"{rng.integers(1, 72)},{'Female' if rng.random() < 0.5 else 'Male'},"
                     + ",".join(answers))
    project = new_project(capsys, tmp_path, "\n".join(lines) + "\n")
    status, out, err = run_cli(capsys, "personas", project, "--k", "3", "--quiet")
    assert status == 0, err
    cards = cards_of(out)
    # "internet = No" and "No internet service" in six columns are one fact: one line,
    # naming the other columns
    grouped = [text for text in cards.values() if "— also online_security" in text]
    assert grouped, out
    for text in cards.values():
        fact_lines = [line for line in text.splitlines() if "(h = " in line and (
            "No internet service" in line or "internet = No:" in line)]
        assert len(fact_lines) <= 1, text
        assert all("— also " in line for line in fact_lines), text
    for text in cards.values():  # a binary category shows one line, not its complement too
        assert not ("gender = Female" in text and "gender = Male" in text), text

    document = json.loads(run_cli(capsys, "persona", project, "--json")[1])
    for card in document["persona_set"]["personas"]:
        levels = {}
        for line in card["lines"]:
            levels.setdefault(line["attribute"], []).append(line["level"])
        assert len(levels.get("gender", [])) <= 1
        facts = [line for line in card["lines"] if line["level"] == "No internet service"]
        assert len(facts) <= 1
        if facts:
            assert len(facts[0]["also"]) == 5


def test_weak_structure_is_said_plainly_with_exit_status_zero(capsys, tmp_path):
    rng = np.random.default_rng(11)
    lines = ["id,age,income,tenure,score"]
    for i in range(400):
        lines.append(f"C{i}," + ",".join(f"{v:.3f}" for v in rng.normal(50, 10, 4)))
    project = new_project(capsys, tmp_path, "\n".join(lines) + "\n")
    status, out, err = run_cli(capsys, "personas", project, "--quiet")
    assert status == 0, err
    assert "Weak structure: these personas split a continuum" in out
    assert 3 <= len(cards_of(out)) <= 6
    shown = run_cli(capsys, "persona-sets", project, "--show", "1")[1]
    assert "Weak structure: these personas split a continuum" in shown
    document = json.loads(run_cli(capsys, "persona", project, "--json")[1])
    for subset in document["persona_set"]["suggestion"]["subsets"]:
        if subset["structured"]:
            assert subset["command"] in out  # the exact command to rerun is printed


def test_weak_structure_names_the_subset_with_clearer_structure_and_its_command(
        capsys, tmp_path):
    # Two behavioural attributes hold three clear groups; six noise attributes hide them.
    rng = np.random.default_rng(12)
    noise = ["age", "income", "tenure", "score", "height", "distance"]
    lines = ["id,purchases,visits," + ",".join(noise)]
    for i in range(600):
        group = i % 3
        lines.append(f"C{i},{[2, 10, 20][group] + rng.normal(0, 0.8):.2f},"
                     f"{[1, 6, 12][group] + rng.normal(0, 0.5):.2f},"
                     + ",".join(f"{v:.2f}" for v in rng.normal(50, 10, len(noise))))
    project = new_project(capsys, tmp_path, "\n".join(lines) + "\n")
    status, out, err = run_cli(capsys, "personas", project, "--quiet")
    assert status == 0, err
    document = json.loads(run_cli(capsys, "persona", project, "--json")[1])
    persona_set = document["persona_set"]
    assert persona_set["weak_structure"] is True
    assert "Weak structure: these personas split a continuum" in out
    clearer = [s for s in persona_set["suggestion"]["subsets"] if s["structured"]]
    assert clearer, persona_set["suggestion"]
    assert set(clearer[0]["features"]) == {"purchases", "visits"}
    command = f'workbench personas {project} --features "purchases" "visits"'
    assert command in out


def test_full_card_shows_the_written_story_and_texts_and_drafts_elsewhere(capsys, tmp_path):
    from workbench.services.personas import personas_of, update_persona
    from workbench.services.project import open_project

    rng = np.random.default_rng(8)
    lines = ["id,spend,visits"]
    for i in range(300):
        group = i % 3
        lines.append(f"C{i},{[100, 800, 3000][group] + rng.normal(0, 10):.2f},"
                     f"{[2, 9, 5][group] + rng.normal(0, 0.3):.2f}")
    project = new_project(capsys, tmp_path, "\n".join(lines) + "\n")
    assert run_cli(capsys, "personas", project, "--k", "3", "--quiet")[0] == 0
    with open_project(project) as opened:
        first = personas_of(opened, 1)[0]
        update_persona(opened, first.id, narrative="Buys little,\nbut often.",
                       goals="Save time")
    status, out, err = run_cli(capsys, "persona", project)
    assert status == 0, err
    cards = cards_of(out)
    edited = next(text for header, text in cards.items() if header.startswith(
        f"  [{first.id}] "))
    assert "Story: Buys little, but often." in edited and "(draft)" not in edited
    assert "Goals: Save time" in edited
    others = [text for header, text in cards.items() if not header.startswith(
        f"  [{first.id}] ")]
    assert all("Story (draft): " in text for text in others)
