"""Changing an imported column's role from the Data area, undoable.

Right-click a column's header in a source's rows: a menu lists the roles the
column can take after import (identifier, numeric, categorical, channel,
outcome, ignore). The change runs through ``services.roles`` in one
transaction; a value that does not fit is reported and nothing changes.
Each change is one step on the window's undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QActionGroup, QUndoCommand
from PySide6.QtWidgets import QMenu, QWidget

from workbench.domain.columns import ColumnRole
from workbench.domain.sources import SourceColumn
from workbench.errors import WorkbenchError
from workbench.i18n import translate
from workbench.services import roles as role_service
from workbench.ui.data.roles import role_title, stored_role_description
from workbench.ui.dialogs import ERROR


class RoleChangeCommand(QUndoCommand):
    """One column's role change; the change itself is made before the command is pushed."""

    def __init__(self, editor: ColumnRoleEditor, project, change: role_service.RoleChange) -> None:
        super().__init__(translate("DataArea", "Role of {column}: {role}").format(
            column=change.title, role=role_title(change.new)))
        self._editor = editor
        self._project = project
        self._change = change
        self._done = True  # push() calls redo() once: the change is already made

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(self._change.new)

    def undo(self) -> None:
        self._apply(self._change.old)

    def _apply(self, role: ColumnRole) -> None:
        change = self._change
        try:
            role_service.change_roles(self._project, change.source_id, {change.column: role})
        except WorkbenchError as error:
            self._editor.show_error(change.title, str(error))
            return
        self._editor.changed(change.source_id)


class ColumnRoleEditor:
    """The Data area's role menu on a source's column headers."""

    def __init__(self, area) -> None:
        self.area = area

    def menu_for(self, column: SourceColumn, parent: QWidget) -> QMenu:
        """The role menu of one column (roles it cannot take are disabled, with the reason)."""
        area = self.area
        source = area.table_model.source
        key = role_service.customer_key_column(source, area.table_model.columns)
        menu = QMenu(parent)
        menu.setObjectName("ColumnRoleMenu")
        menu.setToolTipsVisible(True)
        title = menu.addAction(translate("DataArea", "Role of {column}").format(column=column.title))
        title.setEnabled(False)
        group = QActionGroup(menu)
        fixed = (column.role not in role_service.CHANGEABLE_ROLES
                 or (key is not None and key.id == column.id))
        for role in role_service.CHANGEABLE_ROLES:
            action = QAction(role_title(role), menu)
            action.setCheckable(True)
            action.setChecked(role is column.role)
            action.setData(role.value)
            action.setToolTip(stored_role_description(role))
            action.setEnabled(not area.readonly and not fixed)
            action.triggered.connect(
                lambda _checked=False, role=role: self.change(column, role))
            group.addAction(action)
            menu.addAction(action)
        if fixed:
            menu.addSeparator()
            why = menu.addAction(self._why_fixed(column, key))
            why.setEnabled(False)
        return menu

    @staticmethod
    def _why_fixed(column: SourceColumn, key: SourceColumn | None) -> str:
        if key is not None and key.id == column.id:
            return translate("DataArea", "It says which customer each row is about.")
        return translate("DataArea", "{role} columns keep their role; import the file again to "
                         "change it.").format(role=role_title(column.role))

    def show_menu(self, section: int, at: QPoint) -> QMenu | None:
        """Open the menu of the column under header ``section`` (section 0 is the row number)."""
        model = self.area.table_model
        if model is None or not 1 <= section <= len(model.columns):
            return None
        menu = self.menu_for(model.columns[section - 1], self.area.table_view)
        menu.popup(at)
        return menu

    def change(self, column: SourceColumn, role: ColumnRole) -> bool:
        """Give ``column`` of the shown source a new role; undoable. False when refused."""
        area = self.area
        if area.project is None or area.table_model is None or area.readonly:
            return False
        source_id = area.table_model.source.id
        try:
            changes = role_service.change_roles(area.project, source_id, {column.name: role})
        except WorkbenchError as error:
            self.show_error(column.title, str(error))
            return False
        if not changes:
            return True
        area.main_window.undo_stack.push(RoleChangeCommand(self, area.project, changes[0]))
        self.changed(source_id)
        area.main_window.statusBar().showMessage(translate(
            "DataArea", "{column} is now {role}.").format(column=column.title,
                                                         role=role_title(role)), 8000)
        return True

    def changed(self, source_id: int) -> None:
        self.area.refresh_source(source_id)

    def show_error(self, column: str, message: str) -> None:
        self.area.main_window.show_message(
            ERROR, translate("DataArea", "The role of {column} was not changed").format(
                column=column), message)
