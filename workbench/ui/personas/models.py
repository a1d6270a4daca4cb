"""Qt item models over what the personas service returns (no widget filled cell by cell)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from workbench.domain.persona_sets import StoredPersona, StoredPersonaSet
from workbench.i18n import translate
from workbench.ui.personas import wording
from workbench.ui.personas.background import CustomerRow
from workbench.ui.personas.visuals import persona_color

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class PersonaSetListModel(QAbstractListModel):
    """The project's persona sets, newest first: name, and k · method · date · silhouette."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sets: list[StoredPersonaSet] = []

    def set_sets(self, sets: list[StoredPersonaSet]) -> None:
        self.beginResetModel()
        self._sets = sorted(sets, key=lambda s: -s.id)
        self.endResetModel()

    def persona_set(self, row: int) -> StoredPersonaSet:
        return self._sets[row]

    def row_of(self, set_id: int) -> int:
        for row, stored in enumerate(self._sets):
            if stored.id == set_id:
                return row
        return -1

    def ids(self) -> list[int]:
        return [s.id for s in self._sets]

    def rowCount(self, parent: Index = ROOT) -> int:  # Qt override
        return 0 if parent.isValid() else len(self._sets)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # Qt override
        if not index.isValid():
            return None
        stored = self._sets[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return stored.name
        if role == ID_ROLE:
            return stored.id
        if role == SUBTITLE_ROLE:
            return subtitle(stored)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{stored.name}\n{subtitle(stored)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{stored.name}, {subtitle(stored)}"
        return None


def subtitle(stored: StoredPersonaSet) -> str:
    silhouette = stored.result.get("quality", {}).get("silhouette")
    return translate(
        "PersonasArea", "{k} personas · {algorithm} · {when} · silhouette {silhouette}").format(
        k=stored.persona_count, algorithm=wording.algorithm_name(stored.settings.get("algorithm", "")),
        when=wording.when(stored.created_at), silhouette=wording.fixed(silhouette))


class CustomerRowsModel(QAbstractTableModel):
    """Customers behind a claim: name, the attribute's value, persona, fit, reason."""

    def __init__(self, columns: list[str], parent=None) -> None:
        """``columns``: keys among "label", "value", "persona", "fit", "reason"."""
        super().__init__(parent)
        self._columns = columns
        self._rows: list[CustomerRow] = []
        self.value_title = translate("PersonasArea", "Value")

    def set_rows(self, rows: list[CustomerRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def customer_rows(self) -> list[CustomerRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = ROOT) -> int:  # Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # Qt override
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):  # Qt override
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "label": translate("PersonasArea", "Customer"),
            "value": self.value_title,
            "persona": translate("PersonasArea", "Nearest persona"),
            "fit": translate("PersonasArea", "Fit"),
            "reason": translate("PersonasArea", "Why no persona"),
        }[self._columns[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # Qt override
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == SORT_ROLE:
            value = {"label": row.label, "value": row.value, "persona": row.persona,
                     "fit": row.fit, "reason": row.reason}[column]
            if value is None:
                return float("-inf") if column in ("fit", "value") else ""
            return value
        if role == ID_ROLE:
            return row.customer_id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "label":
                return row.label
            if column == "value":
                if isinstance(row.value, float):
                    return wording.number(row.value)
                return "–" if row.value is None else str(row.value)
            if column == "persona":
                return row.persona
            if column == "fit":
                return wording.fixed(row.fit)
            return wording.unassigned_reason(row.reason)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("fit", "value") \
                and (column == "fit" or isinstance(row.value, float)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class MatchesModel(QAbstractTableModel):
    """Old persona → new persona, with the customers they share."""

    COLUMNS = ("old", "new", "overlap", "jaccard", "share")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[StoredPersona | None, StoredPersona | None, object]] = []

    def set_comparison(self, comparison, old: list[StoredPersona], new: list[StoredPersona]
                       ) -> None:
        old_by = {p.position: p for p in old}
        new_by = {p.position: p for p in new}
        self.beginResetModel()
        self._rows = [(old_by.get(m.old), new_by.get(m.new) if m.new is not None else None, m)
                      for m in comparison.matches]
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # Qt override
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):  # Qt override
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (translate("PersonasArea", "Old persona"), translate("PersonasArea", "Became"),
                translate("PersonasArea", "Customers in both"), translate("PersonasArea", "Jaccard"),
                translate("PersonasArea", "Share of old kept"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # Qt override
        if not index.isValid():
            return None
        old, new, match = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "old":
                return old.name if old else translate("PersonasArea", "Persona {n}").format(
                    n=match.old + 1)
            if column == "new":
                if match.new is None:
                    return translate("PersonasArea", "(no new persona of its own)")
                return new.name if new else translate("PersonasArea", "Persona {n}").format(
                    n=match.new + 1)
            if column == "overlap":
                return wording.count(match.overlap)
            if column == "jaccard":
                return wording.fixed(match.jaccard)
            return wording.percent(match.share_of_old)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == "old":
                return persona_color(match.old)
            if column == "new" and match.new is not None:
                return persona_color(match.new)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("overlap", "jaccard", "share"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class OverlapModel(QAbstractTableModel):
    """The crosstab of two persona sets: customers in old persona i and new persona j."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._comparison = None
        self._old: list[str] = []
        self._new: list[str] = []

    def set_comparison(self, comparison, old: list[StoredPersona], new: list[StoredPersona]
                       ) -> None:
        old_by = {p.position: p.name for p in old}
        new_by = {p.position: p.name for p in new}
        self.beginResetModel()
        self._comparison = comparison
        self._old = [old_by.get(i, str(i + 1)) for i in comparison.personas_a]
        self._new = [new_by.get(j, str(j + 1)) for j in comparison.personas_b]
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # Qt override
        return 0 if parent.isValid() else len(self._old)

    def columnCount(self, parent: Index = ROOT) -> int:  # Qt override
        return 0 if parent.isValid() else len(self._new)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):  # Qt override
        if role == Qt.ItemDataRole.DisplayRole:
            names = self._new if orientation == Qt.Orientation.Horizontal else self._old
            return names[section]
        if role == Qt.ItemDataRole.DecorationRole and self._comparison is not None:
            ids = (self._comparison.personas_b if orientation == Qt.Orientation.Horizontal
                   else self._comparison.personas_a)
            return persona_color(ids[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # Qt override
        if not index.isValid() or self._comparison is None:
            return None
        overlap = self._comparison.crosstab[index.row()][index.column()]
        jaccard = self._comparison.jaccard[index.row()][index.column()] or 0.0
        if role == Qt.ItemDataRole.DisplayRole:
            return wording.count(overlap)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("PersonasArea", "{n} customers in both · Jaccard {jaccard}").format(
                n=wording.count(overlap), jaccard=wording.fixed(jaccard))
        if role == Qt.ItemDataRole.BackgroundRole:
            color = QColor("#4E79A7")
            color.setAlphaF(min(1.0, 0.08 + 0.8 * jaccard) if overlap else 0.0)
            return color
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
