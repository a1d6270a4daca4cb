"""Retention on paper: a persona's retention curve against everyone's (a layout block for the
persona card's sidebar), and the words printed beside a pain point for what it costs."""

from __future__ import annotations

from workbench.domain.retention import FrictionCost, SurvivalCurve
from workbench.export import palette, wording
from workbench.export.canvas import Page, baseline
from workbench.export.layout import Block
from workbench.export.text import TextStyle, Typeface
from workbench.i18n import translate

AXIS = TextStyle(6.4, color=palette.SECONDARY, leading=1.25)
LEGEND = TextStyle(7.0, color=palette.INK, leading=1.3)
PLOT_HEIGHT = 92.0
AXIS_LEFT = 20.0


class RetentionCurveBlock(Block):
    """The persona's Kaplan–Meier curve (its colour) beside everyone's (grey, thinner)."""

    def __init__(self, persona: SurvivalCurve, everyone: SurvivalCurve | None, color: str,
                 typeface: Typeface) -> None:
        self.persona, self.everyone, self.color, self.typeface = persona, everyone, color, typeface

    def legend(self) -> list[tuple[str, str]]:
        rows = [(self.color, curve_legend(self.persona, translate("Export", "This persona")))]
        if self.everyone is not None:
            rows.append((palette.REST, curve_legend(self.everyone,
                                                    translate("Export", "Everyone"))))
        return rows

    def _legend_lines(self, width: float) -> list[tuple[str, list[str]]]:
        return [(color, self.typeface.wrap(text, LEGEND, width - 12))
                for color, text in self.legend()]

    def height(self, width: float) -> float:
        legend = sum(len(lines) for _, lines in self._legend_lines(width))
        return 4 + PLOT_HEIGHT + 2 * AXIS.line_height + 4 + legend * LEGEND.line_height + 2

    def draw(self, page: Page, x: float, top: float, width: float) -> None:
        left, right = x + AXIS_LEFT, x + width - 4
        y0, y1 = top + 4, top + 4 + PLOT_HEIGHT
        curves = [c for c in (self.everyone, self.persona) if c is not None and c.times]
        t_max = max(max(c.times) for c in curves) if curves else 1.0
        t_max = t_max or 1.0

        def px(t: float) -> float:
            return left + (right - left) * t / t_max

        def py(s: float) -> float:
            return y1 - (y1 - y0) * s

        for s in (0.0, 0.5, 1.0):
            page.line(left, py(s), right, py(s), palette.RULE, 0.5, zorder=1)
            page.text(left - 3, baseline(py(s) - AXIS.size * 0.6, AXIS), wording.percent(s, 0),
                      AXIS, align="right")
        for curve, color, weight in ((self.everyone, palette.REST, 1.0),
                                     (self.persona, self.color, 1.8)):
            if curve is None or not curve.times:
                continue
            previous_t, previous_s = 0.0, 1.0
            for t, s in zip(curve.times, curve.survival, strict=True):
                page.line(px(previous_t), py(previous_s), px(t), py(previous_s), color, weight,
                          zorder=2)
                page.line(px(t), py(previous_s), px(t), py(s), color, weight, zorder=2)
                previous_t, previous_s = t, s
            page.line(px(previous_t), py(previous_s), px(t_max), py(previous_s), color, weight,
                      zorder=2)
        unit = self.persona.unit
        page.text(left, baseline(y1 + 1, AXIS), "0", AXIS)
        page.text(right, baseline(y1 + 1, AXIS), _time(t_max), AXIS, align="right")
        page.text((left + right) / 2, baseline(y1 + 1 + AXIS.line_height, AXIS),
                  translate("Export", "time ({unit})").format(unit=unit), AXIS, align="center")
        y = y1 + 2 * AXIS.line_height + 4
        for color, lines in self._legend_lines(width):
            page.rect(x, y + (LEGEND.line_height - 6.5) / 2, 6.5, 6.5, color, radius=1)
            y = page.lines(x + 12, y, lines, LEGEND)


def _time(value: float) -> str:
    return wording.count(int(round(value))) if abs(value - round(value)) < 1e-6 else \
        wording.number(value)


def curve_legend(curve: SurvivalCurve, who: str) -> str:
    median = (translate("Export", "median {time} {unit}").format(
        time=_time(curve.median), unit=curve.unit) if curve.median is not None
        else translate("Export", "median not reached"))
    return translate("Export", "{who}: n={n}, {events} churned, {median}").format(
        who=who, n=wording.count(curve.n), events=wording.count(curve.events), median=median)


def friction_cost_text(cost: FrictionCost) -> str:
    """"Churn ×3.5 (2.1–5.8) · 18 of 30 churned · value at stake 5,400" for a pain point."""
    parts = []
    if cost.ratio is not None:
        ratio = "×" + wording.number(cost.ratio)
        if cost.ratio_low is not None and cost.ratio_high is not None:
            ratio += f" ({wording.number(cost.ratio_low)}–{wording.number(cost.ratio_high)})"
        parts.append(translate("Export", "Churn {ratio} vs members who did not hit it").format(
            ratio=ratio))
    parts.append(translate("Export", "{churned} of {n} churned").format(
        churned=wording.count(cost.with_churned), n=wording.count(cost.with_n)))
    if cost.value_at_stake:
        parts.append(translate("Export", "value at stake {value}").format(
            value=wording.number(cost.value_at_stake)))
    return " · ".join(parts)
