"""Speakers in the Evidence area: the Speakers dialog (each speaker's role for the whole project),
the chooser of codes for coding whole turns, and the "Speakers" scope chooser of the themes and
search pages.

The dialogs only collect choices; ``speaker_actions`` applies them as undoable
commands. "Detect again" runs in the background (``area.run_task``) with its
progress shown in the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.speakers import SpeakerRole, SpeakerScope, SpeakerSummary
from workbench.i18n import translate
from workbench.services import speakers as speakers_service
from workbench.ui.evidence import background
from workbench.ui.evidence.codebook import swatch
from workbench.ui.evidence.look import speaker_colours

ID_ROLE = Qt.ItemDataRole.UserRole + 1


# --- the scope chooser -----------------------------------------------------------------------

def speaker_scope_combo() -> QComboBox:
    """Respondents (the default) / Interviewers / Everyone; ``currentData()`` is the scope value."""
    combo = QComboBox()
    combo.setObjectName("SpeakerScope")
    for scope, label in ((SpeakerScope.RESPONDENTS, translate("EvidenceArea", "Respondents")),
                         (SpeakerScope.INTERVIEWERS, translate("EvidenceArea", "Interviewers")),
                         (SpeakerScope.ALL, translate("EvidenceArea", "Everyone"))):
        combo.addItem(label, scope.value)
    combo.setAccessibleName(translate("EvidenceArea", "Whose words"))
    combo.setToolTip(translate(
        "EvidenceArea", "Whose words to read in transcripts: respondents' answers (the default), "
        "interviewers' questions, or everyone's. Survey answers and notes without speakers count "
        "as respondents'."))
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def language_name(code: str) -> str:
    """A language's name for messages ("fr" -> "French")."""
    names = {
        "en": translate("EvidenceArea", "English"), "it": translate("EvidenceArea", "Italian"),
        "fr": translate("EvidenceArea", "French"), "de": translate("EvidenceArea", "German"),
        "es": translate("EvidenceArea", "Spanish"), "pt": translate("EvidenceArea", "Portuguese"),
        "nl": translate("EvidenceArea", "Dutch"), "und": translate("EvidenceArea", "language unknown"),
    }
    return names.get(code, code)


# --- the Speakers dialog ------------------------------------------------------------------------

def role_label(role: SpeakerRole) -> str:
    return (translate("EvidenceArea", "Interviewer") if role is SpeakerRole.INTERVIEWER
            else translate("EvidenceArea", "Respondent"))


def status_label(confirmed: bool, guessed_from: str) -> str:
    if confirmed:
        return translate("EvidenceArea", "Confirmed")
    if guessed_from == "label":
        return translate("EvidenceArea", "Guessed from the label")
    if guessed_from == "questions":
        return translate("EvidenceArea", "Guessed: asks the questions")
    return translate("EvidenceArea", "Guessed")


class SpeakersDialog(QDialog):
    """Every speaker of the project with its role; the changes are applied on OK."""

    SPEAKER, ROLE, STATUS, DOCUMENTS, TURNS = range(5)

    def __init__(self, area, parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else area)
        self.setWindowTitle(translate("EvidenceArea", "Speakers"))
        self.setObjectName("SpeakersDialog")
        self.area = area
        self.writable = area.project is not None and not area.readonly
        self.speakers: list[SpeakerSummary] = []
        #: What the researcher chose, by speaker key (kept when speakers are detected again).
        self.chosen: dict[str, SpeakerRole] = {}
        self.confirm_every = False
        self.worker = None

        intro = QLabel(translate(
            "EvidenceArea", "Each speaker has one role in the whole project. Themes, search and "
            "code counts read respondents' words by default and leave interviewers' questions out. "
            "Check the guessed roles and correct any that are wrong."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("SpeakersTable")
        self.table.setHorizontalHeaderLabels([
            translate("EvidenceArea", "Speaker"), translate("EvidenceArea", "Role"),
            translate("EvidenceArea", "Status"), translate("EvidenceArea", "Documents"),
            translate("EvidenceArea", "Turns")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 16)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(self.SPEAKER, QHeaderView.ResizeMode.Stretch)
        for column in (self.ROLE, self.STATUS, self.DOCUMENTS, self.TURNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.summary.setObjectName("Secondary")
        self.summary.setWordWrap(True)
        self.confirm_button = QPushButton(translate("EvidenceArea", "Confirm all"))
        self.confirm_button.setToolTip(translate("EvidenceArea", "Accept every role as shown"))
        self.detect_button = QPushButton(translate("EvidenceArea", "Detect again"))
        self.detect_button.setToolTip(translate(
            "EvidenceArea", "Find the speakers of every document again (roles you confirmed are "
            "kept; codings never move)"))
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.stop_button = QPushButton(translate("EvidenceArea", "Stop"))
        self.stop_button.hide()
        tools = QHBoxLayout()
        tools.addWidget(self.confirm_button)
        tools.addWidget(self.detect_button)
        tools.addWidget(self.progress)
        tools.addWidget(self.stop_button)
        tools.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        if not self.writable:
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(tools)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.confirm_button.clicked.connect(self.confirm_all)
        self.detect_button.clicked.connect(self.detect_again)
        self.stop_button.clicked.connect(self.stop_detecting)
        self.confirm_button.setEnabled(self.writable)
        self.detect_button.setEnabled(self.writable)
        self.resize(720, 440)
        self.reload()

    # --- content ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Show the project's speakers (the choices made so far are kept, by speaker key)."""
        project = self.area.project
        self.speakers = speakers_service.list_speakers(project) if project is not None else []
        colours = speaker_colours(self.palette())
        self.table.setRowCount(len(self.speakers))
        for row, summary in enumerate(self.speakers):
            speaker = summary.speaker
            name = QTableWidgetItem(speaker.label)
            name.setData(ID_ROLE, speaker.id)
            font = QFont(name.font())
            font.setBold(True)
            name.setFont(font)
            name.setForeground(colours[speaker.role.value])
            if speaker.key != speaker.label.casefold():
                name.setToolTip(translate("EvidenceArea", "Also written as: {key}").format(
                    key=speaker.key))
            self.table.setItem(row, self.SPEAKER, name)
            combo = QComboBox()
            combo.setObjectName("SpeakerRole")
            for role in (SpeakerRole.INTERVIEWER, SpeakerRole.RESPONDENT):
                combo.addItem(role_label(role), role.value)
            combo.setCurrentIndex(combo.findData(self.chosen.get(speaker.key, speaker.role).value))
            combo.setEnabled(self.writable)
            combo.setAccessibleName(translate("EvidenceArea", "Role of {speaker}").format(
                speaker=speaker.label))
            combo.currentIndexChanged.connect(lambda _i, r=row: self._role_chosen(r))
            self.table.setCellWidget(row, self.ROLE, combo)
            self.table.setItem(row, self.STATUS, QTableWidgetItem())
            for column, value in ((self.DOCUMENTS, summary.documents), (self.TURNS, summary.turns)):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            self._show_status(row)
        self.table.resizeColumnToContents(self.ROLE)
        self._show_summary()

    def role_combo(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, self.ROLE)

    def row_of(self, label: str) -> int:
        """The row of a speaker by its label (or key)."""
        for row, summary in enumerate(self.speakers):
            if label in (summary.speaker.label, summary.speaker.key):
                return row
        raise KeyError(label)

    def _role_chosen(self, row: int) -> None:
        speaker = self.speakers[row].speaker
        role = SpeakerRole(self.role_combo(row).currentData())
        self.chosen[speaker.key] = role  # choosing a role confirms it, even the guessed one
        colours = speaker_colours(self.palette())
        self.table.item(row, self.SPEAKER).setForeground(colours[role.value])
        self._show_status(row)
        self._show_summary()

    def _confirmed(self, summary: SpeakerSummary) -> bool:
        return summary.speaker.confirmed or self.confirm_every or summary.speaker.key in self.chosen

    def _show_status(self, row: int) -> None:
        summary = self.speakers[row]
        item = self.table.item(row, self.STATUS)
        item.setText(status_label(self._confirmed(summary), summary.speaker.guessed_from))
        font = QFont(item.font())
        font.setItalic(not self._confirmed(summary))
        item.setFont(font)

    def _show_summary(self) -> None:
        if not self.speakers:
            self.summary.setText(translate(
                "EvidenceArea", "No speakers found: transcripts with labels such as “Interviewer:” "
                "or “Maria:” at the start of the lines are read as conversations."))
            self.confirm_button.setEnabled(False)
            return
        guessed = sum(not self._confirmed(s) for s in self.speakers)
        self.summary.setText(translate(
            "EvidenceArea", "{n} speakers; {guessed} roles are still guesses.").format(
            n=len(self.speakers), guessed=guessed) if guessed else translate(
            "EvidenceArea", "{n} speakers, every role confirmed.").format(n=len(self.speakers)))
        self.confirm_button.setEnabled(self.writable and guessed > 0 and self.worker is None)

    def confirm_all(self) -> None:
        """Accept every role as shown (applied on OK)."""
        self.confirm_every = True
        for row in range(len(self.speakers)):
            self._show_status(row)
        self._show_summary()

    def changes(self) -> list[tuple[int, SpeakerRole]]:
        """(speaker id, role) of every speaker whose role changes or gets confirmed."""
        found = []
        for row, summary in enumerate(self.speakers):
            speaker = summary.speaker
            role = SpeakerRole(self.role_combo(row).currentData())
            if role is not speaker.role or (self._confirmed(summary) and not speaker.confirmed):
                found.append((speaker.id, role))
        return found

    # --- detect again -----------------------------------------------------------------------

    def detect_again(self):
        """Find the speakers of every document again, in the background."""
        project = self.area.project
        if project is None or not self.writable or self.worker is not None:
            return None
        self._busy(True)
        self.worker = self.area.run_task(
            translate("EvidenceArea", "Finding speakers"), background.detect_speakers, project,
            on_done=lambda _reports: self._detected(project),
            on_failed=lambda message, _details: self._stopped(message),
            on_cancelled=lambda: self._stopped(translate("EvidenceArea", "Stopped: nothing "
                                                         "changed.")))
        self.worker.progress.connect(self._progress)
        return self.worker

    def stop_detecting(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _progress(self, done: float, total, message: str) -> None:
        if total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(round(1000 * done / total))
        else:
            self.progress.setRange(0, 0)
        self.summary.setText(message)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.stop_button.setVisible(busy)
        self.detect_button.setEnabled(self.writable and not busy)
        self.confirm_button.setEnabled(self.writable and not busy)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(not busy)

    def _detected(self, project) -> None:
        self.worker = None
        self._busy(False)
        if project is not self.area.project:
            return
        self.area.speakers_changed()
        self.reload()

    def _stopped(self, message: str) -> None:
        self.worker = None
        self._busy(False)
        self._show_summary()
        self.summary.setText(message)

    def done(self, result: int) -> None:  # Qt override: closing stops the detection
        self.stop_detecting()
        super().done(result)


# --- choosing codes for whole turns ------------------------------------------------------------

class ChooseCodesDialog(QDialog):
    """Tick one or more codes of the code book; ``code_ids()`` in code book order."""

    def __init__(self, parent: QWidget | None, summaries, chosen: list[int], title: str,
                 prompt: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("ChooseCodesDialog")
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("CodesToApply")
        for summary in summaries:
            code = summary.code
            item = QListWidgetItem(swatch(code.colour), "    " * summary.depth + code.name)
            item.setData(ID_ROLE, code.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code.id in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(lambda _item: self._update())
        self.list.itemDoubleClicked.connect(self._toggle)
        self._update()
        self.resize(420, 380)

    def _toggle(self, item: QListWidgetItem) -> None:
        item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                           else Qt.CheckState.Checked)

    def code_ids(self) -> list[int]:
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_code_ids(self, code_ids: list[int]) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in code_ids
                               else Qt.CheckState.Unchecked)

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.code_ids()))
