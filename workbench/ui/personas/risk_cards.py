"""Churn risk on the persona cards: once a set's cards are shown, its members' risks from
the latest risk run are read in the background and drawn on each card."""

from __future__ import annotations

import logging

from workbench.ui.worker import Worker

log = logging.getLogger("workbench.ui.personas")


def attach_risks(area) -> None:
    """Draw the members' risk distribution on the cards of every set ``area`` shows."""
    area.set_shown.connect(lambda set_id: show_risks(area, set_id))


def show_risks(area, set_id: int) -> Worker | None:
    from workbench.ui.retention import background

    project = area.project
    if project is None:
        return None
    worker = Worker(background.persona_risks, project, set_id, owner=area)
    worker.finished.connect(lambda risks: _fill(area, project, set_id, risks))
    worker.failed.connect(lambda message, _details: log.info("No risks on the cards: %s",
                                                             message))
    area.risk_worker = worker
    return worker.start()


def _fill(area, project, set_id: int, risks: dict[int, list[float]]) -> None:
    if project is not area.project or area.set_view.set_id != set_id:
        return  # another set (or project) is shown by now
    for card in area.set_view.grid.cards:
        card.set_risks(risks.get(card.persona.id))
