"""Turn chosen customer attributes into the feature matrix a clustering sees.

Every decision is recorded in a :class:`PreprocessingReport` so the GUI can
show it and the store can keep it with the persona set:

- attributes with no values, or a single value, are left out (they cannot
  separate customers, and a constant scaled to zero would only add noise);
- blanks are imputed (median / most frequent) or their customers left out;
- numbers with exactly two values (flags such as "complained") become 0/1
  and are not scaled: standardising a rare flag would blow it up to ±10 and
  let a handful of customers dominate the distances;
- non-negative, right-skewed numbers (amounts, counts) get ``log1p``;
- other numbers are scaled (standard or robust);
- categories become 0/1 indicator columns, unscaled, for the same reason as
  flags; rare categories are grouped as "(other)".

A mismatch on one category then weighs about as much as one standard
deviation on one number. With ``weigh_equally`` (the default) each original
attribute weighs the same whatever its number of categories: a category's
indicator block and a 0/1 flag are multiplied so that their total variance is
1, like a standardised number (the expected squared distance between two
customers is then 2 for every attribute), at most MAX_WEIGHT times, so a rare
flag held by a handful of customers cannot pull a persona around. Attributes
found to carry one fact (:mod:`workbench.analysis.redundancy`) share one
attribute's weight: each of m members is multiplied by 1/√m, and so are the
indicator columns of a category repeated in m attributes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from workbench.analysis.categories import as_text
from workbench.domain.personas import (
    DROP_ALL_MISSING,
    DROP_CONSTANT,
    DROP_NOT_ENCODED,
    DROP_TOO_MANY_LEVELS,
    MISSING_STRATEGIES,
    OTHER_LEVEL,
    REDUNDANT_ATTRIBUTES,
    REDUNDANT_CATEGORY,
    SCALINGS,
    ColumnReport,
    PreprocessingReport,
    PreprocessingSettings,
)
from workbench.errors import AnalysisError
from workbench.i18n import translate

#: Fewer usable customers than this and clustering is refused.
MIN_CUSTOMERS = 10
#: The most a category block or a 0/1 flag is multiplied by to weigh as one attribute.
MAX_WEIGHT = 2.0

KINDS = ("numeric", "categorical")


@dataclass
class PreparedFeatures:
    """The matrices a clustering runs on, row i being customer ``ids[i]``."""

    ids: np.ndarray  # int64, sorted ascending
    #: Euclidean feature matrix: scaled numbers, 0/1 flags and indicators.
    matrix: np.ndarray
    feature_names: list[str]
    #: For Gower distance: numbers after imputation and log1p, divided by their
    #: range (so in 0..1), and category codes (-1 never occurs: blanks imputed).
    #: The numbers are kept only when prepared for the Gower distance (``gower=True``);
    #: otherwise no distance reads them and ``gower_numeric`` has no columns, sparing
    #: a copy of every number (a million customers: 8 bytes x numbers x 10^6).
    gower_numeric: np.ndarray
    gower_categorical: np.ndarray
    report: PreprocessingReport
    #: Matrix column of each Gower numeric column, and whether it is a 0/1 flag.
    numeric_columns: np.ndarray
    binary: np.ndarray
    #: Matrix columns (indicators) of each Gower categorical column.
    categorical_blocks: list[np.ndarray]
    #: What each matrix column was multiplied by (equal weighting, shared facts).
    column_weights: np.ndarray | None = None

    @property
    def n(self) -> int:
        return len(self.ids)


def validate_settings(settings: PreprocessingSettings) -> None:
    if settings.missing not in MISSING_STRATEGIES:
        raise AnalysisError(translate(
            "Preprocessing", "Unknown way of handling blanks: {value}. Use one of: {choices}."
        ).format(value=settings.missing, choices=", ".join(MISSING_STRATEGIES)))
    if settings.scale not in SCALINGS:
        raise AnalysisError(translate(
            "Preprocessing", "Unknown scaling: {value}. Use one of: {choices}."
        ).format(value=settings.scale, choices=", ".join(SCALINGS)))


def prepare_features(df: pd.DataFrame, kinds: dict[str, str], features: list[str],
                     settings: PreprocessingSettings | None = None, *,
                     gower: bool = False) -> PreparedFeatures:
    """Preprocess ``features`` of ``df`` (indexed by customer id) as ``settings`` say.

    With ``gower`` the categories are compared directly by the Gower distance,
    so they are used even when one-hot encoding is off (the matrix then still
    gets indicator columns, for the quality figures and the typical member).

    Raises AnalysisError when an attribute is unknown, fewer than
    MIN_CUSTOMERS customers remain, or no attribute is usable.
    """
    settings = settings or PreprocessingSettings()
    validate_settings(settings)
    _check_input(df, kinds, features)
    # Sorting by customer id makes the result independent of row order.
    frame = df[list(features)]
    if not frame.index.is_monotonic_increasing:  # (already sorted: no second copy)
        frame = frame.sort_index(kind="mergesort")
    rows_in = len(frame)

    columns: dict[str, pd.Series] = {}
    reports: list[ColumnReport] = []
    for name in features:
        report, values = _read_column(frame[name], name, kinds[name], settings, gower)
        reports.append(report)
        if report.dropped is None:
            columns[name] = values

    dropped_ids: list[int] = []
    if settings.missing == "drop" and columns:
        present = pd.DataFrame(columns).notna().all(axis=1)
        dropped_ids = [int(i) for i in present.index[~present.to_numpy()]]
        keep = present.to_numpy()
        columns = {name: values[keep] for name, values in columns.items()}
        # Leaving customers out can leave an attribute with one value only.
        for report in reports:
            if report.dropped is None and columns[report.name].nunique(dropna=True) < 2:
                report.dropped = DROP_CONSTANT
                del columns[report.name]

    used = [r for r in reports if r.dropped is None]
    if not used:
        if any(r.dropped == DROP_NOT_ENCODED for r in reports):
            raise AnalysisError(translate(
                "Preprocessing",
                "The usable attributes are all categories and one-hot encoding is off. "
                "Switch one-hot encoding on, add numeric attributes, or use the Gower "
                "distance method."
            ))
        reasons = "; ".join(
            f"{r.name}: {describe_drop(r.dropped)}" for r in reports if r.dropped
        )
        raise AnalysisError(translate(
            "Preprocessing",
            "None of the chosen attributes can be used for personas ({reasons}). "
            "Choose other attributes."
        ).format(reasons=reasons))

    index = next(iter(columns.values())).index
    n = len(index)
    if n < MIN_CUSTOMERS:
        raise AnalysisError(translate(
            "Preprocessing",
            "Only {n} customers have values for the chosen attributes; at least {minimum} "
            "are needed. Choose attributes with fewer blanks, or fill blanks instead of "
            "leaving those customers out."
        ).format(n=n, minimum=MIN_CUSTOMERS))

    # Categories first (codes only), so the matrix is allocated once at its final
    # width and each attribute written straight into its columns: no per-attribute
    # blocks stacked into a second copy of the matrix.
    codes_of = {r.name: _encode_categorical(columns[r.name], r, settings)
                for r in used if r.kind != "numeric"}
    width = sum(1 if r.kind == "numeric" else len(r.levels) for r in used)
    n_numeric = sum(1 for r in used if r.kind == "numeric")
    matrix = np.zeros((n, width), dtype=np.float64)
    gower_numeric = np.empty((n, n_numeric if gower else 0), dtype=np.float64)
    names: list[str] = []
    gower_categorical: list[np.ndarray] = []
    numeric_columns: list[int] = []
    binary: list[bool] = []
    categorical_blocks: list[np.ndarray] = []
    everyone = np.arange(n)
    for report in used:
        if report.kind == "numeric":
            block, gower_values = _encode_numeric(columns[report.name], report, settings)
            matrix[:, len(names)] = block
            if gower:
                gower_numeric[:, len(numeric_columns)] = gower_values
            del block, gower_values
            numeric_columns.append(len(names))
            binary.append(report.binary)
            names.extend(report.features)
        else:
            codes = codes_of.pop(report.name)
            gower_categorical.append(codes)
            categorical_blocks.append(np.arange(len(names), len(names) + len(report.levels)))
            # Used categories are one-hot encoded (see _read_column for one_hot=False).
            matrix[everyone, len(names) + codes] = 1.0
            names.extend(report.features)

    report = PreprocessingReport(
        settings=settings,
        columns=reports,
        rows_in=rows_in,
        rows_used=n,
        dropped_ids=dropped_ids,
        feature_names=names,
    )
    column_weights = np.ones(matrix.shape[1])
    if settings.weigh_equally:
        column_weights = _weigh(matrix, used, columns, kinds, report, gower)
    return PreparedFeatures(
        ids=index.to_numpy(dtype=np.int64),
        matrix=np.ascontiguousarray(matrix),
        feature_names=names,
        gower_numeric=gower_numeric,
        gower_categorical=(np.column_stack(gower_categorical) if gower_categorical
                           else np.zeros((n, 0), dtype=np.int32)),
        report=report,
        numeric_columns=np.array(numeric_columns, dtype=np.int64),
        binary=np.array(binary, dtype=bool),
        categorical_blocks=categorical_blocks,
        column_weights=column_weights,
    )


def _weigh(matrix: np.ndarray, used: list[ColumnReport], columns: dict[str, pd.Series],
           kinds: dict[str, str], report: PreprocessingReport, gower: bool) -> np.ndarray:
    """Multiply each attribute's columns of ``matrix`` so every attribute weighs the
    same (module docstring); record the factors, the groups and the rule in ``report``.

    Returns what each matrix column was multiplied by."""
    factors = np.ones(matrix.shape[1])
    from workbench.analysis.redundancy import find_redundancy

    start, spans = 0, {}
    for column in used:
        spans[column.name] = (start, start + len(column.features))
        start += len(column.features)
    for column in used:
        if column.kind == "numeric" and not column.binary:
            continue  # its scaling already gives it the weight of one standardised number
        low, high = spans[column.name]
        variance = float(matrix[:, low:high].var(axis=0).sum())
        column.weight = min(1.0 / np.sqrt(variance), MAX_WEIGHT) if variance > 0 else 1.0
    from workbench.analysis.redundancy import SAMPLE

    within = _provisional_personas(matrix)
    n = len(matrix)
    if n > SAMPLE:  # find_redundancy reads this sample only: copy just its rows
        rows = np.sort(np.random.default_rng(0).choice(n, SAMPLE, replace=False))
        table = pd.DataFrame({name: values.iloc[rows] for name, values in columns.items()})
        within = within[rows] if within is not None else None
    else:
        table = pd.DataFrame(columns)
    groups = find_redundancy(table, kinds, [c.name for c in used], within=within)
    report.groups = groups
    by_name = {c.name: c for c in used}
    for group in groups:
        share = 1.0 / np.sqrt(len(group.members))
        if group.kind == REDUNDANT_ATTRIBUTES:
            for name in group.members:
                by_name[name].weight *= share
                by_name[name].group = group.members[0]
    for column in used:
        low, high = spans[column.name]
        if column.weight != 1.0:
            matrix[:, low:high] *= column.weight
            factors[low:high] *= column.weight
    for group in groups:
        if group.kind != REDUNDANT_CATEGORY:
            continue
        share = 1.0 / np.sqrt(len(group.members))
        for name, level in zip(group.members, group.levels, strict=True):
            column = by_name[name]
            if level in column.levels:  # a repeated category's indicator: one fact, once
                matrix[:, spans[name][0] + column.levels.index(level)] *= share
                factors[spans[name][0] + column.levels.index(level)] *= share
    report.weighting = translate(
        "Preprocessing",
        "Each attribute weighs the same: categories and two-valued flags are scaled to the "
        "spread of one standardised number (at most ×{cap:g}); attributes or categories "
        "carrying the same fact share one attribute's weight.").format(cap=MAX_WEIGHT)
    if gower:
        report.weighting += " " + translate(
            "Preprocessing", "The Gower distance itself averages the attributes equally.")
    return factors


#: Groups of the provisional partition that tells real duplicates from group structure.
PROVISIONAL_K = 4
PROVISIONAL_SAMPLE = 3000


def _provisional_personas(matrix: np.ndarray) -> np.ndarray | None:
    """A quick seeded k-means partition of the unweighted matrix, one label per row.

    Attributes that differ together between groups of customers (older and
    richer, say) are correlated over everyone, yet they are two facts; a total
    and its main part stay correlated inside every group. Redundancy is
    therefore judged within this provisional partition (see find_redundancy).
    """
    from sklearn.cluster import KMeans

    n = len(matrix)
    if n < 10 * PROVISIONAL_K:
        return None
    rows = np.random.default_rng(0).choice(n, min(n, PROVISIONAL_SAMPLE), replace=False)
    model = KMeans(PROVISIONAL_K, n_init=1, random_state=0).fit(matrix[np.sort(rows)])
    return model.predict(matrix)


def describe_drop(reason: str | None) -> str:
    """Why an attribute was left out, in words."""
    texts = {
        DROP_ALL_MISSING: translate("Preprocessing", "no values"),
        DROP_CONSTANT: translate("Preprocessing", "the same value for every customer"),
        DROP_NOT_ENCODED: translate("Preprocessing", "a category, and one-hot encoding is off"),
        DROP_TOO_MANY_LEVELS: translate("Preprocessing", "no category common enough to use"),
    }
    return texts.get(reason or "", reason or "")


def describe_column(report: ColumnReport) -> str:
    """One line for the preprocessing panel, e.g. "12 blanks filled with 51381.5; log1p; standardised"."""
    if report.dropped:
        return translate("Preprocessing", "left out: {reason}").format(
            reason=describe_drop(report.dropped))
    parts: list[str] = []
    if report.invalid:
        parts.append(translate("Preprocessing", "{n} values that are not numbers treated as blanks")
                     .format(n=report.invalid))
    if report.missing:
        if report.imputed_value is not None:
            value = report.imputed_value
            shown = f"{value:.6g}" if isinstance(value, float) else str(value)
            parts.append(translate("Preprocessing", "{n} blanks filled with {value}")
                         .format(n=report.missing, value=shown))
        else:
            parts.append(translate("Preprocessing", "{n} customers with a blank left out")
                         .format(n=report.missing))
    if report.kind == "numeric":
        if report.binary:
            parts.append(translate("Preprocessing", "two values, coded 0/1"))
        else:
            if report.log_transformed:
                parts.append(translate("Preprocessing", "skewed ({skew:.1f}): log1p")
                             .format(skew=report.skew or 0.0))
            scaling = {
                "standard": translate("Preprocessing", "standardised"),
                "robust": translate("Preprocessing", "robust-scaled (median, IQR)"),
                "none": translate("Preprocessing", "not scaled"),
            }
            parts.append(scaling.get(report.scaling, report.scaling))
    else:
        parts.append(translate("Preprocessing", "one-hot: {n} levels").format(n=len(report.levels)))
        if report.grouped_levels:
            parts.append(translate("Preprocessing", "{n} rare categories grouped as {other}")
                         .format(n=report.grouped_levels, other=OTHER_LEVEL))
    return "; ".join(parts)


# --------------------------------------------------------------------------- helpers


def _check_input(df: pd.DataFrame, kinds: dict[str, str], features: list[str]) -> None:
    if not features:
        raise AnalysisError(translate("Preprocessing", "Choose at least one attribute."))
    missing = [name for name in features if name not in df.columns]
    if missing:
        raise AnalysisError(translate(
            "Preprocessing", "These attributes are not in the data: {names}."
        ).format(names=", ".join(missing)))
    wrong = [name for name in features if kinds.get(name) not in KINDS]
    if wrong:
        raise AnalysisError(translate(
            "Preprocessing",
            "These attributes are neither numeric nor categorical and cannot be used "
            "for personas: {names}."
        ).format(names=", ".join(wrong)))
    if len(set(features)) != len(features):
        raise AnalysisError(translate("Preprocessing", "An attribute was chosen twice."))
    if not df.index.is_unique:
        raise AnalysisError(translate(
            "Preprocessing", "Each customer must appear only once in the data."))
    if len(df.index) and not pd.api.types.is_integer_dtype(df.index):
        raise AnalysisError(translate(
            "Preprocessing", "Customers must be identified by whole numbers."))


def _read_column(series: pd.Series, name: str, kind: str, settings: PreprocessingSettings,
                 gower: bool) -> tuple[ColumnReport, pd.Series]:
    report = ColumnReport(name=name, kind=kind)
    if kind == "numeric":
        values = pd.to_numeric(series, errors="coerce").astype("float64")
        values = values.where(np.isfinite(values))
        originally_blank = int(series.isna().sum())
        report.invalid = int(values.isna().sum()) - originally_blank
    else:
        values = as_text(series)
    report.missing = int(values.isna().sum())
    distinct = values.nunique(dropna=True)
    if distinct == 0:
        report.dropped = DROP_ALL_MISSING
    elif distinct == 1:
        report.dropped = DROP_CONSTANT
    elif kind == "categorical":
        counts = values.value_counts(dropna=True)
        if not (counts >= settings.min_level_share * counts.sum()).any():
            report.dropped = DROP_TOO_MANY_LEVELS
        elif not settings.one_hot and not gower:
            report.dropped = DROP_NOT_ENCODED
    return report, values


def _encode_numeric(values: pd.Series, report: ColumnReport,
                    settings: PreprocessingSettings) -> tuple[np.ndarray, np.ndarray]:
    observed = values.dropna()
    distinct = np.unique(observed.to_numpy())
    if len(distinct) == 2:
        report.binary = True
        if settings.missing == "impute":
            report.fill_value = float(observed.mode().iloc[0])
            if report.missing:
                report.imputed_value = report.fill_value
        filled = values.fillna(report.imputed_value).to_numpy(dtype=np.float64)
        coded = (filled == distinct[1]).astype(np.float64)
        report.one_value = float(distinct[1])
        report.features = [report.name]
        return coded, coded

    if settings.missing == "impute":
        report.fill_value = float(observed.median())
        if report.missing:
            report.imputed_value = report.fill_value
    x = values.fillna(report.imputed_value).to_numpy(dtype=np.float64)
    skew = float(observed.skew())
    report.skew = skew if np.isfinite(skew) else None
    if (settings.log_skewed and report.skew is not None
            and report.skew > settings.skew_threshold and observed.min() >= 0):
        x = np.log1p(x)
        report.log_transformed = True

    low, high = float(x.min()), float(x.max())
    gower = (x - low) / (high - low) if high > low else np.zeros_like(x)
    report.gower_low, report.gower_high = low, high

    report.scaling = settings.scale
    if settings.scale == "standard":
        centre, spread = float(x.mean()), float(x.std())
    elif settings.scale == "robust":
        q1, centre, q3 = (float(v) for v in np.percentile(x, [25, 50, 75]))
        spread = q3 - q1
        if spread <= 0:  # mostly one value: fall back to the standard deviation
            spread = float(x.std())
    else:
        centre, spread = 0.0, 1.0
    if spread <= 0:
        spread = 1.0
    report.centre, report.spread = centre, spread
    report.features = [report.name]
    return (x - centre) / spread, gower


def _encode_categorical(values: pd.Series, report: ColumnReport,
                        settings: PreprocessingSettings) -> np.ndarray:
    # One hashing pass: each row's distinct value, counted with a bincount.
    value_codes, uniques = pd.factorize(values.to_numpy(dtype=object), use_na_sentinel=True)
    observed = value_codes >= 0
    counts = np.bincount(value_codes[observed], minlength=len(uniques))
    # Most frequent first, ties by name, so the encoding never depends on row order.
    order = sorted(zip(uniques.tolist(), counts.tolist(), strict=True),
                   key=lambda item: (-item[1], str(item[0])))
    threshold = settings.min_level_share * int(observed.sum())
    kept = [level for level, count in order if count >= threshold][: settings.max_levels]
    kept = kept or [order[0][0]]  # possible only after leaving customers out
    grouped = len(order) - len(kept)
    report.grouped_levels = grouped
    levels = list(kept) + ([OTHER_LEVEL] if grouped else [])
    if settings.missing == "impute":
        report.fill_value = str(order[0][0])
        if report.missing:
            report.imputed_value = report.fill_value
    # each distinct value's position among the kept levels (missing ones: the imputed value's)
    positions = pd.Index(kept, dtype=object).get_indexer(np.array(
        list(uniques) + [report.imputed_value], dtype=object))
    positions[positions < 0] = len(kept)  # grouped as "(other)"
    codes = positions[value_codes].astype(np.int32)  # pandas' missing sentinel: the last
    report.levels = [str(level) for level in levels]
    report.features = [f"{report.name}={level}" for level in report.levels]
    return codes
