"""Find anything: every register of a workshop searched at once, by name and text.

The window's search box (Ctrl+F / Ctrl+K) asks this, not each table: a facilitator
remembers "the ministry with the diaspora bond", not which step recorded it. An index is
read once (every live record's name and text fields, casefolded) and then answers each
keystroke from memory: at scale 20 reading takes ~60 ms, a search a few ms.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from mainstream_desktop.core.registers import REGISTERS, Register
from mainstream_desktop.core.validation import fold

TEXT_KINDS = ("text", "longtext", "email")
SNIPPET_CHARS = 90  # what a hit shows of a long text, around the match
NAME = ""  # the matched field of a hit on the record's name


class _Reads(Protocol):
    def records(self, table: str) -> list[dict]: ...
    def describe(self, table: str, rec: dict) -> str: ...


@dataclass(frozen=True)
class Hit:
    """One record found: where it is, what it is called, and the text that matched
    (``field`` is the field's name, or "" when the record's name matched)."""

    register: str
    record_id: str
    name: str
    field: str
    snippet: str


@dataclass(frozen=True)
class _Entry:
    register: str
    record_id: str
    name: str
    folded_name: str
    texts: tuple[tuple[str, str, str], ...]  # (field, text, folded text)


class SearchIndex:
    """Every live record's name and text fields, read once from ``ws``."""

    def __init__(self, ws: _Reads, registers: list[Register] | None = None):
        self._entries: list[_Entry] = []
        for reg in registers if registers is not None else list(REGISTERS.values()):
            fields = [f.name for f in reg.fields if f.kind in TEXT_KINDS]
            for rec in ws.records(reg.name):
                name = ws.describe(reg.name, rec)
                # casefold alone (not fold's normalising): the core stores text normalised,
                # and this runs on every text of the workshop
                texts = tuple((f, text, text.casefold()) for f in fields
                              if (text := str(rec.get(f) or "")) and text != name)
                self._entries.append(_Entry(reg.name, rec["id"], name, name.casefold(), texts))

    def __len__(self) -> int:
        return len(self._entries)

    def search(self, text: str, limit: int = 50) -> list[Hit]:
        """Records whose name or a text field contains ``text`` (case, accents' forms and
        repeated spaces ignored): names that start with it first, then names that
        contain it, then text fields; in register order within each, at most ``limit``."""
        needle = fold(text)
        if not needle:
            return []
        ranked: tuple[list[Hit], list[Hit], list[Hit]] = ([], [], [])
        for e in self._entries:
            at = e.folded_name.find(needle)
            if at >= 0:
                ranked[0 if at == 0 else 1].append(Hit(e.register, e.record_id, e.name, NAME,
                                                       e.name))
                continue
            if len(ranked[2]) >= limit:
                continue
            for f, original, folded in e.texts:
                at = folded.find(needle)
                if at >= 0:
                    ranked[2].append(Hit(e.register, e.record_id, e.name, f,
                                         snippet(original, folded, at, len(needle))))
                    break
        return [*ranked[0], *ranked[1], *ranked[2]][:limit]


def snippet(original: str, folded: str, at: int, length: int,
            width: int = SNIPPET_CHARS) -> str:
    """The part of ``original`` around a match on one line, "…" where it is cut. (The
    match is found in the folded text; folding rarely changes lengths, and when it does
    the snippet is only shifted, never wrong about the record.)"""
    flat = " ".join(original.split())
    if len(flat) <= width:
        return flat
    ratio = len(flat) / max(len(folded), 1)
    centre = int((at + length / 2) * ratio)
    start = max(0, min(centre - width // 2, len(flat) - width))
    piece = flat[start:start + width].strip()
    return ("…" if start > 0 else "") + piece + ("…" if start + width < len(flat) else "")


def search(ws: _Reads, text: str, limit: int = 50) -> list[Hit]:
    """Search every register of ``ws`` once (a window keeps a :class:`SearchIndex`)."""
    return SearchIndex(ws).search(text, limit)
