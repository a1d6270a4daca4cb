"""How to read the file being imported: sheet, encoding, separator, decimal mark, header rows,
events.

"Automatic" is the default of every choice; once a preview was read, each
"Automatic" says what it found ("Automatic (semicolon)"), so the user sees
what to change when the preview looks wrong.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from workbench.domain.columns import ColumnSpec
from workbench.i18n import translate

TEXT_SUFFIXES = (".csv", ".tsv", ".txt")


def is_text_file(path: Path) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES


def encoding_name(code: str | None) -> str:
    """A detected encoding as people know it."""
    code = (code or "").lower().replace("_", "-")
    if code.startswith("utf-8") or code == "utf8":
        return "UTF-8"
    if code.startswith("utf-16"):
        return "UTF-16"
    if code in ("cp1252", "windows-1252"):
        return "Windows-1252"
    if code in ("latin-1", "latin1", "iso8859-1", "iso-8859-1"):
        return "Latin-1"
    return code


def separator_name(delimiter: str | None) -> str:
    return {
        ",": translate("ImportDialog", "comma"),
        ";": translate("ImportDialog", "semicolon"),
        "\t": translate("ImportDialog", "tab"),
        "|": translate("ImportDialog", "pipe"),
    }.get(delimiter or "", repr(delimiter))


def decimal_name(mark: str | None) -> str:
    return {
        ".": translate("ImportDialog", "point (1.5)"),
        ",": translate("ImportDialog", "comma (1,5)"),
    }.get(mark or "", mark or "")


def _combo(label: str, tip: str, items: list[tuple[str, object]]) -> tuple[QLabel, QComboBox]:
    caption = QLabel(label)
    combo = QComboBox()
    combo.setToolTip(tip)
    combo.setAccessibleName(label.replace("&", ""))
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    for text, data in items:
        combo.addItem(text, data)
    caption.setBuddy(combo)
    return caption, combo


class ReadOptionsPanel(QWidget):
    """The reading choices above the preview, and whether the file is an event log."""

    #: A choice that changes how the file is read (True: another sheet, other columns).
    reading_changed = Signal(bool)
    #: The touchpoint-events choice changed.
    events_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path = Path()
        self._sheets: list[str] = []
        automatic = translate("ImportDialog", "Automatic")
        self._automatic = automatic
        self.sheet_label, self.sheet_combo = _combo(
            translate("ImportDialog", "&Sheet:"),
            translate("ImportDialog", "The worksheet to import. Each sheet becomes its own source."),
            [])
        self.encoding_label, self.encoding_combo = _combo(
            translate("ImportDialog", "&Encoding:"),
            translate("ImportDialog", "How the text file's characters are stored. Change it when "
                      "accented letters look wrong in the preview."),
            [(automatic, None), ("UTF-8", "utf-8"), ("UTF-16", "utf-16"),
             ("Windows-1252 / Latin-1", "cp1252")])
        self.delimiter_label, self.delimiter_combo = _combo(
            translate("ImportDialog", "Se&parator:"),
            translate("ImportDialog", "The character between the fields of a row. Change it when "
                      "the preview shows everything in one column."),
            [(automatic, None), (translate("ImportDialog", "Comma ,"), ","),
             (translate("ImportDialog", "Semicolon ;"), ";"),
             (translate("ImportDialog", "Tab"), "\t"), (translate("ImportDialog", "Pipe |"), "|")])
        self.decimal_label, self.decimal_combo = _combo(
            translate("ImportDialog", "&Decimal mark:"),
            translate("ImportDialog", "How numbers written as text mark decimals: 1.5 or 1,5 "
                      "(Italian and many European exports)."),
            [(automatic, None), (translate("ImportDialog", "Point (1.5)"), "."),
             (translate("ImportDialog", "Comma (1,5)"), ",")])
        self.header_rows_label, self.header_rows_combo = _combo(
            translate("ImportDialog", "&Header rows:"),
            translate("ImportDialog", "How many rows the header takes. Survey exports often have "
                      "two: the questions, and below them the answer options or question texts; "
                      "each column's label then joins both (\"question · sub-header\")."),
            [(translate("ImportDialog", "Detect"), None), ("1", 1), ("2", 2)])
        self.events_label, self.events_combo = _combo(
            translate("ImportDialog", "Touchpoint &events:"),
            translate("ImportDialog", "An event log (customer, date and time, channel, action) "
                      "becomes touchpoints for journey maps; other files are imported as a table "
                      "of customers' attributes and answers."),
            [(translate("ImportDialog", "Detect automatically"), None),
             (translate("ImportDialog", "Import as touchpoint events"), True),
             (translate("ImportDialog", "Import as a plain table"), False)])
        self.events_hint = QLabel()
        self.events_hint.setObjectName("Secondary")

        reading = QHBoxLayout()
        reading.setSpacing(8)
        for caption, combo in ((self.sheet_label, self.sheet_combo),
                               (self.encoding_label, self.encoding_combo),
                               (self.delimiter_label, self.delimiter_combo),
                               (self.decimal_label, self.decimal_combo),
                               (self.header_rows_label, self.header_rows_combo)):
            reading.addWidget(caption)
            reading.addWidget(combo)
            reading.addSpacing(12)
        reading.addStretch(1)
        events = QHBoxLayout()
        events.setSpacing(8)
        events.addWidget(self.events_label)
        events.addWidget(self.events_combo)
        events.addSpacing(4)
        events.addWidget(self.events_hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(reading)
        layout.addLayout(events)

        self.sheet_combo.currentIndexChanged.connect(lambda _i: self.reading_changed.emit(True))
        for combo in (self.encoding_combo, self.delimiter_combo, self.decimal_combo,
                      self.header_rows_combo):
            combo.currentIndexChanged.connect(lambda _i: self.reading_changed.emit(False))
        self.events_combo.currentIndexChanged.connect(lambda _i: self.events_changed.emit())

    # --- the file ----------------------------------------------------------------------------

    def set_file(self, path: Path, *, reset: bool = False) -> None:
        """Show the choices that apply to this file (``reset``: all back to Automatic)."""
        self._path = Path(path)
        if reset:
            for combo in (self.encoding_combo, self.delimiter_combo, self.decimal_combo,
                          self.header_rows_combo, self.events_combo):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
        text = is_text_file(self._path)
        for widget in (self.encoding_label, self.encoding_combo, self.delimiter_label,
                       self.delimiter_combo):
            widget.setVisible(text)
        for widget in (self.sheet_label, self.sheet_combo):
            widget.setVisible(not text)
        self.set_sheets([])

    def set_sheets(self, sheets: list[str], current: str | None = None) -> None:
        self._sheets = list(sheets)
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(self._sheets)
        if current in self._sheets:
            self.sheet_combo.setCurrentIndex(self._sheets.index(current))
        self.sheet_combo.blockSignals(False)
        self.sheet_combo.setEnabled(len(self._sheets) > 1)

    # --- what was chosen ---------------------------------------------------------------------

    def read_options(self):
        """The ReadOptions chosen (None = detect)."""
        from workbench.ingest.reader import ReadOptions

        text = is_text_file(self._path)
        sheet = self.sheet_combo.currentText() if not text and self._sheets else None
        return ReadOptions(
            sheet=sheet or None,
            encoding=self.encoding_combo.currentData() if text else None,
            delimiter=self.delimiter_combo.currentData() if text else None,
            decimal=self.decimal_combo.currentData(),
            header_rows=self.header_rows_combo.currentData())

    def as_events(self) -> bool | None:
        """True: import as touchpoint events; False: as a table; None: detect."""
        return self.events_combo.currentData()

    # --- what was found ----------------------------------------------------------------------

    def show_found(self, table) -> None:
        """Let each "Automatic" say what it found in the preview (a RawTable)."""
        found = {self.encoding_combo: encoding_name(table.encoding) if table.encoding else "",
                 self.delimiter_combo: separator_name(table.delimiter) if table.delimiter else "",
                 self.decimal_combo: decimal_name(table.decimal)}
        for combo, value in found.items():
            combo.setItemText(0, translate("ImportDialog", "{automatic} ({found})").format(
                automatic=self._automatic, found=value) if value else self._automatic)
        self.header_rows_combo.setItemText(0, translate("ImportDialog", "Detect ({rows})").format(
            rows=getattr(table, "header_rows", 1)))

    def show_events_layout(self, specs: list[ColumnSpec]) -> None:
        """Say whether the columns, as the user set them, make an event log."""
        choice = self.as_events()
        if not specs or choice is False:
            self.events_hint.clear()
            return
        from workbench.ingest.reader import detect_events_layout

        layout = detect_events_layout(specs)
        if layout is not None:
            titles = {s.name: s.title for s in specs}
            self.events_hint.setText(translate(
                "ImportDialog", "Looks like an event log: customer {customer}, time {time}, "
                "channel {channel}.").format(customer=titles[layout["customer"]],
                                             time=titles[layout["timestamp"]],
                                             channel=titles[layout["channel"]]))
        elif choice is True:
            self.events_hint.setText(translate(
                "ImportDialog", "An event log needs a customer column (Identifier), a date or "
                "time column (Date) and a channel column (Channel)."))
        else:
            self.events_hint.setText(translate("ImportDialog", "Will be imported as a table."))

    def set_busy(self, busy: bool) -> None:
        """No changes while an import runs."""
        for combo in (self.encoding_combo, self.delimiter_combo, self.decimal_combo,
                      self.header_rows_combo, self.events_combo):
            combo.setEnabled(not busy)
        self.sheet_combo.setEnabled(not busy and len(self._sheets) > 1)
