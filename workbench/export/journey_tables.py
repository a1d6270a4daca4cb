"""Journey maps as spreadsheet tables: every card of every cell, and the observed figures.

Pure functions over :class:`~workbench.domain.journeys.JourneyMap` (no SQL): the
service passes what it read about linked evidence documents. The document a card
quotes is named only with ``include_personal_data`` (transcript titles often name
the person interviewed).
"""

from __future__ import annotations

from workbench.domain.journeys import LANE_EMOTION, JourneyMap
from workbench.export.tables import DECIMAL, INTEGER, SHARE, Column, Table
from workbench.i18n import translate


def cell_columns(include_personal_data: bool) -> list[Column]:
    columns = [Column(translate("Export", "journey"), width=30),
               Column(translate("Export", "persona"), width=30),
               Column(translate("Export", "stage number"), INTEGER, 8),
               Column(translate("Export", "stage"), width=26),
               Column(translate("Export", "lane"), width=22),
               Column(translate("Export", "lane kind"), width=14),
               Column(translate("Export", "card number"), INTEGER, 8),
               Column(translate("Export", "card text"), width=60),
               Column(translate("Export", "origin"), width=12),
               Column(translate("Export", "edited"), width=8),
               Column(translate("Export", "friction kind"), width=12),
               Column(translate("Export", "members"), INTEGER, 10),
               Column(translate("Export", "share of members"), SHARE, 10),
               Column(translate("Export", "channel"), width=16),
               Column(translate("Export", "emotion (−2…+2)"), DECIMAL, 10),
               Column(translate("Export", "emotion scores"), INTEGER, 10),
               Column(translate("Export", "evidence document id"), INTEGER, 10)]
    if include_personal_data:
        columns.append(Column(translate("Export", "evidence document"), width=30))
    return columns


def personal_columns() -> list[str]:
    """Headers left out unless the user asks for personal data."""
    return [translate("Export", "evidence document")]


def journey_cells_table(journey: JourneyMap, persona_name: str,
                        document_titles: dict[int, str] | None = None,
                        include_personal_data: bool = False) -> Table:
    """One row per card (stage by stage, lane by lane), and one per stage for the emotion."""
    titles = document_titles or {}
    yes, no = translate("Export", "yes"), translate("Export", "no")
    designed, observed = translate("Export", "designed"), translate("Export", "observed")
    lanes = [lane for lane in journey.lanes if not lane.hidden]
    rows = []
    for stage_number, stage in enumerate(journey.stages, start=1):
        for lane in lanes:
            head = [journey.name, persona_name, stage_number, stage.name, lane.name, lane.kind]
            if lane.kind == LANE_EMOTION:
                emotion = journey.emotion(stage.id)
                origin = (designed if emotion.overridden else observed) \
                    if emotion.value is not None else ""
                row = head + [None, "", origin, yes if emotion.overridden else no, "", None,
                              None, "", emotion.value, emotion.observed_n or None, None]
                rows.append(row + ([""] if include_personal_data else []))
            for number, card in enumerate(journey.cell(lane.id, stage.id), start=1):
                figures = card.figures or {}
                document = card.evidence.document_id if card.evidence else None
                row = head + [number, card.text,
                              designed if card.origin == "designed" else observed,
                              yes if card.edited else no, figures.get("kind", ""),
                              figures.get("members"), figures.get("share"),
                              figures.get("channel") or "", None, None, document]
                if include_personal_data:
                    row.append(titles.get(document, "") if document is not None else "")
                rows.append(row)
    return Table(translate("Export", "Journey cells"), cell_columns(include_personal_data), rows)


def observed_table(journey: JourneyMap) -> Table:
    """The observed figures per stage (members, channels, repeats, drop-out, negative feedback)."""
    columns = [Column(translate("Export", "stage number"), INTEGER, 8),
               Column(translate("Export", "stage"), width=26),
               Column(translate("Export", "members"), INTEGER, 10),
               Column(translate("Export", "share of members"), SHARE, 10),
               Column(translate("Export", "touchpoints"), INTEGER, 10),
               Column(translate("Export", "top channels"), width=40),
               Column(translate("Export", "median hours before"), DECIMAL, 12),
               Column(translate("Export", "repeat contacts"), INTEGER, 10),
               Column(translate("Export", "dropped out"), INTEGER, 10),
               Column(translate("Export", "negative share"), SHARE, 10),
               Column(translate("Export", "emotion (−2…+2)"), DECIMAL, 10),
               Column(translate("Export", "emotion scores"), INTEGER, 10)]
    rows = []
    observed = journey.observed
    if observed is not None:
        by_id = {s.stage_id: s for s in observed.stages}
        for number, stage in enumerate(journey.stages, start=1):
            figures = by_id.get(stage.id) or observed.stage(stage.name)
            if figures is None:
                continue
            channels = ", ".join(f"{name} {share:.0%}"
                                 for name, share in list(figures.channel_shares.items())[:3])
            rows.append([number, stage.name, figures.members, figures.share, figures.events,
                         channels, figures.median_gap_hours, figures.repeat_contacts,
                         figures.dropped_out, figures.negative_share, figures.emotion,
                         figures.emotion_n])
    return Table(translate("Export", "Observed journey"), columns, rows)
