"""Recognise a touchpoint event log: who, when, through which channel, doing what."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from workbench.domain.columns import ColumnRole, ColumnSpec
from workbench.ingest import vocabulary as vocab
from workbench.ingest.headers import header_words

#: Without an "action" header word, a table this narrow is still read as an
#: event log, its first categorical column being the action; wider tables
#: (customer exports with a sign-up date and a preferred channel) are not.
NARROW_EVENT_LOG = 6


def detect_events_layout(specs: Sequence[ColumnSpec]) -> dict[str, str] | None:
    """Column names of an event log's parts, or None when it does not look like one.

    Returns ``{"customer", "timestamp", "channel", "action"}`` names, plus
    ``"outcome"`` and ``"score"`` when such columns exist. Needs an
    identifier (or e-mail/phone) column, a date column and a channel column.
    """
    active = [s for s in specs if _role(s) is not ColumnRole.IGNORE]
    used: set[str] = set()

    def pick(accept: Callable[[ColumnSpec], bool], words: frozenset[str] = frozenset()
             ) -> ColumnSpec | None:
        candidates = [s for s in active if s.name not in used and accept(s)]
        preferred = [s for s in candidates if set(header_words(s.label or s.name)) & words]
        chosen = (preferred or candidates or [None])[0]
        if chosen is not None:
            used.add(chosen.name)
        return chosen

    customer = pick(lambda s: _role(s) is ColumnRole.IDENTIFIER, vocab.CUSTOMER_WORDS) or pick(
        lambda s: _role(s) is ColumnRole.PII and s.pii_kind in ("email", "phone"))
    timestamp = pick(lambda s: _role(s) is ColumnRole.DATE, vocab.TIMESTAMP_WORDS)
    channel = pick(lambda s: _role(s) is ColumnRole.CHANNEL, vocab.CHANNEL_WORDS)
    if customer is None or timestamp is None or channel is None:
        return None
    textual = (ColumnRole.CATEGORICAL, ColumnRole.FREE_TEXT)
    action = pick(lambda s: _role(s) in textual and _has(s, vocab.ACTION_WORDS - vocab.STAGE_WORDS)
                  ) or pick(lambda s: _role(s) in textual and _has(s, vocab.ACTION_WORDS))
    if action is None:
        if len(active) > NARROW_EVENT_LOG:
            return None
        action = pick(lambda s: _role(s) is ColumnRole.CATEGORICAL and not _has(
            s, vocab.OUTCOME_WORDS))
    layout = {"customer": customer.name, "timestamp": timestamp.name, "channel": channel.name}
    if action is not None:
        layout["action"] = action.name
    outcome = pick(lambda s: _role(s) in textual + (ColumnRole.NUMERIC, ColumnRole.OUTCOME)
                   and _has(s, vocab.OUTCOME_WORDS))
    if outcome is not None:
        layout["outcome"] = outcome.name
    score = pick(lambda s: _role(s) in (ColumnRole.NUMERIC, ColumnRole.MEASURE,
                                        ColumnRole.OUTCOME) and _has(s, vocab.SCORE_WORDS))
    if score is not None:
        layout["score"] = score.name
    return layout


def _role(spec: ColumnSpec) -> ColumnRole:
    return ColumnRole(spec.role)


def _has(spec: ColumnSpec, words: frozenset[str]) -> bool:
    return bool(set(header_words(spec.label or spec.name)) & words)
