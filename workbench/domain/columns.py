"""Columns of an imported table and the role each one plays in the research.

A role says what the workbench does with a column: identifiers link rows to
customers, numeric and categorical columns become attributes, free text
becomes qualitative evidence, channels feed journeys, PII is kept but left out
of exports, outcomes are measured per persona (never clustered on), and
ignored columns are not imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ColumnRole(StrEnum):
    IDENTIFIER = "identifier"
    NUMERIC = "numeric"
    CATEGORICAL = "categorical"
    DATE = "date"
    FREE_TEXT = "free_text"
    CHANNEL = "channel"
    PII = "pii"
    #: A result to explain (churned, responded, complained, satisfaction, value):
    #: measured per persona, never a clustering input unless chosen explicitly.
    OUTCOME = "outcome"
    #: A survey score measure (NPS, CSAT, CES, star rating) with its kind and
    #: scale (ColumnSpec.measure): reported per persona, stage, channel, source
    #: and month, never a clustering input unless chosen explicitly.
    MEASURE = "measure"
    IGNORE = "ignore"


#: Kinds of personal data a PII column can hold (ColumnSpec.pii_kind).
PII_KINDS = ("name", "email", "phone", "address")


@dataclass
class ColumnSpec:
    """One column of a source table, as read from the file and as the user set it."""

    #: Unique, stable, non-empty machine name derived from the header, at most
    #: 60 characters: "income", "q3_what_frustrates_you", "column_7" (blank
    #: header of the 7th column), "age_2" (second "Age").
    name: str
    #: The header exactly as in the file ("" when blank).
    label: str
    role: ColumnRole
    #: Short, translated explanation of why this role was inferred or chosen.
    reason: str = ""
    #: "name", "email", "phone" or "address" for PII columns, else None.
    pii_kind: str | None = None
    #: 0-based index of the column in the file (column A = 0).
    position: int = 0
    #: For MEASURE columns, the kind and scale as MeasureSpec.text() writes it
    #: ("nps:0-10", "csat:1-5"); see workbench.domain.voc. None otherwise.
    measure: str | None = None

    @property
    def title(self) -> str:
        """What to show as the column's header."""
        return self.label or self.name
