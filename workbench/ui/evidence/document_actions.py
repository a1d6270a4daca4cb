"""Document actions of the Evidence area: import transcripts in the background, link a document
to a customer, mark a document as front-line or customer voice.

Plain functions over the area (``EvidenceArea``): they ask through its dialog
seams (``_ask_import_paths``, ``_ask_customer``, which tests replace), run the
import with ``area.run_task`` and show the result in the area. The dialogs
themselves are here too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QWidget

from workbench.errors import DuplicateImportError, WorkbenchError
from workbench.i18n import translate
from workbench.services import evidence as service
from workbench.ui.dialogs import ERROR, QUESTION
from workbench.ui.evidence import background
from workbench.ui.numbers import count_text

#: The answer that imports a file already imported once more.
IMPORT_AGAIN = "import-again"

# --- dialogs ------------------------------------------------------------------------------


def ask_customer(parent: QWidget, project) -> int | None:
    """A customer id, 0 for none, None when cancelled."""
    from workbench.services.customers import list_customers

    customers = list_customers(project, limit=2000)
    labels = [translate("EvidenceArea", "(no customer)")] + [
        f"{c.label} (#{c.id})" for c in customers]
    text, ok = QInputDialog.getItem(parent, translate("EvidenceArea", "Link to a customer"),
                                    translate("EvidenceArea", "Customer:"), labels, 0, True)
    if not ok:
        return None
    if text in labels[1:]:
        return customers[labels.index(text) - 1].id
    return 0


def ask_import_paths(parent: QWidget, folder: bool) -> list[Path]:
    """Files or a folder to import; empty when cancelled."""
    if folder:
        chosen = QFileDialog.getExistingDirectory(parent, translate("EvidenceArea", "Import a "
                                                                    "folder of transcripts"))
        return [Path(chosen)] if chosen else []
    files, _ = QFileDialog.getOpenFileNames(
        parent, translate("EvidenceArea", "Import transcripts"), "",
        translate("EvidenceArea", "Transcripts (*.txt *.md *.markdown *.docx *.vtt *.srt);;All files (*)"))
    return [Path(f) for f in files]


# --- actions ------------------------------------------------------------------------------


def documents_menu(area, document_id: int) -> QMenu:
    """The documents list's context menu on a document."""
    menu = QMenu(area)
    menu.addAction(translate("EvidenceArea", "Link to a customer…"),
                   lambda: area.link_customer(document_id))
    voice = document_voice(area, document_id)
    if voice is not None:
        from workbench.domain.voc import Voice

        menu.addSeparator()
        if voice is Voice.FRONTLINE:
            menu.addAction(translate("EvidenceArea", "Mark as customer voice"),
                           lambda: set_document_voice(area, document_id, Voice.CUSTOMER))
        else:
            menu.addAction(translate("EvidenceArea", "Mark as front-line voice"),
                           lambda: set_document_voice(area, document_id, Voice.FRONTLINE))
    return menu


def document_voice(area, document_id: int):
    """The document's voice (its own, else its source's); None without the voice service."""
    try:
        from workbench.services import voc
    except ImportError:  # a build without voice of the customer
        return None
    try:
        return voc.document_voice(area.project, document_id)
    except WorkbenchError:
        return None


def set_document_voice(area, document_id: int, voice) -> None:
    """Mark one document as front-line or customer voice (undoable with Edit ▸ Undo)."""
    from workbench.ui.voc.commands import DocumentVoiceCommand

    if area.project is None or area.readonly:
        return
    row = area.documents_model.row_of(document_id)
    title = area.documents_model.record(row).title if row >= 0 else f"#{document_id}"

    def changed() -> None:
        area.documents_model.voices[document_id] = document_voice(area, document_id)
        area.reload_documents()
        view = area.window_.project_view
        if "voc" in view.area_keys():
            getattr(view.area_widget("voc"), "voices_changed", lambda: None)()

    area.window_.undo_stack.push(DocumentVoiceCommand(
        lambda: area.project, document_id, title, voice, changed, area.command_failed))


def link_customer(area, document_id: int) -> None:
    """Ask for a customer (or none) and link the document to it."""
    choice = area._ask_customer()
    if choice is None:
        return
    try:
        service.set_document_customer(area.project, document_id, choice or None)
    except WorkbenchError as exc:
        area.command_failed(exc)
        return
    area.reader.view = None if area.reader.document_id == document_id else area.reader.view
    area.reload_documents()
    area.open_document(document_id)


def import_documents(area, folder: bool = False, paths: list[Path] | None = None,
                     customer_id: int | None = None, allow_duplicate: bool = False):
    """Import transcripts in the background (asks for files unless ``paths`` are given)."""
    if area.project is None or area.readonly:
        return None
    if paths is None:
        paths = area._ask_import_paths(folder)
        if not paths:
            return None
        if len(paths) == 1 and paths[0].is_file():
            choice = area._ask_customer()
            if choice is None:
                return None
            customer_id = choice or None
    project = area.project
    window = area.window_
    worker = None

    def failed(message: str, details: str) -> None:
        if isinstance(worker.exception, DuplicateImportError) and not allow_duplicate:
            answer = window.show_message(
                QUESTION, translate("EvidenceArea", "Already imported"), message,
                actions=[(IMPORT_AGAIN, translate("EvidenceArea", "Import a second copy"))])
            if answer == IMPORT_AGAIN:
                area.import_documents(paths=paths, customer_id=customer_id, allow_duplicate=True)
            return
        window.show_message(ERROR, translate("EvidenceArea", "Nothing was imported"), message, details)

    worker = area.run_task(
        translate("EvidenceArea", "Importing documents"), background.import_documents, project,
        list(paths), customer_id, allow_duplicate,
        on_done=lambda count: _imported(area, project, count), on_failed=failed)
    return worker


def _imported(area, project, count: int) -> None:
    """After an import: tell, refresh the counts and the list, open the newest document."""
    if project is not area.project:
        return
    area.window_.statusBar().showMessage(translate("EvidenceArea", "{n} documents imported.").format(
        n=count_text(count)), 5000)
    area.window_.refresh_info()  # header counts; calls set_project, which reloads the list
    if area.documents_model.rowCount():
        newest = max(d.id for d in area.documents_model.records)
        area.open_document(newest)


#: Above this many documents in the list, voices are not looked up one by one (the list's
#: summaries carry them once the evidence service adds them).
VOICE_LOOKUP_LIMIT = 2000


def attach_voices(area) -> None:
    """Tag front-line documents in the documents list whenever it is filled."""
    area.documents_model.modelReset.connect(lambda: fill_voices(area))


def fill_voices(area) -> None:
    model = area.documents_model
    records = model.records
    if area.project is None or not records or hasattr(records[0], "voice") \
            or len(records) > VOICE_LOOKUP_LIMIT:
        return
    try:
        from workbench.services import voc
    except ImportError:
        return
    try:
        model.voices = {r.id: voc.document_voice(area.project, r.id) for r in records}
    except WorkbenchError:
        return
