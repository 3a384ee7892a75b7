"""The limits (grantdesk/limits.py) applied to the operations' own inputs, before the work:
a JSON file's size and depth. (A print's page limit is layout.limits', checked by
operations.print_document before any work.)"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from .. import limits
from .errors import OperationError

JSON_BYTES = limits.JSON_BYTES

_STRING = re.compile(rb'"(?:[^"\\]++|\\.)*+"', re.S)  # possessive: no backtracking stack on a long string
_BRACKETS = re.compile(rb"[\[\]{}]")
_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}


def read_limited(path: Path, most: int, what: str) -> bytes:
    """A file's bytes, refused unread when it holds more than `most`."""
    try:
        size = path.stat().st_size
        if size > most:
            raise OperationError("too_large", path=str(path), what=what, got=f"{size:,} B", limit=f"{most:,} B")
        with path.open("rb") as fh:
            data = fh.read(most + 1)  # a file still growing cannot slip past the limit
    except OSError as exc:
        raise OperationError("cannot_read", path=str(path), detail=exc.strerror or str(exc)) from None
    if len(data) > most:
        raise OperationError("too_large", path=str(path), what=what, got=f"> {most:,} B", limit=f"{most:,} B")
    return data


def json_depth(raw: bytes) -> int:
    """How deeply a JSON text nests, without parsing it (strings skipped): linear, and no
    recursion, so 100 000 levels are measured in milliseconds."""
    brackets = b"".join(_BRACKETS.findall(_STRING.sub(b"", raw)))
    return max(itertools.accumulate(_STEP[b] for b in brackets), default=0)


def check_json_depth(raw: bytes, path: Path) -> None:
    depth = json_depth(raw)
    if depth > limits.JSON_DEPTH:
        raise OperationError("too_large", path=str(path), what="JSON depth", got=f"{depth:,}",
                             limit=str(limits.JSON_DEPTH))
