"""Category values as the analysis compares them: stripped text, blanks as None."""

from __future__ import annotations

import numpy as np
import pandas as pd


def as_text(series: pd.Series) -> pd.Series:
    """Categories as stripped text (object dtype), blanks and empty text as None.

    Each distinct value is cleaned once (a category column has few), then
    spread back over the rows.
    """
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    cleaned = [str(value).strip() for value in uniques]
    lookup = np.array([text or None for text in cleaned] + [None], dtype=object)
    return pd.Series(lookup[codes], index=series.index, dtype=object, name=series.name)


def text_codes(series: pd.Series) -> tuple[np.ndarray, list[str]]:
    """(codes, texts): each row's position among the distinct texts :func:`as_text` gives
    (-1 for blanks), hashing the column once; texts in order of first appearance."""
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    texts: list[str] = []
    position: dict[str, int] = {}
    mapping = np.full(len(uniques) + 1, -1, dtype=np.int64)  # the last entry: missing
    for i, value in enumerate(uniques):
        text = str(value).strip()
        if text:
            j = position.get(text)
            if j is None:
                j = position[text] = len(texts)
                texts.append(text)
            mapping[i] = j
    return mapping[codes], texts
