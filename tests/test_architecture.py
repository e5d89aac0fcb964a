"""Rules that keep the code easy to change: only app/ imports Qt; the start path is light;
the packages keep their layers (import-linter); core/, workbook/ and report/ type-check
(mypy); only the listed modules run SQL on a workshop."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "mainstream_desktop"
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "PySide2", "shiboken6", "qtpy")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_only_app_imports_qt() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "app":
            continue
        for name in _imports(path):
            if name.split(".")[0] in QT_MODULES:
                offenders.append(f"{rel}: {name}")
    assert offenders == []


def test_the_rule_itself_catches_an_offender(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6.QtCore" in _imports(bad)


def test_core_does_not_load_qt_or_heavy_libraries_at_import() -> None:
    code = (
        "import sys\n"
        "import mainstream_desktop.cli, mainstream_desktop.core.store, "
        "mainstream_desktop.core.completeness, mainstream_desktop.core.figures\n"
        "heavy = [m for m in ('PySide6', 'pandas', 'openpyxl', 'reportlab', 'sqlite_utils') "
        "if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == ""


# --- the layers, the types and the SQL, checked by tools ---------------------------------

ROOT = PACKAGE.parent


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """The project's import contract (pyproject.toml) run on the package under ``root``."""
    script = Path(sys.executable).with_name("lint-imports")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "importlinter.cli"]
    return subprocess.run(
        [*command, "--no-cache", str(root / "pyproject.toml")],
        cwd=root, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(root)},
    )


def test_the_layers_are_kept() -> None:
    """cli > app > report | workbook > core > locations, lazy imports included."""
    done = _lint_imports(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 kept, 0 broken" in done.stdout, done.stdout


def test_the_layers_contract_catches_offenders(tmp_path: Path) -> None:
    """An import up the layers inside a function, and one between the two independent
    layers, break the contract (a copy of the package, so the real one stays as it is)."""
    copy = tmp_path / "project"
    shutil.copytree(PACKAGE, copy / PACKAGE.name,
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    with (copy / PACKAGE.name / "core" / "rules.py").open("a", encoding="utf-8") as f:
        f.write("\n\ndef _planted():\n    from mainstream_desktop.app import settings\n"
                "    return settings\n")
    with (copy / PACKAGE.name / "workbook" / "layout.py").open("a", encoding="utf-8") as f:
        f.write("\n\nfrom mainstream_desktop.report import styles as _planted  # noqa\n")
    done = _lint_imports(copy)
    assert done.returncode != 0, done.stdout
    assert "mainstream_desktop.core.rules -> mainstream_desktop.app.settings" in done.stdout
    assert "mainstream_desktop.workbook.layout -> mainstream_desktop.report.styles" in (
        done.stdout)


def test_core_workbook_and_report_type_check(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """mypy, as configured in pyproject.toml, finds nothing in core/, workbook/, report/."""
    from mypy import api

    monkeypatch.chdir(ROOT)
    out, err, status = api.run(["--config-file", str(ROOT / "pyproject.toml"),
                                "--cache-dir", str(tmp_path / "mypy-cache")])
    assert status == 0, out + err


# Modules that may run SQL on a workshop's connection; the store's docstring says why.
SQL_MODULES = {
    "core/reading.py", "core/validity.py", "core/editing.py", "core/journal.py",
    "core/store.py", "core/connection.py", "core/guard.py", "core/schema.py",
    "core/recovery.py", "core/backup.py", "core/check.py", "core/completeness.py",
}
_SQL_CALLS = {"execute", "executemany", "executescript"}


def _sql_calls(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in _SQL_CALLS]


def test_only_the_listed_modules_run_sql() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel not in SQL_MODULES:
            offenders += [f"{rel}:{line}" for line in _sql_calls(path)]
    assert offenders == []


def test_the_sql_rule_itself_catches_an_offender(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f(ws):\n    return ws.conn.execute('DELETE FROM actions')\n",
                   encoding="utf-8")
    assert _sql_calls(bad) == [2]
