"""Persona card export: a PDF of 8 persona cards, and the same 8 cards as PNG images; and a
6-stage journey map as PDF (the sample's first map with two stages added and a card per cell).

App: services.export.export_personas_pdf / export_persona_png (read the project, lay the
cards out, draw them, write atomically). Baseline: matplotlib alone saving the very same,
already drawn figures (PdfPages.savefig / Figure.savefig), i.e. the cost of the library
call the export cannot avoid. Target: under 2 s for the PDF on a 2-core machine.

    python bench/export_bench.py [runs]   (default 5; prints medians)
"""

from __future__ import annotations

import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
PERSONAS = 8
HOME = Path(tempfile.gettempdir()) / "workbench-bench"
os.environ.setdefault("PERSONA_WORKBENCH_HOME", str(HOME / "home"))


def make_project() -> tuple[Path, int]:
    """The sample's customers clustered into 8 personas, each with a filled-in card."""
    from workbench.sample_projects.build_sample import build_sample

    from workbench.services.personas import personas_of, run_personas, update_persona
    from workbench.services.project import open_project

    HOME.mkdir(exist_ok=True)
    path = HOME / "export-bench.pwb"
    for stale in HOME.glob("export-bench.pwb*"):
        stale.unlink()
    build_sample(path)
    with open_project(path) as project:
        set_id = run_personas(project, k=PERSONAS, seed=0, name="Eight personas")
        for persona in personas_of(project, set_id):
            update_persona(project, persona.id,
                           quote="I compare prices on my phone, then decide in the shop.",
                           narrative="Lives in Milan, shops late in the evening. " * 12,
                           goals="Right size first time\nDelivery in two days\nOne place for orders",
                           frustrations="Slow refunds\nStock online that is not in the store",
                           motivations="Saving time\nReviews from people like them",
                           channels="Web, app, e-mail")
    return path, set_id


def median_time(function) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    from matplotlib.backends.backend_pdf import PdfPages

    from workbench.export.canvas import render_settings
    from workbench.export.persona_pages import draw_page, plan_cards
    from workbench.export.text import default_typeface
    from workbench.services.export import (
        export_persona_png,
        export_personas_pdf,
        persona_cards,
    )
    from workbench.services.project import open_project

    path, set_id = make_project()
    out = HOME / "export-bench-out"
    out.mkdir(exist_ok=True)
    with open_project(path, readonly=True) as project:
        cards, context = persona_cards(project, set_id)
        typeface = default_typeface()
        plans = plan_cards(cards, context, typeface)
        with render_settings():
            figures = [draw_page(p, context, n, len(plans), typeface).figure
                       for n, p in enumerate(plans, start=1)]

        def baseline_pdf() -> None:
            with render_settings(), PdfPages(io.BytesIO()) as pdf:
                for figure in figures:
                    pdf.savefig(figure)

        def baseline_png() -> None:
            with render_settings():
                for figure in figures:
                    figure.savefig(io.BytesIO(), format="png", dpi=170)

        export_personas_pdf(project, set_id, out / "warm-up.pdf")  # fonts loaded, caches warm
        app_pdf = median_time(lambda: export_personas_pdf(project, set_id, out / "cards.pdf"))
        base_pdf = median_time(baseline_pdf)
        app_png = median_time(lambda: export_persona_png(project, set_id, out / "png"))
        base_png = median_time(baseline_png)
    print(f"{PERSONAS} persona cards, {len(plans)} pages, {os.cpu_count()} CPUs, median of {RUNS}")
    print(f"PDF: app {app_pdf:.2f} s, matplotlib savefig {base_pdf:.2f} s, "
          f"ratio {app_pdf / base_pdf:.2f}  (target < 2 s)")
    print(f"PNG at 170 dpi: app {app_png:.2f} s, matplotlib savefig {base_png:.2f} s, "
          f"ratio {app_png / base_png:.2f}")
    journey_case(path, out)


def journey_case(path: Path, out: Path) -> None:
    """A 6-stage journey map as PDF: app against matplotlib saving the same drawn pages."""
    import shutil

    from matplotlib.backends.backend_pdf import PdfPages

    from workbench.export.canvas import render_settings
    from workbench.export.journey_pages import draw_page, prepare
    from workbench.export.text import default_typeface
    from workbench.services import journeys
    from workbench.services.export import export_journey_pdf, journey_sheet
    from workbench.services.project import open_project

    copy = out / "journey-bench.pwb"
    shutil.copyfile(path, copy)
    with open_project(copy) as project:
        journey_id = journeys.journeys(project)[0].id
        for name in ("Advocacy", "Renewal"):
            journeys.add_stage(project, journey_id, name)
        journey = journeys.get_journey(project, journey_id)
        for lane in journey.lanes:
            if lane.kind != "emotion":
                for stage in journey.stages:
                    journeys.add_card(project, lane.id, stage.id,
                                      f"{lane.name} at {stage.name}: what happens and why.")
    with open_project(copy, readonly=True) as project:
        typeface = default_typeface()
        sheet, context = journey_sheet(project, journey_id)
        shown, plans, replaced = prepare(sheet, "fit", typeface)
        with render_settings():
            figures = [draw_page(p, shown, context, n, len(plans), typeface, replaced).figure
                       for n, p in enumerate(plans, start=1)]

        def baseline() -> None:
            with render_settings(), PdfPages(io.BytesIO()) as pdf:
                for figure in figures:
                    pdf.savefig(figure)

        export_journey_pdf(project, journey_id, out / "warm-up-journey.pdf")
        app = median_time(lambda: export_journey_pdf(project, journey_id, out / "journey.pdf"))
        base = median_time(baseline)
    print(f"6-stage journey map, {len(plans)} pages: app {app:.2f} s, matplotlib savefig "
          f"{base:.2f} s, ratio {app / base:.2f}  (target < 2 s)")


if __name__ == "__main__":
    main()
