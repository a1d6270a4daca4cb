"""The Evidence area's analysis pages: code counts (table and heat map) and suggested themes.

Both compute in the background (``window.run_task``: progress and Cancel in
the status bar); matplotlib is imported only when a heat map is drawn. The heat
map on screen takes the window's colours (light or dark) and is redrawn when
the theme changes; exported heat maps keep the printable light look.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.i18n import translate
from workbench.services import evidence as service
from workbench.services import evidence_insights as insights
from workbench.ui.evidence import background
from workbench.ui.evidence.models import FrameModel
from workbench.ui.evidence.panels import LazyPage
from workbench.ui.evidence.speaker_dialogs import language_name, speaker_scope_combo
from workbench.ui.style import palette_key, scale_font, theme_changed

#: At most this many documents left out of themes are named (then "N more").
LEFT_OUT_NAMED = 5
#: Cells darker than this (relative luminance 0..1) get light numbers, the others dark ones.
DARK_CELL = 0.3


def follow_palette(figure, palette: QPalette) -> None:
    """Recolour a ``code_heatmap`` figure for the screen: the window's background and text
    colours, empty cells in the base colour, each number in whichever text colour reads on its cell.
    """
    from matplotlib.colors import LinearSegmentedColormap, to_hex, to_rgb

    window = palette.color(QPalette.ColorRole.Window).name()
    ink = palette.color(QPalette.ColorRole.WindowText).name()
    base = palette.color(QPalette.ColorRole.Base).name()
    figure.set_facecolor(window)
    if not figure.axes:
        return
    axes = figure.axes[0]
    for each in figure.axes:
        each.set_facecolor(window)
        each.tick_params(colors=ink, labelcolor=ink)
        for label in each.get_xticklabels() + each.get_yticklabels():
            label.set_color(ink)
        each.title.set_color(ink)
        each.xaxis.label.set_color(ink)
        each.yaxis.label.set_color(ink)
    if not axes.images:
        return
    image = axes.images[0]
    strongest = to_hex(image.get_cmap()(1.0))
    image.set_cmap(LinearSegmentedColormap.from_list("codes", [base, strongest]))
    if image.colorbar is not None:
        image.colorbar.outline.set_edgecolor((*to_rgb(ink), 0.3))  # a faint frame on either ground
    shade = image.get_array()
    light, dark = sorted((ink, base), key=lambda c: _luminance(to_rgb(c)), reverse=True)
    for text in axes.texts:
        column, row = (round(v) for v in text.get_position())
        if 0 <= row < shade.shape[0] and 0 <= column < shade.shape[1]:
            cell = image.to_rgba(shade[row, column])[:3]
            text.set_color(light if _luminance(cell) < DARK_CELL else dark)


def _luminance(rgb) -> float:
    def linear(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


class CountsPage(LazyPage):
    """Codes × attribute values (or × personas) as a table and a heat map."""

    def __init__(self, area, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        self.by = QComboBox()
        self.by.setAccessibleName(translate("EvidenceArea", "Split by"))
        self.by.setMinimumContentsLength(16)
        self.by.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit = QComboBox()
        for key, label in (("codings", translate("EvidenceArea", "Codings")),
                           ("documents", translate("EvidenceArea", "Documents")),
                           ("customers", translate("EvidenceArea", "Customers"))):
            self.unit.addItem(label, key)
        self.share = QCheckBox(translate("EvidenceArea", "Shade by share of each column"))
        self.share.setToolTip(translate("EvidenceArea", "Compare columns of different sizes; the "
                                        "numbers shown stay counts"))
        self.status = QLabel()
        self.status.setObjectName("Secondary")
        self.status.setWordWrap(True)
        self.model = FrameModel(self)
        self.table = QTableView()
        self.table.setObjectName("CountsTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.chart_holder = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_holder)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.canvas = None
        self.frame = None
        self._chart_key: tuple[str, ...] | None = None  # the colours the heat map was drawn in
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart_holder)
        splitter.setSizes([220, 420])
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("EvidenceArea", "Codes by:")))
        top.addWidget(self.by)
        top.addWidget(QLabel(translate("EvidenceArea", "Count:")))
        top.addWidget(self.unit)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.share)  # its own row: the page fits beside the code book
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self.by.currentIndexChanged.connect(lambda _i: self.compute())
        self.unit.currentIndexChanged.connect(lambda _i: self.compute())
        self.share.toggled.connect(lambda _on: self.draw())
        self._attributes_loaded = False

    def reload(self) -> None:
        project = self.area.project
        if project is None:
            self.model.set_frame(None)
            return
        if not self._attributes_loaded:
            self.area.run_task(translate("EvidenceArea", "Reading the attributes"),
                                       background.attribute_names, project,
                                       on_done=lambda names: self._set_attributes(project, names))
        else:
            self.compute()

    def _set_attributes(self, project, names: list[str]) -> None:
        if project is not self.area.project:
            return
        self._attributes_loaded = True
        self.by.blockSignals(True)
        self.by.clear()
        self.by.addItem(translate("EvidenceArea", "Persona (newest set)"), background.BY_PERSONA)
        for name in names:
            self.by.addItem(name, name)
        self.by.setCurrentIndex(1 if names else 0)
        self.by.blockSignals(False)
        self.compute()

    def forget_project(self) -> None:
        self._attributes_loaded = False
        self.by.clear()
        self.model.set_frame(None)
        self.frame = None

    def compute(self):
        project, by = self.area.project, self.by.currentData()
        if project is None or by is None:
            return None
        self.status.setText(translate("EvidenceArea", "Counting…"))
        return self.area.run_task(
            translate("EvidenceArea", "Counting codes"), background.code_counts, project, by,
            self.unit.currentData(), on_done=lambda frame: self._show(project, by, frame),
            on_failed=lambda message, _details: self.status.setText(message))

    def _show(self, project, by: str, frame) -> None:
        if project is not self.area.project:
            return
        self.frame = frame
        self.model.set_frame(frame)
        self.table.resizeColumnsToContents()
        if frame.empty:
            self.status.setText(translate("EvidenceArea", "No codes yet: create codes in the code "
                                          "book and code some passages."))
        else:
            self.status.setText(translate("EvidenceArea", "{unit} of each code (rows) by {by} "
                                          "(columns).").format(unit=self.unit.currentText(),
                                                               by=self.by.currentText()))
        self.draw()

    def draw(self) -> None:
        if self.frame is None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from workbench.export.evidence_charts import code_heatmap

        figure = code_heatmap(self.frame, share=self.share.isChecked())
        follow_palette(figure, self.palette())
        self._chart_key = palette_key(self)
        if self.canvas is not None:
            self.chart_layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.canvas = FigureCanvasQTAgg(figure)
        self.canvas.setObjectName("CodeHeatmap")
        self.chart_layout.addWidget(self.canvas)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        # light <-> dark while the heat map is shown: draw it again in the new colours
        if self.canvas is not None and theme_changed(self, event, self._chart_key):
            self._chart_key = palette_key(self)
            QTimer.singleShot(0, self, self.draw)
        super().changeEvent(event)


class ThemeCard(QFrame):
    def __init__(self, page: ThemesPage, suggestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ThemeCard")
        self.suggestion = suggestion
        title = QLabel(suggestion.label)
        scale_font(title, 1.1, QFont.Weight.DemiBold)
        weight = QLabel(translate("EvidenceArea", "{share:.0%} of the text · top words: {words}").format(
            share=suggestion.weight, words=", ".join(suggestion.words)))
        weight.setObjectName("Secondary")
        weight.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(title)
        layout.addWidget(weight)
        for example in suggestion.examples[:3]:
            text = " ".join(example.text.split())
            if len(text) > 240:
                text = text[:237] + "…"
            ink = self.palette().color(QPalette.ColorRole.Text).name()
            link = QLabel(f'<a href="#" style="color:{ink};text-decoration:none"><i>'
                          f'“{html.escape(text)}”</i></a>')
            link.setObjectName("ExampleLink")
            link.setWordWrap(True)
            link.setTextFormat(Qt.TextFormat.RichText)
            link.setCursor(Qt.CursorShape.PointingHandCursor)
            link.setToolTip(translate("EvidenceArea", "Open this passage in the reader"))
            link.linkActivated.connect(lambda _href, e=example: page.area.open_document(
                e.document_id, (e.start, e.end)))
            layout.addWidget(link)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.reject_button = QPushButton(translate("EvidenceArea", "Reject"))
        self.accept_button = QPushButton(translate("EvidenceArea", "Make a code"))
        self.accept_button.setObjectName("PrimaryAction")
        self.accept_button.setToolTip(translate("EvidenceArea", "Create a code from this theme and "
                                                "code its example passages"))
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.accept_button)
        layout.addLayout(buttons)
        self.accept_button.clicked.connect(lambda: page.accept(self))
        self.reject_button.clicked.connect(lambda: page.reject(self))
        enabled = not page.area.readonly
        self.accept_button.setEnabled(enabled)
        self.reject_button.setEnabled(enabled)


class ThemesPage(QWidget):
    """Suggested themes from the text, each made into a code or rejected."""

    def __init__(self, area, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.scope = QComboBox()
        self.scope.setAccessibleName(translate("EvidenceArea", "Documents to read"))
        self.scope.setMinimumContentsLength(20)
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.count = QSpinBox()
        self.count.setRange(2, 20)
        self.count.setValue(8)
        self.count.setAccessibleName(translate("EvidenceArea", "Number of themes"))
        self.speakers = speaker_scope_combo()
        self.run_button = QPushButton(translate("EvidenceArea", "Suggest themes"))
        self.run_button.setObjectName("PrimaryAction")
        self.status = QLabel(translate(
            "EvidenceArea", "The app reads the text (TF-IDF and NMF, Italian and English stop words) "
                            "and proposes themes with their top words and example passages. Turn "
                            "a suggestion into a code, or reject it so it is not proposed again."))
        self.status.setObjectName("Secondary")
        self.status.setWordWrap(True)
        #: Documents themes did not read because of their language.
        self.left_out = QLabel()
        self.left_out.setObjectName("LeftOut")
        self.left_out.setWordWrap(True)
        self.left_out.hide()
        self.cards = QWidget()
        self.cards.setObjectName("ThemeCanvas")
        self.cards_layout = QVBoxLayout(self.cards)
        self.cards_layout.setContentsMargins(0, 0, 8, 0)
        self.cards_layout.setSpacing(10)
        self.cards_layout.addStretch(1)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.cards)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("EvidenceArea", "Read:")))
        top.addWidget(self.scope, 1)
        second = QHBoxLayout()  # its own row: the page fits beside the code book at 1280 px
        second.addWidget(QLabel(translate("EvidenceArea", "Speakers:")))
        second.addWidget(self.speakers)
        second.addSpacing(8)
        second.addWidget(QLabel(translate("EvidenceArea", "Themes:")))
        second.addWidget(self.count)
        second.addStretch(1)
        second.addWidget(self.run_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.status)
        layout.addWidget(self.left_out)
        layout.addWidget(scroll, 1)
        self.run_button.clicked.connect(self.suggest)
        self.worker = None

    def set_project(self, project) -> None:
        self.scope.clear()
        self.scope.addItem(translate("EvidenceArea", "All documents"), None)
        if project is not None:
            for column in service.survey_columns(project):
                self.scope.addItem(translate("EvidenceArea", "Answers to “{question}”").format(
                    question=column.label), column.column_id)
        self._clear()
        self.left_out.hide()

    def _clear(self) -> None:
        while self.cards_layout.count() > 1:
            widget = self.cards_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()

    def suggest(self):
        project = self.area.project
        if project is None:
            return None
        self.run_button.setEnabled(False)
        self.status.setText(translate("EvidenceArea", "Reading the text for themes…"))
        self.worker = self.area.run_task(
            translate("EvidenceArea", "Suggesting themes"), background.suggest_themes, project,
            self.count.value(), self.scope.currentData(), self.speakers.currentData(),
            on_done=lambda themes: self.show_themes(project, themes),
            on_failed=lambda message, _d: self._stopped(message),
            on_cancelled=lambda: self._stopped(translate("EvidenceArea", "Stopped.")))
        return self.worker

    def _stopped(self, message: str) -> None:
        self.run_button.setEnabled(True)
        self.status.setText(message)

    def show_themes(self, project, themes) -> None:
        self.run_button.setEnabled(True)
        if project is not self.area.project:
            return
        self._clear()
        for theme in themes:
            self.cards_layout.insertWidget(self.cards_layout.count() - 1, ThemeCard(self, theme))
        self.status.setText(translate("EvidenceArea", "{n} themes suggested, strongest first.").format(
            n=len(themes)) if themes else translate("EvidenceArea", "No themes found: there is too "
                                                    "little text yet."))
        self.show_left_out(insights.documents_left_out_of_themes(
            project, column_id=self.scope.currentData()))

    def show_left_out(self, documents) -> None:
        """Name the documents themes did not read because of their language."""
        self.left_out.setVisible(bool(documents))
        if not documents:
            self.left_out.clear()
            return
        named = [translate("EvidenceArea", "“{title}” ({language})").format(
            title=d.title, language=language_name(d.language)) for d in documents[:LEFT_OUT_NAMED]]
        if len(documents) > LEFT_OUT_NAMED:
            named.append(translate("EvidenceArea", "{n} more").format(n=len(documents) - LEFT_OUT_NAMED))
        self.left_out.setText(translate(
            "EvidenceArea", "Left out: {documents} — themes read English and Italian.").format(
            documents=", ".join(named)))
        self.left_out.setToolTip(translate(
            "EvidenceArea", "Themes need the stop words of a document's language; only English and "
            "Italian ones are bundled, so documents in other languages are not mixed in."))

    def theme_cards(self) -> list[ThemeCard]:
        return [self.cards_layout.itemAt(i).widget() for i in range(self.cards_layout.count() - 1)]

    def card_of(self, suggestion) -> ThemeCard | None:
        """The card showing ``suggestion`` (the very object), None once themes were suggested anew."""
        return next((card for card in self.theme_cards() if card.suggestion is suggestion), None)

    def show_suggestion(self, suggestion, shown: bool) -> None:
        """Show a suggestion's card again at its place (undo) or hide it (accepted, rejected)."""
        card = self.card_of(suggestion)
        if card is None:
            return
        card.setVisible(shown)
        if shown:
            self.scroll.ensureWidgetVisible(card)

    def accept(self, card: ThemeCard) -> None:
        if self.area.accept_theme(card.suggestion):
            card.hide()

    def reject(self, card: ThemeCard) -> None:
        if self.area.reject_theme(card.suggestion):
            card.hide()
