"""The Customers tab of the Data area: search, the customer list, the customer page, linking."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.errors import WorkbenchError
from workbench.i18n import translate
from workbench.ui.customers.commands import DecisionCommand, LinkRunCommand
from workbench.ui.customers.fuzzy_dialog import FuzzyDialog
from workbench.ui.customers.link_dialog import LinkDialog
from workbench.ui.customers.models import CustomersModel
from workbench.ui.customers.page import CustomerPageWidget, secondary
from workbench.ui.customers.report_dialog import LinkReportDialog
from workbench.ui.customers.split_dialog import SplitDialog
from workbench.ui.customers.tasks import forget_on_own_connection, replace_backups_on_own_connection
from workbench.ui.dialogs import ERROR, QUESTION, WARNING
from workbench.ui.style import scale_font

FORGET = "forget"
PURGE_BACKUPS = "purge-backups"
#: Milliseconds between the last key typed and the search.
SEARCH_DELAY = 250


class CustomersTab(QWidget):
    """Search box and Link customers… above; the customer list beside the selected customer."""

    #: Customers were linked, unlinked or forgotten (the project's counts changed).
    changed = Signal()
    #: The customer shown on the page changed (its id, or 0).
    customer_shown = Signal(int)

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CustomersTab")
        self.main_window = window
        self.project = None
        self.readonly = False
        self._stale = True
        self._event_sources: set[int] = set()
        self.link_dialog: LinkDialog | None = None
        self.report_dialog: LinkReportDialog | None = None
        self.fuzzy_dialog: FuzzyDialog | None = None
        self.forget_worker = None
        self.purge_worker = None

        self.search_box = QLineEdit()
        self.search_box.setObjectName("CustomerSearch")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(translate(
            "Customers", "Search by name, e-mail, phone or customer id (Ctrl+F)"))
        self.search_box.setAccessibleName(translate("Customers", "Search customers"))
        self.search_box.setMinimumWidth(260)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY)
        self._search_timer.timeout.connect(self.apply_search)
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_box.returnPressed.connect(self.apply_search)
        self.count_label = secondary()
        self.count_label.setWordWrap(False)
        self.link_button = QPushButton(translate("Customers", "Link customers…"))
        self.link_button.setObjectName("LinkCustomersButton")
        self.link_button.setToolTip(translate(
            "Customers", "Find the rows of different sources that belong to one person and make "
                         "them one customer"))
        self.link_button.clicked.connect(lambda _checked=False: self.open_link_dialog())
        self.fuzzy_button = QPushButton(translate("Customers", "Similar names…"))
        self.fuzzy_button.setObjectName("SimilarNamesButton")
        self.fuzzy_button.setToolTip(translate(
            "Customers", "Find customers whose names are spelled almost alike and decide, pair by "
                         "pair, whether they are one person"))
        self.fuzzy_button.clicked.connect(lambda _checked=False: self.open_fuzzy_dialog())
        self.report_button = QPushButton(translate("Customers", "Last linking report"))
        self.report_button.setToolTip(translate("Customers", "What the latest linking run did, "
                                                             "with Undo"))
        self.report_button.clicked.connect(lambda _checked=False: self.show_last_report())
        toolbar = QHBoxLayout()
        toolbar.setSpacing(8)
        toolbar.addWidget(self.search_box, 3)
        toolbar.addWidget(self.count_label)
        toolbar.addStretch(1)
        toolbar.addWidget(self.report_button)
        toolbar.addWidget(self.fuzzy_button)
        toolbar.addWidget(self.link_button)

        self.model = CustomersModel(self)
        self.list_view = QTableView()
        self.list_view.setObjectName("CustomerList")
        self.list_view.setAccessibleName(translate("Customers", "Customers"))
        self.list_view.setModel(self.model)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setShowGrid(False)
        self.list_view.setWordWrap(False)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.verticalHeader().hide()
        self.list_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.list_view.verticalHeader().setDefaultSectionSize(
            self.list_view.fontMetrics().height() + 10)
        header = self.list_view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(CustomersModel.NAME, QHeaderView.ResizeMode.Stretch)
        metrics = self.list_view.fontMetrics()
        for column in range(1, self.model.columnCount()):
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.list_view.setColumnWidth(column, max(metrics.horizontalAdvance(title) + 24,
                                                      metrics.horizontalAdvance("000000") + 16))
        self.list_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._current_changed(current.row()))

        self.page = CustomerPageWidget()
        self.page.forget_requested.connect(self.forget_customer)
        self.page.merge_requested.connect(self.merge_customer)
        self.page.split_requested.connect(self.split_customer)
        self.page.passage_activated.connect(self.open_passage)
        self.page.setMinimumWidth(420)
        self.list_view.setMinimumWidth(300)
        placeholder = QLabel(translate("Customers", "Select a customer to see everything known "
                                                    "about them across sources and channels."))
        placeholder.setObjectName("Secondary")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setWordWrap(True)
        self.page_stack = QStackedWidget()
        self.page_stack.addWidget(placeholder)
        self.page_stack.addWidget(self.page)
        self.placeholder = placeholder

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list_view)
        self.splitter.addWidget(self.page_stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([440, 660])

        self.empty_heading = QLabel(translate("Customers", "No customers yet"))
        self.empty_heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale_font(self.empty_heading, 1.4, QFont.Weight.DemiBold)
        self.empty_text = secondary(translate(
            "Customers", "Customers are made when you import a source with a customer id, e-mail "
                         "or name column (Sources tab). Then link them here so each person is one "
                         "customer across all sources."))
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(2)
        empty_layout.addWidget(self.empty_heading)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addStretch(3)
        self.empty_page = empty
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(toolbar)
        layout.addWidget(self.stack, 1)
        self._update_actions()

    # --- the project ----------------------------------------------------------------------

    def set_project(self, project, info) -> None:
        """Remember the project; read it now if the tab is shown, else when it is first shown."""
        if project is not self.project:
            if self.fuzzy_dialog is not None:  # its proposals belong to the other project
                self.fuzzy_dialog.discard()
            self.search_box.blockSignals(True)
            self.search_box.clear()
            self.search_box.blockSignals(False)
            self.model.set_project(None, "")
        self.project = project
        self.readonly = bool(info.readonly) if info is not None else False
        self._stale = True
        if project is None:
            self.model.set_project(None, "")
            self._show_customer(0)
        elif self.isVisible():
            self.reload()
        self._update_actions()

    def shown(self) -> None:
        """The tab became the current one."""
        if self._stale and self.project is not None:
            self.reload()

    def reload(self, select: int | None = None) -> None:
        """Read the customers again; keep (or select) the shown customer when it still exists."""
        from workbench.services import importing

        self._stale = False
        keep = select if select is not None else (self.page.page.id if self.page.page else 0)
        self._event_sources = {s.id for s in importing.list_sources(self.project)
                               if s.kind == "events"} if self.project is not None else set()
        self.model.set_project(self.project, self.search_box.text().strip())
        self._update_count()
        has_any = self.project is not None and (self.model.rowCount() > 0 or bool(self.model.search))
        self.stack.setCurrentWidget(self.splitter if has_any else self.empty_page)
        row = self.model.row_of(keep) if keep else -1
        self.page.clear()  # read the shown customer again: its rows may have changed
        if row >= 0:
            self._select_row(row)
        else:
            self._show_customer(0)
        self._update_actions()

    def apply_search(self) -> None:
        self._search_timer.stop()
        if self.project is None:
            return
        text = self.search_box.text().strip()
        if text == self.model.search:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.model.set_search(text)
        finally:
            QApplication.restoreOverrideCursor()
        self._update_count()
        if self.model.rowCount() == 1:
            self._select_row(0)  # one match: show it at once
        elif self.page.page is not None and self.model.row_of(self.page.page.id) >= 0:
            self._select_row(self.model.row_of(self.page.page.id))
        else:
            self._show_customer(0)

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _update_count(self) -> None:
        locale = QLocale()
        count = self.model.rowCount()
        if self.model.search:
            text = translate("Customers", "{count} customers match").format(
                count=locale.toString(count)) if count != 1 else translate(
                "Customers", "1 customer matches")
            if count == 0:
                text = translate("Customers", "No customer matches “{search}”").format(
                    search=self.model.search)
        else:
            text = translate("Customers", "{count} customers").format(count=locale.toString(count))
        self.count_label.setText(text)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.list_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.list_view.scrollTo(index)
        self._current_changed(row)  # also when the row was already current

    def select_customer(self, customer_id: int) -> bool:
        """Show a customer (searching for it by id when it is not on a page read yet)."""
        row = self.model.row_of(customer_id)
        if row < 0:
            self.search_box.setText(str(customer_id))
            self.apply_search()
            row = self.model.row_of(customer_id)
        if row < 0:
            return False
        self._select_row(row)
        return True

    def _current_changed(self, row: int) -> None:
        customer = self.model.customer_at(row)
        shown = self.page.page.id if self.page.page is not None else 0
        if customer is not None and customer.id == shown and self.page_stack.currentWidget() is self.page:
            return
        self._show_customer(customer.id if customer is not None else 0)

    def _show_customer(self, customer_id: int) -> None:
        if not customer_id or self.project is None:
            self.page.clear()
            self.page_stack.setCurrentWidget(self.placeholder)
            self.customer_shown.emit(0)
            return
        try:
            self.page.show_customer(self.project, customer_id, event_sources=self._event_sources)
        except WorkbenchError as exc:  # erased or merged meanwhile
            self.page.clear()
            self.page_stack.setCurrentWidget(self.placeholder)
            self.main_window.statusBar().showMessage(str(exc), 8000)
            self.customer_shown.emit(0)
            return
        self.page_stack.setCurrentWidget(self.page)
        self.customer_shown.emit(customer_id)

    # --- linking ------------------------------------------------------------------------

    def open_link_dialog(self) -> LinkDialog | None:
        if self.project is None or self.readonly:
            return None
        if self.link_dialog is not None:
            self.link_dialog.raise_()
            self.link_dialog.activateWindow()
            return self.link_dialog
        dialog = LinkDialog(self.main_window, self.project, self.window())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.linked.connect(self._linked)
        dialog.finished.connect(lambda _result: self._link_dialog_closed(dialog))
        self.link_dialog = dialog
        self._update_actions()
        dialog.open()
        return dialog

    def _link_dialog_closed(self, dialog: LinkDialog) -> None:
        if self.link_dialog is dialog:
            self.link_dialog = None
        dialog.deleteLater()
        self._update_actions()

    def _linked(self, report) -> None:
        self.main_window.undo_stack.push(LinkRunCommand(
            report.run_id, [_key(k) for k in report.keys], report.merged_customers,
            self._undo_run_now, self._relink_now))
        self._after_change()
        self.main_window.statusBar().showMessage(translate(
            "Customers", "Linked: {after} customers ({merged} merged).").format(
            after=QLocale().toString(report.customers_after),
            merged=QLocale().toString(report.merged_customers)), 10000)
        self.show_report(report)

    def show_report(self, report, undone: bool = False) -> LinkReportDialog:
        if self.report_dialog is not None:
            self.report_dialog.close()
        dialog = LinkReportDialog(report, self.window(), undone=undone)
        dialog.undo_requested.connect(lambda run_id: self._undo_from_report(dialog, run_id))
        dialog.customer_requested.connect(self.select_customer)
        dialog.merge_requested.connect(self.merge_customers)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.destroyed.connect(lambda _obj=None: self._report_closed(dialog))
        self.report_dialog = dialog
        dialog.show()
        return dialog

    def _report_closed(self, dialog) -> None:
        if self.report_dialog is dialog:
            self.report_dialog = None

    def show_last_report(self) -> LinkReportDialog | None:
        from workbench.services import linking

        if self.project is None:
            return None
        runs = [r for r in linking.link_runs(self.project)
                if r.get("kind", "link") == "link" and r.get("report")]
        if not runs:
            self.main_window.show_message(WARNING, translate("Customers", "No linking report"),
                                          translate("Customers", "Customers were not linked in "
                                                                 "this project yet. Use Link "
                                                                 "customers… first."))
            return None
        run = runs[-1]
        return self.show_report(run["report"], undone=bool(run["undone_at"]))

    def _undo_from_report(self, dialog: LinkReportDialog, run_id: int) -> None:
        stack = self.main_window.undo_stack
        top = stack.command(stack.index() - 1) if stack.index() > 0 else None
        if isinstance(top, LinkRunCommand) and top.run_id == run_id:
            stack.undo()
            restored = None
        else:
            restored = self._undo_run_now(run_id)
            if restored is None:
                return
            self._drop_link_commands(run_id)
        dialog.mark_undone(restored)

    def _drop_link_commands(self, run_id: int) -> None:
        """A run undone outside the stack: its command must not undo it a second time."""
        stack = self.main_window.undo_stack
        for position in range(stack.count()):
            command = stack.command(position)
            if isinstance(command, LinkRunCommand) and command.run_id == run_id:
                command.setObsolete(True)

    def _undo_run_now(self, run_id: int) -> int | None:
        from workbench.services import linking

        if self.project is None:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            restored = linking.undo_link_run(self.project, run_id)
        except WorkbenchError as exc:
            QApplication.restoreOverrideCursor()
            self.main_window.show_message(ERROR, translate("Customers", "Could not undo linking"),
                                          str(exc))
            return None
        QApplication.restoreOverrideCursor()
        self._after_change()
        self.main_window.statusBar().showMessage(translate(
            "Customers", "Linking undone: {count} customers restored.").format(
            count=QLocale().toString(restored)), 10000)
        return restored

    def _relink_now(self, keys: list) -> int | None:
        from workbench.services import linking

        if self.project is None:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = linking.link_customers(self.project, keys)
        except WorkbenchError as exc:
            QApplication.restoreOverrideCursor()
            self.main_window.show_message(ERROR, translate("Customers", "Could not link customers"),
                                          str(exc))
            return None
        QApplication.restoreOverrideCursor()
        self._after_change()
        return report.run_id

    def _after_change(self) -> None:
        self.changed.emit()  # the window refreshes every view, this tab included
        if self._stale and self.project is not None:
            self.reload()

    # --- similar names (fuzzy proposals) --------------------------------------------------

    def open_fuzzy_dialog(self) -> FuzzyDialog | None:
        """Similar names…: find and decide fuzzy name-matching proposals (not modal)."""
        if self.project is None or self.readonly:
            return None
        if self.fuzzy_dialog is not None:
            self.fuzzy_dialog.raise_()
            self.fuzzy_dialog.activateWindow()
            return self.fuzzy_dialog
        dialog = FuzzyDialog(self.main_window, self.project, self._proposals_changed,
                             self.window())
        dialog.finished.connect(lambda _result: self._fuzzy_dialog_closed(dialog))
        self.fuzzy_dialog = dialog
        self._update_actions()
        dialog.show()
        return dialog

    def _fuzzy_dialog_closed(self, dialog: FuzzyDialog) -> None:
        if self.fuzzy_dialog is dialog:
            self.fuzzy_dialog = None
            dialog.delete_when_idle()
        self._update_actions()

    def _proposals_changed(self) -> None:
        """A proposal was accepted, rejected or undone: refresh the list and the dialog."""
        self._after_change()
        if self.fuzzy_dialog is not None:
            self.fuzzy_dialog.reload_proposals()

    # --- merge and split ------------------------------------------------------------------

    def _ask_merge_target(self, customer_id: int) -> int | None:
        """Which customer to merge with (a seam for tests); None if the user cancelled."""
        other, ok = QInputDialog.getInt(
            self, translate("Customers", "Merge customers"),
            translate("Customers", "Merge customer {id} with customer number:").format(
                id=customer_id), 1, 1, 2_147_483_647)
        return other if ok else None

    def _ask_split_rows(self, page) -> list[tuple[int, int]] | None:
        """Which rows move to a new customer (a seam for tests); None if the user cancelled."""
        dialog = SplitDialog(page, self.window())
        try:
            return dialog.rows() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def merge_customer(self, customer_id: int) -> int | None:
        """Ask for the other customer and merge the two (undoable); the customer that remains."""
        if self.project is None or self.readonly:
            return None
        other = self._ask_merge_target(customer_id)
        if other is None or other == customer_id:
            return None
        return self.merge_customers([customer_id, other])

    def merge_customers(self, ids: list[int]) -> int | None:
        """Merge these customers into one (undoable), e.g. from a conflict of the link report."""
        if self.project is None or self.readonly or len(set(ids)) < 2:
            return None
        ids = list(dict.fromkeys(ids))
        decision = self._decide(lambda project, linking: linking.merge_customers(project, ids),
                                translate("Customers", "Could not merge the customers"))
        if decision is None:
            return None
        self.main_window.undo_stack.push(DecisionCommand(
            translate("Customers", "Merge customers {ids}").format(
                ids=", ".join(str(i) for i in ids)),
            decision.id, self._undo_decision_now,
            lambda: self._redo_decision(lambda p, linking: linking.merge_customers(p, ids))))
        self._after_change()
        self.select_customer(decision.customer_id)
        return decision.customer_id

    def split_customer(self, customer_id: int) -> int | None:
        """Ask which rows belong to someone else and move them to a new customer (undoable)."""
        page = self.page.page
        if self.project is None or self.readonly or page is None or page.id != customer_id:
            return None
        rows = self._ask_split_rows(page)
        if not rows:
            return None
        decision = self._decide(
            lambda project, linking: linking.split_customer(project, customer_id, rows),
            translate("Customers", "Could not split the customer"))
        if decision is None:
            return None
        self.main_window.undo_stack.push(DecisionCommand(
            translate("Customers", "Split customer {id}").format(id=customer_id), decision.id,
            self._undo_decision_now,
            lambda: self._redo_decision(
                lambda p, linking: linking.split_customer(p, customer_id, rows))))
        self._after_change()
        self.select_customer(customer_id)
        return decision.other_ids[0] if decision.other_ids else None

    def _decide(self, decide, failure_title: str):
        from workbench.services import linking

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return decide(self.project, linking)
        except WorkbenchError as exc:
            error = exc
        finally:
            QApplication.restoreOverrideCursor()
        self.main_window.show_message(ERROR, failure_title, str(error))
        return None

    def _redo_decision(self, decide) -> int | None:
        if self.project is None:
            return None
        decision = self._decide(decide, translate("Customers", "Could not redo the decision"))
        self._after_change()
        return decision.id if decision is not None else None

    def _undo_decision_now(self, decision_id: int) -> None:
        from workbench.services import linking

        if self.project is None:
            return
        try:
            linking.undo_decision(self.project, decision_id)
        except WorkbenchError as exc:
            self.main_window.show_message(ERROR, translate("Customers", "Could not undo"), str(exc))
            return
        self._after_change()

    # --- forget ---------------------------------------------------------------------------

    def open_passage(self, document_id: int, start: int, end: int) -> None:
        """Show a coded passage of this customer in the Evidence area."""
        view = self.main_window.project_view
        evidence = view.area_widget("evidence")
        if hasattr(evidence, "open_document"):
            view.show_area("evidence")
            evidence.open_document(document_id, select=(start, end))

    def forget_customer(self, customer_id: int):
        """Ask, then erase one customer everywhere in the background (GDPR)."""
        page = self.page.page
        if self.project is None or self.readonly or page is None or page.id != customer_id:
            return None
        locale = QLocale()
        rows = sum(len(numbers) for _, _, numbers in page.sources)
        choice = self.main_window.show_message(
            WARNING, translate("Customers", "Forget {name}?").format(name=page.label),
            translate("Customers", "This erases {name} (customer {id}) from the project: {rows} "
                                   "rows in {sources} sources, {documents} documents with their "
                                   "codings, {touchpoints} touchpoints, {personas} persona "
                                   "memberships and the linking records about them.\n\n"
                                   "Erasure cannot be undone, not even with Edit ▸ Undo. The "
                                   "project keeps a note that an erasure happened and how many "
                                   "rows it removed, without any personal data. The original "
                                   "files on disk are not touched: delete the person there too."
                      ).format(name=page.label, id=page.id, rows=locale.toString(rows),
                               sources=locale.toString(len(page.sources)),
                               documents=locale.toString(len(page.documents)),
                               touchpoints=locale.toString(len(page.touchpoints)),
                               personas=locale.toString(len(page.personas))),
            actions=[(FORGET, translate("Customers", "Forget customer"))])
        if choice != FORGET:
            return None
        name = page.label
        self.forget_worker = self.main_window.run_task(
            translate("Customers", "Forgetting a customer"), forget_on_own_connection,
            self.project, customer_id, on_done=lambda receipt: self._forgotten(name, receipt))
        self.forget_worker.done.connect(self._update_actions)
        self._update_actions()
        return self.forget_worker

    def _forgotten(self, name: str, receipt) -> None:
        self.page.clear()
        self._after_change()
        removed = sum(receipt.counts.values())
        message = translate("Customers", "{name} was forgotten: {count} records removed.").format(
            name=name, count=QLocale().toString(removed))
        if not receipt.checkpointed:
            message += " " + translate("Customers", "Close the project to clear the last traces "
                                                    "from its journal file.")
        self.main_window.statusBar().showMessage(message, 15000)
        self._offer_backup_purge(name)

    def _offer_backup_purge(self, name: str):
        """Older automatic backups still hold the person just forgotten: offer to delete them."""
        from workbench.services.project import backups_before_now

        older = backups_before_now(self.project) if self.project is not None else 0
        if not older:
            return None
        choice = self.main_window.show_message(
            QUESTION, translate("Customers", "Delete older backups?"),
            translate("Customers", "{n} automatic backups of this project, taken before now, still "
                                   "hold {name}. Delete them if the request covers backups: the "
                                   "project is first backed up as it is now. Backups you saved "
                                   "elsewhere are not touched.").format(
                n=QLocale().toString(older), name=name),
            actions=[(PURGE_BACKUPS, translate("Customers", "Delete older backups"))])
        if choice != PURGE_BACKUPS:
            return None
        self.purge_worker = self.main_window.run_task(
            translate("Customers", "Replacing the backups"), replace_backups_on_own_connection,
            self.project, on_done=self._backups_replaced)
        return self.purge_worker

    def _backups_replaced(self, result) -> None:
        _backup, deleted = result
        self.main_window.statusBar().showMessage(translate(
            "Customers", "Deleted {n} older backups; the project is backed up as it is now.").format(
            n=QLocale().toString(deleted)), 15000)

    # --- state ----------------------------------------------------------------------------

    def _update_actions(self) -> None:
        is_open = self.project is not None
        can_change = is_open and not self.readonly
        forgetting = self.forget_worker is not None and self.forget_worker.is_running
        self.link_button.setEnabled(can_change and self.link_dialog is None)
        self.fuzzy_button.setEnabled(can_change)
        self.report_button.setEnabled(is_open)
        self.search_box.setEnabled(is_open)
        for button in (self.page.forget_button, self.page.merge_button, self.page.split_button):
            button.setEnabled(can_change and not forgetting)
        if is_open and self.readonly:
            tip = translate("Customers", "This project is open read-only: customers cannot be "
                                         "linked or forgotten.")
            for button in (self.link_button, self.fuzzy_button, self.page.forget_button,
                           self.page.merge_button, self.page.split_button):
                button.setToolTip(tip)


def _key(key: dict):
    from workbench.analysis.linking import LinkKey

    return LinkKey(int(key["source_id"]), str(key["column"]), key["rule"])
