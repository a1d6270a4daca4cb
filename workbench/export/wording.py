"""How figures read on exported pages and tables, in the current language, without Qt.

Mirrors the app's own phrasing (workbench/ui/personas/wording.py) so a PDF says
what the persona card on screen says.
"""

from __future__ import annotations

from workbench.i18n import current_language, translate

MINUS = "\u2212"
# Thousands and decimal separators by language.
_SEPARATORS = {"it": (".", ",")}


def _format(value: float, decimals: int) -> str:
    thousands, decimal = _SEPARATORS.get(current_language(), (",", "."))
    rounded = round(float(value), decimals)
    text = f"{abs(rounded):,.{decimals}f}"
    text = text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)
    return (MINUS if rounded < 0 else "") + text


def number(value: float | None) -> str:
    """A measured value with the precision it deserves: 92,000 · 57.6 · 0.38."""
    if value is None:
        return "–"
    size = abs(value)
    return _format(float(value), 0 if size >= 100 else 1 if size >= 1 else 2)


def count(value: int) -> str:
    return _format(int(value), 0)


def percent(share: float | None, decimals: int | None = None) -> str:
    """A share as a percentage; small non-zero shares keep one decimal (0.4%, not 0%)."""
    if share is None:
        return "–"
    value = 100.0 * float(share)
    if decimals is None:
        decimals = 1 if 0 < abs(value) < 1 else 0
    return translate("Export", "{value}%").format(value=_format(value, decimals))


def signed(value: float | None, decimals: int = 1) -> str:
    """+1.9 / −1.9, with a real minus sign."""
    if value is None:
        return "–"
    return ("+" if value >= 0 else MINUS) + _format(abs(float(value)), decimals)


def magnitude_name(magnitude: str) -> str:
    return {
        "negligible": translate("Export", "negligible"),
        "small": translate("Export", "small"),
        "medium": translate("Export", "medium"),
        "large": translate("Export", "large"),
    }.get(magnitude, magnitude)


def algorithm_name(key: str) -> str:
    return {
        "kmeans": translate("Export", "k-means"),
        "gmm": translate("Export", "Gaussian mixture"),
        "agglomerative": translate("Export", "agglomerative (Ward)"),
        "gower": translate("Export", "Gower k-medoids"),
    }.get(key, key)


def effect_symbol(kind: str) -> str:
    """Cohen's d for numbers, Cohen's h for shares of a category."""
    return "d" if kind == "numeric" else "h"


def effect_subject(effect: dict) -> str:
    """What an effect line is about: "Income" or "Loyalty tier: platinum"."""
    if effect.get("kind") == "numeric":
        return str(effect.get("attribute", ""))
    return translate("Export", "{attribute}: {level}").format(
        attribute=effect.get("attribute", ""), level=effect.get("level"))


def effect_size(effect: dict) -> str:
    """"d = +1.9 · large"."""
    return translate("Export", "{symbol} = {effect} · {magnitude}").format(
        symbol=effect_symbol(effect.get("kind", "numeric")), effect=signed(effect.get("effect")),
        magnitude=magnitude_name(effect.get("magnitude", "")))


def unassigned_reason(reason: str | None) -> str:
    return {
        "ambiguous": translate("Export", "between personas: about as close to another one"),
        "far": translate("Export", "far from every persona's centre"),
    }.get(reason or "", reason or "")


def initials(name: str) -> str:
    """Up to two letters for a generated avatar ("High Web · Silver" -> "HW")."""
    words = [w for w in name.replace("·", " ").replace("=", " ").split() if w[:1].isalnum()]
    letters = "".join(w[0] for w in words[:2]).upper()
    return letters or "?"
