"""The Personas area: the persona sets on the left, the chosen set's cards on the right.

What a researcher does here: start a new persona set (clustering run), read
its cards with the customers behind every line, see its customers on a map,
edit the persona's words and photo (undoable), rename, delete or compare sets. Reading a set and everything that
touches many customers runs in the background; edits write through the
personas service at once.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.errors import WorkbenchError
from workbench.i18n import translate
from workbench.services import personas as persona_service
from workbench.ui.dialogs import ERROR, QUESTION
from workbench.ui.personas import background, wording
from workbench.ui.personas.card import CARD_MIN_WIDTH
from workbench.ui.personas.commands import (
    DeletePersonaSetCommand,
    EditPersonaCommand,
    RenamePersonaSetCommand,
)
from workbench.ui.personas.compare_dialog import CompareDialog
from workbench.ui.personas.editor import PersonaEditorDialog
from workbench.ui.personas.export_dialog import ExportDialog
from workbench.ui.personas.look import personas_style
from workbench.ui.personas.members_dialog import MembersDialog
from workbench.ui.personas.models import ID_ROLE, PersonaSetListModel
from workbench.ui.personas.new_set_dialog import NewPersonaSetDialog
from workbench.ui.personas.population_panel import PopulationPanel
from workbench.ui.personas.set_list import SetItemDelegate
from workbench.ui.personas.set_view import CARDS_TAB, EmptyPersonasPage, PersonaSetView
from workbench.ui.style import palette_key, scale_font, theme_changed
from workbench.ui.worker import Worker, stop_workers

log = logging.getLogger("workbench.ui.personas")

DELETE = "delete"


class PersonasArea(QWidget):
    """Persona sets, persona cards, and the dialogs to make, check, edit and compare them."""

    # A persona set's cards are on screen (its id).
    set_shown = Signal(int)
    # A persona set's map is drawn (its id).
    map_shown = Signal(int)

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PersonasArea")
        self.window_ = window
        self.project = None
        self.info = None
        self._generation = 0
        self._pending_select: int | None = None
        # The dialogs currently open (tests and screenshots reach them here).
        self.new_dialog: NewPersonaSetDialog | None = None
        self.editor: PersonaEditorDialog | None = None
        self.members_dialog: MembersDialog | None = None
        self.compare_dialog: CompareDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.details_worker: Worker | None = None
        self.map_worker: Worker | None = None
        self._style_key: tuple[str, ...] = ()

        # --- left: the persona sets
        title = QLabel(translate("PersonasArea", "Persona sets"))
        scale_font(title, 1.2, QFont.Weight.DemiBold)
        self.sets_model = PersonaSetListModel(self)
        self.sets_view = QListView()
        self.sets_view.setObjectName("PersonaSetList")
        self.sets_view.setModel(self.sets_model)
        self.sets_view.setItemDelegate(SetItemDelegate(self.sets_view))
        self.sets_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sets_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sets_view.setAccessibleName(translate("PersonasArea", "Persona sets"))
        self.sets_view.selectionModel().currentChanged.connect(self._current_changed)
        self.new_button = QPushButton(translate("PersonasArea", "New persona set…"))
        self.new_button.setDefault(True)
        self.new_button.setToolTip(translate(
            "PersonasArea", "Cluster the customers into personas (Ctrl+Shift+N)"))
        self.rename_button = QPushButton(translate("PersonasArea", "Rename…"))
        self.delete_button = QPushButton(translate("PersonasArea", "Delete…"))
        self.compare_button = QPushButton(translate("PersonasArea", "Compare two sets…"))
        self.compare_button.setToolTip(translate(
            "PersonasArea", "See which persona of one set became which of another"))
        self.export_button = QPushButton(translate("PersonasArea", "Export…"))
        self.export_button.setObjectName("ExportPersonaSet")
        self.export_button.clicked.connect(self.export_set)
        self.readonly_note = QLabel(translate(
            "PersonasArea", "Read-only project: persona sets can be viewed and compared, not "
            "changed."))
        self.readonly_note.setObjectName("Secondary")
        self.readonly_note.setWordWrap(True)
        self.new_button.clicked.connect(self.new_set)
        self.rename_button.clicked.connect(self.rename_set)
        self.delete_button.clicked.connect(self.delete_set)
        self.compare_button.clicked.connect(self.compare_sets)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.rename_button)
        edit_row.addWidget(self.delete_button)
        left = QFrame()
        left.setObjectName("SetsPanel")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(16, 18, 12, 16)
        left_layout.setSpacing(10)
        left_layout.addWidget(title)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.sets_view, 1)
        left_layout.addLayout(edit_row)
        left_layout.addWidget(self.compare_button)
        left_layout.addWidget(self.export_button)
        left_layout.addWidget(self.readonly_note)
        left.setMinimumWidth(250)
        left.setMaximumWidth(420)

        # --- right: the chosen set
        self.empty_page = EmptyPersonasPage()
        self.empty_page.button.clicked.connect(self.new_set)
        self.set_view = PersonaSetView()
        self.set_view.edit_requested.connect(self.edit_persona)
        self.set_view.members_requested.connect(self.show_persona_members)
        self.set_view.effect_clicked.connect(self.show_effect_members)
        self.set_view.quote_clicked.connect(self.show_quote)
        self.set_view.export_requested.connect(self.export_persona)
        self.set_view.unassigned_requested.connect(self._scroll_to_unassigned)
        self.set_view.map_wanted.connect(self.show_map)
        self.set_view.rerun_requested.connect(self.rerun_on)
        # the sampling and the population's persona sizes, under the set's header
        self.population_panel = PopulationPanel()
        self.set_view.layout().insertWidget(1, self.population_panel)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("PersonaSetScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # The viewport decides the width (never clip cards sideways on a laptop screen):
        # the card grid then fits as many columns as are really visible.
        self.set_view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # Below this the view scrolls sideways instead of squeezing cards and the map.
        self.set_view.setMinimumWidth(CARD_MIN_WIDTH + 200)
        self.scroll.setWidget(self.set_view)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_page)
        self.pages.addWidget(self.scroll)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 1000])
        splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._add_shortcut("Ctrl+Shift+N", self.new_set)
        self._add_shortcut(QKeySequence(Qt.Key.Key_F2), self.rename_set)
        delete = QAction(self.sets_view)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_set)
        self.sets_view.addAction(delete)
        self._refresh_style()
        self._update_state()
        window.project_closed.connect(self.stop_background_work)

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

    def set_project(self, project, info) -> None:
        """Called by the project view on open, close and every refresh of the counts."""
        same = project is not None and project is self.project
        if not same and self.project is not None:
            self.stop_background_work()  # called before the old project's file is closed
        self.project, self.info = project, info
        if project is None:
            self._generation += 1
            self.sets_model.set_sets([])
            self.set_view.details = None
            self._update_state()
            return
        keep = self.current_set_id() if same else None
        self.reload_sets(select=self._pending_select or keep, reload_view=not same)
        self._pending_select = None

    def reload_sets(self, select: int | None = None, reload_view: bool = True) -> None:
        """Re-read the list of persona sets; select ``select`` (default: the newest)."""
        shown = self.set_view.set_id
        self.sets_view.selectionModel().blockSignals(True)
        self.sets_model.set_sets(persona_service.persona_sets(self.project) if self.project else [])
        self.sets_view.selectionModel().blockSignals(False)
        ids = self.sets_model.ids()
        target = select if select in ids else (ids[0] if ids else None)
        if target is not None:
            row = self.sets_model.row_of(target)
            self.sets_view.selectionModel().blockSignals(True)
            self.sets_view.selectionModel().setCurrentIndex(
                self.sets_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.sets_view.selectionModel().blockSignals(False)
            if reload_view or shown != target or self.pages.currentWidget() is not self.scroll:
                self.show_set(target)
        else:
            self._generation += 1
            self.set_view.details = None
        self._update_state()

    def current_set_id(self) -> int | None:
        index = self.sets_view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_set(self, set_id: int) -> None:
        row = self.sets_model.row_of(set_id)
        if row >= 0:
            self.sets_view.setCurrentIndex(self.sets_model.index(row))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_set(current.data(ID_ROLE))
        self._update_state()

    def _update_state(self) -> None:
        has_project = self.project is not None
        writable = has_project and not self.readonly
        has_set = self.current_set_id() is not None
        customers = self.info.customers if self.info is not None else 0
        self.new_button.setEnabled(writable and customers > 0)
        self.rename_button.setEnabled(writable and has_set)
        self.delete_button.setEnabled(writable and has_set)
        self.compare_button.setEnabled(has_project and self.sets_model.rowCount() >= 2)
        self.export_button.setEnabled(has_set)  # exporting only reads: read-only projects too
        self.export_button.setToolTip(
            translate("PersonasArea", "Export the persona cards or tables as PDF, PNG, CSV or "
                      "XLSX (Ctrl+E)") if has_set else
            translate("PersonasArea", "Choose a persona set to export it"))
        self.readonly_note.setVisible(has_project and self.readonly)
        self.empty_page.button.setEnabled(writable and customers > 0)
        if not has_project or self.sets_model.rowCount() == 0:
            if has_project and customers == 0:
                self.empty_page.say(
                    translate("PersonasArea", "No customers to cluster yet"),
                    translate("PersonasArea", "Personas are formed from your customers' numbers "
                              "and categories. Import a CRM, e-commerce or survey export first."),
                    False)
            else:
                self.empty_page.say(
                    translate("PersonasArea", "No persona sets yet"),
                    translate("PersonasArea", "A persona set groups your customers into "
                              "data-driven personas. Every line on a card can be traced back to "
                              "the customers behind it."), writable)
            self.pages.setCurrentWidget(self.empty_page)
        elif self.set_view.details is not None:
            self.pages.setCurrentWidget(self.scroll)
        self.set_view.set_readonly(not writable)

    def background_workers(self) -> list[Worker]:
        """This area's own background work still running (the window tracks its run_task work)."""
        candidates = [self.details_worker, self.map_worker, getattr(self, "measures_worker", None),
                      self.population_panel.worker]
        for dialog in (self.new_dialog, self.compare_dialog, self.export_dialog):
            if dialog is not None:
                candidates.append(dialog.worker)
        living = getattr(self, "living", None)
        if living is not None:
            candidates += living.background_workers()
        return [w for w in candidates if w is not None and w.is_running]

    def stop_background_work(self, timeout: float = 30) -> None:
        """Cancel and wait for this area's work: nothing may outlive the project or window."""
        stop_workers(self.background_workers(), timeout)

    # --- showing a set ----------------------------------------------------------------

    def show_set(self, set_id: int) -> Worker | None:
        """Read the set in the background; its cards replace the current ones when ready."""
        if self.project is None:
            return None
        self._generation += 1
        generation, project = self._generation, self.project
        worker = Worker(background.load_set_details, project, set_id,
                        title=translate("PersonasArea", "Reading the persona set"), owner=self)
        worker.finished.connect(lambda details: self._details_loaded(generation, project, details))
        worker.failed.connect(lambda message, details: self._details_failed(generation, message,
                                                                            details))
        self.details_worker = worker
        return worker.start()

    def _details_loaded(self, generation: int, project, details) -> None:
        if generation != self._generation or project is not self.project:
            return  # another set was chosen (or the project closed) meanwhile
        self.set_view.show_details(details, self.readonly)
        self.refresh_population()
        self.pages.setCurrentWidget(self.scroll)
        self.scroll.verticalScrollBar().setValue(0)
        self._update_state()
        self.set_shown.emit(details.stored.id)

    def refresh_population(self) -> None:
        """Read the shown set's sampling note and population sizes again (counts imported)."""
        details = self.set_view.details
        if self.project is not None and details is not None:
            self.population_panel.show_set(self.project, details.stored.id)

    def _details_failed(self, generation: int, message: str, details: str) -> None:
        if generation != self._generation:
            return
        self.window_.show_message(ERROR, translate("PersonasArea", "Could not show the persona set"),
                                  message, details)

    def _scroll_to_unassigned(self) -> None:
        self.set_view.show_tab(CARDS_TAB)
        self.scroll.ensureWidgetVisible(self.set_view.unassigned, 0, 40)

    # --- the map ----------------------------------------------------------------------

    def show_map(self, set_id: int) -> Worker | None:
        """Place the set's customers on the map in the background."""
        if self.project is None or self.set_view.set_id != set_id:
            return None
        if self.map_worker is not None and self.map_worker.is_running:
            self.map_worker.cancel()  # its result would be for another set
        generation, project = self._generation, self.project
        panel = self.set_view.map
        panel.show_progress(translate("PersonasArea", "Placing the customers on the map…"))
        worker = Worker(background.set_map, project, set_id,
                        title=translate("PersonasArea", "Drawing the map of the customers"),
                        owner=self)
        worker.progress.connect(lambda _done, _total, message: self._map_progress(
            generation, set_id, message))
        worker.finished.connect(lambda set_map: self._map_ready(generation, project, set_id,
                                                                set_map))
        worker.failed.connect(lambda message, _details: self._map_failed(generation, set_id,
                                                                         message))
        self.map_worker = worker
        return worker.start()

    def _map_current(self, generation: int, set_id: int) -> bool:
        return generation == self._generation and self.set_view.set_id == set_id

    def _map_progress(self, generation: int, set_id: int, message: str) -> None:
        if self._map_current(generation, set_id) and not self.set_view.map.has_map:
            self.set_view.map.show_progress(message)

    def _map_ready(self, generation: int, project, set_id: int, set_map) -> None:
        if project is not self.project or not self._map_current(generation, set_id):
            return  # another set was chosen (or the project closed) meanwhile
        self.set_view.map.show_map(set_map, self.set_view.details.personas)
        self.map_shown.emit(set_id)

    def _map_failed(self, generation: int, set_id: int, message: str) -> None:
        if self._map_current(generation, set_id):
            self.set_view.map.show_failed(message)

    # --- new set ----------------------------------------------------------------------

    def new_set(self, features: list[str] | None = None, k: int | None = None) -> Worker | None:
        """Read the attributes in the background, then open the new-persona-set dialog
        (preset to cluster on ``features`` with ``k`` personas, when given)."""
        if self.project is None or self.readonly:
            return None
        if self.new_dialog is not None and self.new_dialog.isVisible():
            if features:
                self.new_dialog.use_subset(features, k or self.new_dialog.k_spin.value())
            self.new_dialog.raise_()
            self.new_dialog.activateWindow()
            return None
        project = self.project
        return self.window_.run_task(
            translate("PersonasArea", "Reading the customers' attributes"),
            background.attribute_summary, project,
            on_done=lambda summary: self._open_new_dialog(project, summary, features, k))

    def rerun_on(self, features: list[str], k: int) -> Worker | None:
        """A weak set's "Rerun on these attributes": the new-set dialog, preset with them."""
        return self.new_set(features, k)

    def _open_new_dialog(self, project, summary, features: list[str] | None = None,
                         k: int | None = None) -> None:
        if project is not self.project:
            return
        if not summary.choices:
            self.window_.show_message(ERROR, translate("PersonasArea", "Nothing to cluster"),
                                      translate("PersonasArea", "The project has no numeric or "
                                                "categorical attributes. Import a source with "
                                                "such columns first."))
            return
        dialog = NewPersonaSetDialog(self.window_, project, summary, self.window())
        dialog.setStyleSheet(personas_style(self.palette()))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.created.connect(self._set_created)
        if features:
            dialog.use_subset(features, k or dialog.k_spin.value())
        self.new_dialog = dialog
        dialog.open()

    def _set_created(self, set_id: int) -> None:
        self._pending_select = set_id
        self.window_.refresh_info()  # calls set_project: the list is re-read and the set selected
        if self.current_set_id() != set_id:
            self.reload_sets(select=set_id)

    # --- rename, delete, compare --------------------------------------------------------

    def _ask_set_name(self, current: str) -> str | None:
        """Ask for a persona set's new name; None if the user cancelled (a seam for tests)."""
        text, ok = QInputDialog.getText(self, translate("PersonasArea", "Rename persona set"),
                                        translate("PersonasArea", "New name:"),
                                        QLineEdit.EchoMode.Normal, current)
        return text.strip() if ok and text.strip() else None

    def rename_set(self) -> None:
        set_id = self.current_set_id()
        if set_id is None or self.readonly:
            return
        current = self.sets_model.persona_set(self.sets_model.row_of(set_id)).name
        name = self._ask_set_name(current)
        if name and name != current:
            self.window_.undo_stack.push(
                RenamePersonaSetCommand(self._apply_set_name, set_id, current, name))

    def _apply_set_name(self, set_id: int, name: str) -> None:
        if self.project is None:
            return
        try:
            persona_service.rename_persona_set(self.project, set_id, name)
        except Exception as exc:  # any failure must be told, not crash the slot
            self._edit_failed(exc)
            return
        self.reload_sets(select=self.current_set_id(), reload_view=False)
        if self.set_view.set_id == set_id:
            self.set_view.header.set_name(name)

    def delete_set(self) -> None:
        set_id = self.current_set_id()
        if set_id is None or self.readonly:
            return
        stored = self.sets_model.persona_set(self.sets_model.row_of(set_id))
        choice = self.window_.show_message(
            QUESTION, translate("PersonasArea", "Delete persona set"),
            translate("PersonasArea", "Delete the persona set “{name}” with its {k} personas and "
                      "their edited texts? Undo (Ctrl+Z) brings it back; the customers themselves "
                      "are kept.").format(name=stored.name, k=stored.persona_count),
            actions=[(DELETE, translate("PersonasArea", "Delete"))])
        if choice != DELETE:
            return
        self.window_.undo_stack.push(DeletePersonaSetCommand(
            self._delete_set_now, self._restore_set, set_id, stored.name))

    def _delete_set_now(self, set_id: int):
        """Delete (the command's redo); returns what undo needs, None when it failed."""
        if self.project is None:
            return None
        try:
            removed = persona_service.delete_persona_set(self.project, set_id)
        except Exception as exc:  # told to the user, never a crash
            self._edit_failed(exc)
            return None
        self.set_view.details = None
        self.window_.refresh_info()
        self.reload_sets()
        return removed

    def _restore_set(self, removed) -> int | None:
        """Put a deleted set back (the command's undo); returns its id, None when it failed."""
        if self.project is None:
            return None
        try:
            set_id = persona_service.restore_persona_set(self.project, removed)
        except Exception as exc:  # told to the user, never a crash
            self._edit_failed(exc)
            return None
        if set_id != removed.ids[0]:
            # A newer set took its number: older card edits on the stack would reach the newer
            # set's personas, so they go (after the undo that is running now).
            QTimer.singleShot(0, self.window_.undo_stack, self.window_.undo_stack.clear)
            self.window_.statusBar().showMessage(translate(
                "PersonasArea", "The persona set is back under a new number, as a newer set took "
                "its old one; earlier steps can no longer be undone."), 10000)
        self.window_.refresh_info()
        self.reload_sets(select=set_id)
        return set_id

    def compare_sets(self) -> CompareDialog | None:
        if self.project is None or self.sets_model.rowCount() < 2:
            return None
        sets = persona_service.persona_sets(self.project)
        current = self.current_set_id()
        older = [s.id for s in sets if current is not None and s.id < current]
        if self.compare_dialog is not None:
            self.compare_dialog.close()
        dialog = CompareDialog(self.project, sets, old_id=older[-1] if older else None,
                               new_id=current if older else None, parent=self.window())
        dialog.setStyleSheet(personas_style(self.palette()))
        self.compare_dialog = dialog
        dialog.show()
        return dialog

    def show_quote(self, document_id: int, start: int, end: int) -> None:
        """Open a member's quoted passage in the Evidence area."""
        view = self.window_.project_view
        evidence = view.area_widget("evidence")
        if hasattr(evidence, "open_document"):
            view.show_area("evidence")
            evidence.open_document(document_id, select=(start, end))

    def export_persona(self, persona_id: int) -> None:
        """Open the Export area on one persona's card, with its preview."""
        view = self.window_.project_view
        area = view.area_widget("export")
        if not hasattr(area, "choose"):
            return
        view.show_area("export")
        area.refresh()
        area.choose("persona", persona_id)

    def export(self) -> ExportDialog | None:
        """The window's Export (Ctrl+E): the shown persona set, with its preview."""
        return self.export_set()

    def export_set(self) -> ExportDialog | None:
        """Open the export dialog for the chosen persona set."""
        set_id = self.current_set_id()
        if self.project is None or set_id is None:
            return None
        try:
            personas = persona_service.personas_of(self.project, set_id)
        except WorkbenchError as exc:
            self.window_.show_message(ERROR, translate("PersonasArea", "Could not show the "
                                                       "persona set"), str(exc))
            return None
        if self.export_dialog is not None:
            self.export_dialog.close()
        stored = self.sets_model.persona_set(self.sets_model.row_of(set_id))
        dialog = ExportDialog(self.window_, self.project, stored, personas, self.window())
        dialog.setStyleSheet(personas_style(self.palette()))
        self.export_dialog = dialog
        dialog.show()
        return dialog

    # --- editing a persona ------------------------------------------------------------

    def edit_persona(self, persona_id: int) -> PersonaEditorDialog | None:
        if self.readonly or self.set_view.details is None:
            return None
        persona = next((p for p in self.set_view.details.personas if p.id == persona_id), None)
        if persona is None:
            return None
        dialog = PersonaEditorDialog(persona, self.window())
        dialog.setStyleSheet(personas_style(self.palette()))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._editor_accepted(dialog))
        self.editor = dialog
        dialog.open()
        return dialog

    def _editor_accepted(self, dialog: PersonaEditorDialog) -> None:
        before, after = dialog.changes()
        if after:
            self.window_.undo_stack.push(EditPersonaCommand(
                self._apply_persona, dialog.persona.id, before, after, dialog.persona.name))

    def _apply_persona(self, persona_id: int, fields: dict) -> None:
        """Write card fields through the service and show the result (used by undo/redo)."""
        if self.project is None:
            return
        try:
            persona_service.update_persona(self.project, persona_id, **fields)
        except Exception as exc:  # any failure must be told, not crash the slot
            self._edit_failed(exc)
            return
        set_id = self.set_view.set_id
        if set_id is None:
            return
        try:
            personas = persona_service.personas_of(self.project, set_id)
        except WorkbenchError:
            return
        for persona in personas:
            if persona.id == persona_id:
                self.set_view.update_persona(persona)

    def _edit_failed(self, exc: Exception) -> None:
        from workbench.ui.dialogs import exception_details

        log.warning("Persona edit failed: %s", exc)
        self.window_.show_message(
            ERROR, translate("PersonasArea", "The change was not saved"),
            translate("PersonasArea", "The change could not be written to the project file: "
                      "{error}").format(error=exc), exception_details(exc))

    # --- the customers behind a claim -------------------------------------------------

    def _members_dialog(self, title: str, explanation: str, columns: list[str],
                        value_title: str = "") -> MembersDialog:
        if self.members_dialog is not None:
            self.members_dialog.close()
        dialog = MembersDialog(title, explanation, columns, value_title, self.window())
        dialog.setStyleSheet(personas_style(self.palette()))
        self.members_dialog = dialog
        dialog.show()
        return dialog

    def show_effect_members(self, persona_id: int, effect: dict) -> Worker | None:
        """List the customers behind one attribute line of a card."""
        set_id = self.set_view.set_id
        if self.project is None or set_id is None:
            return None
        persona = next((p for p in self.set_view.details.personas if p.id == persona_id), None)
        if effect.get("kind") == "numeric":
            explanation = translate(
                "PersonasArea", "The members of “{persona}” with a value for {attribute}: their "
                "mean is compared with everyone else's.").format(
                persona=persona.name if persona else "", attribute=effect["attribute"])
        else:
            explanation = translate(
                "PersonasArea", "The members of “{persona}” whose {attribute} is {level}.").format(
                persona=persona.name if persona else "", attribute=effect["attribute"],
                level=effect.get("level"))
        dialog = self._members_dialog(wording.effect_line(effect), explanation,
                                      ["label", "value", "fit"], effect["attribute"])
        return self.window_.run_task(
            translate("PersonasArea", "Finding the customers behind a card line"),
            background.effect_member_rows, self.project, set_id, effect,
            on_done=dialog.set_rows,
            on_failed=lambda message, _details: dialog.set_failed(message),
            on_cancelled=lambda: dialog.set_failed(translate("PersonasArea", "Stopped.")))

    def show_persona_members(self, persona_id: int) -> Worker | None:
        """List every member of a persona, best fitting first."""
        set_id = self.set_view.set_id
        if self.project is None or set_id is None:
            return None
        persona = next((p for p in self.set_view.details.personas if p.id == persona_id), None)
        name = persona.name if persona else ""
        dialog = self._members_dialog(
            translate("PersonasArea", "Members of “{persona}”").format(persona=name),
            wording.fit_explanation(self.set_view.details.stored.result.get("fit_measure")),
            ["label", "fit"])
        return self.window_.run_task(
            translate("PersonasArea", "Listing the members of a persona"),
            background.persona_member_rows, self.project, set_id, persona_id,
            on_done=dialog.set_rows,
            on_failed=lambda message, _details: dialog.set_failed(message),
            on_cancelled=lambda: dialog.set_failed(translate("PersonasArea", "Stopped.")))

    # --- look -------------------------------------------------------------------------

    def _refresh_style(self) -> None:
        self._style_key = palette_key(self)
        self.setStyleSheet(personas_style(self.palette()))
        self.set_view.map.refresh_colours()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if theme_changed(self, event, self._style_key):
            QTimer.singleShot(0, self, self._refresh_style)
        super().changeEvent(event)
