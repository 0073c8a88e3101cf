"""The project's rooms depend on each other one way only, read from every module's imports.

- `finder/` never imports `loaders/`, `dashboard/`, `api/` or `pages/`;
- `indicators/` imports nothing of the project but itself;
- `loaders/` never imports `dashboard/`;
- nothing imports `pages/` or `api/` but `app.py`, `serve.py`, `api/` itself and `tests/`.

Imports inside functions count as much as those at the top of a module.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from loaders.paths import ROOT

# Folders that hold no module of the project.
SKIPPED = {".venv", ".git", "data", "test-artifacts", "node_modules", "__pycache__"}

# (importing room, imported room): a room is a top-level package or module name.
FORBIDDEN_BETWEEN = {
    "finder": {"loaders", "dashboard", "api", "pages"},
    "loaders": {"dashboard"},
}
# Rooms that import nothing of the project but themselves.
SELF_CONTAINED = {"indicators"}
# Rooms only the entry points and the tests may import.
ENTRY_ONLY = {"pages", "api"}
ENTRY_POINTS = {"app", "serve", "tests"}


def modules(root: Path) -> Iterator[Path]:
    """Every Python file of the project under `root`, outside virtual environments and data."""
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root).parts
        if not any(part in SKIPPED or part.startswith(".") for part in parts[:-1]):
            yield path


def room_of(path: Path, root: Path) -> str:
    """The top-level package (or module, for app.py) a file belongs to."""
    parts = path.relative_to(root).parts
    return parts[0] if len(parts) > 1 else path.stem


def project_rooms(root: Path) -> set[str]:
    return {room_of(path, root) for path in modules(root)}


def package_of(path: Path, root: Path) -> list[str]:
    return list(path.relative_to(root).parent.parts)


def imported_names(path: Path, root: Path) -> Iterator[tuple[int, str]]:
    """(line, absolute dotted name) of every import in a file, relative ones resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                package = package_of(path, root)
                base = package[: len(package) - node.level + 1]
                name = ".".join([*base, *([node.module] if node.module else [])])
            else:
                name = node.module or ""
            yield node.lineno, name


def rule_broken(importer: str, imported: str) -> str | None:
    """Why `importer` may not import `imported`, or None when it may."""
    if importer == imported:
        return None
    if imported in FORBIDDEN_BETWEEN.get(importer, set()):
        return f"{importer}/ must not import {imported}/"
    if importer in SELF_CONTAINED:
        return f"{importer}/ imports nothing of the project but itself"
    if imported in ENTRY_ONLY and importer not in ENTRY_POINTS:
        return f"only {', '.join(sorted(ENTRY_POINTS))} may import {imported}/"
    return None


def violations(root: Path) -> list[str]:
    """Each import that breaks a rule, as `FILE:LINE imports NAME (RULE)`."""
    rooms = project_rooms(root)
    found = []
    for path in modules(root):
        importer = room_of(path, root)
        for line, name in imported_names(path, root):
            imported = name.split(".")[0]
            if imported not in rooms:
                continue
            reason = rule_broken(importer, imported)
            if reason:
                where = path.relative_to(root).as_posix()
                found.append(f"{where}:{line} imports {name} ({reason})")
    return found


def test_the_project_imports_one_way() -> None:
    assert violations(ROOT) == []


def test_the_scan_sees_the_project_rooms() -> None:
    assert {"finder", "indicators", "loaders", "dashboard", "api", "pages", "app", "serve"} <= (
        project_rooms(ROOT)
    )


def write(root: Path, relative: str, text: str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def planted_tree(root: Path) -> None:
    """A small project with one violation of each rule and as many allowed imports."""
    for package in ("finder", "indicators", "loaders", "dashboard", "api", "tests"):
        write(root, f"{package}/__init__.py", "")
    write(root, "pages/overview.py", "from dashboard import views\n")
    write(root, "indicators/codes.py", "import json\nfrom indicators import registry\n")
    write(root, "indicators/registry.py", "from . import codes\n")
    write(root, "finder/scan.py", "from indicators.codes import X\nfrom loaders import build\n")
    write(root, "finder/cli.py", "def main():\n    from ..dashboard import views\n")
    write(root, "indicators/load.py", "from loaders.paths import ROOT\n")
    write(root, "loaders/build.py", "import finder.scan\nimport dashboard.tables as t\n")
    write(root, "dashboard/views.py", "from api.params import parse\n")
    write(root, "dashboard/state.py", "import pages.overview\n")
    write(root, "api/routes.py", "from api.params import parse\nfrom dashboard import tables\n")
    write(root, "app.py", "import pages.overview\nfrom api import routes\n")
    write(root, "serve.py", "from api.routes import routes\n")
    write(root, "tests/test_api.py", "from api.routes import routes\nimport pages.overview\n")
    write(root, ".venv/lib/dashboard/x.py", "import pages\n")


def test_a_planted_violation_of_each_rule_is_named(tmp_path: Path) -> None:
    planted_tree(tmp_path)
    assert violations(tmp_path) == [
        "dashboard/state.py:1 imports pages.overview (only app, serve, tests may import pages/)",
        "dashboard/views.py:1 imports api.params (only app, serve, tests may import api/)",
        "finder/cli.py:2 imports dashboard (finder/ must not import dashboard/)",
        "finder/scan.py:2 imports loaders (finder/ must not import loaders/)",
        "indicators/load.py:1 imports loaders.paths "
        "(indicators/ imports nothing of the project but itself)",
        "loaders/build.py:2 imports dashboard.tables (loaders/ must not import dashboard/)",
    ]
