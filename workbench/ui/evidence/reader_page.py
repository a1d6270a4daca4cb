"""The Evidence area's Reader tab: the open document's title and coding buttons, who speaks in it,
the reader, and a footer naming the codes under the cursor.

Layout and what it shows only: the area connects the buttons and the reader's
signals to its actions.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workbench.domain.speakers import TurnView
from workbench.i18n import translate
from workbench.ui.evidence.look import speaker_colours
from workbench.ui.evidence.reader import DocumentReader, role_name
from workbench.ui.numbers import count_text
from workbench.ui.style import scale_font

#: At most this many speakers are named in the header line (then "and N more").
SPEAKERS_NAMED = 6


class ReaderPage(QWidget):
    """A header (title, origin, speakers, Mark as quote, Code with last, Apply code), the reader,
    a footer."""

    #: The "Check speakers…" link of the speakers line was clicked.
    speakers_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader = DocumentReader()
        self.reader.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.doc_title = QLabel()
        self.doc_title.setObjectName("DocumentTitle")
        scale_font(self.doc_title, 1.25, QFont.Weight.DemiBold)
        self.doc_meta = QLabel()
        self.doc_meta.setObjectName("Secondary")
        self.doc_meta.setWordWrap(True)
        self.doc_title.setWordWrap(True)
        self.speakers_line = QLabel()
        self.speakers_line.setObjectName("SpeakersLine")
        self.speakers_line.setWordWrap(True)
        self.speakers_line.setTextFormat(Qt.TextFormat.RichText)
        self.speakers_line.setAccessibleName(translate("EvidenceArea", "Speakers in this document"))
        self.speakers_line.linkActivated.connect(lambda _href: self.speakers_requested.emit())
        self.speakers_line.hide()
        self.show_no_document()
        self.apply_button = QPushButton(translate("EvidenceArea", "Apply code"))
        self.apply_button.setObjectName("PrimaryAction")
        self.apply_button.setToolTip(translate("EvidenceArea", "Code the selected text with the codes "
                                               "selected in the code book (Ctrl+Return)"))
        self.last_button = QPushButton(translate("EvidenceArea", "Code with last"))
        self.last_button.setToolTip(translate("EvidenceArea", "Apply the codes used last again "
                                              "(Ctrl+L)"))
        self.quote_button = QPushButton(translate("EvidenceArea", "Mark as quote"))
        self.quote_button.setToolTip(translate("EvidenceArea", "Keep the selected passage as a quote "
                                               "for personas and journeys"))
        header = QFrame()
        header.setObjectName("ReaderHeader")
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.doc_title)
        titles.addWidget(self.doc_meta)
        top = QHBoxLayout()
        top.addLayout(titles, 1)
        top.addWidget(self.quote_button)
        top.addWidget(self.last_button)
        top.addWidget(self.apply_button)
        rows = QVBoxLayout(header)
        rows.setContentsMargins(18, 12, 14, 12)
        rows.setSpacing(4)
        rows.addLayout(top)
        rows.addWidget(self.speakers_line)  # the whole width: a conversation may have many speakers
        self.codes_here = QLabel()
        self.codes_here.setObjectName("Secondary")
        self.codes_here.setWordWrap(True)
        footer = QFrame()
        footer.setObjectName("ReaderFooter")
        bottom = QHBoxLayout(footer)
        bottom.setContentsMargins(18, 5, 14, 5)
        bottom.addWidget(self.codes_here, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.reader, 1)
        layout.addWidget(footer)

    def show_no_document(self) -> None:
        self.doc_title.setText(translate("EvidenceArea", "No document open"))
        self.doc_meta.setText(translate("EvidenceArea", "Choose a document on the left."))
        self.show_speakers([])

    def show_speakers(self, turns: list[TurnView]) -> None:
        """Name who speaks in the open document, in order of first turn, each in its role's
        colour; a link to check the speakers while any role is still a guess."""
        speakers = list({t.speaker.id: t.speaker for t in turns}.values())
        self.speakers_line.setVisible(bool(speakers))
        if not speakers:
            self.speakers_line.clear()
            return
        colours = speaker_colours(self.palette())
        names = [translate("EvidenceArea", "{speaker} ({role})").format(
            speaker=f'<b style="color:{colours[s.role.value].name()}">{html.escape(s.label)}</b>',
            role=html.escape(role_name(s.role))) for s in speakers[:SPEAKERS_NAMED]]
        if len(speakers) > SPEAKERS_NAMED:
            names.append(html.escape(translate("EvidenceArea", "{n} more").format(
                n=len(speakers) - SPEAKERS_NAMED)))
        text = " · ".join(names)
        if any(not s.confirmed for s in speakers):
            link = translate("EvidenceArea", "Check speakers…")
            text += " — " + html.escape(translate("EvidenceArea", "roles guessed:")) + \
                f' <a href="#speakers">{html.escape(link)}</a>'
        self.speakers_line.setText(text)

    def show_header(self) -> None:
        """The open document's title, customer, origin and number of codings."""
        view = self.reader.view
        if view is None:
            return
        self.doc_title.setText(view.document.title)
        parts = [p for p in (view.customer_label, view.origin) if p]
        parts.append(translate("EvidenceArea", "{n} codings").format(
            n=count_text(len(self.reader.codings))))
        self.doc_meta.setText(" · ".join(parts))

    def show_codes_here(self, names: str) -> None:
        """The codes at the cursor, or how to code when there are none."""
        self.codes_here.setText(translate("EvidenceArea", "Codes here: {codes}").format(codes=names)
                                if names else translate(
            "EvidenceArea", "Select text and press Ctrl+Return to code it with the selected codes; "
            "right-click a highlight to remove it."))
