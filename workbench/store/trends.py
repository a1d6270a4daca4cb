"""Touchpoints read for the Trends area: every linked customer's events in one query."""

from __future__ import annotations

_SEP, _MISSING = "\x1f", "\x1e"


def touchpoint_columns(db, with_rows: bool) -> dict:
    """Every touchpoint of a linked customer, in one query: customer ids (int64), day
    texts (the first 10 characters of ISO timestamps, other texts whole), action and
    outcome codes with their names, scores (float, NaN when none) and, ``with_rows``,
    the source id and row of each.

    SQLite joins each column into one text (``group_concat``) that numpy splits at once,
    far faster than a Python tuple per touchpoint; if a text holds the separator the
    rows are read one by one instead.
    """
    import numpy as np
    import pandas as pd

    day = ("CASE WHEN substr(occurred_at, 5, 1) = '-' THEN substr(occurred_at, 1, 10) "
           "ELSE ifnull(occurred_at, '') END")
    texts = [f"group_concat(ifnull({c}, char(30)), char(31))" for c in ("action", "outcome")]
    extra = ", group_concat(source_id), group_concat(source_row)" if with_rows else ""
    where = "FROM touchpoints WHERE customer_id IS NOT NULL"
    row = db.conn.execute(
        f"SELECT count(*), count(action), count(outcome), group_concat(customer_id), "
        f"group_concat({day}, char(31)), {', '.join(texts)}, "
        f"group_concat(ifnull(score, 'nan')){extra} {where}").fetchone()
    n = int(row[0])
    found = None
    if n:
        found = _split(row, n, with_rows)
    if found is None and n:
        rows = db.conn.execute(
            f"SELECT customer_id, {day}, action, outcome, score"
            f"{', source_id, source_row' if with_rows else ''} {where}").fetchall()
        columns = list(zip(*rows, strict=True))
        found = {"customer": np.array(columns[0], dtype=np.int64),
                 "day": np.array(columns[1], dtype=object),
                 "action": np.array(columns[2], dtype=object),
                 "outcome": np.array(columns[3], dtype=object),
                 "score": pd.to_numeric(pd.Series(columns[4], dtype=object),
                                        errors="coerce").to_numpy(np.float64)}
        if with_rows:
            found["source"] = np.array(columns[5], dtype=np.int64)
            found["row"] = np.array(columns[6], dtype=np.int64)
    if found is None:
        found = {"customer": np.zeros(0, np.int64), "day": np.zeros(0, object),
                 "action": np.zeros(0, object), "outcome": np.zeros(0, object),
                 "score": np.zeros(0)}
        if with_rows:
            found["source"] = np.zeros(0, np.int64)
            found["row"] = np.zeros(0, np.int64)
    for name in ("action", "outcome"):
        codes, uniques = pd.factorize(found.pop(name), use_na_sentinel=True)
        found[name], found[name + "s"] = codes.astype(np.int64), [str(u) for u in uniques]
    return found


def _split(row, n: int, with_rows: bool) -> dict | None:
    """The joined texts of one query split back into arrays, or None when unsafe."""
    import warnings

    import numpy as np

    _n, actions, outcomes, customers, days, action, outcome, scores, *rows = row
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # numpy warns (and stops) where a number does not parse
        try:
            ids = np.fromstring(customers, dtype=np.int64, sep=",")
            values = np.fromstring(scores, dtype=np.float64, sep=",")
            located = [np.fromstring(r, dtype=np.int64, sep=",") for r in rows]
        except (ValueError, DeprecationWarning):
            return None
    split = [days.split(_SEP), action.split(_SEP), outcome.split(_SEP)]
    if len(ids) != n or len(values) != n or any(len(s) != n for s in split) \
            or any(len(r) != n for r in located):
        return None
    action_array = np.array(split[1], dtype=object)
    outcome_array = np.array(split[2], dtype=object)
    missing_action, missing_outcome = action_array == _MISSING, outcome_array == _MISSING
    # a text that is exactly the marker would read as one more missing value than NULLs
    if missing_action.sum() != n - actions or missing_outcome.sum() != n - outcomes:
        return None
    action_array[missing_action] = None
    outcome_array[missing_outcome] = None
    found = {"customer": ids, "day": np.array(split[0], dtype=object), "action": action_array,
             "outcome": outcome_array, "score": values}
    if with_rows:
        found["source"], found["row"] = located
    return found
