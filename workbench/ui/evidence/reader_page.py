"""The Evidence area's Reader tab: the open document's title and coding buttons, the reader, and
a footer naming the codes under the cursor.

Layout and what it shows only: the area connects the buttons and the reader's
signals to its actions.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workbench.i18n import translate
from workbench.ui.evidence.reader import DocumentReader
from workbench.ui.style import scale_font


class ReaderPage(QWidget):
    """A header (title, origin, Mark as quote, Code with last, Apply code), the reader, a footer."""

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
        top = QHBoxLayout(header)
        top.setContentsMargins(18, 12, 14, 12)
        top.addLayout(titles, 1)
        top.addWidget(self.quote_button)
        top.addWidget(self.last_button)
        top.addWidget(self.apply_button)
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

    def show_header(self) -> None:
        """The open document's title, customer, origin and number of codings."""
        view = self.reader.view
        if view is None:
            return
        self.doc_title.setText(view.document.title)
        parts = [p for p in (view.customer_label, view.origin) if p]
        parts.append(translate("EvidenceArea", "{n} codings").format(n=len(self.reader.codings)))
        self.doc_meta.setText(" · ".join(parts))

    def show_codes_here(self, names: str) -> None:
        """The codes at the cursor, or how to code when there are none."""
        self.codes_here.setText(translate("EvidenceArea", "Codes here: {codes}").format(codes=names)
                                if names else translate(
            "EvidenceArea", "Select text and press Ctrl+Return to code it with the selected codes; "
            "right-click a highlight to remove it."))
