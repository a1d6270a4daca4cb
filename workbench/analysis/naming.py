"""Default persona names and draft stories, written only from the figures.

A name comes from the persona's two largest distinct effects (not the same
attribute, not the same redundancy group), in plain words in the UI language:
"Month-to-month contract, fiber optic", "Long tenure, high income". Only
effects of at least NAME_EFFECT (Cohen's "medium", 0.5) may name a persona,
so no direction word ("High", "Older", "Few") ever rests on a smaller
difference; categories name a persona only when over-represented. A persona
with no such effect is "Typical customers". Outcomes never name a persona:
they are results, not traits. Names are made unique across the set.

The draft story is 2-3 sentences: size and share; the effects the name rests
on, with their real values against everyone else; then the outcomes that
differ significantly, or else the channel mix when it differs. A typical
persona says it is close to the average. Every number in it is a figure of the
profile, rounded as the card shows it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.domain.personas import (
    OUTCOME_RATE,
    AttributeEffect,
    OutcomeEffect,
    PersonaProfile,
    RedundancyGroup,
)
from workbench.i18n import format_number, translate

#: Effects at least this large (Cohen's "medium") may name a persona or open its story.
NAME_EFFECT = 0.5
#: A channel enters the story when its share beats everyone else's by this much.
CHANNEL_GAIN = 0.05
#: At most this many effects and outcomes are told in a story.
STORY_EFFECTS = 2
STORY_OUTCOMES = 2

#: Values of a yes/no category that mean "has it" / "has it not" (accents removed).
YES_VALUES = frozenset({"yes", "y", "true", "1", "si", "vero"})
NO_VALUES = frozenset({"no", "n", "false", "0", "falso", "none", "nessuno", "nessuna"})
#: Attributes whose categories say what they are on their own ("Female", "Single").
SELF_DESCRIBING = frozenset({
    "gender", "genre", "sex", "sesso", "genere", "education", "istruzione",
    "titolo di studio", "marital status", "stato civile", "country", "paese",
    "nazione", "geography", "city", "citta", "occupation", "professione", "job",
    "lavoro",
})
#: Words left out when telling what a number counts ("NumWebPurchases": web).
_FILLER = frozenset({
    "num", "number", "no", "nr", "n", "of", "the", "total", "tot", "avg", "average",
    "mean", "per", "month", "months", "monthly", "year", "years", "yearly", "annual",
    "mensile", "annuale", "totale", "numero", "medio", "media", "di", "del", "della",
    "dei", "k", "customer", "customers", "cliente", "clienti", "in", "on", "ct",
    "cnt", "count", "purchase", "trans", "transaction", "order", "amt", "amount",
    "mnt", "spend", "spending", "spent", "spesa", "importo", "visits", "visit",
    "visite", "visita", "purchases", "orders", "acquisti", "ordini", "transactions",
    "sessions", "prods", "products",
})


def display_name(column: str) -> str:
    """A column name as a researcher would write it: "MntWines" -> "Mnt Wines"."""
    text = column.replace("_", " ")
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def readable(column: str) -> str:
    """A column name to use inside a phrase: "Annual Income (k$)" -> "annual income".

    Units in brackets go; capitalised words are lowercased, acronyms ("NPS") kept.
    """
    text = re.sub(r"[(\[][^)\]]*[)\]]", " ", display_name(column))
    words = [w.lower() if w[:1].isupper() and not any(c.isupper() for c in w[1:]) else w
             for w in re.findall(r"[^\W_]+(?:[-'][^\W_]+)*", text)]
    return " ".join(words) or column


# --------------------------------------------------------------------------- phrases


@dataclass(frozen=True)
class Phrase:
    """A trait in words, and whether its first letter may be lowercased mid-name."""

    text: str
    lower_ok: bool
    #: (concept, direction) of a count or amount with a qualifier: two such
    #: phrases of one persona merge ("High spending on meat and fish").
    concept: tuple[str, bool] | None = None
    what: tuple[str, ...] = ()


def _plain(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))


def _tokens(column: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", _plain(readable(column)))


def _qualifier(tokens: list[str]) -> str:
    return " ".join(t for t in tokens if t not in _FILLER and not t.isdigit())


def _concept(attribute: str) -> tuple[str, str]:
    """(concept, what it counts) of a numeric attribute: ("spend", "wines") for MntWines."""
    tokens = _tokens(attribute)
    words = set(tokens)
    if words & {"score", "rating", "index", "punteggio", "indice", "voto"}:
        return "", readable(attribute)  # "Spending Score": a score, not an amount spent
    if "birth" in words or "nascita" in words or "birthyear" in words:
        return "birth", ""
    if "recency" in words or {"days", "since"} <= words or {"day", "since"} <= words:
        return "recency", ""
    if words & {"tenure", "anzianita", "seniority"} or {"months", "book"} <= words:
        return "tenure", ""
    if words & {"age", "eta"}:
        return "age", ""
    if words & {"income", "salary", "reddito", "stipendio", "salario", "earnings"}:
        return "income", ""
    if words & {"kidhome", "kids", "children", "child", "figli", "bambini"}:
        return "children", ""
    if words & {"teenhome", "teens", "teenagers", "adolescenti"}:
        return "teenagers", ""
    if _qualifier(tokens) == "" and any(t.isdigit() for t in tokens):
        return "", readable(attribute)  # "amount_14": only its number tells it apart
    if words & {"hike", "increase", "growth", "change", "delta", "pct", "percent", "rate",
                "aumento", "crescita", "variazione"}:
        return "", readable(attribute)  # a change of an amount is not an amount spent
    if words & {"spend", "spending", "spent", "amount", "amt", "mnt", "spesa", "importo"}:
        return "spend", _qualifier(tokens)
    if words & {"visits", "visit", "visite", "visita", "sessions"}:
        return "visits", _qualifier(tokens)
    if words & {"purchases", "orders", "acquisti", "ordini", "transactions"}:
        return "purchases", _qualifier(tokens)
    if words & {"products", "prodotti"}:
        return "products", ""
    # "NumOfComplaints" -> "complaints": a count says "high" of the thing counted.
    return "", re.sub(r"^(?:(?:num|number|nr|numero)\s+)(?:(?:of|di|de)\s+)?", "",
                      readable(attribute), flags=re.IGNORECASE)


def _numeric_phrase(concept: str, high: bool, what: str) -> str:
    """A number's direction in words: "Older", "Long tenure", "High monthly charges"."""
    if concept == "birth":  # a later year of birth is a younger customer
        return translate("Naming", "Younger") if high else translate("Naming", "Older")
    if concept == "recency":
        return (translate("Naming", "Bought less recently") if high
                else translate("Naming", "Bought more recently"))
    if concept == "tenure":
        return translate("Naming", "Long tenure") if high else translate("Naming", "Short tenure")
    if concept == "age":
        return translate("Naming", "Older") if high else translate("Naming", "Younger")
    if concept == "income":
        return translate("Naming", "High income") if high else translate("Naming", "Low income")
    if concept == "children":
        return (translate("Naming", "More children at home") if high
                else translate("Naming", "Fewer children at home"))
    if concept == "teenagers":
        return (translate("Naming", "More teenagers at home") if high
                else translate("Naming", "Fewer teenagers at home"))
    if concept == "spend":
        if what:
            template = (translate("Naming", "High spending on {what}") if high
                        else translate("Naming", "Low spending on {what}"))
            return template.format(what=what)
        return translate("Naming", "High spending") if high else translate("Naming", "Low spending")
    if concept == "visits":
        if what:
            template = (translate("Naming", "Frequent {what} visits") if high
                        else translate("Naming", "Few {what} visits"))
            return template.format(what=what)
        return translate("Naming", "Frequent visits") if high else translate("Naming", "Few visits")
    if concept == "purchases":
        if what:
            template = (translate("Naming", "Many {what} purchases") if high
                        else translate("Naming", "Few {what} purchases"))
            return template.format(what=what)
        return (translate("Naming", "Many purchases") if high
                else translate("Naming", "Few purchases"))
    if concept == "products":
        return (translate("Naming", "Many products") if high
                else translate("Naming", "Few products"))
    template = (translate("Naming", "High {attribute}") if high
                else translate("Naming", "Low {attribute}"))
    return template.format(attribute=what)


def _level_lower_ok(level: str) -> bool:
    """"Fiber optic" may read "fiber optic" mid-name; "France" or "PhD" may not."""
    several = " " in level.strip() or "-" in level
    return several and not any(c.isupper() for c in level[1:])


def _category_phrase(attribute: str, level: str) -> Phrase:
    """A category the persona has more often, in words: "Month-to-month contract"."""
    name = readable(attribute)
    value = _plain(level.strip())
    words = name.split(" ", 1)
    if len(words) == 2 and _plain(words[0]) in ("is", "e"):  # "IsActiveMember", "E attivo"
        if value in YES_VALUES:
            return Phrase(_capitalise(words[1]), True)
        if value in NO_VALUES:
            return Phrase(translate("Naming", "Not {attribute}").format(attribute=words[1]),
                          True)
    if len(words) == 2 and _plain(words[0]) in ("has", "ha"):  # "HasCrCard": "With cr card"
        name = words[1]
    if value in YES_VALUES:
        return Phrase(translate("Naming", "With {attribute}").format(attribute=name), True)
    if value in NO_VALUES:
        return Phrase(translate("Naming", "Without {attribute}").format(attribute=name), True)
    if re.fullmatch(r"[-+]?\d+(?:[.,]\d+)?", value):
        return Phrase(translate("Naming", "{attribute}: {level}").format(
            attribute=name, level=level), False)
    plain_name = _plain(name)
    # A level of several words says what it is ("Fiber optic"); a single word
    # needs its attribute ("Gold loyalty tier"), unless the attribute is obvious.
    if (plain_name in SELF_DESCRIBING or plain_name in _plain(level)
            or (" " in plain_name and " " in level.strip())):
        return Phrase(level, _level_lower_ok(level))
    return Phrase(translate("Naming", "{level} {attribute}").format(
        level=level, attribute=name), _level_lower_ok(level))


def trait_phrase(effect: AttributeEffect) -> Phrase | None:
    """The trait a card line shows in words, or None when it cannot name a persona."""
    if effect.kind == "numeric":
        if abs(effect.effect) < NAME_EFFECT:
            return None
        concept, what = _concept(effect.attribute)
        high = effect.effect > 0
        mergeable = concept in ("spend", "visits", "purchases") and bool(what)
        return Phrase(_numeric_phrase(concept, high, what), True,
                      (concept, high) if mergeable else None, (what,) if mergeable else ())
    if effect.effect < NAME_EFFECT or not effect.level:
        return None  # "not married" makes a poor name
    return _category_phrase(effect.attribute, effect.level)


def naming_effects(profile: PersonaProfile, groups: Sequence[RedundancyGroup] = (),
                   limit: int = 2) -> list[tuple[list[AttributeEffect], Phrase]]:
    """The persona's ``limit`` largest distinct effects that may name it, largest
    first, as phrases; two amounts or counts of one kind and direction share a
    phrase ("High spending on meat and fish")."""
    related: dict[str, set[str]] = {}
    for found in groups:
        for member in found.members:
            related.setdefault(member, set()).update(found.members)
    chosen: list[tuple[list[AttributeEffect], Phrase]] = []
    taken: set[str] = set()
    said: set[str] = set()
    used = 0
    for effect in sorted(profile.effects, key=lambda e: -abs(e.effect)):
        if used >= limit:
            break
        if effect.attribute in taken:
            continue
        phrase = trait_phrase(effect)
        if phrase is None or phrase.text.casefold() in said:
            continue
        same = next((i for i, (_, p) in enumerate(chosen)
                     if phrase.concept is not None and p.concept == phrase.concept), None)
        if same is not None:
            effects, merged = chosen[same]
            whats = (*merged.what, *phrase.what)
            joined = translate("Naming", "{first} and {second}").format(
                first=", ".join(whats[:-1]), second=whats[-1])
            concept, high = phrase.concept
            chosen[same] = ([*effects, effect], Phrase(
                _numeric_phrase(concept, high, joined), True, phrase.concept, whats))
        else:
            chosen.append(([effect], phrase))
        used += 1
        said.add(phrase.text.casefold())
        taken.update({effect.attribute, *effect.also, *related.get(effect.attribute, ())})
    return chosen


# --------------------------------------------------------------------------- names


def _join(phrases: Sequence[Phrase]) -> str:
    parts = []
    for i, phrase in enumerate(phrases):
        text = phrase.text
        if i == 0:
            text = text[:1].upper() + text[1:]
        elif phrase.lower_ok:
            text = text[:1].lower() + text[1:]
        parts.append(text)
    return ", ".join(parts)


def suggest_name(profile: PersonaProfile, groups: Sequence[RedundancyGroup] = ()) -> str:
    """The persona's default name before it is made unique across the set."""
    traits = naming_effects(profile, groups)
    if not traits:
        return translate("Naming", "Typical customers")
    return _join([phrase for _, phrase in traits])


def name_personas(profiles: list[PersonaProfile],
                  groups: Sequence[RedundancyGroup] = ()) -> None:
    """Set each profile's suggested_name, unique across the set.

    A name already taken first gets the persona's third trait, then a number:
    "Typical customers (2)".
    """
    taken: set[str] = set()
    for profile in profiles:
        traits = naming_effects(profile, groups, limit=3)
        name = suggest_name(profile, groups)
        if name.casefold() in taken and len(traits) == 3:
            name = _join([phrase for _, phrase in traits])
        if name.casefold() in taken:
            base, number = name, 2
            while name.casefold() in taken:
                name = translate("Naming", "{name} ({number})").format(name=base, number=number)
                number += 1
        taken.add(name.casefold())
        profile.suggested_name = name


# --------------------------------------------------------------------------- stories


def number(value: float) -> str:
    """A measured value with the precision the card gives it: 92,000 · 57.6 · 0.38."""
    size = abs(value)
    return format_number(value, 0 if size >= 100 else 1 if size >= 1 else 2)


def percent(share: float) -> str:
    """A share as a percentage; small non-zero shares keep one decimal (0.4%)."""
    value = 100.0 * share
    return translate("Naming", "{value}%").format(
        value=format_number(value, 1 if 0 < abs(value) < 1 else 0))


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _effect_clause(effect: AttributeEffect) -> str:
    attribute = display_name(effect.attribute)
    if effect.kind == "numeric":
        return translate("Naming", "{attribute} averages {value} against {rest} for "
                         "everyone else").format(attribute=attribute,
                                                 value=number(effect.persona_mean or 0.0),
                                                 rest=number(effect.rest_mean or 0.0))
    value = _plain((effect.level or "").strip())
    if value in YES_VALUES or value in NO_VALUES:  # a yes/no or 0/1 flag
        template = (translate("Naming", "{attribute}: yes for {share} of them against {rest} "
                              "of everyone else") if value in YES_VALUES else
                    translate("Naming", "{attribute}: no for {share} of them against {rest} "
                              "of everyone else"))
        return template.format(attribute=attribute, share=percent(effect.persona_share or 0.0),
                               rest=percent(effect.rest_share or 0.0))
    return translate("Naming", "{attribute} is {level} for {share} of them against {rest} "
                     "of everyone else").format(attribute=attribute, level=effect.level,
                                                share=percent(effect.persona_share or 0.0),
                                                rest=percent(effect.rest_share or 0.0))


def _outcome_clause(outcome: OutcomeEffect) -> str:
    name = display_name(outcome.outcome)
    if outcome.kind == OUTCOME_RATE:
        if outcome.event is not None and _plain(outcome.event) not in YES_VALUES:
            name = translate("Naming", "{outcome} ({event})").format(
                outcome=name, event=outcome.event)
        return translate("Naming", "{outcome} is {value} against {rest} for everyone "
                         "else").format(outcome=name, value=percent(outcome.persona_value),
                                        rest=percent(outcome.rest_value))
    return translate("Naming", "Average {outcome} is {value} against {rest} for everyone "
                     "else").format(outcome=name, value=number(outcome.persona_value),
                                    rest=number(outcome.rest_value))


def _sentence(clauses: Sequence[str]) -> str:
    return _capitalise("; ".join(clauses)) + "."


def draft_story(profile: PersonaProfile, groups: Sequence[RedundancyGroup] = ()) -> str:
    """2-3 sentences from the profile's figures (translated); invents nothing."""
    sentences = [translate("Naming", "{count} customers, {share} of those clustered.").format(
        count=format_number(profile.size, 0), share=percent(profile.share))]
    traits = naming_effects(profile, groups, limit=STORY_EFFECTS)
    if traits:
        sentences.append(_sentence([_effect_clause(effect)
                                    for effects, _ in traits for effect in effects]))
    else:
        sentences.append(translate(
            "Naming", "They are close to the average customer: no attribute sets them "
            "clearly apart."))
    significant = [o for o in profile.outcomes if o.significant][:STORY_OUTCOMES]
    channel = _channel_clause(profile)
    if significant:
        sentences.append(_sentence([_outcome_clause(o) for o in significant]))
    elif channel:
        sentences.append(channel)
    elif profile.outcomes:
        sentences.append(translate(
            "Naming", "No outcome differs clearly from everyone else."))
    return " ".join(sentences)


def _channel_clause(profile: PersonaProfile) -> str | None:
    if not profile.channel_mix:
        return None
    best = max(profile.channel_mix, key=lambda c: c.persona_share - c.rest_share)
    if best.persona_share - best.rest_share < CHANNEL_GAIN:
        return None
    return translate("Naming", "{share} of their contacts go through {channel}, against "
                     "{rest} for everyone else.").format(share=percent(best.persona_share),
                                                         channel=best.label,
                                                         rest=percent(best.rest_share))


def write_stories(profiles: list[PersonaProfile],
                  groups: Sequence[RedundancyGroup] = ()) -> None:
    """Set each profile's draft story."""
    for profile in profiles:
        profile.story = draft_story(profile, groups)
