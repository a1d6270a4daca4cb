"""Place customers in a fitted persona set's personas without clustering again.

:func:`build_model` keeps what a persona run fitted: every attribute's
preprocessing (filled blanks, log transforms, scaling, category levels,
weights) and the personas' centres, medoids or mixture, as an
:class:`~workbench.domain.living.AssignmentModel`. :func:`assign` applies it
to any customers: the same preprocessing, never refitted on the new rows,
then the set's own rule (nearest centre, nearest medoid, most probable
component) and the run's definition of a customer fitting no persona.

On the customers a k-means, k-medoids or mixture set was fitted on the rule
gives back the run's labels exactly; a Ward set is a tree cut, so the rule
(its personas' mean points) agrees with most but not all of them, and the
model records how many (``training_agreement``).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from workbench.analysis.gower import gower_distances
from workbench.analysis.partition import Partition, euclidean_to, group_means
from workbench.analysis.preprocessing import PreparedFeatures
from workbench.domain.living import UNASSIGNED_INCOMPLETE, Assignment, AssignmentModel, ColumnRule
from workbench.domain.personas import UNASSIGNED_AMBIGUOUS, UNASSIGNED_FAR
from workbench.errors import AnalysisError
from workbench.i18n import translate

#: Mixture: ambiguous when the persona is less than this many times as probable as the next
#: (as in :mod:`workbench.analysis.clustering`).
AMBIGUOUS_ODDS = 2.0
FAR_IQR = 2.0
#: Customers placed per block (bounded memory on a million customers).
BLOCK = 200_000


# --------------------------------------------------------------------------- keeping the rule


def build_model(prepared: PreparedFeatures, partition: Partition, positions: np.ndarray,
                raw_to_position: np.ndarray, algorithm: str, k: int,
                missing: str) -> AssignmentModel:
    """The rule of a run whose raw groups ``partition.labels`` became ``positions``.

    ``raw_to_position[g]`` is the persona position of raw group g.
    """
    order = np.argsort(raw_to_position)  # raw group of each position
    matrix = prepared.matrix
    weights = (prepared.column_weights if prepared.column_weights is not None
               else np.ones(matrix.shape[1]))
    columns: list[ColumnRule] = []
    start = 0
    for report in prepared.report.columns:
        if report.dropped is not None:
            continue
        width = len(report.features)
        rule = ColumnRule(
            name=report.name, kind=report.kind, binary=report.binary,
            one_value=report.one_value,
            imputed=report.imputed_value if report.imputed_value is not None else (
                report.fill_value if missing == "impute" else None),
            log=report.log_transformed,
            centre=float(report.centre) if report.centre is not None else 0.0,
            spread=float(report.spread) if report.spread else 1.0,
            levels=list(report.levels), other=report.grouped_levels > 0,
            weights=[float(w) for w in weights[start:start + width]],
            gower_low=report.gower_low, gower_high=report.gower_high)
        columns.append(rule)
        start += width

    score_centres = group_means(matrix, positions, k)
    mixture = None
    medoid_numeric: list[list[float]] = []
    medoid_categorical: list[list[int]] = []
    if algorithm == "kmeans" and partition.centres is not None:
        centres = partition.centres[order]
    elif algorithm == "gmm" and partition.mixture is not None:
        fitted = partition.mixture
        centres = np.asarray(fitted.means_)[order]
        chol = np.asarray(fitted.precisions_cholesky_)
        if fitted.covariance_type in ("full", "diag", "spherical"):
            chol = chol[order]
        mixture = {"covariance_type": fitted.covariance_type,
                   "weights": np.asarray(fitted.weights_)[order].tolist(),
                   "means": centres.tolist(),
                   "precisions_cholesky": chol.tolist()}
    elif algorithm == "gower" and partition.medoids is not None:
        rows = partition.medoids[order]
        centres = matrix[rows]
        score_centres = centres
        medoid_numeric = prepared.gower_numeric[rows].tolist()
        medoid_categorical = prepared.gower_categorical[rows].astype(int).tolist()
    else:  # Ward: the personas' mean points
        centres = score_centres

    model = AssignmentModel(
        algorithm=algorithm, k=k, missing=missing, columns=columns,
        feature_names=list(prepared.feature_names),
        centres=np.asarray(centres, dtype=np.float64).tolist(),
        score_centres=np.asarray(score_centres, dtype=np.float64).tolist(),
        fences=[], mixture=mixture, medoid_numeric=medoid_numeric,
        medoid_categorical=medoid_categorical)
    distances = _distances(model, matrix, prepared.gower_numeric, prepared.gower_categorical,
                           score=True)
    own = distances[np.arange(len(positions)), positions]
    for position in range(k):
        members = own[positions == position]
        if len(members) < 4:
            model.fences.append(None)
            continue
        q1, q3 = np.percentile(members, [25, 75])
        model.fences.append(float(q3 + FAR_IQR * (q3 - q1)))
    placed = assign_matrix(model, matrix, prepared.gower_numeric, prepared.gower_categorical)[0]
    model.training_agreement = float(np.mean(placed == positions)) if len(positions) else None
    return model


# --------------------------------------------------------------------------- applying it


def missing_attributes(model: AssignmentModel, available: list[str]) -> list[str]:
    """The attributes the rule needs that ``available`` lacks."""
    have = set(available)
    return [name for name in model.attributes if name not in have]


def assign(model: AssignmentModel, frame: pd.DataFrame,
           progress: Callable[[int, int], None] | None = None) -> Assignment:
    """Place every customer of ``frame`` (indexed by customer id) with the set's rule.

    Raises AnalysisError naming the attributes the set was made from that
    ``frame`` lacks. ``progress(done, total)`` is called after each block.
    """
    lost = missing_attributes(model, list(frame.columns))
    if lost:
        raise AnalysisError(translate(
            "Assignment",
            "This persona set was made from attributes that are no longer in the project: "
            "{names}. Import them again under the same names, or make a new persona set."
        ).format(names=", ".join(lost)))
    frame = frame[model.attributes]
    if not frame.index.is_monotonic_increasing:
        frame = frame.sort_index(kind="mergesort")
    ids = frame.index.to_numpy(dtype=np.int64)
    n = len(ids)
    nearest = np.full(n, -1, dtype=np.int64)
    fit = np.full(n, np.nan)
    # whole arrays, never a Python loop per customer: a million customers are placed in seconds
    reasons = np.full(n, None, dtype=object)
    unseen: dict[str, dict[str, int]] = {}
    for start in range(0, n, BLOCK):
        block = frame.iloc[start:start + BLOCK]
        matrix, gower_numeric, gower_categorical, complete = transform(model, block, unseen)
        rows = np.flatnonzero(complete)
        if len(rows):
            labels, scores, why = assign_matrix(model, matrix[rows], gower_numeric[rows],
                                                gower_categorical[rows])
            nearest[start + rows] = labels
            fit[start + rows] = scores
            reasons[start + rows] = _objects(why)
        reasons[start + np.flatnonzero(~complete)] = UNASSIGNED_INCOMPLETE
        if progress is not None:
            progress(min(start + BLOCK, n), n)
    return Assignment(ids=ids, nearest=nearest, fit=fit, reasons=reasons.tolist(), unseen=unseen)


def _objects(values: list) -> np.ndarray:
    """A list as a 1-D object array (numpy would make a list of strings a text array)."""
    array = np.empty(len(values), dtype=object)
    array[:] = values
    return array


def transform(model: AssignmentModel, frame: pd.DataFrame,
              unseen: dict[str, dict[str, int]] | None = None
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The fitted preprocessing applied to ``frame``'s rows, in order.

    Returns the feature matrix, the Gower numeric and categorical matrices and
    whether each row is complete (a set that left customers with blanks out
    cannot place a customer with a blank; the others fill blanks as fitted).
    Category values the set never saw are counted in ``unseen``.
    """
    n = len(frame)
    blocks: list[np.ndarray] = []
    gower_numeric: list[np.ndarray] = []
    gower_categorical: list[np.ndarray] = []
    complete = np.ones(n, dtype=bool)
    for rule in model.columns:
        series = frame[rule.name]
        if rule.kind == "numeric":
            values = pd.to_numeric(series, errors="coerce").astype("float64").to_numpy()
            values = np.where(np.isfinite(values), values, np.nan)
            blank = np.isnan(values)
            if rule.imputed is not None:
                values = np.where(blank, float(rule.imputed), values)
            elif blank.any():
                complete &= ~blank
                values = np.where(blank, 0.0, values)
            if rule.binary:
                coded = (values == rule.one_value).astype(np.float64)
                blocks.append((coded * rule.weights[0])[:, None])
                gower_numeric.append(coded)
                continue
            if rule.log:
                values = np.log1p(np.maximum(values, 0.0))
            low, high = rule.gower_low, rule.gower_high
            if low is not None and high is not None and high > low:
                gower_numeric.append((values - low) / (high - low))
            else:
                gower_numeric.append(np.zeros(n))
            scaled = (values - rule.centre) / rule.spread
            blocks.append((scaled * rule.weights[0])[:, None])
        else:
            codes = _level_codes(rule, series, complete, unseen)
            width = len(rule.levels)
            block = np.zeros((n, width))
            valid = np.flatnonzero(codes >= 0)
            block[valid, codes[valid]] = 1.0
            blocks.append(block * np.asarray(rule.weights)[None, :])
            gower_categorical.append(codes)
    matrix = np.hstack(blocks) if blocks else np.zeros((n, 0))
    return (np.ascontiguousarray(matrix),
            np.column_stack(gower_numeric) if gower_numeric else np.zeros((n, 0)),
            (np.column_stack(gower_categorical) if gower_categorical
             else np.zeros((n, 0), dtype=np.int32)),
            complete)


def _level_codes(rule: ColumnRule, series: pd.Series, complete: np.ndarray,
                 unseen: dict[str, dict[str, int]] | None) -> np.ndarray:
    """Each row's level index in ``rule.levels`` (-1: none), as the set's categories read.

    Values are read as stripped text, empty text as a blank (as
    :func:`workbench.analysis.categories.as_text` reads them), and blanks are
    filled with the fitted value; each distinct
    value is looked up once (a category column has few), then spread over the
    rows. Rows left blank are cleared in ``complete``; values the set never
    saw are counted in ``unseen``.
    """
    kept = [level for level in rule.levels if not (rule.other and level == rule.levels[-1])]
    index = {level: i for i, level in enumerate(kept)}
    found, uniques = pd.factorize(series, use_na_sentinel=True)
    texts: list[str | None] = [str(value).strip() or None for value in uniques] + [None]
    filled = str(rule.imputed) if rule.imputed is not None else None
    if filled is not None:  # blanks read as the fitted value
        texts = [filled if text is None else text for text in texts]
    per_value = np.array([-2 if text is None else index.get(text, -1) for text in texts],
                         dtype=np.int32)
    codes = per_value[found]  # the last entry is the NaN sentinel's (-1 indexes it)
    blank = codes == -2
    if blank.any():
        complete &= ~blank
    if unseen is not None and not rule.other and (per_value == -1).any():
        counts = np.bincount(found[found >= 0], minlength=len(uniques)).tolist()
        counts.append(int((found < 0).sum()))
        seen = unseen.setdefault(rule.name, {})
        for text, level, number in zip(texts, per_value.tolist(), counts, strict=True):
            if level == -1 and number:
                seen[text] = seen.get(text, 0) + number
        if not seen:
            del unseen[rule.name]
    codes[codes < 0] = len(kept) if rule.other else -1
    return codes


def assign_matrix(model: AssignmentModel, matrix: np.ndarray, gower_numeric: np.ndarray,
                  gower_categorical: np.ndarray
                  ) -> tuple[np.ndarray, np.ndarray, list[str | None]]:
    """Persona position, fit and reason for fitting none of already transformed rows."""
    n = len(matrix)
    rows = np.arange(n)
    posterior = None
    if model.algorithm == "gmm" and model.mixture is not None:
        posterior = _mixture(model).predict_proba(matrix)
        labels = posterior.argmax(axis=1)
    else:
        labels = _distances(model, matrix, gower_numeric, gower_categorical,
                            score=False).argmin(axis=1)
    distances = _distances(model, matrix, gower_numeric, gower_categorical, score=True)
    own = distances[rows, labels]
    others = distances.copy()
    others[rows, labels] = np.inf
    nearest_other = others.min(axis=1) if model.k > 1 else np.full(n, np.inf)
    denominator = np.maximum(own, nearest_other)
    with np.errstate(invalid="ignore", divide="ignore"):
        silhouette = np.where(denominator > 0, (nearest_other - own) / denominator, 0.0)
    if posterior is not None:
        fit = posterior[rows, labels]
        runner_up = np.sort(posterior, axis=1)[:, -2]
        ambiguous = fit < AMBIGUOUS_ODDS * runner_up
    else:
        fit = silhouette
        ambiguous = silhouette < 0.0
    fences = np.array([np.inf if f is None else f for f in model.fences] or [np.inf] * model.k)
    far = own > fences[labels]
    reasons = np.full(n, None, dtype=object)
    reasons[far] = UNASSIGNED_FAR
    reasons[ambiguous] = UNASSIGNED_AMBIGUOUS
    return labels.astype(np.int64), fit.astype(np.float64), reasons.tolist()


def _distances(model: AssignmentModel, matrix: np.ndarray, gower_numeric: np.ndarray,
               gower_categorical: np.ndarray, *, score: bool) -> np.ndarray:
    if model.algorithm == "gower" and model.medoid_numeric is not None and (
            model.medoid_numeric or model.medoid_categorical):
        numeric_b = np.asarray(model.medoid_numeric, dtype=np.float64).reshape(
            model.k, gower_numeric.shape[1])
        categorical_b = np.asarray(model.medoid_categorical, dtype=np.int32).reshape(
            model.k, gower_categorical.shape[1])
        return gower_distances(gower_numeric, gower_categorical, numeric_b,
                               categorical_b).astype(np.float64)
    centres = np.asarray(model.score_centres if score else model.centres, dtype=np.float64)
    return euclidean_to(matrix, centres)


def _mixture(model: AssignmentModel):
    """The set's Gaussian mixture as a scikit-learn model, for its posterior."""
    from sklearn.mixture import GaussianMixture

    data = model.mixture or {}
    mixture = GaussianMixture(n_components=model.k, covariance_type=data["covariance_type"])
    mixture.weights_ = np.asarray(data["weights"], dtype=np.float64)
    mixture.means_ = np.asarray(data["means"], dtype=np.float64)
    mixture.precisions_cholesky_ = np.asarray(data["precisions_cholesky"], dtype=np.float64)
    return mixture
