"""`workbench documents` reports the speakers it found; `workbench speakers` lists and maps them;
`themes` and `search` read the turns of the speakers asked for (respondents by default)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from project_snapshot import snapshot, unchanged

from workbench.cli import build_parser, main
from workbench.services.project import create_project

#: Each respondent talks about one subject; the interviewer asks with words of its own.
SUBJECTS = {
    "Maria": ["The courier left the parcel at the wrong door and the delivery was late again.",
              "Every parcel from that courier arrives late, the delivery window means nothing.",
              "I tracked the delivery all day; the courier never rang and the parcel got wet."],
    "Luca": ["The app crashed at login and my password reset email never arrived.",
             "After the update the app asks for the password at every login, then crashes.",
             "I deleted the app because the login screen froze and the password was rejected."],
}
QUESTIONS = ["How did your experience with the service go, honestly?",
             "Could you describe that experience with the service in more detail?",
             "Thinking about the service overall, what would you change in that experience?"]
FRENCH = ("Enquêteur: Comment se passe la livraison chez vous en général ?\n"
          "Client: Le livreur est toujours en retard et le colis est souvent abîmé, c'est très "
          "pénible pour nous et pour les voisins aussi.\n"
          "Enquêteur: Et le service client ?\n"
          "Client: Ils ne répondent pas au téléphone et le site ne marche pas très bien.\n")
SPEAKER_KEYS = {"id", "key", "label", "role", "confirmed", "guessed_from", "documents", "turns",
                "characters"}


def run(capsys, *args) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def run_json(capsys, *args) -> dict:
    status, out, err = run(capsys, *args, "--json")
    assert status == 0, err
    return json.loads(out)  # stdout holds the document and nothing else


def transcript(respondent: str, n: int) -> str:
    lines = [f"Shopping habits, meeting number {n + 1}"]  # before the first label: no turn
    for i in range(3):
        lines.append(f"Interviewer: {QUESTIONS[(i + n) % 3]}")
        lines.append(f"{respondent}: {SUBJECTS[respondent][(i + n) % 3]}")
    return "\n".join(lines) + "\n"


@pytest.fixture
def folder(tmp_path) -> Path:
    folder = tmp_path / "interviews"
    folder.mkdir()
    for n in range(8):
        respondent = "Maria" if n < 4 else "Luca"
        (folder / f"interview-{n:02d}.txt").write_text(transcript(respondent, n), "utf-8")
    return folder


@pytest.fixture
def project(tmp_path, capsys, folder) -> Path:
    path = create_project(tmp_path / "talks.pwb")
    status, _out, err = run(capsys, "documents", path, folder, "--quiet")
    assert status == 0, err
    return path


def label_turns(text: str) -> dict[str, int]:
    """Turns per speaker label, counted from the transcript text itself."""
    found: dict[str, int] = {}
    for line in text.splitlines():
        if ": " not in line:
            continue
        label = line.split(":", 1)[0]
        found[label] = found.get(label, 0) + 1
    return found


def test_import_reports_speakers_roles_turns_and_language(capsys, tmp_path, folder):
    (folder / "entretien.txt").write_text(FRENCH, "utf-8")
    path = create_project(tmp_path / "report.pwb")
    status, out, err = run(capsys, "documents", path, folder, "--quiet")
    assert status == 0, err
    blocks = re.findall(r"^Document (\d+): (\S+) \((\S+), \d+ characters\)\n  (.*)$", out, re.M)
    assert len(blocks) == 9
    for _id, _title, origin, line in blocks:
        text = (folder / origin).read_text("utf-8")
        turns = label_turns(text)
        assert line.startswith(f"{len(turns)} speakers: ")
        for label, count in turns.items():
            assert f"{label} (" in line and f", {count} turns)" in line
        if origin.startswith("interview-"):
            respondent = "Maria" if "Maria:" in text else "Luca"
            assert ("Interviewer (interviewer, 3 turns), "
                    f"{respondent} (respondent, 3 turns)") in line
            assert line.endswith("· English")
        else:
            assert "French: left out of themes" in line
    assert "Imported 9 documents." in out
    assert f"Check the roles with: workbench speakers {path}" in out

    again = tmp_path / "more"
    again.mkdir()
    (again / "extra.txt").write_text(transcript("Maria", 1).replace("Maria", "Sofia"), "utf-8")
    report = run_json(capsys, "documents", path, again)
    assert report["schema"] == "persona-workbench/document-import/1"
    assert report["files"] == [str(again / "extra.txt")]
    assert report["customers"] is None and report["guessed_roles"] == 2
    (document,) = report["documents"]
    assert set(document) == {"id", "title", "origin", "characters", "customer_id", "language",
                             "turns", "speakers"}
    assert document["origin"] == "extra.txt" and document["language"] == "en"
    assert document["turns"] == 6
    assert [(s["label"], s["role"], s["turns"]) for s in document["speakers"]] == [
        ("Interviewer", "interviewer", 3), ("Sofia", "respondent", 3)]
    assert set(document["speakers"][0]) == {"id", "key", "label", "role", "confirmed",
                                            "guessed_from", "turns"}

    listing = run_json(capsys, "documents", path)
    assert listing["schema"] == "persona-workbench/documents/1"
    assert len(listing["documents"]) == 10
    assert set(listing["documents"][0]) == {"id", "title", "origin", "customer_id",
                                            "characters", "codings"}


def test_speakers_lists_every_speaker_with_documented_json_keys(capsys, project, folder):
    report = run_json(capsys, "speakers", project)
    assert report["schema"] == "persona-workbench/speakers/1"
    assert report["project"] == str(project)
    assert report["changes"] == [] and report["confirmed"] == []
    assert report["detected"] is None and report["coded"] is None
    speakers = {s["label"]: s for s in report["speakers"]}
    assert set(speakers) == {"Interviewer", "Maria", "Luca"}
    for speaker in speakers.values():
        assert set(speaker) == SPEAKER_KEYS
    texts = [p.read_text("utf-8") for p in sorted(folder.iterdir())]
    for label, speaker in speakers.items():
        mine = [t for t in texts if f"{label}:" in t]
        assert speaker["documents"] == len(mine)
        assert speaker["turns"] == sum(label_turns(t)[label] for t in mine)
        assert speaker["characters"] == sum(
            len(line.split(": ", 1)[1]) for t in mine for line in t.splitlines()
            if line.startswith(f"{label}:"))
        assert speaker["confirmed"] is False
    assert speakers["Interviewer"]["role"] == "interviewer"
    assert speakers["Interviewer"]["guessed_from"] == "label"
    assert speakers["Maria"]["role"] == speakers["Luca"]["role"] == "respondent"

    status, out, _ = run(capsys, "speakers", project)
    assert status == 0
    rows = {line.split()[1]: line for line in out.splitlines()[1:4]}
    assert "guessed from the label" in rows["Interviewer"]
    assert "3 roles are guessed" in out


def theme_words(report: dict) -> set[str]:
    return {word for theme in report["themes"] for word in theme["words"]}


def vocabulary(sentences: list[str]) -> set[str]:
    return set(re.findall(r"[a-z]+", " ".join(sentences).lower()))


def test_set_changes_a_role_and_themes_and_search_follow(capsys, project):
    maria_words, luca_words = vocabulary(SUBJECTS["Maria"]), vocabulary(SUBJECTS["Luca"])
    asked = vocabulary(QUESTIONS) - maria_words - luca_words
    before = run_json(capsys, "themes", project, "--count", "2", "--quiet")
    assert before["speakers"] == "respondents" and before["left_out"] == []
    assert theme_words(before) & maria_words and theme_words(before) & luca_words
    assert not theme_words(before) & asked
    hits = run_json(capsys, "search", project, "courier")
    assert hits["schema"] == "persona-workbench/search/1" and len(hits["hits"]) == 4
    assert set(hits["hits"][0]) == {"document_id", "title", "customer_id", "origin", "matches",
                                    "context"}

    report = run_json(capsys, "speakers", project, "--set", "maria=interviewer")
    assert [(c["label"], c["old"], c["new"]) for c in report["changes"]] == [
        ("Maria", "respondent", "interviewer")]
    maria = next(s for s in report["speakers"] if s["label"] == "Maria")
    assert maria["role"] == "interviewer" and maria["confirmed"] is True

    after = run_json(capsys, "themes", project, "--count", "2", "--quiet")
    assert theme_words(after) and theme_words(after) <= luca_words
    interviewers = run_json(capsys, "themes", project, "--count", "2", "--speakers",
                            "interviewers", "--quiet")
    assert interviewers["speakers"] == "interviewers"
    assert theme_words(interviewers) & maria_words
    assert not theme_words(interviewers) & (luca_words - maria_words)
    assert run_json(capsys, "search", project, "courier")["hits"] == []
    assert len(run_json(capsys, "search", project, "courier", "--speakers", "all")["hits"]) == 4

    status, out, _ = run(capsys, "speakers", project, "--set", "Maria=rispondente")
    assert status == 0 and "Maria: interviewer → respondent" in out


def test_bad_label_or_role_changes_nothing_and_names_it(capsys, project):
    before = snapshot(project)
    status, _, err = run(capsys, "speakers", project, "--set", "Maria=interviewer",
                         "Giovanni=respondent")
    assert status == 1 and "No speaker is called 'Giovanni'" in err
    assert "Nothing was changed" in err
    status, _, err = run(capsys, "speakers", project, "--set", "Maria=boss", "Luca=interviewer")
    assert status == 1 and "'boss' (in --set Maria=boss) is not a speaker role" in err
    status, _, err = run(capsys, "speakers", project, "--set", "Maria")
    assert status == 1 and "--set expects LABEL=ROLE" in err
    status, _, err = run(capsys, "speakers", project, "--code-speaker", "Maria")
    assert status == 1 and "--code" in err
    status, _, err = run(capsys, "speakers", project, "--confirm", "--code-speaker", "Maria",
                         "--code", "No such code")
    assert status == 1 and "No such code" in err
    assert unchanged(project, before)


def test_confirm_detect_and_code_a_speaker(capsys, project, folder):
    report = run_json(capsys, "speakers", project, "--set", "Luca=interviewer", "--confirm")
    assert len(report["confirmed"]) == 2  # Interviewer and Maria; Luca was confirmed by --set
    assert all(s["confirmed"] for s in report["speakers"])

    status, out, err = run(capsys, "speakers", project, "--detect", "--quiet")
    assert status == 0, err
    assert "Speakers found again in 8 documents." in out
    assert "Luca (interviewer, 3 turns)" in out and "roles are guessed" not in out

    assert run(capsys, "code", project, "--add", "Delivery")[0] == 0
    report = run_json(capsys, "speakers", project, "--code-speaker", "Maria", "--code",
                      "Delivery")
    maria = next(s for s in report["speakers"] if s["label"] == "Maria")
    assert report["coded"]["codings"] == maria["turns"]
    status, out, _ = run(capsys, "code", project, "--passages", "Delivery")
    passages = [line.strip() for line in out.splitlines() if not line.startswith("[")]
    spoken = {line.split(": ", 1)[1] for p in sorted(folder.iterdir())
              for line in p.read_text("utf-8").splitlines() if line.startswith("Maria:")}
    assert set(passages) == spoken


def test_themes_list_documents_left_out_for_their_language(capsys, project, tmp_path):
    extra = tmp_path / "entretien.txt"
    extra.write_text(FRENCH, "utf-8")
    assert run(capsys, "documents", project, extra, "--quiet")[0] == 0
    report = run_json(capsys, "themes", project, "--count", "2", "--quiet")
    assert [(d["title"], d["language"]) for d in report["left_out"]] == [("entretien", "fr")]
    assert not theme_words(report) & {"livreur", "colis"}
    status, out, _ = run(capsys, "themes", project, "--count", "2", "--quiet")
    assert status == 0 and "Left out of themes, in a language" in out
    assert "entretien · French" in out


def test_customers_mapping_links_the_imported_transcripts_or_nothing(capsys, tmp_path, folder):
    path = create_project(tmp_path / "linked.pwb")
    people = tmp_path / "people.csv"
    people.write_text("customer_id,Name,Age\nC1,Anna Rossi,34\nC2,Bruno Neri,51\n", "utf-8")
    assert run(capsys, "import", path, people, "--quiet")[0] == 0
    status, out, _ = run(capsys, "customer", path)
    ids = {" ".join(line.split()[1:3]): int(line.split()[0]) for line in out.splitlines()
           if line.startswith(" ") and line.split()[0].isdigit()}
    assert set(ids) == {"Anna Rossi", "Bruno Neri"}

    bad = tmp_path / "bad.csv"
    bad.write_text("file,customer\ninterview-00.txt,Anna Rossi\ninterview-05.txt,Zeno\n",
                   "utf-8")
    before = snapshot(path)
    status, _, err = run(capsys, "documents", path, folder, "--customers", bad, "--quiet")
    assert status == 1 and "bad.csv" in err and "row 3" in err and "'Zeno'" in err
    assert unchanged(path, before)  # the transcripts were not imported either

    mapping = tmp_path / "mapping.csv"
    mapping.write_text("file,customer\ninterview-00.txt,Anna Rossi\ninterview-05,bruno neri\n",
                       "utf-8")
    report = run_json(capsys, "documents", path, folder, "--customers", mapping, "--quiet")
    customers = {d["origin"]: d["customer_id"] for d in report["documents"]}
    assert customers.pop("interview-00.txt") == ids["Anna Rossi"]
    assert customers.pop("interview-05.txt") == ids["Bruno Neri"]
    assert set(customers.values()) == {None}
    assert sorted((c["document_id"], c["customer_id"]) for c in report["customers"]["linked"]) == [
        (d["id"], d["customer_id"]) for d in report["documents"] if d["customer_id"] is not None]
    status, out, _ = run(capsys, "documents", path, "--customer", ids["Bruno Neri"])
    assert status == 0 and "interview-05.txt" in out and "interview-00.txt" not in out

    status, _, err = run(capsys, "documents", path, folder, "--customer", "1", "--customers",
                         mapping)
    assert status == 1 and "not both" in err


def test_help_documents_each_option():
    commands = build_parser()._subparsers._group_actions[0].choices  # noqa: SLF001
    for command, options in {
        "speakers": ["--set", "--confirm", "--detect", "--code-speaker", "--code", "--json",
                     "--quiet", "interviewer or respondent"],
        "documents": ["--customers", "--json", "MAPPING"],
        "themes": ["--speakers", "--json", "respondents (default)"],
        "search": ["--speakers", "--json"],
    }.items():
        text = " ".join(commands[command].format_help().split())
        for option in options:
            assert option in text, (command, option)
