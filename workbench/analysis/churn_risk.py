"""Churn risk per customer, learnt from the project's own customers, with honest figures.

Pure scikit-learn over a frame of attributes (one row per customer):

- :func:`find_leaks`: attributes that give the outcome away (their header
  says churn, e.g. "Churn reason", "Churn score", a cancellation date; or
  alone they reach a ROC AUC of :data:`LEAK_AUC` or more) are left out, each
  with its reason;
- :func:`fit_risk`: an L2-regularised logistic regression (median imputation
  with missing indicators, scaling and one-hot encoding in one Pipeline) and
  a histogram gradient boosting classifier are compared by stratified 5-fold
  cross-validation; the one with the better mean ROC AUC is kept. Every
  figure reported comes from the held-out folds: the AUC of both (mean, sd
  over folds), the calibration bins and the Brier score beside the base rate,
  and each customer's risk (the out-of-fold probability, so no customer is
  scored by a model that saw them). Drivers come from permutation importance
  on the held-out folds (the drop in out-of-fold ROC AUC when an attribute is
  shuffled), with their direction read from the out-of-fold risks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from workbench.analysis.retention import is_churn_name
from workbench.domain.retention import (
    MODEL_BOOSTING,
    MODEL_LOGISTIC,
    CalibrationBin,
    RiskDriver,
)
from workbench.errors import RetentionError
from workbench.i18n import translate
from workbench.progress import Task, ensure_task

#: An attribute that alone reaches this ROC AUC gives the outcome away.
LEAK_AUC = 0.95
FOLDS = 5
CALIBRATION_BINS = 10
#: Held-out rows (over all folds) used for permutation importance, and repeats per attribute.
PERMUTATION_ROWS = 10_000
PERMUTATION_REPEATS = 3
#: Drivers kept (largest importance first) and reasons given per customer.
MAX_DRIVERS = 10
MAX_REASONS = 3
#: An importance below this drop in AUC (or below twice its sd over repeats) is noise.
MIN_IMPORTANCE = 0.002
_MISSING = "(missing)"


@dataclass
class RiskFit:
    """What :func:`fit_risk` found; the service wraps it in a RiskRun and stores it."""

    features: list[str]
    model: str
    auc: dict[str, list[float]]
    folds: int
    base_rate: float
    calibration: list[CalibrationBin]
    brier: float
    drivers: list[RiskDriver]
    #: Out-of-fold churn probability of each row, and the indices of its drivers (reasons).
    risk: np.ndarray
    reasons: list[list[int]]
    notes: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- inputs


def model_frames(frame: pd.DataFrame, kinds: dict[str, str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The attributes as each model reads them: for the logistic regression categories as
    text with "(missing)"; for gradient boosting categories as pandas categoricals."""
    linear, boosted = {}, {}
    for name in frame.columns:
        if kinds[name] == "numeric":
            values = frame[name].astype("float64")
            linear[name] = boosted[name] = values
        else:
            text = frame[name].astype(object).where(frame[name].notna(), None)
            linear[name] = text.fillna(_MISSING).astype(str).astype(object)
            boosted[name] = pd.Categorical(text.astype("string"))
    return (pd.DataFrame(linear, index=frame.index), pd.DataFrame(boosted, index=frame.index))


def logistic_pipeline(numeric: list[str], categorical: list[str]):
    """L2 logistic regression behind median imputation (with missing flags), scaling and
    one-hot encoding."""
    from sklearn.compose import ColumnTransformer
    from sklearn.impute import SimpleImputer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline, make_pipeline
    from sklearn.preprocessing import OneHotEncoder, StandardScaler

    parts = []
    if numeric:
        parts.append(("numeric", make_pipeline(SimpleImputer(strategy="median",
                                                             add_indicator=True),
                                               StandardScaler()), numeric))
    if categorical:
        parts.append(("categorical", OneHotEncoder(handle_unknown="ignore"), categorical))
    return Pipeline([("prepare", ColumnTransformer(parts)),
                     ("model", LogisticRegression(C=1.0, max_iter=2000))])


def boosting_model(seed: int):
    """Histogram gradient boosting; categories read from the frame's categorical dtypes."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    return HistGradientBoostingClassifier(categorical_features="from_dtype", random_state=seed)


def _rank_sum_u(negatives: np.ndarray, positives: np.ndarray) -> float:
    """Mann-Whitney U of ``positives`` over ``negatives`` (ties counted half): for each
    positive, the negatives below it plus half those equal to it."""
    negatives = np.sort(negatives)
    positives = np.sort(positives)  # sorted queries: the searches walk the array in order
    below = np.searchsorted(negatives, positives, "left")
    at_or_below = np.searchsorted(negatives, positives, "right")
    return (int(below.sum()) + int(at_or_below.sum())) / 2


def _auc(y: np.ndarray, score: np.ndarray) -> float:
    """ROC AUC by the rank-sum (Mann-Whitney) formula, ties counted half: the same value as
    ``sklearn.metrics.roc_auc_score``, without its input checks (it runs hundreds of times).
    One sort of the negatives and a binary search per positive: cheaper than ranking all."""
    y = np.asarray(y) == 1
    score = np.asarray(score, dtype=np.float64)
    positives = int(y.sum())
    negatives = len(y) - positives
    if not positives or not negatives:
        return float("nan")
    return _rank_sum_u(score[~y], score[y]) / (positives * negatives)


def _number_auc(x: np.ndarray, churned: np.ndarray) -> float | None:
    """ROC AUC of one number alone (rows where it is known), None when undefined."""
    known = np.isfinite(x)
    if known.sum() < 2:
        return None
    positives, negatives = x[known & churned], x[known & ~churned]
    if not len(positives) or not len(negatives):
        return None
    return _rank_sum_u(negatives, positives) / (len(positives) * len(negatives))


def _category_auc(values: pd.Series, churned: np.ndarray) -> float | None:
    """ROC AUC of one category scored by its levels' churn rates, from per-level counts.

    Blanks are one level ("(missing)"), levels are compared as text; levels with equal
    rates tie (counted half), as when every row is scored by its level's rate."""
    codes, uniques = pd.factorize(values.to_numpy(dtype=object))
    names = np.array([_MISSING, *(str(u) for u in uniques)], dtype=object)
    _, merged = np.unique(names, return_inverse=True)  # equal text is one level
    level = merged.ravel()[codes + 1]
    rows = np.bincount(level, minlength=len(names))
    churners = np.bincount(level, weights=churned.astype(np.float64), minlength=len(names))
    used = rows > 0
    rows, churners = rows[used], churners[used]
    stayers = rows - churners
    positives, negatives = churners.sum(), stayers.sum()
    if not positives or not negatives:
        return None
    rate = churners / rows
    # levels grouped by equal rate, lowest first: each churner beats the stayers of lower
    # rates and ties with those of its own rate
    _, group = np.unique(rate, return_inverse=True)
    group = group.ravel()
    churners_by = np.bincount(group, weights=churners)
    stayers_by = np.bincount(group, weights=stayers)
    below = np.cumsum(stayers_by) - stayers_by
    return float((churners_by * (below + stayers_by / 2)).sum() / (positives * negatives))


def single_attribute_auc(values: pd.Series, kind: str, y: np.ndarray) -> float | None:
    """How well one attribute alone separates churners (ROC AUC, 0.5..1, either direction)."""
    churned = np.asarray(y) == 1
    if kind == "numeric":
        auc = _number_auc(values.to_numpy(dtype=np.float64, na_value=np.nan), churned)
    else:
        auc = _category_auc(values, churned)
    return None if auc is None else max(auc, 1.0 - auc)


def find_leaks(frame: pd.DataFrame, kinds: dict[str, str], y: np.ndarray) -> dict[str, str]:
    """Attributes that give the outcome away, each with its reason in words.

    The single-attribute AUC is exact over every row: numbers by one sort of the stayers
    and a binary search per churner, categories from per-level counts (no per-row ranks)."""
    leaks: dict[str, str] = {}
    for name in frame.columns:
        if is_churn_name(name):
            leaks[name] = translate(
                "Retention", "left out: its name says it is about churn, so it is recorded with "
                "or after the outcome")
            continue
        auc = single_attribute_auc(frame[name], kinds[name], y)
        if auc is not None and auc >= LEAK_AUC:
            leaks[name] = translate(
                "Retention", "left out: alone it predicts churn almost perfectly (ROC AUC "
                "{auc:.2f}), so it is probably recorded after the outcome or copies it"
            ).format(auc=auc)
    return leaks


# --------------------------------------------------------------------------- the model


def fit_risk(frame: pd.DataFrame, kinds: dict[str, str], y: np.ndarray, *, seed: int = 0,
             folds: int = FOLDS, task: Task | None = None) -> RiskFit:
    """Compare the two models by cross-validation and score every row out of fold.

    ``frame`` holds only the attributes to learn from (leaks already removed),
    ``kinds`` says "numeric" or "categorical" for each, ``y`` is 1 for churned.
    """
    from sklearn.base import clone
    from sklearn.model_selection import StratifiedKFold

    task = ensure_task(task)
    y = np.asarray(y, dtype=np.int64)
    churners = int(y.sum())
    if churners < folds or len(y) - churners < folds:
        raise RetentionError(translate(
            "Retention", "Too few churners ({churners}) or stayers ({stayers}) to cross-validate "
            "a risk model with {folds} folds.").format(
            churners=churners, stayers=len(y) - churners, folds=folds))
    features = list(frame.columns)
    numeric = [n for n in features if kinds[n] == "numeric"]
    categorical = [n for n in features if kinds[n] != "numeric"]
    linear_x, boosted_x = model_frames(frame, kinds)
    candidates = {MODEL_LOGISTIC: (logistic_pipeline(numeric, categorical), linear_x),
                  MODEL_BOOSTING: (boosting_model(seed), boosted_x)}
    splits = list(StratifiedKFold(folds, shuffle=True, random_state=seed).split(linear_x, y))
    oof = {name: np.zeros(len(y)) for name in candidates}
    fold_auc: dict[str, list[float]] = {name: [] for name in candidates}
    fitted: dict[str, list[Any]] = {name: [] for name in candidates}
    steps = folds * len(candidates)
    for i, (train, test) in enumerate(splits):
        for j, (name, (estimator, x)) in enumerate(candidates.items()):
            task.report(i * len(candidates) + j, steps + 2, translate(
                "Retention", "Cross-validating the risk models (fold {fold} of {folds})…"
            ).format(fold=i + 1, folds=folds))
            model = clone(estimator).fit(x.iloc[train], y[train])
            oof[name][test] = model.predict_proba(x.iloc[test])[:, 1]
            fold_auc[name].append(_auc(y[test], oof[name][test]))
            fitted[name].append(model)
    auc = {name: [float(np.mean(v)), float(np.std(v, ddof=1)) if len(v) > 1 else 0.0]
           for name, v in fold_auc.items()}
    chosen = max(candidates, key=lambda name: (auc[name][0], name == MODEL_LOGISTIC))
    risk = oof[chosen]
    task.report(steps, steps + 2, translate("Retention", "Finding the drivers of churn…"))
    importance = _permutation_importance(fitted[chosen], candidates[chosen][1], y,
                                         [test for _train, test in splits], seed)
    drivers = _drivers(frame, kinds, risk, importance)
    task.report(steps + 1, steps + 2, translate("Retention", "Giving each customer reasons…"))
    base = float(y.mean())
    brier = float(np.mean((risk - y) ** 2))
    notes = [translate(
        "Retention", "Brier score {brier:.3f} against {reference:.3f} for giving everyone the "
        "base rate ({base:.1%}); lower is better.").format(
        brier=brier, reference=base * (1 - base), base=base)]
    return RiskFit(features=features, model=chosen, auc=auc, folds=folds, base_rate=base,
                   calibration=calibration_bins(risk, y), brier=brier, drivers=drivers,
                   risk=risk, reasons=customer_reasons(frame, kinds, drivers), notes=notes)


def calibration_bins(risk: np.ndarray, y: np.ndarray, bins: int = CALIBRATION_BINS
                     ) -> list[CalibrationBin]:
    """Predicted against observed churn in bands of equal size (deciles of predicted risk)."""
    order = np.argsort(risk, kind="stable")
    found = []
    for part in np.array_split(order, min(bins, len(order))):
        if len(part):
            found.append(CalibrationBin(predicted=float(risk[part].mean()),
                                        observed=float(y[part].mean()), n=int(len(part))))
    return found


def _permutation_importance(models: list, x: pd.DataFrame, y: np.ndarray,
                            held_out: list[np.ndarray], seed: int
                            ) -> dict[str, tuple[float, float]]:
    """Drop in out-of-fold ROC AUC when each attribute is shuffled: (mean, sd) over repeats.

    Each fold's model scores its own held-out rows (at most PERMUTATION_ROWS in all), so
    no row is scored by a model that saw it; the AUC is taken over the pooled rows.
    """
    rng = np.random.default_rng(seed)
    share = min(1.0, PERMUTATION_ROWS / max(1, sum(len(rows) for rows in held_out)))
    parts = []
    for rows in held_out:
        if share < 1.0:
            rows = np.sort(rng.choice(rows, max(1, int(len(rows) * share)), replace=False))
        parts.append(rows)
    samples = [x.iloc[rows].reset_index(drop=True) for rows in parts]
    truth = np.concatenate([y[rows] for rows in parts])
    if len(np.unique(truth)) < 2:
        return {name: (0.0, 0.0) for name in x.columns}

    blocks = [_linear_blocks(model, list(x.columns)) for model in models]
    if all(b is not None for b in blocks):
        return _linear_importance(models, samples, blocks, truth, rng)
    base = _auc(truth, np.concatenate([m.predict_proba(s)[:, 1]
                                       for m, s in zip(models, samples, strict=True)]))
    found = {}
    for name in x.columns:
        # the repeats stacked: one prediction per fold and attribute
        drops = np.zeros(PERMUTATION_REPEATS)
        scores = [[] for _ in range(PERMUTATION_REPEATS)]
        for model, sample in zip(models, samples, strict=True):
            stacked = pd.concat([sample] * PERMUTATION_REPEATS, ignore_index=True)
            column = stacked[name].copy()
            for r in range(PERMUTATION_REPEATS):
                part = slice(r * len(sample), (r + 1) * len(sample))
                column.iloc[part] = sample[name].iloc[rng.permutation(len(sample))].to_numpy()
            stacked[name] = column.astype(sample[name].dtype)
            predicted = model.predict_proba(stacked)[:, 1].reshape(PERMUTATION_REPEATS, -1)
            for r in range(PERMUTATION_REPEATS):
                scores[r].append(predicted[r])
        for r in range(PERMUTATION_REPEATS):
            drops[r] = base - _auc(truth, np.concatenate(scores[r]))
        found[name] = (float(drops.mean()), float(drops.std(ddof=1)))
    return found


def _linear_blocks(model, features: list[str]) -> list[np.ndarray] | None:
    """For the logistic pipeline: which prepared columns come from each attribute (its
    scaled value and missing flag, or its one-hot block); None for any other model."""
    from sklearn.pipeline import Pipeline

    if not isinstance(model, Pipeline) or "prepare" not in model.named_steps:
        return None
    prepare = model.named_steps["prepare"]
    columns: dict[str, list[int]] = {name: [] for name in features}
    for part, transformer, names in prepare.transformers_:
        if part not in ("numeric", "categorical"):
            continue
        start = prepare.output_indices_[part].start
        if part == "numeric":
            imputer = transformer[0]
            for j, name in enumerate(names):
                columns[name].append(start + j)
            indicator = imputer.indicator_
            if indicator is not None:
                for k, j in enumerate(indicator.features_):
                    columns[names[j]].append(start + len(names) + k)
        else:
            offset = start
            for name, categories in zip(names, transformer.categories_, strict=True):
                columns[name] += list(range(offset, offset + len(categories)))
                offset += len(categories)
    width = len(model.named_steps["model"].coef_[0])
    if sum(len(c) for c in columns.values()) != width:
        return None
    return [np.asarray(columns[name], dtype=np.int64) for name in features]


def _linear_importance(models: list, samples: list[pd.DataFrame], blocks: list,
                       truth: np.ndarray, rng) -> dict[str, tuple[float, float]]:
    """Permutation importance of a linear model without predicting again: shuffling an
    attribute shuffles its share of each row's score (the AUC needs only the scores)."""
    shares, totals = [], []
    for model, sample, block in zip(models, samples, blocks, strict=True):
        prepared = model.named_steps["prepare"].transform(sample)
        weights = model.named_steps["model"].coef_[0]
        share = np.column_stack([np.asarray(prepared[:, cols] @ weights[cols]).ravel()
                                 for cols in block])
        shares.append(share)
        totals.append(share.sum(axis=1))
    base = _auc(truth, np.concatenate(totals))
    names = list(samples[0].columns)
    found = {}
    for j, name in enumerate(names):
        drops = []
        for _ in range(PERMUTATION_REPEATS):
            scores = [total - share[:, j] + share[rng.permutation(len(share)), j]
                      for share, total in zip(shares, totals, strict=True)]
            drops.append(base - _auc(truth, np.concatenate(scores)))
        found[name] = (float(np.mean(drops)), float(np.std(drops, ddof=1)))
    return found


def _drivers(frame: pd.DataFrame, kinds: dict[str, str], risk: np.ndarray,
             importance: dict[str, tuple[float, float]]) -> list[RiskDriver]:
    """The attributes whose shuffling costs AUC, with their direction in plain words."""
    ranked = sorted(importance.items(), key=lambda item: (-item[1][0], item[0]))
    found = []
    for name, (mean, sd) in ranked:
        if len(found) == MAX_DRIVERS:
            break
        if mean < MIN_IMPORTANCE or mean < 2 * sd:
            continue  # within the noise of shuffling
        direction, level = _direction(frame[name], kinds[name], risk)
        found.append(RiskDriver(attribute=name, level=level, direction=direction,
                                importance=mean, importance_sd=sd,
                                phrase=driver_phrase(name, level, direction)))
    return found


def _direction(values: pd.Series, kind: str, risk: np.ndarray) -> tuple[int, str | None]:
    """+1/-1 and, for a category, the level with the highest mean out-of-fold risk."""
    if kind == "numeric":
        x = values.astype("float64")
        known = x.notna().to_numpy()
        if known.sum() < 3:
            return 1, None
        corr = pd.Series(x[known].to_numpy()).corr(pd.Series(risk[known]), method="spearman")
        return (1 if not math.isfinite(corr) or corr >= 0 else -1), None
    text = values.astype(object).where(values.notna(), _MISSING).astype(str)
    table = pd.DataFrame({"level": text.to_numpy(), "risk": risk}).groupby("level")["risk"]
    sizes, means = table.size(), table.mean()
    big = means[sizes >= max(5, int(0.01 * len(risk)))]
    if big.empty:
        big = means
    level = str(big.idxmax())
    return (1 if big.max() >= float(risk.mean()) else -1), level


def driver_phrase(attribute: str, level: str | None, direction: int) -> str:
    """A driver in plain words: "Contract “Month-to-month”: higher risk"."""
    if level is not None:
        text = (translate("Retention", "{attribute} “{level}”: higher risk") if direction > 0
                else translate("Retention", "{attribute} “{level}”: lower risk"))
        return text.format(attribute=attribute, level=level)
    text = (translate("Retention", "more {attribute}: higher risk") if direction > 0
            else translate("Retention", "more {attribute}: lower risk"))
    return text.format(attribute=attribute)


def reason_phrase(driver: RiskDriver) -> str:
    """A driver as one customer's reason: "low tenure", "Contract “Month-to-month”"."""
    if driver.level is not None:
        return translate("Retention", "{attribute} “{level}”").format(
            attribute=driver.attribute, level=driver.level)
    text = (translate("Retention", "high {attribute}") if driver.direction > 0
            else translate("Retention", "low {attribute}"))
    return text.format(attribute=driver.attribute)


def customer_reasons(frame: pd.DataFrame, kinds: dict[str, str], drivers: list[RiskDriver],
                     limit: int = MAX_REASONS) -> list[list[int]]:
    """Per row, the indices of the top drivers where that customer's value points to higher
    risk (above the median of a risk-raising number, below it of a risk-lowering one, the
    risky category)."""
    n = len(frame)
    if not drivers:
        return [[] for _ in range(n)]
    points = np.zeros((n, len(drivers)), dtype=bool)
    for j, driver in enumerate(drivers):
        values = frame[driver.attribute]
        if driver.level is not None:
            text = values.astype(object).where(values.notna(), _MISSING).astype(str)
            points[:, j] = (text == driver.level).to_numpy() if driver.direction > 0 else False
        else:
            x = values.astype("float64").to_numpy()
            median = np.nanmedian(x) if np.isfinite(x).any() else np.nan
            with np.errstate(invalid="ignore"):
                points[:, j] = (x > median) if driver.direction > 0 else (x < median)
    taken = np.cumsum(points, axis=1) <= limit
    chosen = points & taken
    # each row's set of reasons as a bit mask: few distinct masks, each listed once
    masks = chosen.astype(np.int64) @ (np.int64(1) << np.arange(len(drivers), dtype=np.int64))
    lists = {int(m): [j for j in range(len(drivers)) if int(m) >> j & 1]
             for m in np.unique(masks)}
    return [lists[m] for m in masks.tolist()]
