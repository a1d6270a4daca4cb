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
