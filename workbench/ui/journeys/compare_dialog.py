"""Several personas' emotion curves on one chart (matplotlib, loaded only when opened)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.journeys import EmotionComparison, JourneySummary
from workbench.errors import WorkbenchError
from workbench.i18n import translate
from workbench.services import journeys as service
from workbench.ui.journeys.look import series_color
from workbench.ui.style import scale_font


class CompareDialog(QDialog):
    """Tick the maps to compare; their emotion per stage is overlaid (stages matched by name)."""

    def __init__(self, project, maps: list[JourneySummary], chosen: list[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.project = project
        self.comparison: EmotionComparison | None = None
        self.setWindowTitle(translate("Journeys", "Compare emotion curves"))
        self.resize(980, 560)
        title = QLabel(translate("Journeys", "How each persona feels along the journey"))
        scale_font(title, 1.15, QFont.Weight.DemiBold)
        hint = QLabel(translate("Journeys", "Emotion from −2 (very negative) to +2 (very "
                                "positive) per stage: the researcher's value where set, else the "
                                "one proposed from scores. Stages with the same name are matched."))
        hint.setObjectName("Secondary")
        hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setMaximumWidth(300)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        for summary in maps:
            label = summary.name if not summary.persona_name or summary.persona_name in summary.name \
                else f"{summary.name} ({summary.persona_name})"
            item = QListWidgetItem(label)
            item.setToolTip(label)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if summary.id in chosen else
                               Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self.redraw())
        self.figure = Figure(figsize=(7, 4), dpi=100, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumSize(520, 320)
        self.message = QLabel()
        self.message.setObjectName("Secondary")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.setSpacing(14)
        row.addWidget(self.list)
        row.addWidget(self.canvas, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(row, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.redraw()

    def chosen(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def redraw(self) -> None:
        palette = self.palette()
        fg = palette.color(QPalette.ColorRole.Text).name()
        bg = palette.color(QPalette.ColorRole.Base).name()
        grid = palette.color(QPalette.ColorRole.Mid).name()
        self.figure.clear()
        self.figure.set_facecolor(bg)
        axes = self.figure.add_subplot(1, 1, 1)
        axes.set_facecolor(bg)
        chosen = self.chosen()
        self.comparison = None
        if not chosen:
            self.message.setText(translate("Journeys", "Tick at least one journey map."))
        else:
            try:
                self.comparison = service.compare_journeys(self.project, chosen)
            except WorkbenchError as exc:
                self.message.setText(str(exc))
        if self.comparison is not None:
            self.message.setText("")
            labels = self.comparison.stage_labels
            xs = list(range(len(labels)))
            for index, curve in enumerate(self.comparison.curves):
                points = [(x, v) for x, v in zip(xs, curve.values, strict=True) if v is not None]
                if not points:
                    continue
                color = series_color(index).name()
                axes.plot([x for x, _ in points], [v for _, v in points], marker="o", linewidth=2.4,
                          color=color, label=curve.persona_name or curve.journey_name)
            axes.set_xticks(xs)
            axes.set_xticklabels([_wrap(label) for label in labels], color=fg, fontsize=9)
            if any(c.values for c in self.comparison.curves):
                axes.legend(loc="lower left", frameon=False, labelcolor=fg, fontsize=9)
        axes.axhline(0, color=grid, linewidth=1)
        axes.set_ylim(-2.3, 2.3)
        axes.set_yticks([-2, -1, 0, 1, 2])
        axes.set_yticklabels(["−2", "−1", "0", "+1", "+2"], color=fg)
        axes.set_ylabel(translate("Journeys", "Emotion"), color=fg)
        axes.tick_params(colors=fg)
        axes.grid(axis="y", color=grid, linewidth=0.6, alpha=0.6)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        for side in ("left", "bottom"):
            axes.spines[side].set_color(grid)
        self.canvas.draw_idle()


def _wrap(label: str, width: int = 16) -> str:
    words, lines, line = label.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines)
