"""The feature pages installed into the project view's areas.

Each area's package adds one line to :func:`install_areas`. An area widget
receives the main window (for ``run_task``, ``undo_stack``, ``refresh_info``
and ``show_message``) and may define ``set_project(project, info)``, called
whenever a project opens (``None, None`` when it closes). Area widgets must
not import pandas, scikit-learn or matplotlib at module level: the window
opens before any of them is needed.
"""

from __future__ import annotations


def install_areas(window) -> None:
    """Replace the empty states with the features that exist."""
    # One block per area, e.g.:
    #     from workbench.ui.data.area import DataArea
    #     window.project_view.set_area_widget("data", DataArea(window))

    from workbench.ui.data.area import DataArea

    window.project_view.set_area_widget("data", DataArea(window))

    from workbench.ui.evidence.area import EvidenceArea
    from workbench.ui.evidence.document_actions import attach_voices

    evidence = EvidenceArea(window)
    window.project_view.set_area_widget("evidence", evidence)
    attach_voices(evidence)

    from workbench.ui.personas.area import PersonasArea

    personas = PersonasArea(window)
    window.project_view.set_area_widget("personas", personas)
    from workbench.ui.personas.risk_cards import attach_risks

    attach_risks(personas)
    from workbench.ui.personas.measure_cards import attach_measures

    attach_measures(personas)
    from workbench.ui.personas.living import attach_living

    attach_living(personas)

    from workbench.ui.journeys.area import JourneysArea

    journeys = JourneysArea(window)
    window.project_view.set_area_widget("journeys", journeys)
    from workbench.ui.journeys.voc_lanes import attach_voc

    attach_voc(journeys)

    from workbench.ui.retention.area import RetentionArea

    window.project_view.set_area_widget("retention", RetentionArea(window))

    from workbench.ui.voc.area import VocArea

    window.project_view.set_area_widget("voc", VocArea(window))

    from workbench.ui.trends.area import TrendsArea

    window.project_view.set_area_widget("trends", TrendsArea(window))

    from workbench.ui.export.area import ExportArea

    window.project_view.set_area_widget("export", ExportArea(window))
