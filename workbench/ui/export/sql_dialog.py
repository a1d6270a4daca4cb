"""Export as SQL: a persona set's assignment rule as one query for the company's data engine
(DuckDB, PostgreSQL, Spark SQL, BigQuery, Snowflake), with a read-only preview of the query,
Save… and "Save rule as JSON…".

The query is written by ``services.sql_export`` in the background (a newer choice replaces
an older one). A set whose rule cannot be written as SQL (a Gaussian mixture) gets the
reason instead of the buttons.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from workbench.domain.warehouse import SQL_DIALECTS, SQL_EXPORTABLE
from workbench.i18n import translate
from workbench.progress import Task
from workbench.ui.dialogs import ERROR
from workbench.ui.export.jobs import file_stem
from workbench.ui.worker import Worker

log = logging.getLogger("workbench.ui.export")

DEFAULT_TABLE = "customers"
DEFAULT_ID_COLUMN = "customer_id"


def dialect_names() -> list[tuple[str, str]]:
    """(sqlglot dialect, the engine's name), in SQL_DIALECTS' order."""
    names = {"duckdb": "DuckDB", "postgres": "PostgreSQL", "spark": "Spark SQL",
             "bigquery": "BigQuery", "snowflake": "Snowflake"}
    return [(key, names.get(key, key)) for key in SQL_DIALECTS]


def not_exportable_reason(stored) -> str:
    """Why the set's rule cannot be exported as SQL; "" when it can."""
    algorithm = str((stored.settings or {}).get("algorithm", ""))
    if not algorithm or algorithm in SQL_EXPORTABLE:
        return ""
    if algorithm == "gmm":
        return translate(
            "Export", "This persona set was made with a Gaussian mixture: a customer belongs to "
            "each persona with a probability from the persona's full covariance, which is no "
            "nearest-centre rule one query can apply exactly. Make the set with k-means, "
            "agglomerative clustering or k-medoids (Gower) to score it in your engine.")
    from workbench.export.wording import algorithm_name

    return translate(
        "Export", "Persona sets made with {algorithm} cannot be exported as SQL: only k-means, "
        "agglomerative and k-medoids (Gower) sets have a nearest-centre rule.").format(
        algorithm=algorithm_name(algorithm))


def stored_set(project, set_id: int):
    from workbench.services.personas import persona_sets

    return next((s for s in persona_sets(project) if s.id == set_id), None)


def write_query(project, set_id: int, dialect: str, table: str, id_column: str, *,
                task: Task) -> str:
    """The query text (background, on the worker's own connection)."""
    from workbench.services import sql_export

    with project.on_own_connection() as mine:
        task.check()
        return sql_export.persona_sql(mine, set_id, dialect, table=table, id_column=id_column)


def save_query(project, set_id: int, path: Path, dialect: str, table: str, id_column: str, *,
               task: Task):
    from workbench.services import sql_export

    with project.on_own_connection() as mine:
        task.report(0, None, translate("Export", "Writing the query…"))
        return sql_export.export_persona_sql(mine, set_id, path, dialect, table=table,
                                             id_column=id_column)


def save_rule_json(project, set_id: int, path: Path, id_column: str, *, task: Task):
    from workbench.services import sql_export

    with project.on_own_connection() as mine:
        task.report(0, None, translate("Export", "Writing the rule…"))
        return sql_export.export_persona_rule_json(mine, set_id, path, id_column=id_column)


class SqlExportPanel(QWidget):
    """Dialect, table and id column, the query as it will be saved, Save… and Save rule as
    JSON…, for one persona set."""

    #: A query is on screen (its dialect).
    query_shown = Signal(str)
    #: Writing the query failed (the message).
    query_failed = Signal(str)
    #: A file was written (its path).
    saved = Signal(object)

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SqlExportPanel")
        self.window_ = window
        self.project = None
        self.stored = None
        self.reason = ""
        self.query_worker: Worker | None = None
        self.save_worker: Worker | None = None
        self._generation = 0

        self.dialect_combo = QComboBox()
        self.dialect_combo.setObjectName("SqlDialect")
        self.dialect_combo.setAccessibleName(translate("Export", "SQL dialect"))
        for key, name in dialect_names():
            self.dialect_combo.addItem(name, key)
        self.table_edit = QLineEdit(DEFAULT_TABLE)
        self.table_edit.setObjectName("SqlTable")
        self.table_edit.setToolTip(translate(
            "Export", "The table (or view) in your engine that holds every customer, with the "
            "same columns the persona set was made from; schema.table is fine."))
        self.id_edit = QLineEdit(DEFAULT_ID_COLUMN)
        self.id_edit.setObjectName("SqlIdColumn")
        self.id_edit.setToolTip(translate(
            "Export", "The column that identifies each customer; the query returns it beside the "
            "persona."))
        for edit in (self.table_edit, self.id_edit):
            edit.setMaximumWidth(320)
        self.reason_label = QLabel()
        self.reason_label.setObjectName("Warning")
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason_label.hide()

        self.query_view = QPlainTextEdit()
        self.query_view.setObjectName("SqlPreview")
        self.query_view.setReadOnly(True)
        self.query_view.setAccessibleName(translate("Export", "The query"))
        self.query_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.query_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.query_view.setMinimumHeight(220)
        self.status_label = QLabel()
        self.status_label.setObjectName("Secondary")
        self.status_label.setWordWrap(True)

        self.json_button = QPushButton(translate("Export", "Save rule as JSON…"))
        self.json_button.setToolTip(translate(
            "Export", "The same rule as a portable description (preprocessing, weights, centres) "
            "for engines and tools not listed here"))
        self.json_button.clicked.connect(self.save_json)
        self.save_button = QPushButton(translate("Export", "Save…"))
        self.save_button.setObjectName("SqlSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        #: The row of buttons (the dialog adds its Close).
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.status_label, 1)
        self.buttons.addWidget(self.json_button)
        self.buttons.addWidget(self.save_button)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(translate("Export", "&Engine:"), self.dialect_combo)
        form.addRow(translate("Export", "&Table:"), self.table_edit)
        form.addRow(translate("Export", "Customer &id column:"), self.id_edit)
        for field_widget in (self.dialect_combo, self.table_edit, self.id_edit):
            label = form.labelForField(field_widget)
            if isinstance(label, QLabel):
                label.setBuddy(field_widget)
        self.form = form
        explanation = QLabel(translate(
            "Export", "One query that gives every customer in your engine their persona: the "
            "preprocessing recorded with the set (missing values, logs, scaling, categories, "
            "weights) and the nearest persona centre, exactly as the workbench assigns them."))
        explanation.setObjectName("Secondary")
        explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.query_view, 1)
        layout.addLayout(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.start_query)
        self.dialect_combo.currentIndexChanged.connect(lambda _i: self.start_query())
        self.table_edit.textChanged.connect(lambda _t: self._timer.start())
        self.id_edit.textChanged.connect(lambda _t: self._timer.start())
        self._update()

    # --- choices ----------------------------------------------------------------------

    @property
    def dialect(self) -> str:
        return self.dialect_combo.currentData()

    def set_dialect(self, dialect: str) -> None:
        self.dialect_combo.setCurrentIndex(self.dialect_combo.findData(dialect))

    @property
    def table(self) -> str:
        return self.table_edit.text().strip() or DEFAULT_TABLE

    @property
    def id_column(self) -> str:
        return self.id_edit.text().strip() or DEFAULT_ID_COLUMN

    @property
    def exportable(self) -> bool:
        return self.stored is not None and not self.reason

    def set_persona_set(self, project, stored) -> None:
        """Export ``stored`` (a StoredPersonaSet) of ``project``; None: nothing."""
        self.project, self.stored = project, stored
        self.reason = not_exportable_reason(stored) if stored is not None else ""
        self.reason_label.setText(self.reason)
        self.reason_label.setVisible(bool(self.reason))
        self.query_view.setVisible(not self.reason)
        self.query_view.clear()
        self._update()
        if self.exportable:
            self.start_query()

    def _update(self) -> None:
        busy = self.save_worker is not None and self.save_worker.is_running
        for widget in (self.save_button, self.json_button, self.dialect_combo, self.table_edit,
                       self.id_edit):
            widget.setEnabled(self.exportable and not busy)
        tip = self.reason or ""
        for widget in (self.save_button, self.json_button):
            widget.setToolTip(tip or widget.toolTip())

    # --- the query (background) ------------------------------------------------------

    def start_query(self) -> Worker | None:
        """Write the query for the current choices; a stale result is dropped."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        if self.query_worker is not None and self.query_worker.is_running:
            self.query_worker.cancel()
        if not self.exportable or self.project is None:
            return None
        self.status_label.setText(translate("Export", "Writing the query…"))
        dialect = self.dialect
        worker = Worker(write_query, self.project, self.stored.id, dialect, self.table,
                        self.id_column, title=translate("Export", "Writing the SQL query"),
                        owner=self)
        worker.finished.connect(lambda text: isValid(self) and self._query_ready(
            generation, dialect, text))
        worker.failed.connect(lambda message, _details: isValid(self) and self._query_failed(
            generation, message))
        self.query_worker = worker
        return worker.start()

    def _query_ready(self, generation: int, dialect: str, text: str) -> None:
        if generation != self._generation:
            return
        self.query_view.setPlainText(text)
        lines = text.count("\n") + 1
        self.status_label.setText(translate(
            "Export", "{engine}: {lines} lines. Run it where the customers are; it returns each "
            "customer's id and persona.").format(engine=self.dialect_combo.currentText(),
                                                 lines=lines))
        self.query_shown.emit(dialect)

    def _query_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.query_view.clear()
        self.status_label.setText("")
        self.reason_label.setText(message)
        self.reason_label.show()
        self.query_failed.emit(message)

    @property
    def query(self) -> str:
        return self.query_view.toPlainText()

    # --- saving -----------------------------------------------------------------------

    def _start_folder(self) -> Path:
        from workbench.settings import default_export_folder

        return default_export_folder(self.project.path)

    def default_target(self, suffix: str) -> Path:
        stem = file_stem(self.stored.name, "personas")
        if suffix == "sql":
            stem += f"-{self.dialect}"
        else:
            stem += "-" + translate("Export", "rule")
        return self._start_folder() / f"{stem}.{suffix}"

    def _ask_path(self, suffix: str) -> Path | None:
        """Where to write; None if the user cancelled (a seam for tests)."""
        kind = (translate("Export", "SQL files") if suffix == "sql"
                else translate("Export", "JSON files"))
        chosen, _ = QFileDialog.getSaveFileName(
            self, translate("Export", "Save the export as"), str(self.default_target(suffix)),
            f"{kind} (*.{suffix})")
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(f".{suffix}")

    def save(self) -> Worker | None:
        """Ask where, then write the query for the chosen engine."""
        if not self.exportable:
            return None
        target = self._ask_path("sql")
        return None if target is None else self.save_to(target)

    def save_to(self, target: Path) -> Worker | None:
        if not self.exportable:
            return None
        return self._run(translate("Export", "Exporting “{name}” as SQL").format(
            name=self.stored.name), save_query, self.project, self.stored.id, target,
            self.dialect, self.table, self.id_column, target=target)

    def save_json(self) -> Worker | None:
        if not self.exportable:
            return None
        target = self._ask_path("json")
        return None if target is None else self.save_json_to(target)

    def save_json_to(self, target: Path) -> Worker | None:
        if not self.exportable:
            return None
        return self._run(translate("Export", "Exporting the rule of “{name}”").format(
            name=self.stored.name), save_rule_json, self.project, self.stored.id, target,
            self.id_column, target=target)

    def _run(self, title: str, fn, *args, target: Path) -> Worker:
        self.save_worker = self.window_.run_task(
            title, fn, *args, on_done=lambda _result: isValid(self) and self._saved(target),
            on_failed=lambda message, details: isValid(self) and self._failed(message, details))
        self.save_worker.done.connect(lambda: isValid(self) and self._update())
        self._update()
        return self.save_worker

    def _saved(self, target: Path) -> None:
        self._update()
        text = translate("Export", "Exported {path}.").format(path=target)
        self.window_.statusBar().showMessage(text, 15000)
        self.saved.emit(target)

    def _failed(self, message: str, details: str) -> None:
        self._update()
        self.window_.show_message(ERROR, translate("Export", "The export failed"), message,
                                  details)

    def stop(self) -> None:
        self._timer.stop()
        if self.query_worker is not None and self.query_worker.is_running:
            self.query_worker.cancel()


class SqlExportDialog(QDialog):
    """The SQL export of one persona set, with Close beside Save…."""

    def __init__(self, window, project, stored, parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self.setObjectName("SqlExportDialog")
        self.setWindowTitle(translate("Export", "Export “{name}” as SQL").format(name=stored.name))
        self.panel = SqlExportPanel(window, self)
        self.close_button = QPushButton(translate("Export", "Close"))
        self.close_button.clicked.connect(self.reject)
        self.panel.buttons.insertWidget(1, self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addWidget(self.panel, 1)
        self.resize(920, 640)
        self.panel.set_persona_set(project, stored)

    def done(self, result: int) -> None:  # Qt override
        self.panel.stop()
        super().done(result)
