"""Changing an imported column's role from the Data area, undoable.

Right-click a column's header in a source's rows: a menu lists the roles the
column can take after import (identifier, numeric, categorical, channel,
outcome, measure with its kind and scale in a submenu, ignore). The change runs through ``services.roles`` in one
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
from workbench.ui.data.roles import (
    measure_choices,
    role_choice,
    role_title,
    role_with_detail,
    stored_role_description,
)
from workbench.ui.dialogs import ERROR


class RoleChangeCommand(QUndoCommand):
    """One column's role change; the change itself is made before the command is pushed."""

    def __init__(self, editor: ColumnRoleEditor, project, change: role_service.RoleChange) -> None:
        super().__init__(translate("DataArea", "Role of {column}: {role}").format(
            column=change.title, role=role_with_detail(change.new, measure=change.new_measure)))
        self._editor = editor
        self._project = project
        self._change = change
        self._done = True  # push() calls redo() once: the change is already made

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(self._change.new_choice)

    def undo(self) -> None:
        self._apply(self._change.old_choice)

    def _apply(self, role: str) -> None:
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
        current = role_choice(column.role, getattr(column, "measure", None))
        for role in role_service.CHANGEABLE_ROLES:
            if role is ColumnRole.MEASURE:
                menu.addMenu(self._measure_menu(column, current, group, menu, fixed))
                continue
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

    def _measure_menu(self, column: SourceColumn, current: str, group: QActionGroup,
                      parent: QMenu, fixed: bool) -> QMenu:
        """The Measure submenu: one checkable kind and scale per entry ("CSAT 1–7")."""
        submenu = QMenu(role_title(ColumnRole.MEASURE), parent)
        submenu.setObjectName("ColumnMeasureMenu")
        submenu.setToolTipsVisible(True)
        submenu.setToolTip(stored_role_description(ColumnRole.MEASURE))
        submenu.setEnabled(not self.area.readonly and not fixed)
        for title, choice in measure_choices():
            action = QAction(title, submenu)
            action.setCheckable(True)
            action.setChecked(choice == current)
            action.setData(choice)
            action.setToolTip(stored_role_description(ColumnRole.MEASURE))
            action.triggered.connect(
                lambda _checked=False, choice=choice: self.change(column, choice))
            group.addAction(action)
            submenu.addAction(action)
        return submenu

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

    def change(self, column: SourceColumn, role: ColumnRole | str) -> bool:
        """Give ``column`` of the shown source a new role (a ColumnRole, or a role choice such
        as "measure:csat:1-7"); undoable. False when refused."""
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
        change = changes[0]
        area.main_window.statusBar().showMessage(translate(
            "DataArea", "{column} is now {role}.").format(
            column=column.title, role=role_with_detail(change.new, measure=change.new_measure)),
            8000)
        return True

    def changed(self, source_id: int) -> None:
        self.area.refresh_source(source_id)

    def show_error(self, column: str, message: str) -> None:
        self.area.main_window.show_message(
            ERROR, translate("DataArea", "The role of {column} was not changed").format(
                column=column), message)
