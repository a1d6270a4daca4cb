"""Voice of the customer on the journey map: each stage's survey measures in the emotion lane
("NPS +12 (n = 48)", read in the background whenever a map is shown) and the "Add front-line
view lane" entry of the Lanes menu (undoable)."""

from __future__ import annotations

import logging

from workbench.i18n import translate
from workbench.ui.journeys import commands
from workbench.ui.worker import Worker

log = logging.getLogger("workbench.ui.journeys")


def attach_voc(area) -> None:
    """Measures on ``area``'s maps and the front-line lane in its Lanes menu."""
    area.measures_worker = None
    area.journey_shown.connect(lambda journey: show_stage_measures(area, journey))
    # after the area's own filling of the menu (connected first, so called first)
    area.lanes_menu.aboutToShow.connect(lambda: add_frontline_entry(area))


def show_stage_measures(area, journey) -> Worker | None:
    from workbench.ui.voc import background

    previous = area.measures_worker
    if previous is not None and previous.is_running:
        previous.cancel()
    project = area.project
    if journey is None or project is None:
        area.map_view.set_stage_measures({})
        return None
    if getattr(area.map_view, "_measures_journey", None) != journey.id:
        area.map_view.set_stage_measures({})  # another map: its stages' figures only
    area.map_view._measures_journey = journey.id
    worker = Worker(background.stage_measures, project, journey.id,
                    title=translate("Journeys", "Reading the stages' measures"), owner=area)
    worker.finished.connect(lambda measures: _fill(area, project, journey.id, measures))
    worker.failed.connect(lambda message, _details: log.info("No measures on the map: %s",
                                                             message))
    area.measures_worker = worker
    return worker.start()


def _fill(area, project, journey_id: int, measures: dict) -> None:
    from workbench.ui.voc import wording

    if project is not area.project or area.journey is None or area.journey.id != journey_id:
        return
    area.map_view.set_stage_measures({stage_id: [wording.short_line(row) for row in rows]
                                      for stage_id, rows in measures.items() if rows})


def add_frontline_entry(area) -> None:
    menu = area.lanes_menu
    if area.journey is None:
        return
    action = menu.addAction(translate("Journeys", "Add front-line view lane"))
    action.setObjectName("AddFrontlineLane")
    action.setToolTip(translate("Journeys", "A lane with what front-line staff hear at each "
                                "stage, from the sources and documents marked as front-line "
                                "voice"))
    action.setEnabled(not area.readonly)
    action.triggered.connect(lambda _checked=False: add_frontline_lane(area))


def add_frontline_lane(area) -> None:
    """Add the front-line view lane to the shown map (Edit ▸ Undo removes it)."""
    if area.journey is None or area.readonly:
        return
    area._push(commands.AddFrontlineLaneCommand(area, area.journey.id,
                                                {lane.id for lane in area.journey.lanes}))
