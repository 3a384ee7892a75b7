"""Definition files read fast: YAML parsed once per version of a file, then from a cache.

Parsing fr24.yaml with PyYAML's pure-Python loader took 0.07–0.39 s, on every start and
every `grantdesk print`. A file is now parsed with libyaml's C loader where PyYAML has it,
and its parsed content kept as JSON in the user's cache folder under the SHA-256 of the
file's bytes, so an edited file is simply parsed again. The cache holds only what the file
says (plain data), never code's objects, so it cannot go stale when the code changes; a
cache that cannot be read or written is ignored. PyYAML is imported only on a miss.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

CACHE_FORMAT = "1"  # bump if what a cache file holds changes


class YamlError(ValueError):
    """A file is not valid YAML text: a definition-problem key (forms/problems.py) and where."""

    def __init__(self, key: str, detail: str = "", **params: int):
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key, self.params = key, params


def cache_dir() -> Path:
    """`GRANTDESK_CACHE_DIR`, else the user's cache folder."""
    override = os.environ.get("GRANTDESK_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("GrantDesk", appauthor=False))


def _check_shape(text: str, yaml, loader) -> None:
    """Aliases, nesting and the size the document would have with every alias expanded,
    counted from the parser's events before anything is built: an alias bomb (aliases of
    aliases: 400 bytes that expand to gigabytes) and deep nesting are refused in
    milliseconds (limits.YAML_ALIASES, YAML_DEPTH, YAML_NODES)."""
    from .. import limits

    def refuse(what: str, most: int) -> None:
        raise YamlError("yaml_too_large", what=what, got=f"> {most:,}", limit=f"{most:,}")

    aliases = 0
    sizes: dict[str, int] = {}  # anchor -> nodes its value holds, aliases expanded
    stack: list[list] = [[None, 0]]  # per open collection: [anchor, nodes so far]
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            stack.append([event.anchor, 1])
            if len(stack) > limits.YAML_DEPTH:
                refuse("depth", limits.YAML_DEPTH)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            anchor, nodes = stack.pop()
            if anchor:
                sizes[anchor] = nodes
            stack[-1][1] += nodes
        elif isinstance(event, yaml.ScalarEvent):
            if event.anchor:
                sizes[event.anchor] = 1
            stack[-1][1] += 1
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > limits.YAML_ALIASES:
                refuse("aliases", limits.YAML_ALIASES)
            stack[-1][1] += sizes.get(event.anchor, 1)
        else:
            continue
        if stack[-1][1] > limits.YAML_NODES or sum(n for _, n in stack) > limits.YAML_NODES:
            refuse("nodes with aliases expanded", limits.YAML_NODES)


def _parse(text: str) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        _check_shape(text, yaml, loader)
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        if mark is None:
            raise YamlError("not_yaml_anywhere", str(exc)) from exc
        raise YamlError("not_yaml", str(exc), line=mark.line + 1, column=mark.column + 1) from exc


def read_yaml(path: Path, raw: bytes | None = None) -> Any:
    """The file's YAML content (safe types only), from `raw` when its bytes were read
    already. Raises OSError or YamlError."""
    from .. import limits

    raw = path.read_bytes() if raw is None else raw
    if len(raw) > limits.DEFINITION_BYTES:
        raise YamlError("yaml_too_large", what="bytes", got=f"{len(raw):,}", limit=f"{limits.DEFINITION_BYTES:,}")
    key = hashlib.sha256(raw).hexdigest()
    cached = cache_dir() / "yaml" / f"{key}-{CACHE_FORMAT}.json"
    try:
        return json.loads(cached.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass  # not cached yet, or unreadable: parse it
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise YamlError("not_utf8", str(exc), position=exc.start) from exc
    data = _parse(text)
    _store(cached, data)
    return data


def _store(cached: Path, data: Any) -> None:
    try:
        encoded = json.dumps(data, ensure_ascii=False)
        # JSON turns dates and non-text keys into text: such a file is parsed every time.
        if json.loads(encoded) != data:
            return
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
        tmp.write_text(encoded, encoding="utf-8")
        os.replace(tmp, cached)
    except (OSError, TypeError, ValueError):
        pass  # a read-only or full disk: the next start parses again
