"""Every user-visible string is translatable, and the translators' files are never stale."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _script():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_translation_files_are_up_to_date() -> None:
    script = _script()
    try:
        script._tool("pyside6-lupdate")
    except SystemExit:
        pytest.skip("pyside6-lupdate is not installed")
    assert script.stale_languages() == [], "run: python packaging/update_translations.py"


def test_every_language_has_a_compiled_catalogue() -> None:
    for lang in _script().LANGUAGES:
        folder = ROOT / "resources" / "translations"
        assert (folder / f"mainstream_desktop_{lang}.ts").is_file()
        assert (folder / f"mainstream_desktop_{lang}.qm").is_file()


def test_no_alias_hides_a_translation_from_lupdate() -> None:
    """``t = self.tr`` then ``t("…")`` is invisible to pyside6-lupdate: the string never
    reaches the catalogues and stays English in every language (issue 12)."""
    offenders = []
    for path in (ROOT / "mainstream_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute | ast.Name):
                value = node.value
                name = value.attr if isinstance(value, ast.Attribute) else value.id
                if name in ("tr", "translate", "QT_TRANSLATE_NOOP"):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_translate_calls_name_their_context_literally() -> None:
    """pyside6-lupdate only extracts ``translate("Context", "text")`` with a literal
    context; ``tr`` from the core is kept for nothing but the hook itself."""
    offenders = []
    for path in (ROOT / "mainstream_desktop").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if node.func.id == "tr" and path.name != "i18n.py":
                offenders.append(f"{where}: use translate(), which lupdate extracts")
            if node.func.id in ("translate", "QT_TRANSLATE_NOOP") and not (
                    node.args and isinstance(node.args[0], ast.Constant)):
                offenders.append(f"{where}: the context must be a literal")
    assert offenders == []


def test_catalogue_is_read_without_qt(tmp_path: Path, monkeypatch) -> None:
    from mainstream_desktop.core import i18n

    ts = tmp_path / "mainstream_desktop_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="xx"><context>'
        "<name>Enum</name><message><source>Political commitment</source>"
        "<translation>Engagement politique</translation></message>"
        "<message><source>Action plan</source><translation type=\"unfinished\">Plan"
        "</translation></message></context></TS>", encoding="utf-8")
    monkeypatch.setattr(i18n, "catalogue_path", lambda lang: ts)
    with i18n.language("xx"):
        assert i18n.translate("Enum", "Political commitment") == "Engagement politique"
        assert i18n.translate("Enum", "Action plan") == "Action plan"  # unfinished: English
    assert i18n.translate("Enum", "Political commitment") == "Political commitment"


@pytest.mark.parametrize("lang", ["fr", "ar", "es", "ru", "zh", "pt"])
def test_shipped_languages_are_complete(lang: str) -> None:
    """Every shipped language is fully translated (issue 12); the report comes out in it."""
    from mainstream_desktop.core import i18n

    path = i18n.catalogue_path(lang)
    assert 'type="unfinished"' not in path.read_text(encoding="utf-8")
    with i18n.language(lang):
        assert i18n.translate("Report", "Executive summary") != "Executive summary"
        assert i18n.translate("Enum", "Political commitment") != "Political commitment"


def test_an_export_in_an_incomplete_language_says_so(
        demo_path: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    """Never silently English: the count of untranslated texts is named (issue 12)."""
    from mainstream_desktop.cli import main
    from mainstream_desktop.core import i18n

    assert main(["export", str(demo_path), "--xlsx", str(tmp_path / "a.xlsx"),
                 "--lang", "es"]) == 0
    assert "not yet translated" not in capsys.readouterr().err  # Spanish is complete
    monkeypatch.setattr(i18n, "untranslated", lambda lang: 7)
    assert main(["export", str(demo_path), "--xlsx", str(tmp_path / "b.xlsx"),
                 "--lang", "es"]) == 0
    assert "7" in capsys.readouterr().err


@pytest.mark.parametrize("lang", ["fr", "ar", "es", "ru", "zh", "pt"])
def test_qt_own_dialogs_follow_every_language(qapp, lang: str) -> None:
    """Standard buttons ("Cancel") come from Qt's own catalogue: it must load for each
    language, Chinese and Portuguese included (shipped as zh_CN and pt_BR)."""
    from mainstream_desktop.app.application import qt_translator

    qt = qt_translator(qapp, lang)
    assert qt is not None
    assert qt.translate("QPlatformTheme", "Cancel") not in ("", "Cancel")
