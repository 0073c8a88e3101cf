"""Read the curated YAML files entry by entry, collecting every problem."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from indicators.problems import Problem

M = TypeVar("M", bound=BaseModel)


def read_yaml(path: Path, problems: list[Problem]) -> object | None:
    """The parsed file, or None with a problem when it is missing or malformed."""
    try:
        with open(path, encoding="utf-8") as handle:
            return yaml.safe_load(handle)
    except FileNotFoundError:
        problems.append(Problem(str(path), "(file)", "file not found"))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "(file)"
        reason = getattr(err, "problem", None) or str(err)
        problems.append(Problem(str(path), where, f"malformed YAML: {reason}"))
    except UnicodeDecodeError as err:
        problems.append(Problem(str(path), "(file)", f"not UTF-8 text: {err}"))
    return None


def entry_name(raw: object, index: int) -> str:
    """How messages name an entry: its id or code when it has one, else its position."""
    if isinstance(raw, dict):
        for key in ("id", "code"):
            if raw.get(key):
                return f"{key} {raw[key]}"
    return f"entry #{index + 1}"


def _describe(err: ValidationError) -> list[str]:
    reasons = []
    for item in err.errors():
        where = ".".join(str(p) for p in item["loc"])
        message = item["msg"].removeprefix("Value error, ")
        reasons.append(f"{where}: {message}" if where else message)
    return reasons


def load_entries(path: Path, key: str, model: type[M], problems: list[Problem]) -> list[M]:
    """Validate each entry of the list under `key` with `model`; bad entries become problems."""
    document = read_yaml(path, problems)
    if document is None:
        return []
    items = document.get(key) if isinstance(document, dict) else None
    if not isinstance(items, list):
        problems.append(Problem(str(path), "(file)", f"expected a list under '{key}:'"))
        return []
    entries = []
    for index, raw in enumerate(items):
        name = entry_name(raw, index)
        if not isinstance(raw, dict):
            problems.append(Problem(str(path), name, "expected a mapping of fields"))
            continue
        try:
            entries.append(model(**raw))
        except ValidationError as err:
            problems.extend(Problem(str(path), name, reason) for reason in _describe(err))
    return entries


def find_duplicates(path: Path, ids: list[str], problems: list[Problem]) -> None:
    seen: set[str] = set()
    for ident in ids:
        if ident in seen:
            problems.append(Problem(str(path), f"id {ident}", "duplicate id"))
        seen.add(ident)
