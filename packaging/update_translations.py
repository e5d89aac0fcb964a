"""Refresh the translators' files and compile them: ``python packaging/update_translations.py``.

1. ``pyside6-lupdate`` extracts every ``self.tr()``, ``translate(context, text)`` and
   ``QT_TRANSLATE_NOOP(context, text)`` of the package and the ``ui/`` forms into
   ``resources/translations/mainstream_desktop_<lang>.ts``, keeping existing translations.
2. The labels of the reference lists (``resources/reference/*.csv``) are added in the
   context ``Reference`` — lupdate cannot see them, since the code translates them from data.
3. ``pyside6-lrelease`` compiles each .ts into the .qm the window loads. (Code without Qt
   reads the .ts directly, see ``core/i18n.py``.)

``--check`` writes nothing and exits 1 when the committed files are stale (the test suite
runs it, as Orange's CI does).
"""

from __future__ import annotations

import argparse
import csv
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
REFERENCE = ROOT / "resources" / "reference"
LANGUAGES = ("fr", "es", "ar", "ru", "zh", "pt")

# (file, column) of every reference label the window or the report shows
REFERENCE_LABELS = [
    ("sectors", "name"), ("stakeholder_types", "name"), ("data_source_types", "name"),
    ("migration_variables", "name"), ("disaggregations", "name"), ("readiness_items", "text"),
    ("guiding_questions", "question"), ("step_purposes", "title"), ("step_purposes", "purpose"),
    ("gcm_objectives", "short_label"), ("gcm_objectives", "title"), ("sdg", "title"),
    ("instruments", "full_name"), ("regions", "name"), ("abbreviations", "expansion"),
]
EXTRA_REFERENCE = ["GCM {number}: {label}"]


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        raise SystemExit(f"{name} not found (it comes with PySide6-Essentials)")
    return found


def reference_texts() -> list[str]:
    texts: list[str] = []
    for file, column in REFERENCE_LABELS:
        with open(REFERENCE / f"{file}.csv", encoding="utf-8", newline="") as fh:
            texts += [row[column] for row in csv.DictReader(fh) if row[column]]
    texts += EXTRA_REFERENCE
    return list(dict.fromkeys(texts))


def _translations(ts: Path) -> dict[tuple[str, str], ET.Element]:
    if not ts.exists():
        return {}
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is not None and (node.text or "").strip():
                out[(name, message.findtext("source") or "")] = node
    return out


def update(folder: Path) -> None:
    """Write fresh .ts and .qm files for every language into ``folder``."""
    sources = sorted(str(p) for p in (ROOT / "mainstream_desktop").rglob("*.py"))
    forms = sorted(str(p) for p in (ROOT / "ui").glob("*.ui"))
    refs = reference_texts()
    for lang in LANGUAGES:
        ts = folder / f"mainstream_desktop_{lang}.ts"
        old = _translations(ts)
        subprocess.run(
            [_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
             "-source-language", "en", "-target-language", lang, *sources, *forms, "-ts",
             str(ts)], check=True, cwd=ROOT)
        tree = ET.parse(ts)
        root = tree.getroot()
        for context in list(root.iter("context")):
            if context.findtext("name") == "Reference":
                root.remove(context)
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = "Reference"
        for text in refs:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            kept = old.get(("Reference", text))
            if kept is not None:
                message.append(kept)
            else:
                ET.SubElement(message, "translation", type="unfinished")
        ET.indent(tree, space="    ")
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)


def messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name") or "", m.findtext("source") or "")
            for c in root.iter("context") for m in c.iter("message")}


def stale_languages() -> list[str]:
    """Languages whose committed .ts misses or keeps messages the sources no longer have."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for lang in LANGUAGES:
            committed = TRANSLATIONS / f"mainstream_desktop_{lang}.ts"
            if committed.exists():
                shutil.copy(committed, folder / committed.name)
        update(folder)
        return [lang for lang in LANGUAGES
                if not (TRANSLATIONS / f"mainstream_desktop_{lang}.ts").exists()
                or messages(TRANSLATIONS / f"mainstream_desktop_{lang}.ts")
                != messages(folder / f"mainstream_desktop_{lang}.ts")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report stale files, write nothing")
    args = parser.parse_args()
    if args.check:
        stale = stale_languages()
        if stale:
            print("stale translation files: " + ", ".join(stale)
                  + " (run python packaging/update_translations.py)")
            return 1
        return 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    update(TRANSLATIONS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
