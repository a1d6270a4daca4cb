"""Slide decks: 8 persona cards and 4 journey maps as .pptx (the sample clustered into 8
personas, a journey map for 4 of them), timed. Target: under 5 s on 2 cores.

App: services.slides.export_personas_pptx and export_journey_pptx (read the project, lay the
slides out measuring every text, write native shapes and charts, atomically).
Baseline: python-pptx alone writing the same number of slides, each with one text box.

    python bench/deck_bench.py [runs]   (default 3; prints medians)
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 3
PERSONAS = 8
JOURNEYS = 4
HOME = Path(tempfile.gettempdir()) / "workbench-bench"
os.environ.setdefault("PERSONA_WORKBENCH_HOME", str(HOME / "home"))


def make_project() -> tuple[Path, int, list[int]]:
    """The sample's customers in 8 personas with filled-in cards, and 4 journey maps."""
    import shutil

    from workbench.services import journeys
    from workbench.services.personas import personas_of, run_personas, update_persona
    from workbench.services.project import open_project
    from workbench.services.sample import built_sample

    HOME.mkdir(exist_ok=True)
    path = HOME / "deck-bench.pwb"
    for stale in HOME.glob("deck-bench.pwb*"):
        stale.unlink()
    shutil.copy(built_sample(), path)
    with open_project(path) as project:
        set_id = run_personas(project, k=PERSONAS, seed=0, name="Eight personas")
        personas = personas_of(project, set_id)
        for persona in personas:
            update_persona(project, persona.id,
                           quote="I compare prices on my phone, then decide in the shop.",
                           narrative="Lives in Milan, shops late in the evening. " * 12,
                           goals="Right size first time\nDelivery in two days",
                           frustrations="Slow refunds\nStock online that is not in the store",
                           motivations="Saving time\nReviews from people like them")
        maps = [journeys.create_journey(project, persona.id, name=f"Journey of {persona.name}")
                for persona in personas[:JOURNEYS]]
    return path, set_id, maps


def median_time(function) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    from pptx import Presentation
    from pptx.util import Pt

    from workbench.services.project import open_project
    from workbench.services.slides import export_journey_pptx, export_personas_pptx

    path, set_id, maps = make_project()
    out = HOME / "deck-bench-out"
    out.mkdir(exist_ok=True)
    slides = 0
    with open_project(path, readonly=True) as project:
        def decks() -> None:
            nonlocal slides
            written = [export_personas_pptx(project, set_id, out / "personas.pptx")]
            for journey_id in maps:
                written.append(export_journey_pptx(project, journey_id,
                                                   out / f"journey-{journey_id}.pptx"))
            slides = sum(len(Presentation(str(p)).slides) for p in written)

        app = median_time(decks)

    def baseline() -> None:
        deck = Presentation()
        for _ in range(slides):
            box = deck.slides.add_slide(deck.slide_layouts[6]).shapes.add_textbox(0, 0, Pt(400),
                                                                                  Pt(40))
            box.text_frame.text = "A persona"
        deck.save(str(out / "baseline.pptx"))

    base = median_time(baseline)
    print(f"deck of {PERSONAS} personas + {JOURNEYS} journey maps ({slides} slides): "
          f"app {app:.2f} s, baseline {base:.2f} s, ratio {app / base:.1f}x "
          f"(target < 5 s on 2 cores)")


if __name__ == "__main__":
    main()
