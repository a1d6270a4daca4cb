"""The Journeys area: the journey maps on the left, the chosen map and its observed journey.

What a researcher does here: create a map from a persona (the observed
journey is computed in the background), edit it in place (every edit is one
undoable command calling one journeys-service function, saved at once),
read the members' observed journey beside it, and compare emotion curves.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.journeys import Card, Evidence, JourneyMap
from workbench.errors import WorkbenchError
from workbench.i18n import translate
from workbench.services import journeys as service
from workbench.ui.dialogs import ERROR, QUESTION
from workbench.ui.journeys import background, commands
from workbench.ui.journeys.dialogs import NewJourneyDialog, QuoteDialog
from workbench.ui.journeys.friction_panel import FrictionCostPanel
from workbench.ui.journeys.look import journeys_style
from workbench.ui.journeys.map_view import JourneyMapView, format_emotion
from workbench.ui.journeys.models import JourneyListModel, template_name
from workbench.ui.journeys.observed_view import ObservedJourneyView
from workbench.ui.personas.members_dialog import MembersDialog
from workbench.ui.personas.models import ID_ROLE
from workbench.ui.personas.set_list import SetItemDelegate
from workbench.ui.personas.set_view import EmptyPersonasPage
from workbench.ui.style import palette_key, scale_font, theme_changed
from workbench.ui.worker import Worker, stop_workers

log = logging.getLogger("workbench.ui.journeys")

DELETE = "delete"
REMOVE = "remove"
#: A card made from a quote shows at most this many characters of the passage.
QUOTE_CHARS = 280


class JourneysArea(QWidget):
    """Journey maps of personas: list, map, observed journey, comparison."""

    #: The map now shown (a JourneyMap, or None), after every read: voc_lanes adds its measures.
    journey_shown = Signal(object)

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("JourneysArea")
        self.window_ = window
        self.project = None
        self.info = None
        self.journey: JourneyMap | None = None
        self.new_dialog: NewJourneyDialog | None = None
        self.members_dialog: MembersDialog | None = None
        self.compare_dialog = None
        self.quote_dialog: QuoteDialog | None = None
        self._style_key: tuple[str, ...] = ()

        # --- left: the maps
        title = QLabel(translate("Journeys", "Journey maps"))
        scale_font(title, 1.2, QFont.Weight.DemiBold)
        self.maps_model = JourneyListModel(self)
        self.maps_view = QListView()
        self.maps_view.setObjectName("JourneyList")
        self.maps_view.setModel(self.maps_model)
        self.maps_view.setItemDelegate(SetItemDelegate(self.maps_view))
        self.maps_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.maps_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.maps_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.maps_view.setAccessibleName(translate("Journeys", "Journey maps"))
        self.maps_view.selectionModel().currentChanged.connect(self._current_changed)
        self.new_button = QPushButton(translate("Journeys", "New journey map…"))
        self.new_button.setDefault(True)
        self.new_button.setToolTip(translate("Journeys", "Build a journey map from a persona"))
        self.new_button.clicked.connect(lambda: self.new_map())
        self.rename_button = QPushButton(translate("Journeys", "Rename…"))
        self.rename_button.clicked.connect(self.rename_map)
        self.delete_button = QPushButton(translate("Journeys", "Delete…"))
        self.delete_button.clicked.connect(self.delete_map)
        self.compare_button = QPushButton(translate("Journeys", "Compare emotions…"))
        self.compare_button.setToolTip(translate(
            "Journeys", "Overlay the emotion curves of several personas' journeys"))
        self.compare_button.clicked.connect(self.compare_maps)
        self.export_button = QPushButton(translate("Journeys", "Export…"))
        self.export_button.clicked.connect(self.export)
        self.readonly_note = QLabel(translate(
            "Journeys", "Read-only project: journey maps can be viewed, not changed."))
        self.readonly_note.setObjectName("Secondary")
        self.readonly_note.setWordWrap(True)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.rename_button)
        edit_row.addWidget(self.delete_button)
        left = QFrame()
        left.setObjectName("JourneyListPanel")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(16, 18, 12, 16)
        left_layout.setSpacing(10)
        left_layout.addWidget(title)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.maps_view, 1)
        left_layout.addLayout(edit_row)
        left_layout.addWidget(self.compare_button)
        left_layout.addWidget(self.export_button)
        left_layout.addWidget(self.readonly_note)
        left.setMinimumWidth(220)
        left.setMaximumWidth(380)

        # --- right: the chosen map
        self.map_view = JourneyMapView()
        self.observed_view = ObservedJourneyView()
        self.observed_scroll = QScrollArea()
        self.observed_scroll.setObjectName("ObservedPanel")
        self.observed_scroll.setWidgetResizable(True)
        self.observed_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.observed_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.friction_panel = FrictionCostPanel()
        self.friction_panel.card_activated.connect(self.show_friction_members)
        observed_column = QWidget()
        column_layout = QVBoxLayout(observed_column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(0)
        column_layout.addWidget(self.friction_panel)
        column_layout.addWidget(self.observed_view, 1)
        self.observed_scroll.setWidget(observed_column)
        self.observed_scroll.setMinimumWidth(280)
        self.map_split = QSplitter(Qt.Orientation.Horizontal)
        self.map_split.addWidget(self.map_view)
        self.map_split.addWidget(self.observed_scroll)
        self.map_split.setStretchFactor(0, 1)
        self.map_split.setStretchFactor(1, 0)
        self.map_split.setChildrenCollapsible(False)
        self.map_split.setSizes([960, 330])

        self.map_title = QLabel()
        self.map_title.setObjectName("JourneyTitle")
        scale_font(self.map_title, 1.25, QFont.Weight.DemiBold)
        self.map_subtitle = QLabel()
        self.map_subtitle.setObjectName("Secondary")
        for label in (self.map_title, self.map_subtitle):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(translate("Journeys", "Find on the map"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(150)
        self.search_edit.setMaximumWidth(220)
        self.search_edit.textChanged.connect(self.map_view.set_search)
        self.lanes_button = QToolButton()
        self.lanes_button.setText(translate("Journeys", "Lanes"))
        self.lanes_button.setToolTip(translate("Journeys", "Show or hide lanes, add a lane"))
        self.lanes_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.lanes_menu = QMenu(self.lanes_button)
        self.lanes_menu.aboutToShow.connect(self._fill_lanes_menu)
        self.lanes_button.setMenu(self.lanes_menu)
        self.refresh_button = QToolButton()
        self.refresh_button.setText(translate("Journeys", "Refresh observed"))
        self.refresh_button.setToolTip(translate(
            "Journeys", "Compute the members' observed journey again from the touchpoint events"))
        self.refresh_button.clicked.connect(self.refresh_observed)
        self.observed_button = QToolButton()
        self.observed_button.setText(translate("Journeys", "Observed journey"))
        self.observed_button.setCheckable(True)
        self.observed_button.setChecked(True)
        self.observed_button.setToolTip(translate(
            "Journeys", "Show what the persona's members really did beside the designed map"))
        self.observed_button.toggled.connect(self.observed_scroll.setVisible)
        toolbar = QFrame()
        toolbar.setObjectName("JourneyToolbar")
        rows = QVBoxLayout(toolbar)
        rows.setContentsMargins(18, 10, 14, 10)
        rows.setSpacing(4)
        rows.addWidget(self.map_title)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        rows.addLayout(bar)
        bar.addWidget(self.map_subtitle, 1)
        bar.addWidget(self.search_edit)
        bar.addWidget(self.lanes_button)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.observed_button)
        map_page = QWidget()
        map_layout = QVBoxLayout(map_page)
        map_layout.setContentsMargins(0, 0, 0, 0)
        map_layout.setSpacing(0)
        map_layout.addWidget(toolbar)
        map_layout.addWidget(self.map_split, 1)
        self.map_page = map_page

        self.empty_page = EmptyPersonasPage()
        self.empty_page.button.setText(translate("Journeys", "New journey map…"))
        self.empty_page.button.clicked.connect(lambda: self.new_map())
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_page)
        self.pages.addWidget(map_page)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 1040])
        splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        view = self.map_view
        view.card_edited.connect(self.edit_card)
        view.card_added.connect(self.add_card)
        view.card_removed.connect(self.remove_card)
        view.card_moved.connect(self.move_card)
        view.stage_renamed.connect(self.rename_stage)
        view.stage_added.connect(self.add_stage)
        view.stage_removed.connect(self.remove_stage)
        view.stage_moved.connect(self.move_stage)
        view.lane_renamed.connect(self.rename_lane)
        view.lane_hidden.connect(self.hide_lane)
        view.lane_added.connect(self.add_lane)
        view.lane_removed.connect(self.remove_lane)
        view.lane_moved.connect(self.move_lane)
        view.emotion_set.connect(self.set_emotion)
        view.emotion_asked.connect(self.ask_emotion)
        view.members_requested.connect(self.show_friction_members)
        view.quote_requested.connect(self.pick_quote)
        view.evidence_requested.connect(self.show_card_evidence)

        self._add_shortcut("Ctrl+Shift+J", self.new_map)
        rename = QAction(self.maps_view)
        rename.setShortcut(QKeySequence(Qt.Key.Key_F2))
        rename.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        rename.triggered.connect(self.rename_map)
        self.maps_view.addAction(rename)
        delete = QAction(self.maps_view)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_map)
        self.maps_view.addAction(delete)
        self._refresh_style()
        self._update_state()

    #: Below this width the map gets the whole page; the observed journey is one click away.
    SIDE_BY_SIDE_WIDTH = 1400

    def showEvent(self, event) -> None:  # Qt override
        if not getattr(self, "_shown_once", False):
            self._shown_once = True
            self.observed_button.setChecked(self.width() >= self.SIDE_BY_SIDE_WIDTH)
        super().showEvent(event)
        if getattr(self, "_stale", False) and self.project is not None:
            self._stale = False
            self.reload_maps(select=self._stale_select)

    def _add_shortcut(self, keys, slot) -> None:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)

    # --- project ----------------------------------------------------------------------

    @property
    def readonly(self) -> bool:
        return self.project is not None and self.project.readonly

    def background_workers(self) -> list[Worker]:
        """This area's own reading work still running (the window tracks its run_task work)."""
        candidates = (self.friction_panel.worker, getattr(self, "measures_worker", None))
        return [w for w in candidates if w is not None and w.is_running]

    def stop_background_work(self, timeout: float = 30) -> None:
        """Cancel and wait for this area's reading work: nothing may outlive the project."""
        stop_workers(self.background_workers(), timeout)

    def set_project(self, project, info) -> None:
        """Called by the project view on open, close and every refresh of the counts."""
        same = project is not None and project is self.project
        if not same and self.project is not None:
            self.stop_background_work()  # called before the old project's file is closed
        self.project, self.info = project, info
        if project is None:
            self._stale = False
            self.maps_model.set_maps([])
            self.show_journey(None)
            self._update_state()
            return
        if not self.isVisible():
            # Read when first shown: drawing a map needs numpy and pandas, which would
            # otherwise load on the GUI thread while the project opens.
            self._stale = True
            self._stale_select = self.current_journey_id() if same else None
            return
        self.reload_maps(select=self.current_journey_id() if same else None)

    def reload_maps(self, select: int | None = None) -> None:
        """Re-read the list of maps and show ``select`` (default: the first)."""
        maps = service.journeys(self.project) if self.project is not None else []
        selection = self.maps_view.selectionModel()
        selection.blockSignals(True)
        self.maps_model.set_maps(maps)
        ids = self.maps_model.ids()
        target = select if select in ids else (ids[0] if ids else None)
        if target is not None:
            selection.setCurrentIndex(self.maps_model.index(self.maps_model.row_of(target)),
                                      QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.blockSignals(False)
        self.show_journey(target)
        self._update_state()

    def current_journey_id(self) -> int | None:
        index = self.maps_view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_journey(self, journey_id: int) -> None:
        row = self.maps_model.row_of(journey_id)
        if row >= 0:
            self.maps_view.setCurrentIndex(self.maps_model.index(row))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_journey(current.data(ID_ROLE) if current.isValid() else None)
        self._update_state()

    def show_journey(self, journey_id: int | None) -> None:
        """Read the map (a few small queries) and show it with its observed journey."""
        journey, disagreements = None, []
        if journey_id is not None and self.project is not None:
            try:
                journey = service.get_journey(self.project, journey_id)
                disagreements = service.disagreements(self.project, journey_id)
            except WorkbenchError as exc:
                self.window_.show_message(ERROR, translate("Journeys", "Could not show the map"),
                                          str(exc))
                journey = None
        self.journey = journey
        self.map_view.set_journey(journey, disagreements)
        self.observed_view.set_journey(journey, disagreements)
        self.friction_panel.set_journey(self.project, journey)
        if journey is not None:
            self.map_title.setText(journey.name)
            when = (journey.observed_at or "")[:16].replace("T", " ")
            parts = [journey.persona_name or translate("Journeys", "persona deleted"),
                     template_name(journey.template)]
            if when:
                parts.append(translate("Journeys", "observed {when}").format(when=when))
            self.map_subtitle.setText(" · ".join(parts))
        self._update_state()
        self.journey_shown.emit(journey)

    def journey_changed(self, journey_id: int) -> None:
        """An edit was saved: show the new state (commands call this after redo and undo)."""
        if self.project is None:
            return
        if self.current_journey_id() != journey_id:
            self.select_journey(journey_id)
        selection = self.maps_view.selectionModel()
        selection.blockSignals(True)
        self.maps_model.set_maps(service.journeys(self.project))
        row = self.maps_model.row_of(journey_id)
        if row >= 0:
            selection.setCurrentIndex(self.maps_model.index(row),
                                      QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.blockSignals(False)
        self.show_journey(journey_id)

    def edit_failed(self, error: Exception) -> None:
        log.warning("Journey edit failed: %s", error)
        self.window_.show_message(ERROR, translate("Journeys", "The change was not made"), str(error))
        if self.journey is not None:
            self.show_journey(self.journey.id)

    def _update_state(self) -> None:
        has_project = self.project is not None
        writable = has_project and not self.readonly
        has_map = self.journey is not None
        self.new_button.setEnabled(writable)
        self.rename_button.setEnabled(writable and has_map)
        self.delete_button.setEnabled(writable and has_map)
        self.compare_button.setEnabled(has_project and self.maps_model.rowCount() >= 1)
        self.export_button.setEnabled(has_map)
        self.refresh_button.setEnabled(writable and has_map and self.journey.persona_id is not None)
        self.lanes_button.setEnabled(has_map)
        self.readonly_note.setVisible(has_project and self.readonly)
        self.map_view.set_readonly(not writable)
        if has_map:
            self.pages.setCurrentWidget(self.map_page)
            return
        self.empty_page.say(
            translate("Journeys", "No journey maps yet"),
            translate("Journeys", "A journey map follows one persona from the discovery of their "
                      "problem to the delivery of the solution, beside what its members really "
                      "did. Create one from a persona."), writable)
        self.pages.setCurrentWidget(self.empty_page)

    # --- creating ---------------------------------------------------------------------

    def new_map(self, persona_id: int | None = None) -> NewJourneyDialog | None:
        """Ask for the persona and template of a new map (``persona_id`` preselected)."""
        if self.project is None or self.readonly:
            return None
        dialog = NewJourneyDialog(self.project, persona_id, self.window())
        dialog.setStyleSheet(journeys_style(self.palette()))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self.create_map(*dialog.choice()))
        self.new_dialog = dialog
        dialog.open()
        return dialog

    def new_map_for_persona(self, persona_id: int) -> NewJourneyDialog | None:
        """The persona card's "Create journey map…": show this area and ask for the template."""
        self.window_.project_view.show_area("journeys")
        return self.new_map(persona_id)

    def create_map(self, persona_id: int | None, template: str = "problem",
                   name: str | None = None) -> Worker | None:
        """Create the map in the background (it computes the observed journey), then show it."""
        if self.project is None or self.readonly or persona_id is None:
            return None
        project = self.project
        return self.window_.run_task(
            translate("Journeys", "Creating the journey map"), background.create_journey,
            project, persona_id, template, name,
            on_done=lambda journey_id: self._created(project, journey_id))

    def _created(self, project, journey_id: int) -> None:
        if project is not self.project:
            return
        self.reload_maps(select=journey_id)

    def refresh_observed(self) -> Worker | None:
        if self.project is None or self.readonly or self.journey is None:
            return None
        project, journey_id = self.project, self.journey.id
        return self.window_.run_task(
            translate("Journeys", "Computing the observed journey"), background.refresh_observed,
            project, journey_id,
            on_done=lambda _id: self.journey_changed(journey_id) if project is self.project else None)

    # --- the map list -----------------------------------------------------------------

    def _ask_text(self, title: str, label: str, current: str) -> str | None:
        """A name typed by the researcher; None if cancelled (a seam for tests)."""
        text, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, current)
        return text.strip() if ok and text.strip() else None

    def rename_map(self) -> None:
        if self.journey is None or self.readonly:
            return
        name = self._ask_text(translate("Journeys", "Rename journey map"),
                              translate("Journeys", "New name:"), self.journey.name)
        if name and name != self.journey.name:
            self._push(commands.RenameJourneyCommand(self, self.journey.id, self.journey.name, name))

    def delete_map(self) -> None:
        if self.journey is None or self.readonly:
            return
        journey = self.journey
        choice = self.window_.show_message(
            QUESTION, translate("Journeys", "Delete journey map"),
            translate("Journeys", "Delete the journey map “{name}” with its {n} cards? Undo "
                      "(Ctrl+Z) brings it back; the persona and its data are kept.").format(
                name=journey.name, n=len(journey.cards)),
            actions=[(DELETE, translate("Journeys", "Delete"))])
        if choice != DELETE:
            return
        self.window_.undo_stack.push(commands.DeleteJourneyCommand(self, journey.id, journey.name))

    def journey_deleted(self, journey_id: int) -> None:
        """A map was deleted (or its creation undone): show the remaining ones."""
        if self.project is None:
            return
        self.reload_maps()
        self.window_.refresh_info()

    def journey_restored(self, journey_id: int, renumbered: bool) -> None:
        """A deleted map is back. Under a new id, older edits on the stack would reach the
        map that took the old id: they go, after the undo that is running now."""
        if self.project is None:
            return
        if renumbered:
            QTimer.singleShot(0, self.window_.undo_stack, self.window_.undo_stack.clear)
            self.window_.statusBar().showMessage(translate(
                "Journeys", "The journey map is back under a new number, as a newer map took its "
                "old one; earlier steps can no longer be undone."), 10000)
        self.window_.refresh_info()
        self.reload_maps(select=journey_id)

    def compare_maps(self):
        if self.project is None or self.maps_model.rowCount() == 0:
            return None
        from workbench.ui.journeys.compare_dialog import CompareDialog

        if self.compare_dialog is not None:
            self.compare_dialog.close()
        maps = self.maps_model.summaries()
        dialog = CompareDialog(self.project, maps, [m.id for m in maps], self.window())
        dialog.setStyleSheet(journeys_style(self.palette()))
        self.compare_dialog = dialog
        dialog.show()
        return dialog

    # --- window-wide actions ----------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _ask_export_path(self, suggested: str, filters: str) -> str | None:
        """Where to write the export; None if cancelled (a seam for tests)."""
        from workbench.settings import default_export_folder

        start = default_export_folder(self.project.path if self.project else None) / suggested
        path, _ = QFileDialog.getSaveFileName(self, translate("Journeys", "Export journey map"),
                                              str(start), filters)
        return path or None

    def export(self) -> object:
        """Export the shown map (Ctrl+E): format, paper and a preview of the pages, then Save."""
        if self.journey is None or self.project is None:
            return None
        from workbench.ui.export.journey_dialog import JourneyExportDialog

        dialog = JourneyExportDialog(self.window_, self.project, self.journey.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def save_as(self) -> object:
        """Save the shown map straight to a file: PDF through the export service, or PNG."""
        if self.journey is None:
            return None
        from workbench.services import export as export_service

        pdf = getattr(export_service, "export_journey_pdf", None)
        stem = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in self.journey.name).strip()
        if not callable(pdf):
            return self.export_map_image()
        path = self._ask_export_path(f"{stem}.pdf", translate(
            "Journeys", "PDF (*.pdf);;PNG image of the map (*.png)"))
        if not path:
            return None
        if path.lower().endswith(".png"):
            return self.export_map_image(path)
        return self.window_.run_task(
            translate("Journeys", "Exporting the journey map"), background.export_journey_pdf,
            self.project, self.journey.id, path,
            on_done=lambda _exported: self.window_.statusBar().showMessage(
                translate("Journeys", "Map saved as {path}").format(path=path), 5000))

    def export_map_image(self, path: str | None = None) -> str | None:
        """Save the whole map (every stage and lane, not only what is on screen) as PNG."""
        if self.journey is None:
            return None
        if path is None:
            stem = "".join(ch if ch.isalnum() or ch in " -_" else "_"
                           for ch in self.journey.name).strip()
            path = self._ask_export_path(f"{stem}.png", translate("Journeys", "PNG image (*.png)"))
        if not path:
            return None
        image = self.map_view.render_image()
        if not image.save(path, "PNG"):
            self.window_.show_message(ERROR, translate("Journeys", "Export failed"), translate(
                "Journeys", "The image could not be written to {path}. Choose a folder you can "
                "write to.").format(path=path))
            return None
        self.window_.statusBar().showMessage(translate("Journeys", "Map saved as {path}").format(
            path=path), 5000)
        return path

    # --- edits from the map (each one undoable command) -----------------------------------

    def _push(self, command: commands.JourneyCommand) -> None:
        self.window_.undo_stack.push(command)

    def _card(self, card_id: int) -> Card | None:
        return next((c for c in self.journey.cards if c.id == card_id), None) if self.journey else None

    def edit_card(self, card_id: int, text: str) -> None:
        card = self._card(card_id)
        if card is not None and text != card.text:
            self._push(commands.EditCardCommand(self, card.journey_id, card_id, card.text, text))

    def add_card(self, lane_id: int, stage_id: int, text: str, evidence: Evidence | None = None) -> None:
        if self.journey is not None:
            self._push(commands.AddCardCommand(self, self.journey.id, lane_id, stage_id, text,
                                               evidence=evidence))

    def remove_card(self, card_id: int) -> None:
        card = self._card(card_id)
        if card is not None:
            self._push(commands.RemoveCardCommand(self, card.journey_id, card_id))

    def move_card(self, card_id: int, lane_id: int, stage_id: int, position: int) -> None:
        card = self._card(card_id)
        if card is not None:
            self._push(commands.MoveCardCommand(self, card.journey_id, card_id, lane_id, stage_id,
                                                position))

    def rename_stage(self, stage_id: int, name: str) -> None:
        stage = self.journey.stage(stage_id)
        if name != stage.name:
            self._push(commands.RenameStageCommand(self, self.journey.id, stage_id, stage.name, name))

    def add_stage(self, position: int) -> None:
        if self.journey is None:
            return
        command = commands.AddStageCommand(self, self.journey.id, translate("Journeys", "New stage"),
                                           position)
        self._push(command)
        if command.stage_id is not None:
            self.map_view.edit_stage(command.stage_id)

    def remove_stage(self, stage_id: int) -> None:
        stage = self.journey.stage(stage_id)
        cards = [c for c in self.journey.cards if c.stage_id == stage_id]
        if cards:
            choice = self.window_.show_message(
                QUESTION, translate("Journeys", "Remove stage"),
                translate("Journeys", "Remove the stage “{name}” with its {n} cards? You can undo "
                          "this with Edit ▸ Undo.").format(name=stage.name, n=len(cards)),
                actions=[(REMOVE, translate("Journeys", "Remove"))])
            if choice != REMOVE:
                return
        self._push(commands.RemoveStageCommand(self, self.journey.id, stage_id, stage.name))

    def move_stage(self, stage_id: int, position: int) -> None:
        stage = self.journey.stage(stage_id)
        self._push(commands.MoveStageCommand(self, self.journey.id, stage_id, position, stage.name))

    def _lane(self, lane_id: int):
        return next(lane for lane in self.journey.lanes if lane.id == lane_id)

    def rename_lane(self, lane_id: int, name: str) -> None:
        lane = self._lane(lane_id)
        if name != lane.name:
            self._push(commands.RenameLaneCommand(self, self.journey.id, lane_id, lane.name, name))

    def hide_lane(self, lane_id: int, hidden: bool) -> None:
        lane = self._lane(lane_id)
        if lane.hidden != hidden:
            self._push(commands.HideLaneCommand(self, self.journey.id, lane_id, hidden, lane.name))

    def add_lane(self, position: int | None = None) -> None:
        if self.journey is None:
            return
        command = commands.AddLaneCommand(self, self.journey.id, translate("Journeys", "New lane"),
                                          position)
        self._push(command)
        if command.lane_id is not None:
            self.map_view.edit_lane(command.lane_id)

    def remove_lane(self, lane_id: int) -> None:
        lane = self._lane(lane_id)
        cards = [c for c in self.journey.cards if c.lane_id == lane_id]
        if cards:
            choice = self.window_.show_message(
                QUESTION, translate("Journeys", "Remove lane"),
                translate("Journeys", "Remove the lane “{name}” with its {n} cards? You can undo "
                          "this with Edit ▸ Undo.").format(name=lane.name, n=len(cards)),
                actions=[(REMOVE, translate("Journeys", "Remove"))])
            if choice != REMOVE:
                return
        self._push(commands.RemoveLaneCommand(self, self.journey.id, lane_id, lane.name))

    def move_lane(self, lane_id: int, position: int) -> None:
        lane = self._lane(lane_id)
        self._push(commands.MoveLaneCommand(self, self.journey.id, lane_id, position, lane.name))

    def set_emotion(self, stage_id: int, value: float | None) -> None:
        if self.journey is None:
            return
        stage = self.journey.stage(stage_id)
        if self.journey.emotion(stage_id).override == value and value is not None:
            return
        self._push(commands.SetEmotionCommand(self, self.journey.id, stage_id, value, stage.name))

    def _ask_emotion(self, stage_name: str, current: float) -> float | None:
        """An emotion typed in a spin box; None if cancelled (a seam for tests)."""
        value, ok = QInputDialog.getDouble(
            self, translate("Journeys", "Emotion"),
            translate("Journeys", "Emotion at “{stage}” (−2 very negative … +2 very positive):")
            .format(stage=stage_name), current, -2.0, 2.0, 1, Qt.WindowType.Dialog, 0.5)
        return value if ok else None

    def ask_emotion(self, stage_id: int) -> None:
        stage = self.journey.stage(stage_id)
        value = self._ask_emotion(stage.name, self.journey.emotion(stage_id).value or 0.0)
        if value is not None:
            self.set_emotion(stage_id, round(value, 1))

    def _fill_lanes_menu(self) -> None:
        menu = self.lanes_menu
        menu.clear()
        if self.journey is None:
            return
        writable = not self.readonly
        for lane in self.journey.lanes:
            action = menu.addAction(lane.name)
            action.setCheckable(True)
            action.setChecked(not lane.hidden)
            action.setEnabled(writable)
            action.toggled.connect(lambda shown, lane_id=lane.id: self.hide_lane(lane_id, not shown))
        menu.addSeparator()
        add = menu.addAction(translate("Journeys", "Add a lane…"))
        add.setEnabled(writable)
        add.triggered.connect(lambda _checked=False: self.add_lane(None))

    # --- the evidence behind the map --------------------------------------------------

    def show_friction_members(self, card_id: int) -> Worker | None:
        card = self._card(card_id)
        if card is None or self.project is None:
            return None
        if self.members_dialog is not None:
            self.members_dialog.close()
        dialog = MembersDialog(
            card.text, translate("Journeys", "The members of “{persona}” behind this friction "
                                 "point, found again in their touchpoint events.").format(
                persona=self.journey.persona_name or ""), ["label", "fit"], "", self.window())
        dialog.setWindowTitle(translate("Journeys", "Members behind the pain point"))
        dialog.setStyleSheet(journeys_style(self.palette()))
        self.members_dialog = dialog
        dialog.show()
        return self.window_.run_task(
            translate("Journeys", "Finding the members behind a pain point"),
            background.friction_member_rows, self.project, self.journey.id, card_id,
            on_done=dialog.set_rows,
            on_failed=lambda message, _details: dialog.set_failed(message),
            on_cancelled=lambda: dialog.set_failed(translate("Journeys", "Stopped.")))

    def pick_quote(self, lane_id: int, stage_id: int) -> Worker | None:
        if self.journey is None or self.journey.persona_id is None or self.project is None:
            return None
        journey_id = self.journey.id
        return self.window_.run_task(
            translate("Journeys", "Reading the persona's quotes"), background.persona_quotes,
            self.project, self.journey.persona_id,
            on_done=lambda passages: self._quotes_ready(journey_id, lane_id, stage_id, passages))

    def _choose_quote(self, passages: list):
        """The passage the researcher picked; None if cancelled (a seam for tests)."""
        dialog = QuoteDialog(passages, self.window())
        dialog.setStyleSheet(journeys_style(self.palette()))
        self.quote_dialog = dialog
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _quotes_ready(self, journey_id: int, lane_id: int, stage_id: int, passages: list) -> None:
        if self.journey is None or self.journey.id != journey_id:
            return
        passage = self._choose_quote(passages)
        if passage is None:
            return
        text = " ".join(passage.text.split())
        if len(text) > QUOTE_CHARS:
            text = text[:QUOTE_CHARS].rsplit(" ", 1)[0] + "…"
        self.add_card(lane_id, stage_id, text, Evidence(passage.document_id, passage.start,
                                                        passage.end))

    def show_card_evidence(self, card_id: int) -> None:
        card = self._card(card_id)
        if card is None or card.evidence is None:
            return
        view = self.window_.project_view
        evidence = view.area_widget("evidence")
        if hasattr(evidence, "show_passage"):
            view.show_area("evidence")
            evidence.show_passage(card.evidence.document_id, card.evidence.start or 0,
                                  card.evidence.end or 0)

    # --- look -------------------------------------------------------------------------

    def _refresh_style(self) -> None:
        self._style_key = palette_key(self)
        self.setStyleSheet(journeys_style(self.palette()))
        self.map_view.relayout()
        self.observed_view.update()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if theme_changed(self, event, self._style_key):
            QTimer.singleShot(0, self, self._refresh_style)
        super().changeEvent(event)


__all__ = ["JourneysArea", "format_emotion"]
