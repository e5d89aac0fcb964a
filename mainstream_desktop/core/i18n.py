"""Translation hook for the core, which must not import Qt.

Strings shown to users are written ``tr("Context", "text")``. The window installs
Qt's ``QCoreApplication.translate`` with :func:`set_translator` so the same .ts/.qm
catalogues serve both; the report and the command line install a catalogue loaded
from ``resources/translations/<lang>.json`` (see :func:`use_language`).
``N_`` marks a string for extraction where it is translated later (labels in tables).
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable, Iterator

from mainstream_desktop.locations import resource

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity
_language = "en"
_local = threading.local()  # a worker exporting in another language than the window's


def _active() -> Translator:
    return getattr(_local, "translator", None) or _translator


def tr(context: str, text: str) -> str:
    """Translate ``text`` in ``context`` with the installed translator."""
    return _active()(context, text)


def N_(text: str) -> str:
    """Mark ``text`` for translation without translating it now."""
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` in ``context`` for extraction by pyside6-lupdate; translated later."""
    return text


def translate(context: str, text: str) -> str:
    """The same as :func:`tr`, under the name pyside6-lupdate extracts with its context."""
    return _active()(context, text)


def set_translator(translator: Translator | None, language: str = "en") -> None:
    """Install a translator (``None`` restores the untranslated English)."""
    global _translator, _language
    _translator = translator or _identity
    _language = language


def current_language() -> str:
    return getattr(_local, "language", None) or _language


def _catalogue(language: str) -> Translator | None:
    """The JSON catalogue of ``language`` as a translator (None for English)."""
    if language == "en":
        return None
    path = resource("translations", f"{language}.json")
    table: dict[str, str] = {}
    if path.exists():
        table = json.loads(path.read_text(encoding="utf-8"))

    def translate(context: str, text: str) -> str:
        return table.get(f"{context}\x04{text}", text)

    return translate


def use_language(language: str) -> None:
    """Install the JSON catalogue of ``language`` for code that runs without Qt.

    A catalogue maps ``"Context\\u0004source"`` to the translation. A missing catalogue
    or entry falls back to English, so a partly translated language still works.
    """
    set_translator(_catalogue(language), language)


@contextlib.contextmanager
def language(lang: str) -> Iterator[None]:
    """Translate into ``lang`` in this thread only, for the duration (exports in a worker
    must not change the window's language)."""
    previous = (getattr(_local, "translator", None), getattr(_local, "language", None))
    if lang == current_language():
        yield
        return
    _local.translator = _catalogue(lang) or _identity
    _local.language = lang
    try:
        yield
    finally:
        _local.translator, _local.language = previous
