"""The code counts heat map: codes × attribute values or personas, as a matplotlib Figure.

Built on ``matplotlib.figure.Figure`` (no pyplot, no global state), so it
draws in a background thread, in the GUI (FigureCanvasQTAgg) and in exports
(``figure.savefig``) alike.
"""

from __future__ import annotations

from workbench.export import palette

#: Largest table drawn with numbers in every cell (beyond it the numbers are unreadable).
MAX_ANNOTATED_CELLS = 400


def code_heatmap(table, title: str = "", *, share: bool = False, colour: str = "#4E79A7"):
    """A heat map of a code-count DataFrame (rows = codes, columns = values or personas).

    ``share`` colours each column by the share of its own total (so columns of
    different sizes compare); the numbers shown are always the counts.
    Returns a ``matplotlib.figure.Figure``.
    """
    import numpy as np
    from matplotlib.colors import LinearSegmentedColormap
    from matplotlib.figure import Figure

    rows, columns = table.shape
    figure = Figure(figsize=(max(4.0, 1.6 + 0.9 * columns + _label_width(table.index)),
                             max(2.5, 1.2 + 0.32 * rows)), layout="constrained")
    axes = figure.add_subplot()
    counts = table.to_numpy(dtype=float) if rows and columns else np.zeros((max(rows, 1),
                                                                            max(columns, 1)))
    shade = counts
    if share and rows and columns:
        totals = counts.sum(axis=0, keepdims=True)
        shade = np.divide(counts, totals, out=np.zeros_like(counts), where=totals > 0)
    cmap = LinearSegmentedColormap.from_list("codes", [palette.WHITE, colour])
    image = axes.imshow(shade, aspect="auto", cmap=cmap, vmin=0, vmax=max(float(shade.max()), 1e-9))
    axes.set_xticks(range(columns), [str(c) for c in table.columns], rotation=30, ha="right",
                    fontsize=8, color=palette.INK)
    axes.set_yticks(range(rows), [str(i) for i in table.index], fontsize=8, color=palette.INK)
    axes.tick_params(length=0)
    for spine in axes.spines.values():
        spine.set_visible(False)
    if rows * columns <= MAX_ANNOTATED_CELLS:
        high = float(shade.max()) or 1.0
        for r in range(rows):
            for c in range(columns):
                value = counts[r, c]
                axes.text(c, r, f"{value:.0f}", ha="center", va="center", fontsize=7.5,
                          color=palette.WHITE if shade[r, c] > 0.6 * high else palette.INK)
    if title:
        axes.set_title(title, fontsize=10, color=palette.INK, loc="left")
    figure.colorbar(image, ax=axes, shrink=0.6).ax.tick_params(labelsize=7)
    return figure


def _label_width(labels) -> float:
    longest = max((len(str(label)) for label in labels), default=0)
    return min(4.0, 0.07 * longest)
