"""Data for the analysis tests: planted personas, structureless blobs, a real slice."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

DATA = Path(__file__).parent / "data"


def planted(n: int = 400, k: int = 4, p: int = 5, separation: float = 5.0, seed: int = 0,
            category: bool = False, first_id: int = 1000):
    """Customers drawn around k well-separated centres; returns (df, kinds, truth by id)."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(0.0, separation, size=(k, p))
    truth = np.arange(n) % k
    rng.shuffle(truth)
    values = centres[truth] + rng.normal(0.0, 1.0, size=(n, p))
    ids = np.arange(first_id, first_id + n)
    df = pd.DataFrame(values, columns=[f"x{i}" for i in range(p)], index=pd.Index(ids))
    kinds = {c: "numeric" for c in df.columns}
    if category:
        levels = np.array(["north", "south", "east", "west", "centre", "islands"])
        favourite = levels[:k]
        noise = levels[rng.integers(0, len(levels), size=n)]
        region = np.where(rng.random(n) < 0.85, favourite[truth], noise)
        df["region"] = pd.Series(region, index=df.index, dtype=object)
        kinds["region"] = "categorical"
    return df, kinds, dict(zip(ids.tolist(), truth.tolist(), strict=True))


def one_blob(n: int = 400, p: int = 5, seed: int = 0):
    """One correlated Gaussian cloud: no personas to find."""
    rng = np.random.default_rng(seed)
    mixing = rng.normal(size=(p, p))
    df = pd.DataFrame(rng.normal(size=(n, p)) @ mixing, columns=[f"x{i}" for i in range(p)],
                      index=pd.Index(np.arange(1, n + 1)))
    return df, {c: "numeric" for c in df.columns}


def read_marketing(path: Path) -> tuple[pd.DataFrame, dict[str, str]]:
    """The marketing campaign file in the analysis input contract."""
    df = pd.read_csv(path, sep="\t").set_index("ID")
    df.index = df.index.astype(int)
    df = df.drop(columns=["Dt_Customer"])
    kinds: dict[str, str] = {}
    for column in df.columns:
        if pd.api.types.is_numeric_dtype(df[column]):
            df[column] = df[column].astype(float)
            kinds[column] = "numeric"
        else:
            df[column] = df[column].astype(object).where(df[column].notna(), None)
            kinds[column] = "categorical"
    return df, kinds


@pytest.fixture(scope="session")
def marketing():
    return read_marketing(DATA / "marketing_campaign_slice.tsv")



@pytest.fixture
def make_planted():
    return planted


@pytest.fixture
def make_blob():
    return one_blob
