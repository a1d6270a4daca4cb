"""Persona use cases: choose attributes, suggest how many personas, run, keep, compare.

Every run is stored as a persona set with its settings, seed, library
versions, preprocessing record and quality figures; the persona cards are
filled from the data and the researcher edits them afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from workbench.domain.columns import ColumnRole
from workbench.domain.living import RunKind, summarise_run
from workbench.domain.persona_sets import Memberships
from workbench.domain.personas import (
    AxisDriver,
    ClusteringResult,
    ClusteringSettings,
    KSuggestion,
    PreprocessingSettings,
)
from workbench.domain.speakers import SpeakerScope
from workbench.errors import AnalysisError
from workbench.i18n import translate
from workbench.progress import Task, ensure_task
from workbench.store import attributes as attribute_store
from workbench.store import living as living_store
from workbench.store import personas as persona_store
from workbench.store.project_file import ProjectFile, now_iso
from workbench.store.trash import Removed

#: Categorical attributes with more distinct values than this describe individuals, not groups.
MAX_CATEGORIES = 50
_CHANNEL_WORDS = re.compile(
    r"(store|shop|web|online|app|catalog|catalogue|call|phone|chat|e-?mail|social|negozio|"
    r"sito|telefon|punto vendita)", re.I)
_COUNT_WORDS = re.compile(r"(purchase|order|visit|contact|acquist|ordin|visit|contatt|num)", re.I)


@dataclass
class AttributeFrame:
    """Customers × attributes, ready for the analysis core."""

    frame: object  # pandas.DataFrame indexed by customer id
    kinds: dict[str, str]
    columns: dict[str, attribute_store.AttributeColumn]

    @property
    def names(self) -> list[str]:
        return list(self.kinds)


def attribute_frame(project: ProjectFile,
                    wanted: Callable[[str, str], bool] | None = None) -> AttributeFrame:
    """Every numeric, categorical and channel attribute, one row per customer.

    A customer with several rows in a source gets the mean of numbers and the
    most frequent category. Names are the column headers, with the source added
    where two sources share a header. Rows are ordered by customer id, so a
    run's result does not depend on the order sources were imported in.

    ``wanted(name, kind)`` keeps only some attributes (same names, values and
    kinds as in the whole frame) without reading the other columns: what the
    churn figures need from a wide table of a million customers. Customers are
    then those of the sources that hold a wanted attribute.
    """
    import pandas as pd

    columns = attribute_store.attribute_columns(project.db)
    seen: dict[str, int] = {}
    for column in columns:
        seen[column.label] = seen.get(column.label, 0) + 1
    by_source: dict[int, list[attribute_store.AttributeColumn]] = {}
    for column in columns:
        by_source.setdefault(column.source_id, []).append(column)
    blocks, kinds, by_name = [], {}, {}
    whole_blocks = 0  # how many blocks the whole frame is made of (for missing categories)
    for source_id, source_columns in by_source.items():
        names = [column.label if seen[column.label] == 1 else
                 f"{column.label} ({column.source_name})" for column in source_columns]
        if wanted is not None:
            if not attribute_store.source_has_customers(project.db, source_id):
                continue  # as in the whole frame: a source without customer rows is left out
            whole_blocks += 1
            kept = [i for i, (name, column) in enumerate(zip(names, source_columns, strict=True))
                    if wanted(name, column.kind)]
            names, source_columns = [names[i] for i in kept], [source_columns[i] for i in kept]
            if not source_columns:
                continue
        # One query per source: a whole table read is far cheaper than one per column.
        block = _source_block(
            attribute_store.source_attribute_chunks(project.db, source_id, source_columns),
            names, [c.kind for c in source_columns])
        if block is None:
            continue
        if wanted is None:
            whole_blocks += 1
        for name, column in zip(names, source_columns, strict=True):
            kinds[name] = column.kind
            by_name[name] = column
        blocks.append(block)
    code_kinds: dict[str, str] = {}
    code_columns: dict = {}
    codes = _code_counts(project, code_kinds, code_columns)
    if codes is not None:
        whole_blocks += 1
        kept_codes = [name for name, kind in code_kinds.items()
                      if wanted is None or wanted(name, kind)]
        if kept_codes:
            blocks.append(codes if wanted is None else codes[kept_codes])
            for name in kept_codes:
                kinds[name] = code_kinds[name]
                by_name[name] = code_columns[name]
    if not blocks:
        return AttributeFrame(pd.DataFrame(), {}, {})
    frame = blocks[0] if len(blocks) == 1 else pd.concat(blocks, axis=1, join="outer")
    if not frame.index.is_monotonic_increasing:
        frame = frame.sort_index()
    if whole_blocks > 1:  # customers missing from a source got NaN: categories use None
        _missing_as_none(frame, kinds)
    return AttributeFrame(frame, kinds, by_name)


def _missing_as_none(frame, kinds: dict[str, str]) -> None:
    for name, kind in kinds.items():
        if kind != "numeric":
            frame[name] = frame[name].astype(object).where(frame[name].notna(), None)


def _source_block(chunks, names: list[str], kinds: list[str]):
    """One source's rows (an iterable of row chunks, see
    ``store.attributes.source_attribute_chunks``) as a frame with one row per customer
    (indexed by customer id), or None when the source has no customer rows.

    Each chunk becomes typed arrays before the next is read: numbers float64,
    categories codes into one shared list of texts, so a million customers never
    sit in memory as Python tuples or an object array of every value.
    """
    import numpy as np
    import pandas as pd

    numeric = [i + 1 for i, kind in enumerate(kinds) if kind == "numeric"]
    outcome = [i + 1 for i, kind in enumerate(kinds) if kind == "outcome"]
    categorical = [i + 1 for i, kind in enumerate(kinds) if kind not in ("numeric", "outcome")]
    ids: list = []
    numbers: list = []
    outcomes: dict[int, list] = {i: [] for i in outcome}
    codes: dict[int, list] = {i: [] for i in categorical}
    # per categorical column: value -> (its number, its text); the first value seen
    # among equal ones names the category, as pandas.factorize on the whole column
    levels: dict[int, dict] = {i: {} for i in categorical}
    for rows in chunks:
        table = np.array(rows, dtype=object)  # one 2-D array: column slices convert fast
        del rows
        ids.append(table[:, 0].astype(np.int64))
        if numeric:
            numbers.append(_numbers(table[:, numeric]))
        for i in outcome:
            outcomes[i].append(table[:, i].copy())
        for i in categorical:
            codes[i].append(_category_codes(table[:, i], levels[i]))
    if not ids:
        return None
    customers = np.concatenate(ids)
    del ids
    all_numbers = np.concatenate(numbers) if numeric else None
    del numbers
    index = pd.Index(customers, name="customer")
    data, taken = {}, 0
    for i, (name, kind) in enumerate(zip(names, kinds, strict=True), start=1):
        if kind == "numeric":
            data[name] = all_numbers[:, taken]
            taken += 1
        elif kind == "outcome":
            data[name] = _outcome_values(np.concatenate(outcomes.pop(i)))
        else:
            texts = np.array([text for _, text in levels[i].values()] + [None], dtype=object)
            # kept as Python objects (None when missing): the texts are shared, so hashing
            # them for categories is cheap, and pandas' Arrow strings would be converted
            # back and forth by every step that reads them
            data[name] = pd.Series(texts[np.concatenate(codes.pop(i))], index=index,
                                   dtype=object, copy=False)
    frame = pd.DataFrame(data, index=index)
    del data, all_numbers
    if frame.index.is_unique:  # the usual case: one row per customer in this source
        return frame
    merged = pd.DataFrame({name: _per_customer(
        frame[name], "numeric" if frame[name].dtype.kind == "f" else kind)
        for name, kind in zip(names, kinds, strict=True)})
    _missing_as_none(merged, dict(zip(names, kinds, strict=True)))
    return merged


def _category_codes(values, seen: dict):
    """A chunk of a categorical column as numbers into ``seen`` (value -> (number, text),
    extended with the chunk's new values); missing values get -1."""
    import numpy as np
    import pandas as pd

    chunk_codes, uniques = pd.factorize(values, use_na_sentinel=True)
    mapping = np.empty(len(uniques) + 1, dtype=np.int64)
    for j, value in enumerate(uniques):
        known = seen.get(value)
        if known is None:
            known = seen[value] = (len(seen), str(value))
        mapping[j] = known[0]
    mapping[-1] = -1  # pandas' missing sentinel indexes the last entry
    return mapping[chunk_codes]


def _numbers(values):
    """Numeric columns (an object array) as float64; text that is no number becomes missing."""
    import numpy as np
    import pandas as pd

    try:
        return values.astype(np.float64)  # None becomes NaN
    except (TypeError, ValueError):
        return np.column_stack([
            pd.to_numeric(pd.Series(values[:, j]), errors="coerce").to_numpy(dtype=np.float64)
            for j in range(values.shape[1])])


def _outcome_values(values):
    """An outcome column: float64 when every value is a number (0/1 flags, scores,
    revenue), else text like a category ("Yes"/"No"), missing values as NaN/None."""
    import numpy as np
    import pandas as pd

    # An outcome holds few distinct values ("0"/"1", "Yes"/"No"): each is converted once.
    codes, uniques = pd.factorize(np.asarray(values, dtype=object), use_na_sentinel=True)
    distinct = np.asarray(uniques, dtype=object)
    distinct_numbers = np.append(pd.to_numeric(pd.Series(distinct, dtype=object),
                                               errors="coerce").to_numpy(dtype=np.float64),
                                 np.nan)  # pandas' missing sentinel (-1) takes the last entry
    distinct_given = np.append(np.array([str(v).strip() != "" for v in distinct], dtype=bool),
                               False)
    numbers, given = distinct_numbers[codes], distinct_given[codes]
    if np.isnan(numbers[given]).any():
        return _categories(np.where(given, values, None))
    return numbers


def _categories(values):
    """A categorical column (an object array) as text, missing values as None."""
    import numpy as np
    import pandas as pd

    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    lookup = np.array([str(value) for value in uniques] + [None], dtype=object)
    return lookup[codes]


#: Source id of the attributes counted from coded evidence (no imported source has it).
EVIDENCE_SOURCE = 0


def _code_counts(project: ProjectFile, kinds: dict, by_name: dict,
                 speakers: SpeakerScope | str = SpeakerScope.RESPONDENTS):
    """How often each code was applied to each customer's evidence, as numeric attributes.

    Customers with evidence documents get a count (0 when a code never came
    up in what they said); customers without any document are unknown, so a
    code feature is only used when the researcher picks it (it rarely covers
    half the customers). Only codings starting in ``speakers``' words count
    (respondents by default: the interviewer's questions in a customer's transcript
    are not what the customer said). Returns a frame indexed by customer id, or None.
    """
    import pandas as pd

    from workbench.services.speakers import prepare_scope
    from workbench.store import evidence as evidence_store

    counts = evidence_store.coding_counts_by_customer(project.db,
                                                      prepare_scope(project, speakers))
    if not counts:
        return None
    codes = {c.id: c for c in evidence_store.list_codes(project.db)}
    spoke = pd.Index(evidence_store.customers_with_documents(project.db), dtype="int64",
                     name="customer")
    table = pd.DataFrame(counts, columns=["customer", "code", "n"])
    # a parent code counts its sub-codes' codings too
    rows = []
    for code_id in codes:
        family, stack = {code_id}, [code_id]
        while stack:
            parent = stack.pop()
            children = [c.id for c in codes.values() if c.parent_id == parent and c.id not in family]
            family.update(children)
            stack += children
        rows.append((code_id, family))
    series = {}
    for code_id, family in rows:
        per_customer = table[table["code"].isin(family)].groupby("customer")["n"].sum()
        if per_customer.empty:
            continue
        name = translate("Personas", "Code: {code}").format(code=codes[code_id].name)
        series[name] = per_customer.reindex(spoke, fill_value=0).astype("float64")
        kinds[name] = "numeric"
        by_name[name] = attribute_store.AttributeColumn(
            EVIDENCE_SOURCE, translate("Personas", "Coded evidence"), code_id, f"code:{code_id}",
            name, ColumnRole.NUMERIC)
    return pd.DataFrame(series, index=spoke) if series else None


def _per_customer(values, kind: str):
    """One value per customer of a source with several rows per customer: the mean of
    numbers, the most frequent category (the first seen on a tie)."""
    if kind == "numeric":
        return values.groupby(level=0).mean()
    given = values.dropna()
    table = given.rename("value").reset_index()
    table.columns = ["customer", "value"]
    counts = (table.groupby(["customer", "value"], sort=False).size().reset_index(name="n")
              .sort_values(["customer", "n"], ascending=[True, False], kind="stable"))
    return counts.drop_duplicates("customer").set_index("customer")["value"]


def suitable_features(attributes: AttributeFrame) -> list[str]:
    """The attributes a run uses unless told otherwise.

    Numbers and groupable categories known for at least half the customers;
    the researcher can still pick any attribute explicitly.
    """
    import numpy as np
    import pandas as pd

    chosen = []
    customers = len(attributes.frame)
    for name, kind in attributes.kinds.items():
        if kind not in ("numeric", "categorical"):
            continue  # outcomes are measured per persona, never clustered on by default
        values = attributes.frame[name].to_numpy()
        known = values[~pd.isna(values)]
        if len(known) < max(customers * MIN_OBSERVED_SHARE, 1):
            continue  # known for too few customers (e.g. one small survey): would drive imputation
        if kind == "numeric":
            if np.min(known) == np.max(known):
                continue
        elif not 2 <= len(pd.unique(known)) <= MAX_CATEGORIES:
            continue
        chosen.append(name)
    return chosen


#: Header words naming who a customer is rather than what they do: described on the
#: cards by default, not clustered on (English and Italian).
_DEMOGRAPHIC_WORDS = frozenset({
    "gender", "sex", "genre", "sesso", "genere", "age", "eta", "età", "birth", "born",
    "senior", "partner", "spouse", "married", "marital", "single", "education", "degree",
    "istruzione", "studio", "dependents", "children", "child", "kids", "kid", "figli",
    "city", "town", "region", "country", "state", "province", "zip", "postcode", "citta",
    "città", "regione", "provincia", "comune", "nazione", "paese", "nationality",
    "ethnicity", "religion", "civile", "coniugato", "sposato"})
_DEMOGRAPHIC_PREFIXES = ("kid", "teen", "child", "figli", "marital", "educat", "istruz",
                         "dependent", "nascit", "coniug", "birth")
_WORD = re.compile(r"[A-ZÀ-Ý]?[a-zà-ÿ]+|[A-ZÀ-Ý]+(?![a-zà-ÿ])")


def is_demographic(name: str) -> bool:
    """True for attributes describing who the customer is (gender, age, family, place)."""
    words = [w.lower() for w in _WORD.findall(name)]
    return any(w in _DEMOGRAPHIC_WORDS or w.startswith(_DEMOGRAPHIC_PREFIXES) for w in words)


#: Clustering on behaviour needs at least this many non-demographic attributes.
MIN_BEHAVIOUR_FEATURES = 2


def default_features(attributes: AttributeFrame) -> list[str]:
    """The attributes a run clusters on unless told otherwise: the suitable ones that
    say what customers do (spending, purchases, visits, services, contract...).
    Who they are (gender, age, family, place) is described on the cards instead, so
    personas are not split by gender; when fewer than two behavioural attributes
    are left, every suitable attribute is used."""
    suitable = suitable_features(attributes)
    behaviour = [name for name in suitable if not is_demographic(name)]
    return behaviour if len(behaviour) >= MIN_BEHAVIOUR_FEATURES else suitable


def outcome_columns(attributes: AttributeFrame) -> list[str]:
    """The attributes whose role is outcome (results to measure per persona)."""
    return [name for name, kind in attributes.kinds.items() if kind == "outcome"]


def describable(attributes: AttributeFrame, features: list[str]) -> list[str]:
    """The attributes a card describes besides the clustering ones, unless told otherwise:
    every other number that varies and every category with 2 to MAX_CATEGORIES values."""
    import pandas as pd

    chosen = []
    for name, kind in attributes.kinds.items():
        if name in features or kind not in ("numeric", "categorical"):
            continue
        known = attributes.frame[name].dropna()
        distinct = pd.unique(known.to_numpy())
        if kind == "numeric" and len(distinct) >= 2:
            chosen.append(name)
        elif kind == "categorical" and 2 <= len(distinct) <= MAX_CATEGORIES:
            chosen.append(name)
    return chosen


def _check_names(attributes: AttributeFrame, names: list[str]) -> None:
    unknown = [f for f in names if f not in attributes.kinds]
    if unknown:
        raise AnalysisError(translate(
            "Personas", "No attribute named {names}. Available attributes: {available}."
        ).format(names=", ".join(unknown), available=", ".join(attributes.names) or "—"))


def _clustering_kinds(attributes: AttributeFrame, features: list[str]) -> dict[str, str]:
    """The kinds the analysis core sees: an outcome chosen on purpose as a clustering
    attribute counts as a number (when all its values are) or as a category."""
    kinds = dict(attributes.kinds)
    for name in features:
        if kinds.get(name) == "outcome":
            kinds[name] = "numeric" if attributes.frame[name].dtype.kind == "f" else "categorical"
    return kinds


def channel_columns(attributes: AttributeFrame) -> list[str]:
    """Numeric columns counting contacts or purchases per channel (for the channel mix)."""
    return [name for name, kind in attributes.kinds.items()
            if kind == "numeric" and _CHANNEL_WORDS.search(name) and _COUNT_WORDS.search(name)]


def _settings(attributes: AttributeFrame, features: list[str] | None, algorithm: str, k: int,
              seed: int, preprocessing: PreprocessingSettings | None,
              describe: list[str] | None = None,
              outcomes: list[str] | None = None) -> ClusteringSettings:
    """The run's settings with every default made explicit (so the record repeats it).

    Features default to every suitable behavioural attribute (see
    :func:`default_features`); described attributes to every other describable
    one; outcomes to every outcome column.
    """
    if features:
        _check_names(attributes, features)
    else:
        features = default_features(attributes)
    if not features:
        raise AnalysisError(translate(
            "Personas", "There are no numeric or categorical attributes to cluster. Import a "
            "source with such columns first."))
    if describe is None:
        describe = describable(attributes, features)
    else:
        _check_names(attributes, describe)
        describe = [name for name in describe if name not in features]
    if outcomes is None:
        outcomes = [name for name in outcome_columns(attributes) if name not in features]
    else:
        _check_names(attributes, outcomes)
        outcomes = [name for name in outcomes if name not in features]
    return ClusteringSettings(features=list(features), algorithm=algorithm, k=k, seed=seed,
                              preprocessing=preprocessing or PreprocessingSettings(),
                              describe=list(describe), outcomes=list(outcomes))


#: A customer must have at least this share of the chosen attributes to be clustered:
#: imputing most of a customer's profile would invent where they belong.
MIN_OBSERVED_SHARE = 0.5


def customers_to_cluster(attributes: AttributeFrame, features: list[str]):
    """The frame restricted to customers with enough observed attributes, and how many left out."""
    import math

    import numpy as np
    import pandas as pd

    frame = attributes.frame
    needed = math.ceil(len(features) * MIN_OBSERVED_SHARE)
    observed = np.zeros(len(frame), dtype=np.int64)
    for name in features:
        observed += ~pd.isna(frame[name].to_numpy())
    keep = observed >= needed
    left_out = int((~keep).sum())
    return (frame if not left_out else frame.loc[keep]), left_out


def suggest_persona_count(project: ProjectFile, *, features: list[str] | None = None,
                          algorithm: str = "kmeans", seed: int = 0,
                          preprocessing: PreprocessingSettings | None = None,
                          describe: list[str] | None = None,
                          outcomes: list[str] | None = None,
                          task: Task | None = None) -> KSuggestion:
    """How many personas the data support (3 to 6 tried); when the structure is weak,
    the attribute subsets that show clearer structure are in ``subsets``."""
    from workbench.analysis.k_selection import suggest_k, suggest_subsets

    task = ensure_task(task)
    attributes = attribute_frame(project)
    settings = _settings(attributes, features, algorithm, 2, seed, preprocessing, describe,
                         outcomes)
    frame, _left_out = customers_to_cluster(attributes, settings.features)
    kinds = _clustering_kinds(attributes, settings.features)
    suggestion = suggest_k(frame, kinds, settings, task=task.slice(0.0, 0.8))
    if suggestion.weak:
        suggestion.subsets = suggest_subsets(frame, kinds, settings, task=task.slice(0.8, 1.0))
    return suggestion


def run_personas(project: ProjectFile, *, features: list[str] | None = None,
                 algorithm: str = "kmeans", k: int | None = None, seed: int = 0,
                 preprocessing: PreprocessingSettings | None = None, name: str | None = None,
                 describe: list[str] | None = None, outcomes: list[str] | None = None,
                 task: Task | None = None) -> int:
    """Cluster the project's customers into personas and store the run; returns its id.

    ``features`` are clustered on (default: every suitable attribute that is not
    an outcome, leaving demographics such as gender and age to the cards when
    enough behavioural attributes remain); ``describe`` are shown on the cards but not clustered (default:
    every other describable attribute); ``outcomes`` are measured per persona
    (default: every outcome column). Without ``k`` the number of personas is
    suggested from silhouette and bootstrap stability among 3 to 6; when no k
    beats structureless data the most stable is used and the set is flagged as
    weak structure, with the attribute subsets that show clearer structure.
    """
    from workbench.analysis.clustering import prepare, run_clustering
    from workbench.analysis.k_selection import suggest_k, suggest_subsets
    from workbench.analysis.profiles import profile_personas
    from workbench.analysis.redundancy import find_redundancy

    task = ensure_task(task)
    read_at = project.db.data_version()
    attributes = attribute_frame(project)
    settings = _settings(attributes, features, algorithm, k or 2, seed, preprocessing, describe,
                         outcomes)
    frame, left_out = customers_to_cluster(attributes, settings.features)
    kinds = _clustering_kinds(attributes, settings.features)
    suggestion = prepared = None
    if k is None:
        # preparing does not depend on k: the suggestion's preparation serves the run
        prepared = prepare(frame, kinds, settings)
        suggestion = suggest_k(frame, kinds, settings, task=task.slice(0.0, 0.6),
                               prepared=prepared)
        if suggestion.weak:
            suggestion.subsets = suggest_subsets(frame, kinds, settings,
                                                 task=task.slice(0.6, 0.7))
        settings.k = suggestion.suggested_k
    result = run_clustering(frame, kinds, settings,
                            task=task.slice(0.7 if suggestion else 0.0, 0.9), prepared=prepared)
    del prepared
    shown = list(settings.features) + list(settings.describe or [])
    # customers the run left out (missing values with missing="drop") have no persona to
    # hold associations within: redundancy is judged on the clustered ones
    clustered_ids, clustered_labels = _labels_as_arrays(result)
    clustered = frame if len(clustered_ids) == len(frame) else \
        frame[frame.index.isin(clustered_ids)]
    groups = find_redundancy(clustered, kinds, shown, seed=seed,
                             within=_persona_of_rows(clustered.index, result,
                                                     clustered_ids, clustered_labels))
    profiled = {name: kinds[name] for name in shown}
    profiled.update({name: "outcome" for name in settings.outcomes or []})
    profiles = profile_personas(frame, profiled, result,
                                channels=channel_columns(attributes) or None,
                                outcomes=list(settings.outcomes or []), groups=groups)
    task.report(0.95, 1, translate("Personas", "Saving personas…"))
    members = _memberships(result)
    personas = [{"position": p.persona, "name": p.suggested_name or translate(
                    "Personas", "Persona {n}").format(n=p.persona + 1),
                 "size": p.size, "share": p.share, "profile": p.to_dict()} for p in profiles]
    used = set(shown) | set(settings.outcomes or [])
    features_used = {n: {"source_id": c.source_id, "source": c.source_name, "column": c.name,
                         "kind": c.kind, "use": _use_of(n, settings)}
                     for n, c in attributes.columns.items() if n in used}
    set_name = name or translate("Personas", "{algorithm}, {k} personas").format(
        algorithm=algorithm, k=settings.k)
    summary = _result_summary(result)
    summary["customers_left_out"] = left_out
    summary["min_observed_share"] = MIN_OBSERVED_SHARE
    summary["weak_structure"] = bool(suggestion and suggestion.weak)
    summary["card_groups"] = [g.to_dict() for g in groups]

    def save() -> int:
        set_id = persona_store.save_persona_set(
            project.db, name=set_name, created_at=now_iso(), settings=settings.to_dict(),
            result=summary, suggestion=suggestion.to_dict() if suggestion else None,
            features=features_used, personas=personas, members=members)
        fit_run = summarise_run(set_id, RunKind.FIT, now_iso(), members, None, settings.k)
        # the fit run places everyone where the set's members are: copied in SQL
        living_store.record_current_as_run(project.db, fit_run)
        return set_id

    set_id = _save_trusting_references(project, read_at, save)
    task.report(1, 1, translate("Personas", "Done"))
    return set_id


class _ChangedMeanwhile(Exception):
    pass


def _save_trusting_references(project: ProjectFile, read_at: int, save: Callable[[], int]) -> int:
    """``save()`` in one transaction (the set and its fit run, together or not at all).

    Its rows point at the customers the run read and at the set and personas it
    writes, so SQLite's per-row reference checks (a sixth of storing a million
    memberships) are left out, unless another connection changed the project
    since the read (a customer forgotten meanwhile): then they are checked.
    """
    db = project.db
    try:
        with db.foreign_keys_off(), db.transaction():
            if db.data_version() != read_at:
                raise _ChangedMeanwhile
            return save()
    except _ChangedMeanwhile:
        with db.transaction():
            return save()


def _labels_as_arrays(result: ClusteringResult):
    """The run's customers (ascending, as clustered) and the nearest persona of each."""
    import numpy as np

    count = len(result.labels)
    return (np.fromiter(result.labels, dtype=np.int64, count=count),
            np.fromiter(result.labels.values(), dtype=np.int64, count=count))


def _persona_of_rows(index, result: ClusteringResult, ids=None, labels=None):
    """The nearest persona of each customer of ``index`` (all clustered), as an array."""
    import numpy as np
    import pandas as pd

    if ids is None or labels is None:
        ids, labels = _labels_as_arrays(result)
    if len(ids) == len(index) and np.array_equal(ids, index.to_numpy()):
        return labels.copy()  # the usual case: the frame that was clustered, in its order
    where = pd.Index(ids).get_indexer(index)
    if (where < 0).any():
        raise KeyError(int(index[where < 0][0]))  # as the lookup in result.labels would
    return labels[where]


def _use_of(name: str, settings: ClusteringSettings) -> str:
    """How a run used an attribute: "cluster", "describe" or "outcome"."""
    if name in settings.features:
        return "cluster"
    return "outcome" if name in (settings.outcomes or []) else "describe"


def _memberships(result: ClusteringResult) -> Memberships:
    """The run's customers as columns for the store (a hundred thousand at a time)."""
    customers = list(result.labels)
    nearest = list(result.labels.values())
    reasons = result.unassigned_reasons
    if reasons:
        positions = [None if customer in reasons else label
                     for customer, label in zip(customers, nearest, strict=True)]
        why = [reasons.get(customer) for customer in customers]
    else:
        positions, why = nearest, [None] * len(customers)
    return Memberships(customers, positions, nearest, list(map(result.fit.get, customers)), why)


def _result_summary(result: ClusteringResult) -> dict:
    """The run's record without per-customer data (that lives in persona_members)."""
    from dataclasses import replace

    data = replace(result, labels={}, fit={}, unassigned=[], unassigned_reasons={}).to_dict()
    for key in ("labels", "fit", "unassigned", "unassigned_reasons"):
        data.pop(key, None)
    return data


def persona_sets(project: ProjectFile):
    return persona_store.list_persona_sets(project.db)


def personas_of(project: ProjectFile, set_id: int):
    if persona_store.get_persona_set(project.db, set_id) is None:
        raise AnalysisError(translate("Personas", "There is no persona set {id}.").format(id=set_id))
    return persona_store.personas_of(project.db, set_id)


def persona_members(project: ProjectFile, set_id: int) -> list[dict]:
    return persona_store.members(project.db, set_id)


#: Representative quotes shown on a persona card.
CARD_QUOTES = 3


def persona_quotes(project: ProjectFile, set_id: int, limit: int = CARD_QUOTES, *,
                   speakers: SpeakerScope | str = SpeakerScope.RESPONDENTS) -> dict[int, list]:
    """persona id -> representative quotes from its members' coded evidence.

    Passages the researcher marked as quotes come first, then coded passages
    of readable length (see ``services.evidence.quotes_for_customers``); each
    wording once, different codes before the same code twice. Only ``speakers``'
    words (respondents by default): what members say, not what they were asked.
    """
    import numpy as np

    from workbench.services.evidence import quotes_for_customers

    customers, personas = persona_store.member_personas(project.db, set_id)
    # The passages are filtered by customer and ordered by the query, so the members'
    # order does not matter: one read of two arrays instead of a row object per member.
    by_persona = {int(persona_id): customers[personas == persona_id].tolist()
                  for persona_id in np.unique(personas)}
    chosen: dict[int, list] = {}
    for persona_id, ids in by_persona.items():
        # Several members often say the same words: ask for many, keep each wording once,
        # and let different codes speak before a code is quoted twice.
        candidates = quotes_for_customers(project, ids, max(limit * 25, 500), speakers=speakers)
        picked: list = []
        seen: set[str] = set()
        for distinct_codes in (True, False):
            for passage in candidates:
                words = " ".join(passage.text.split()).casefold()
                if len(picked) == limit or words in seen:
                    continue
                if distinct_codes and passage.code_id is not None and \
                        any(p.code_id == passage.code_id for p in picked):
                    continue
                seen.add(words)
                picked.append(passage)
        chosen[persona_id] = picked
    return chosen


def update_persona(project: ProjectFile, persona_id: int, **changes) -> None:
    persona_store.update_persona(project.db, persona_id, **changes)


def rename_persona_set(project: ProjectFile, set_id: int, name: str) -> None:
    persona_store.rename_persona_set(project.db, set_id, name)


def delete_persona_set(project: ProjectFile, set_id: int) -> Removed:
    """Delete a set with its cards and memberships; ``restore_persona_set`` with the
    result puts it back (undo). Journey maps made from its personas are kept."""
    if persona_store.get_persona_set(project.db, set_id) is None:
        raise AnalysisError(translate("Personas", "There is no persona set {id}.").format(id=set_id))
    with project.db.transaction():
        return persona_store.delete_persona_set(project.db, set_id)


def restore_persona_set(project: ProjectFile, removed: Removed) -> int:
    """Put back a deleted set, its edited cards and the journey maps' links to them;
    returns its id (a new one only when a set made since took the old id). Members
    erased meanwhile stay erased."""
    with project.db.transaction():
        return persona_store.restore_persona_set(project.db, removed)


def compare_persona_sets(project: ProjectFile, old_id: int, new_id: int):
    """Which old persona became which new one (crosstab, Jaccard matching, ARI)."""
    from workbench.analysis.compare import compare_runs

    for set_id in (old_id, new_id):
        if persona_store.get_persona_set(project.db, set_id) is None:
            raise AnalysisError(translate("Personas", "There is no persona set {id}.").format(
                id=set_id))
    return compare_runs(persona_store.labels_of(project.db, old_id),
                        persona_store.labels_of(project.db, new_id))


# --------------------------------------------------------------------------- a stored set again


def stored_result(project: ProjectFile, set_id: int) -> ClusteringResult:
    """The set's run as the analysis core knows it: its record plus its stored memberships.

    Customers fitting no persona keep their nearest persona in ``labels``, as
    in a fresh run.
    """
    stored = persona_store.get_persona_set(project.db, set_id)
    if stored is None:
        raise AnalysisError(translate("Personas", "There is no persona set {id}.").format(id=set_id))
    position = {p.id: p.position for p in persona_store.personas_of(project.db, set_id)}
    members = persona_store.members(project.db, set_id)
    data = dict(stored.result)
    data["settings"] = stored.settings
    data["labels"] = [[m["customer_id"], position[m["persona_id"] or m["nearest_id"]]]
                      for m in members if (m["persona_id"] or m["nearest_id"]) in position]
    data["fit"] = [[m["customer_id"], m["fit"]] for m in members]
    data["unassigned"] = sorted(m["customer_id"] for m in members if m["persona_id"] is None)
    data["unassigned_reasons"] = [[m["customer_id"], m["unassigned_reason"]] for m in members
                                  if m["persona_id"] is None]
    return ClusteringResult.from_dict(data)


def set_attribute_frame(project: ProjectFile, set_id: int) -> AttributeFrame:
    """The project's attributes, named as they were when the set was made.

    A header shared by two sources is named "header (source)"; importing a
    second source with the same header after the run would otherwise rename
    an attribute the set was made from. Columns are matched by source and column.
    """
    stored = persona_store.get_persona_set(project.db, set_id)
    if stored is None:
        raise AnalysisError(translate("Personas", "There is no persona set {id}.").format(id=set_id))
    attributes = attribute_frame(project)
    then = {(f.get("source_id"), f.get("column")): name for name, f in stored.features.items()}
    renames = {name: then[(column.source_id, column.name)]
               for name, column in attributes.columns.items()
               if then.get((column.source_id, column.name), name) != name
               and then[(column.source_id, column.name)] not in attributes.kinds}
    if not renames:
        return attributes
    return AttributeFrame(attributes.frame.rename(columns=renames),
                          {renames.get(n, n): k for n, k in attributes.kinds.items()},
                          {renames.get(n, n): c for n, c in attributes.columns.items()})


@dataclass
class SetMap:
    """A persona set's customers on a 2-D map, with what its axes stand for."""

    placed: object  # workbench.domain.personas.PersonaMap
    #: customer id -> label, for the customers on the map.
    labels: dict[int, str]
    #: customer id -> how well the customer fits its persona.
    fit: dict[int, float | None]
    #: The attributes most correlated with each axis, strongest first.
    axes: tuple[list[AxisDriver], list[AxisDriver]]
    fit_measure: str | None = None

    @property
    def sampled(self) -> bool:
        return len(self.placed.ids) < self.placed.n_customers


def persona_map_of(project: ProjectFile, set_id: int, task: Task | None = None,
                   max_points: int | None = None) -> SetMap:
    """Place the set's customers on its first two principal components.

    The features are prepared from the project's current attributes with the
    set's own settings, for the customers the set clustered; more than
    ``max_points`` (default: the analysis core's limit) are shown as a seeded
    sample. Raises AnalysisError when an attribute the set used is gone.
    """
    from workbench.analysis import persona_map as map_module

    task = ensure_task(task)
    task.report(0, 3, translate("Personas", "Reading the set's customers…"))
    result = stored_result(project, set_id)
    members = persona_store.members(project.db, set_id)
    task.check()
    attributes = set_attribute_frame(project, set_id)
    task.check()
    missing = [f for f in result.settings.features if f not in attributes.kinds]
    if missing:
        raise AnalysisError(translate(
            "Personas", "The map needs the attributes this persona set was made from, and "
            "{names} is no longer in the project.").format(names=", ".join(missing)))
    frame = attributes.frame
    frame = frame.loc[frame.index.isin(list(result.labels))]
    task.report(1, 3, translate("Personas", "Placing the customers…"))
    placed = map_module.persona_map(frame, attributes.kinds, result,
                                    max_points=max_points or map_module.MAX_POINTS)
    task.check()
    task.report(2, 3, translate("Personas", "Describing the axes…"))
    features = list(result.settings.features)
    axes = (map_module.axis_drivers(frame, attributes.kinds, features, placed.ids, placed.x),
            map_module.axis_drivers(frame, attributes.kinds, features, placed.ids, placed.y))
    shown = set(placed.ids)
    labels = {m["customer_id"]: m["label"] for m in members if m["customer_id"] in shown}
    fit = {m["customer_id"]: m["fit"] for m in members if m["customer_id"] in shown}
    task.report(3, 3, translate("Personas", "Done"))
    return SetMap(placed, labels, fit, axes, result.fit_measure)
