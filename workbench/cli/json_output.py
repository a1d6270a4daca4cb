"""The one ``--json`` writer every command shares.

A document is a plain dict whose top-level ``"schema"`` names its shape and
version (``persona-workbench/<name>/<version>``); a script checks that key
before reading the rest. Output is UTF-8 whatever the console's encoding,
keys are sorted so two runs on the same project print the same bytes, and
NaN or infinity (not JSON) become ``null``.
"""

from __future__ import annotations

import json
import math
import os
import sys
from collections.abc import Mapping
from typing import Any, TextIO

SCHEMA_PREFIX = "persona-workbench"


def schema(name: str, version: int = 1) -> str:
    """The value of a document's ``"schema"`` key: ``persona-workbench/<name>/<version>``."""
    return f"{SCHEMA_PREFIX}/{name}/{version}"


def plain(value: Any) -> Any:
    """``value`` with NaN and infinity as None, tuples and sets as lists, keys as text."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, set | frozenset):
        return sorted(plain(item) for item in value)
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    if isinstance(value, bytes):
        return None  # photos and other binary data are not part of a JSON document
    if hasattr(value, "item") and callable(value.item):  # numpy scalars
        return plain(value.item())
    return value


def dumps(document: Mapping[str, Any]) -> str:
    """The document as indented JSON text with sorted keys and no NaN."""
    return json.dumps(plain(document), ensure_ascii=False, sort_keys=True, indent=2,
                      allow_nan=False)


def write_json(document: Mapping[str, Any], stream: TextIO | None = None) -> None:
    """Print ``document`` as JSON, UTF-8 encoded, followed by a newline."""
    stream = sys.stdout if stream is None else stream
    text = dumps(document) + "\n"
    binary = getattr(stream, "buffer", None)
    if binary is None:
        stream.write(text)
    else:  # bypass the console's code page: JSON is UTF-8
        stream.flush()
        binary.write(text.encode("utf-8"))
        binary.flush()
    stream.flush()
