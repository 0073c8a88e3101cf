"""Read the curated YAML files entry by entry, collecting every problem.

The reader is bounded, because the files are inputs: no aliases (an alias bomb expands a few
lines into gigabytes), a bounded nesting depth (the composer recurses) and a bounded size.
Dates stay text (`2016-02-30` is a named problem of the model, not a traceback), and every
read, parse or type error becomes a Problem naming the file, the entry and the reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from indicators.problems import Problem

M = TypeVar("M", bound=BaseModel)

MAX_BYTES = 5_000_000
MAX_DEPTH = 50


class _Refused(yaml.YAMLError):
    def __init__(self, reason: str, mark):
        super().__init__(reason)
        self.problem, self.problem_mark = reason, mark


class BoundedLoader(yaml.SafeLoader):
    """SafeLoader without aliases, with a bounded depth, and dates kept as their text."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise _Refused("aliases (*name) are not allowed", self.peek_event().start_mark)
        self._depth = getattr(self, "_depth", 0) + 1
        try:
            if self._depth > MAX_DEPTH:
                raise _Refused(
                    f"nested deeper than {MAX_DEPTH} levels", self.peek_event().start_mark
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


BoundedLoader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_scalar)


def _where(err: yaml.YAMLError) -> str:
    mark = getattr(err, "problem_mark", None)
    return f"line {mark.line + 1}, column {mark.column + 1}" if mark else "(file)"


def parse_yaml(text: str) -> object:
    """The document of `text`, read with BoundedLoader; raises yaml.YAMLError."""
    return yaml.load(text, Loader=BoundedLoader)  # a SafeLoader subclass: no arbitrary objects


def read_yaml(path: Path, problems: list[Problem]) -> object | None:
    """The parsed file, or None with a problem when it is missing, unreadable or malformed."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            problems.append(Problem(str(path), "(file)", "not a regular file (a directory?)"))
            return None
        if size > MAX_BYTES:
            reason = f"{size} bytes, more than the {MAX_BYTES} a curated file may hold"
            problems.append(Problem(str(path), "(file)", reason))
            return None
        text = path.read_bytes().decode("utf-8")
        return parse_yaml(text.removeprefix("\ufeff"))
    except FileNotFoundError:
        problems.append(Problem(str(path), "(file)", "file not found"))
    except OSError as err:
        problems.append(Problem(str(path), "(file)", f"cannot be read: {err.strerror or err}"))
    except UnicodeDecodeError as err:
        problems.append(Problem(str(path), "(file)", f"not UTF-8 text: {err}"))
    except yaml.YAMLError as err:
        reason = getattr(err, "problem", None) or str(err)
        problems.append(Problem(str(path), _where(err), f"malformed YAML: {reason}"))
    except (ValueError, TypeError, RecursionError) as err:  # a constructor's own failure
        problems.append(Problem(str(path), "(file)", f"malformed YAML: {err}"))
    return None


def entry_name(raw: object, index: int) -> str:
    """How messages name an entry: its id or code when it has one, else its position."""
    if isinstance(raw, dict):
        for key in ("id", "code"):
            value = raw.get(key)
            if value and isinstance(value, str | int):
                return f"{key} {str(value)[:100]}"
    return f"entry #{index + 1}"


def _describe(err: ValidationError) -> list[str]:
    reasons = []
    for item in err.errors():
        where = ".".join(str(p) for p in item["loc"])
        message = item["msg"].removeprefix("Value error, ")
        reasons.append(f"{where}: {message}" if where else message)
    return reasons


def load_entries(
    path: Path, key: str, model: type[M], problems: list[Problem], *, required: bool = True
) -> list[M]:
    """Validate each entry of the list under `key` with `model`; bad entries become problems.

    A file that must hold entries (`required`) and holds none is a problem naming it: an
    emptied file must never build into empty tables.
    """
    found = len(problems)
    document = read_yaml(path, problems)
    if len(problems) > found:
        return []
    if document is None:
        if required:
            problems.append(Problem(str(path), "(file)", f"empty: no entries under '{key}:'"))
        return []
    items = document.get(key) if isinstance(document, dict) else None
    if not isinstance(items, list):
        problems.append(Problem(str(path), "(file)", f"expected a list under '{key}:'"))
        return []
    if not items and required:
        problems.append(Problem(str(path), "(file)", f"empty: no entries under '{key}:'"))
    entries = []
    for index, raw in enumerate(items):
        name = entry_name(raw, index)
        if not isinstance(raw, dict):
            problems.append(Problem(str(path), name, "expected a mapping of fields"))
            continue
        try:
            entries.append(model(**{str(k): v for k, v in raw.items()}))
        except ValidationError as err:
            problems.extend(Problem(str(path), name, reason) for reason in _describe(err))
        except (TypeError, ValueError) as err:
            problems.append(Problem(str(path), name, f"cannot be read: {err}"))
    return entries


def find_duplicates(path: Path, ids: list[str], problems: list[Problem]) -> None:
    seen: set[str] = set()
    for ident in ids:
        if ident in seen:
            problems.append(Problem(str(path), f"id {ident}", "duplicate id"))
        seen.add(ident)
