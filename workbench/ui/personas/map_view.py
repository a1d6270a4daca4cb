"""The persona set's customers on a 2-D map, one colour per persona.

Each dot is a customer placed on the set's first two principal components
(computed in the background by ``services.personas.persona_map_of``); the
colours are the cards' colours, customers fitting no persona are grey
crosses. Clicking a dot says who it is. matplotlib is only imported when a
map is first drawn, never at start-up.
"""

from __future__ import annotations

import textwrap

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from workbench.domain.persona_sets import StoredPersona
from workbench.i18n import translate
from workbench.ui.personas import wording
from workbench.ui.personas.visuals import mix, persona_color
from workbench.ui.style import scale_font

MAP_HEIGHT = 540
#: Customers fitting no persona: grey on light and dark backgrounds alike.
UNASSIGNED_COLOR = "#8C8C8C"
#: How near (pixels) a click must be to a dot to pick it.
PICK_RADIUS = 6
LEGEND_NAME_WIDTH = 28

_canvas_class = None


def canvas_class():
    """FigureCanvasQTAgg that leaves the mouse wheel to the page (imported on first use)."""
    global _canvas_class
    if _canvas_class is None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        class MapCanvas(FigureCanvasQTAgg):
            def wheelEvent(self, event) -> None:  # Qt override
                event.ignore()  # the map does not zoom: the page scrolls

        _canvas_class = MapCanvas
    return _canvas_class


class PersonaMapPanel(QFrame):
    """Title, explanation, the scatter plot and who was clicked."""

    #: A dot was clicked (customer id).
    customer_picked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MapSection")
        self.set_map = None  # services.personas.SetMap
        self.personas: list[StoredPersona] = []
        self.set_id: int | None = None
        self.canvas = None
        self.figure = None
        self.axes = None
        #: (scatter collection, customer ids of its dots, persona position or None)
        self.groups: list[tuple[object, list[int], int | None]] = []
        self.highlight = None
        self._pick: tuple[object, float] | None = None

        self.title = QLabel(translate("PersonasArea", "Map of the customers"))
        scale_font(self.title, 1.15, QFont.Weight.DemiBold)
        self.explanation = QLabel()
        self.explanation.setObjectName("Secondary")
        self.explanation.setWordWrap(True)
        self.sample_note = QLabel()
        self.sample_note.setObjectName("Warning")
        self.sample_note.setWordWrap(True)
        self.sample_note.hide()
        self.status = QLabel()
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setObjectName("Secondary")
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(MAP_HEIGHT // 2)
        self.picked_label = QLabel()
        self.picked_label.setWordWrap(True)
        self.picked_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.plot_box = QVBoxLayout()
        self.plot_box.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.sample_note)
        layout.addWidget(self.status)
        layout.addLayout(self.plot_box)
        layout.addWidget(self.picked_label)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.clear()

    # --- states -----------------------------------------------------------------------

    @property
    def has_map(self) -> bool:
        return self.set_map is not None

    def clear(self, set_id: int | None = None) -> None:
        """Forget the map (another set is shown); it is placed again when asked for."""
        self.set_map, self.set_id = None, set_id
        self.groups = []
        self.explanation.setText(translate(
            "PersonasArea", "Each dot is a customer, placed by the attributes this set was made "
            "from on the two directions in which the customers differ most (principal "
            "components)."))
        self.sample_note.hide()
        self.picked_label.hide()
        if self.canvas is not None:
            self.canvas.hide()
        self.status.show()
        self.status.setText("")

    def show_progress(self, message: str) -> None:
        self.status.setText(message or translate("PersonasArea", "Placing the customers…"))
        self.status.show()

    def show_failed(self, message: str) -> None:
        self.status.setText(translate("PersonasArea", "The map could not be drawn: {error}").format(
            error=message))
        self.status.show()
        if self.canvas is not None:
            self.canvas.hide()

    def show_map(self, set_map, personas: list[StoredPersona]) -> None:
        """Draw ``set_map`` (a services.personas.SetMap) with the personas' names and colours."""
        self.set_map, self.personas = set_map, list(personas)
        placed = set_map.placed
        shown = sum(placed.explained)
        self.explanation.setText(translate(
            "PersonasArea", "Each dot is a customer, placed by the attributes this set was made "
            "from on the two directions in which the customers differ most (principal "
            "components). These two hold {share} of the differences, so personas that overlap "
            "here can still be apart in others. ↑ and ↓ say which attributes grow or shrink "
            "along an axis.").format(share=wording.percent(shown)))
        if set_map.sampled:
            self.sample_note.setText(translate(
                "PersonasArea", "Showing a random sample of {shown} of the {total} customers "
                "(the same sample each time), so the map stays readable.").format(
                shown=wording.count(len(placed.ids)), total=wording.count(placed.n_customers)))
        self.sample_note.setVisible(set_map.sampled)
        self.status.hide()
        self._ensure_canvas()
        self.canvas.show()
        self.draw()
        self.picked_label.setText(translate("PersonasArea", "Click a dot to see which customer "
                                            "it is."))
        self.picked_label.show()

    def rename(self, personas: list[StoredPersona]) -> None:
        """Persona names changed (an edit or its undo): redraw the legend."""
        self.personas = list(personas)
        if self.set_map is not None:
            self.draw()

    def refresh_colours(self) -> None:
        """Redraw in the current palette (the area calls this when light <-> dark switch)."""
        if self.set_map is not None and self.canvas is not None:
            self.draw()

    # --- drawing ----------------------------------------------------------------------

    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.figure import Figure

        self.figure = Figure(layout="constrained")
        self.canvas = canvas_class()(self.figure)
        self.canvas.setObjectName("PersonaMapCanvas")
        self.canvas.setFixedHeight(MAP_HEIGHT)
        self.canvas.setAccessibleName(translate("PersonasArea", "Map of the customers"))
        self.canvas.mpl_connect("pick_event", self._picked)
        self.plot_box.addWidget(self.canvas)

    def _colors(self) -> dict[str, str]:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        return {"base": base.name(), "text": text.name(),
                "secondary": mix(text, base, 0.4).name(), "grid": mix(base, text, 0.10).name()}

    def draw(self) -> None:
        """(Re)draw the scatter plot: one collection per persona, then the unassigned."""
        placed = self.set_map.placed
        colors = self._colors()
        size = QFont(self.font()).pointSizeF()
        figure = self.figure
        figure.clear()
        figure.set_facecolor(colors["base"])
        axes = figure.add_subplot()
        self.axes = axes
        axes.set_facecolor(colors["base"])
        names = {p.position: p.name for p in self.personas}
        # the legend counts customers as the cards do, also when the dots are a sample
        sizes = {p.position: p.size for p in self.personas}
        dot = 22 if len(placed.ids) <= 1500 else 10
        self.groups = []
        positions = sorted({p for p, off in zip(placed.personas, placed.unassigned, strict=True)
                            if not off} | set(names))
        for position in positions:
            rows = [i for i, (p, off) in enumerate(zip(placed.personas, placed.unassigned,
                                                       strict=True)) if p == position and not off]
            label = "\n".join(textwrap.wrap(names.get(position, f"#{position + 1}"),
                                            LEGEND_NAME_WIDTH))
            label += f" · {wording.count(sizes.get(position, len(rows)))}"
            collection = axes.scatter([placed.x[i] for i in rows], [placed.y[i] for i in rows],
                                      s=dot, color=persona_color(position).name(), alpha=0.78,
                                      linewidths=0, label=label, picker=True,
                                      pickradius=PICK_RADIUS, zorder=2)
            self.groups.append((collection, [placed.ids[i] for i in rows], position))
        rows = [i for i, off in enumerate(placed.unassigned) if off]
        fitting_none = len(rows)
        if self.set_map.sampled:  # all of them, as the header counts them
            fitting_none = max(fitting_none, placed.n_customers - sum(sizes.values()))
        if rows:
            collection = axes.scatter(
                [placed.x[i] for i in rows], [placed.y[i] for i in rows], s=dot * 1.6,
                marker="x", color=UNASSIGNED_COLOR, linewidths=1.1, zorder=3, picker=True,
                pickradius=PICK_RADIUS,
                label=translate("PersonasArea", "Fitting no persona") + " · "
                + wording.count(fitting_none))
            self.groups.append((collection, [placed.ids[i] for i in rows], None))
        drivers = self.set_map.axes
        axes.set_xlabel(wording.axis_label(1, placed.explained[0], drivers[0], True),
                        color=colors["text"], fontsize=size, linespacing=1.5)
        axes.set_ylabel(wording.axis_label(2, placed.explained[1], drivers[1], False),
                        color=colors["text"], fontsize=size, linespacing=1.5)
        # Component units mean nothing to a reader: a light grid, no numbers.
        axes.tick_params(labelbottom=False, labelleft=False, length=0)
        # the same scale on both axes, so distances on the map are true to the components
        axes.set_aspect("equal", adjustable="datalim")
        axes.grid(True, color=colors["grid"], linewidth=0.8)
        axes.set_axisbelow(True)
        axes.axhline(0, color=colors["grid"], linewidth=1.2, zorder=1)
        axes.axvline(0, color=colors["grid"], linewidth=1.2, zorder=1)
        for spine in axes.spines.values():
            spine.set_color(colors["grid"])
        legend = axes.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0), frameon=False,
                             fontsize=size, labelcolor=colors["text"], markerscale=1.6,
                             borderaxespad=0.0, labelspacing=0.9, alignment="left",
                             title=translate("PersonasArea", "Personas"),
                             title_fontsize=size)
        legend.get_title().set_color(colors["secondary"])
        for handle in legend.legend_handles:
            handle.set_alpha(1.0)
        self.highlight = None
        self.canvas.draw_idle()

    # --- picking ----------------------------------------------------------------------

    def _picked(self, event) -> None:
        """A dot under the mouse: the nearest of all picked dots wins (overlaps fire twice)."""
        group = next((g for g in self.groups if g[0] is event.artist), None)
        if group is None or not len(event.ind):
            return
        collection, ids, _position = group
        mouse = event.mouseevent
        offsets = collection.get_offsets()[event.ind]
        pixels = self.axes.transData.transform(offsets)
        distances = ((pixels[:, 0] - mouse.x) ** 2 + (pixels[:, 1] - mouse.y) ** 2)
        best = int(distances.argmin())
        if self._pick is not None and self._pick[0] is mouse and self._pick[1] <= distances[best]:
            return  # a nearer dot of another persona was picked by this same click
        self._pick = (mouse, float(distances[best]))
        self.show_customer(ids[int(event.ind[best])])
        if mouse.guiEvent is not None:
            QToolTip.showText(QCursor.pos(), self.picked_label.text(), self.canvas)

    def customer_text(self, customer_id: int) -> str:
        """"Customer 17 · Young web bargain hunters · fit 0.62" for a dot on the map."""
        placed = self.set_map.placed
        row = placed.ids.index(customer_id)
        label = self.set_map.labels.get(customer_id, f"#{customer_id}")
        names = {p.position: p.name for p in self.personas}
        persona = names.get(placed.personas[row], "")
        fit = wording.fixed(self.set_map.fit.get(customer_id))
        if placed.unassigned[row]:
            return translate("PersonasArea", "{customer} fits no persona well (nearest: "
                             "{persona}; fit {fit})").format(customer=label, persona=persona,
                                                            fit=fit)
        return translate("PersonasArea", "{customer} · {persona} · fit {fit}").format(
            customer=label, persona=persona, fit=fit)

    def show_customer(self, customer_id: int) -> None:
        """Name the customer and ring their dot."""
        placed = self.set_map.placed
        row = placed.ids.index(customer_id)
        self.picked_label.setText(self.customer_text(customer_id))
        if self.highlight is not None:
            self.highlight.remove()
        (self.highlight,) = self.axes.plot(
            [placed.x[row]], [placed.y[row]], marker="o", markersize=11, markerfacecolor="none",
            markeredgecolor=self._colors()["text"], markeredgewidth=1.6, zorder=4,
            scalex=False, scaley=False)  # the ring must not move the map
        self.canvas.draw_idle()
        self.customer_picked.emit(customer_id)


def collection_color(collection) -> QColor:
    """The colour a scatter collection is drawn in (for tests and checks)."""
    from matplotlib.colors import to_hex

    return QColor(to_hex(collection.get_facecolor()[0] if len(collection.get_facecolor())
                         else collection.get_edgecolor()[0]))
