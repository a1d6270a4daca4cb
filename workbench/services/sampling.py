"""Which figures come from a sample: the samplings recorded with the project's sources.

A big database source is imported as a seeded random or stratified sample (see
:func:`workbench.services.importing.import_database`); its :class:`SamplingRecord` is
kept in the source's ``options["sampling"]``. Cards and PDFs say so with
:func:`sample_note`: "From a sample of 500,000 of 42,318,220 customers (crm @ warehouse,
random, seed 7)."
"""

from __future__ import annotations

from workbench.domain.warehouse import SamplingRecord
from workbench.i18n import format_number, translate
from workbench.store import sources as source_store
from workbench.store.project_file import ProjectFile


def project_sampling(project: ProjectFile) -> list[tuple[str, SamplingRecord]]:
    """(source name, how it was sampled) for every sampled source, in import order."""
    found = []
    for source in source_store.list_sources(project.db):
        recorded = (source.options or {}).get("sampling")
        if isinstance(recorded, dict):
            try:
                found.append((source.display_name, SamplingRecord.from_dict(recorded)))
            except (KeyError, TypeError, ValueError):
                continue  # a damaged record says nothing rather than something wrong
    return found


def sampling_sentence(name: str, record: SamplingRecord, *, events: bool = False) -> str:
    """One sampled source in words: "From a sample of 500,000 of 42,318,220 customers
    (crm @ warehouse, random, seed 7)." (``events``: the rows are events, not customers)."""
    if record.method == "stratified" and record.strata:
        how = translate("Sampling", "stratified by {column}").format(column=record.strata)
    else:
        how = translate("Sampling", "random")
    text = (translate("Sampling", "From a sample of {size} of {population} rows ({source}, "
                      "{method}, seed {seed}).") if events else
            translate("Sampling", "From a sample of {size} of {population} customers "
                      "({source}, {method}, seed {seed})."))
    return text.format(size=format_number(record.size, 0),
                       population=format_number(record.population, 0), source=name,
                       method=how, seed=record.seed)


def sample_note(project: ProjectFile) -> str | None:
    """The sentence to show wherever figures come from the project's data when some of it
    is a sample (one sentence per sampled source); None when nothing was sampled."""
    sentences = []
    for source in source_store.list_sources(project.db):
        recorded = (source.options or {}).get("sampling")
        if not isinstance(recorded, dict):
            continue
        try:
            record = SamplingRecord.from_dict(recorded)
        except (KeyError, TypeError, ValueError):
            continue
        sentences.append(sampling_sentence(source.display_name, record,
                                           events=source.kind == "events"))
    return " ".join(sentences) or None
