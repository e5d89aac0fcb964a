"""Translation hook for the core, which must not import Qt.

Strings shown to users are written ``translate("Context", "text")`` — the spelling
pyside6-lupdate extracts with its context (``tr`` is the same function for dynamic
text). Labels declared in tables are marked with ``QT_TRANSLATE_NOOP(context, text)``
and translated where shown. The window installs Qt's ``QCoreApplication.translate``
with :func:`set_translator`, so the .qm compiled from
``resources/translations/mainstream_desktop_<lang>.ts`` serves both; code that runs
without Qt reads the same .ts (see :func:`use_language`).
"""

from __future__ import annotations

import contextlib
import functools
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mainstream_desktop.locations import resource

Translator = Callable[[str, str], str]
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur"})  # written right to left: mirror layouts


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


class Source(str):
    """An English source text that remembers its translation context, so it can be
    translated where it is shown rather than where it was written (see :class:`Message`)."""

    context: str

    def __new__(cls, context: str, text: str) -> Source:
        self = super().__new__(cls, text)
        self.context = context
        return self

    def __reduce__(self) -> tuple[type[Source], tuple[str, str]]:  # pickle, copy
        return (Source, (self.context, str(self)))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Source:
    """Mark ``text`` in ``context`` for extraction by pyside6-lupdate; translated later.

    The result is still the English text (a ``str``), carrying its context along."""
    return Source(context, text)


@dataclass(frozen=True)
class Message:
    """A user-facing message translated only when shown: a problem found by a worker in
    one language can be displayed by the window in another, and code can compare what a
    problem *is* (its :attr:`source`) without parsing translated text."""

    source: Source
    params: tuple[tuple[str, Any], ...] = ()

    def __str__(self) -> str:
        text = _active()(self.source.context, self.source)
        return text.format(**dict(self.params)) if self.params else text

    def _key(self) -> tuple[str, str, tuple[tuple[str, Any], ...]]:
        return (self.source.context, str(self.source), self.params)

    def __eq__(self, other: object) -> bool:  # what it says, not how it reads now
        return isinstance(other, Message) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())


def later(source: Source, **params: Any) -> Message:
    """``source`` (from :func:`QT_TRANSLATE_NOOP`) with its parameters, translated when
    shown."""
    return Message(source, tuple(sorted(params.items())))


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


@functools.cache
def shipped_languages() -> tuple[str, ...]:
    """English and every language with a catalogue in the package, sorted."""
    folder = resource("translations")
    found = {p.stem.removeprefix("mainstream_desktop_")
             for p in folder.glob("mainstream_desktop_*.ts")}
    return ("en", *sorted(found - {"en"}))


def check_language(code: object) -> str:
    """``code`` if it is English or its catalogue ships, else one clear UserError.

    The one place language codes from outside (the command line, a workbook's hidden
    cell, a workshop's field) are checked: an unknown code would otherwise reach babel
    (``UnknownLocaleError``) or name a catalogue file outside the package (``../../x``).
    """
    from mainstream_desktop.core.errors import UserError

    if isinstance(code, str) and (code == "en" or (
            re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", code) and catalogue_path(code).is_file())):
        return code
    raise UserError(translate("Language", "Unknown language “{code}”; use one of: {codes}.")
                    .format(code="".join(ch for ch in str(code) if ch.isprintable())[:40],
                            codes=", ".join(shipped_languages())))


def untranslated(language: str) -> int:
    """How many texts of ``language``'s catalogue are still unfinished (shown in English):
    an export in an incomplete language says so rather than mix English in silently."""
    if language == "en":
        return 0
    path = catalogue_path(language)
    if not path.is_file():
        return 0
    return path.read_text(encoding="utf-8").count('type="unfinished"')


def catalogue_path(language: str) -> Path:
    """The translators' file of ``language``: one source for the window and the exports."""
    return resource("translations", f"mainstream_desktop_{language}.ts")


def read_catalogue(path: Path) -> dict[str, str]:
    """Finished translations of a Qt Linguist .ts file, keyed ``context\\x04source``."""
    import xml.etree.ElementTree as ET  # our own shipped file, not user input

    table: dict[str, str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or not (node.text or "").strip():
                continue
            if node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            table[f"{name}\x04{source}"] = node.text or ""
    return table


def _catalogue(language: str) -> Translator | None:
    """The catalogue of ``language`` as a translator (None for English)."""
    if check_language(language) == "en":
        return None
    path = catalogue_path(language)
    table = read_catalogue(path) if path.exists() else {}

    def translate(context: str, text: str) -> str:
        return table.get(f"{context}\x04{text}", text)

    return translate


def use_language(language: str) -> None:
    """Install the catalogue of ``language`` for code that runs without Qt.

    The catalogue is the same Qt Linguist .ts file the window's .qm is compiled from;
    a missing catalogue or entry falls back to English, so a partly translated language
    still works.
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
