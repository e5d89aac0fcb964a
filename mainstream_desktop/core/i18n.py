"""Translation hook for the core, which must not import Qt.

Strings shown to users are written ``tr("Context", "text")``. The window installs
Qt's ``QCoreApplication.translate`` with :func:`set_translator` so the same .ts/.qm
catalogues serve both; the report and the command line install a catalogue loaded
from ``resources/translations/<lang>.json`` (see :func:`use_language`).
``N_`` marks a string for extraction where it is translated later (labels in tables).
"""

from __future__ import annotations

import json
from collections.abc import Callable

from mainstream_desktop.locations import resource

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity
_language = "en"


def tr(context: str, text: str) -> str:
    """Translate ``text`` in ``context`` with the installed translator."""
    return _translator(context, text)


def N_(text: str) -> str:
    """Mark ``text`` for translation without translating it now."""
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` in ``context`` for extraction by pyside6-lupdate; translated later."""
    return text


def translate(context: str, text: str) -> str:
    """The same as :func:`tr`, under the name pyside6-lupdate extracts with its context."""
    return _translator(context, text)


def set_translator(translator: Translator | None, language: str = "en") -> None:
    """Install a translator (``None`` restores the untranslated English)."""
    global _translator, _language
    _translator = translator or _identity
    _language = language


def current_language() -> str:
    return _language


def use_language(language: str) -> None:
    """Install the JSON catalogue of ``language`` for code that runs without Qt.

    A catalogue maps ``"Context\\u0004source"`` to the translation. A missing catalogue
    or entry falls back to English, so a partly translated language still works.
    """
    if language == "en":
        set_translator(None, "en")
        return
    path = resource("translations", f"{language}.json")
    table: dict[str, str] = {}
    if path.exists():
        table = json.loads(path.read_text(encoding="utf-8"))

    def translate(context: str, text: str) -> str:
        return table.get(f"{context}\x04{text}", text)

    set_translator(translate, language)
