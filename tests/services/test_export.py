"""Exporting a project's personas: cards as PDF/PNG, membership and statistics as CSV/XLSX,
all or nothing, personal data left out unless asked for."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest

from workbench.errors import AnalysisError, ExportError, OperationCancelled
from workbench.progress import Task
from workbench.services.export import (
    export_membership,
    export_persona_png,
    export_personas_pdf,
    export_statistics,
    newest_persona_set,
)
from workbench.services.importing import import_file
from workbench.services.personas import persona_members, personas_of, run_personas, update_persona
from workbench.services.project import create_project, open_project

GROUPS = {"young web": (27, 24_000, 9, 1, "silver"), "store regulars": (60, 38_000, 1, 14, "gold"),
          "premium": (42, 95_000, 5, 6, "platinum")}
EVIL_NAME = '=HYPERLINK("http://evil.example","Zoë")'


def write_customers(path: Path, per_group: int = 40) -> None:
    rng = random.Random(3)
    lines = ["customer_id,Name,Email,Age,Income,Web purchases,Store purchases,Loyalty tier"]
    n = 0
    for age, income, web, store, tier in GROUPS.values():
        for _ in range(per_group):
            n += 1
            name = EVIL_NAME if n == 1 else f"Zoë Ελένη {n}"
            lines.append(f'K{n:04d},"{name.replace(chr(34), chr(34) * 2)}",p{n}@example.com,'
                         f"{int(rng.gauss(age, 3))},{rng.gauss(income, income / 12):.0f},"
                         f"{max(0, int(rng.gauss(web, 1)))},{max(0, int(rng.gauss(store, 1)))},"
                         f"{tier}")
    path.write_text("\n".join(lines), "utf-8")


@pytest.fixture(scope="module")
def planted(tmp_path_factory) -> Path:
    """A project with three planted personas (built once for the module, then only read)."""
    folder = tmp_path_factory.mktemp("export-project")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PERSONA_WORKBENCH_HOME", str(folder / "home"))
        path = create_project(folder / "study.pwb", "Studio clienti")
        write_customers(folder / "crm.csv")
        with open_project(path) as project:
            import_file(project, folder / "crm.csv")
            set_id = run_personas(project, k=3, seed=0, name="Tre personas")
            first = personas_of(project, set_id)[0]
            update_persona(project, first.id, name="=2+3 Zoë", quote="Compro online 🛒",
                           narrative="Racconto: àèéìòù " * 20)
    return path


def test_pdf_has_a_page_per_persona_with_its_name_and_the_sets_provenance(planted, tmp_path):
    from pypdf import PdfReader

    with open_project(planted, readonly=True) as project:
        set_id = newest_persona_set(project).id
        names = [p.name for p in personas_of(project, set_id)]
        done = export_personas_pdf(project, set_id, tmp_path / "cards.pdf")
    assert done.paths == [tmp_path / "cards.pdf"] and done.pages == 3 and done.personas == 3
    pages = PdfReader(str(done.paths[0])).pages
    assert len(pages) == 3
    texts = [page.extract_text() for page in pages]
    for name, text in zip(names, texts, strict=True):
        assert name.replace(" ", "") in text.replace(" ", "").replace("\n", "")
    assert "Compro online [shopping trolley]" in texts[0]
    assert "Studio clienti · Persona set: Tre personas" in texts[0]
    assert "crm.csv" in texts[0] and "120 customers clustered" in texts[0]
    assert "K0001" not in "".join(texts) and "Zoë Ελένη 7" not in "".join(texts)  # no customers


def test_pdf_of_chosen_personas_only(planted, tmp_path):
    with open_project(planted, readonly=True) as project:
        set_id = newest_persona_set(project).id
        second = personas_of(project, set_id)[1]
        done = export_personas_pdf(project, set_id, tmp_path / "one.pdf", persona_ids=[second.id])
        assert done.pages == 1 and done.personas == 1
        with pytest.raises(ExportError, match="has no persona 999"):
            export_personas_pdf(project, set_id, tmp_path / "none.pdf", persona_ids=[999])
        with pytest.raises(AnalysisError, match="no persona set 77"):
            export_personas_pdf(project, 77, tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()


def test_png_writes_one_image_per_card_into_a_new_folder(planted, tmp_path):
    from PIL import Image

    with open_project(planted, readonly=True) as project:
        set_id = newest_persona_set(project).id
        done = export_persona_png(project, set_id, tmp_path / "cards", dpi=100)
    names = sorted(p.name for p in (tmp_path / "cards").iterdir())
    assert names == sorted(p.name for p in done.paths) and len(names) == 3
    assert names[0].startswith("01-") and all(n.endswith(".png") for n in names)
    with Image.open(done.paths[0]) as image:
        assert image.size[0] == pytest.approx(595.276 / 72 * 100, abs=1)


def test_membership_leaves_out_personal_data_unless_asked(planted, tmp_path):
    with open_project(planted, readonly=True) as project:
        set_id = newest_persona_set(project).id
        members = persona_members(project, set_id)
        plain = export_membership(project, set_id, tmp_path / "m.csv")
        full = export_membership(project, set_id, tmp_path / "full.csv",
                                 include_personal_data=True)
    assert plain.rows == full.rows == len(members) == 120
    assert plain.left_out == ["customer label"] and full.left_out == []
    with open(tmp_path / "m.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert set(rows[0]) == {"customer id", "customer key", "persona", "fit", "nearest persona",
                            "fits no persona because"}
    text = (tmp_path / "m.csv").read_text("utf-8-sig")
    assert "Zoë Ελένη" not in text and "HYPERLINK" not in text and "@example.com" not in text
    assert {r["customer key"] for r in rows} == {f"K{n:04d}" for n in range(1, 121)}
    assert "'=2+3 Zoë" in {r["persona"] for r in rows}  # a persona name cannot run as a formula
    with open(tmp_path / "full.csv", encoding="utf-8-sig", newline="") as handle:
        full_rows = list(csv.DictReader(handle))
    labels = {r["customer label"] for r in full_rows}
    assert "'" + EVIL_NAME in labels and "Zoë Ελένη 7" in labels


def test_membership_xlsx_never_holds_a_formula(planted, tmp_path):
    from openpyxl import load_workbook

    with open_project(planted, readonly=True) as project:
        set_id = newest_persona_set(project).id
        export_membership(project, set_id, tmp_path / "m.xlsx", fmt="xlsx",
                          include_personal_data=True)
    sheet = load_workbook(tmp_path / "m.xlsx").worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["customer id", "customer key", "customer label"]
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row]
    assert not [c.value for c in cells if c.data_type == "f"]
    assert "'" + EVIL_NAME in {c.value for c in cells}


def test_statistics_list_every_attribute_line_with_values_and_effects(planted, tmp_path):
    with open_project(planted, readonly=True) as project:
        set_id = newest_persona_set(project).id
        personas = personas_of(project, set_id)
        done = export_statistics(project, set_id, tmp_path / "s.csv")
        only = export_statistics(project, set_id, tmp_path / "one.xlsx", fmt="xlsx",
                                 persona_ids=[personas[2].id])
    with open(tmp_path / "s.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert done.rows == len(rows) == sum(len(p.profile["effects"]) + len(p.profile.get(
        "channel_mix", [])) for p in personas)
    income = next(r for r in rows if r["attribute"] == "Income" and r["persona"] == personas[0].name
                  or r["attribute"] == "Income" and r["persona"] == "'" + personas[0].name)
    assert float(income["persona value"]) > 0 and income["effect measure"] == "Cohen's d"
    tiers = [r for r in rows if r["attribute"] == "Loyalty tier"]
    assert tiers and all(r["statistic"] == "share" and r["level"] for r in tiers)
    assert 0 < only.rows < done.rows


def test_cancelled_export_leaves_no_file_and_keeps_an_older_one(planted, tmp_path):
    target = tmp_path / "cards.pdf"
    target.write_bytes(b"the previous export")
    task = Task(lambda done, total, message: task.cancel() if done else None)
    with open_project(planted, readonly=True) as project:
        set_id = newest_persona_set(project).id
        with pytest.raises(OperationCancelled):
            export_personas_pdf(project, set_id, target, task=task)
        png_task = Task(lambda done, total, message: png_task.cancel() if done else None)
        with pytest.raises(OperationCancelled):
            export_persona_png(project, set_id, tmp_path / "pngs", task=png_task)
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cards.pdf"]  # no temporary files


def test_exports_refuse_bad_targets_with_a_clear_message(planted, tmp_path):
    with open_project(planted, readonly=True) as project:
        set_id = newest_persona_set(project).id
        with pytest.raises(ExportError, match="does not exist"):
            export_personas_pdf(project, set_id, tmp_path / "missing" / "cards.pdf")
        with pytest.raises(ExportError, match="is a folder"):
            export_membership(project, set_id, tmp_path)
        with pytest.raises(ExportError, match="project file itself"):
            export_statistics(project, set_id, planted)
        with pytest.raises(ExportError, match="csv or xlsx"):
            export_statistics(project, set_id, tmp_path / "s.ods", fmt="ods")
    assert sorted(p.name for p in tmp_path.iterdir()) == []
