"""Fonts that cover every UN script, and the text pipeline that uses them.

Reportlab's built-in Helvetica silently turns everything outside WinAnsi into ■, so the
report embeds bundled TrueType fonts (``resources/fonts``) in a fallback chain and wraps
each run of text in the first font that has its glyphs. Arabic is shaped with
arabic-reshaper and put in visual order with python-bidi, line by line (:mod:`.bidi`).
Every user string passes through
:func:`markup`, which escapes it: a stakeholder called ``R&D <Unit>`` prints exactly so.
"""

from __future__ import annotations

import functools
import re
import threading
from dataclasses import dataclass
from xml.sax.saxutils import escape

from mainstream_desktop.locations import resource


@dataclass(frozen=True)
class Face:
    """One bundled font: its registered names (regular, bold) and files."""

    name: str
    file: str
    bold_name: str
    bold_file: str | None  # None: the regular file serves for bold too
    subfont: int = 0


SANS = "MD-Sans"
SANS_BOLD = "MD-Sans-Bold"
SANS_ITALIC = "MD-Sans-Italic"

# Order matters: the first face that has a character's glyph draws it.
CHAIN: tuple[Face, ...] = (
    Face(SANS, "NotoSans-Regular.ttf", SANS_BOLD, "NotoSans-Bold.ttf"),
    Face("MD-Arabic", "NotoNaskhArabic-Regular.ttf", "MD-Arabic-Bold",
         "NotoNaskhArabic-Bold.ttf"),
    Face("MD-CJK", "wqy-microhei.ttc", "MD-CJK", None),
    Face("MD-DejaVu", "DejaVuSans.ttf", "MD-DejaVu-Bold", "DejaVuSans-Bold.ttf"),
    Face("MD-Symbols", "NotoSansSymbols2-Regular.ttf", "MD-Symbols", None),
)

# Bold for a face without a bold cut (Chinese): the glyphs are also stroked, with a line
# this share of the font size (PDF text render mode 2 keeps the text extractable).
EMBOLDEN = 0.045

_lock = threading.Lock()
_registered = False
_coverage: list[frozenset[int]] = []
_char_face: dict[str, int] = {}

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def register_fonts() -> None:
    """Register the bundled fonts with reportlab, once per process (thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        coverage = []
        for face in CHAIN:
            regular = TTFont(face.name, str(resource("fonts", face.file)),
                             subfontIndex=face.subfont)
            pdfmetrics.registerFont(regular)
            if face.bold_file:
                pdfmetrics.registerFont(TTFont(face.bold_name,
                                               str(resource("fonts", face.bold_file))))
            coverage.append(frozenset(regular.face.charToGlyph))
        pdfmetrics.registerFont(TTFont(SANS_ITALIC, str(resource("fonts",
                                                                  "NotoSans-Italic.ttf"))))
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC,
                                      boldItalic=SANS_BOLD)
        _coverage[:] = coverage
        _registered = True


def face_index(ch: str) -> int:
    """Index in :data:`CHAIN` of the first face that draws ``ch`` (0 if none does)."""
    index = _char_face.get(ch)
    if index is None:
        code = ord(ch)
        index = 0
        for i, cover in enumerate(_coverage):
            if code in cover:
                index = i
                break
        _char_face[ch] = index
    return index


def runs(text: str) -> list[tuple[int, str]]:
    """Split ``text`` into (face index, substring) runs; spaces join the current run."""
    if text.isascii():
        return [(0, text)] if text else []
    if _coverage and _coverage[0].issuperset(map(ord, text)):
        return [(0, text)]  # the common case, decided in C
    out: list[tuple[int, str]] = []
    current = -1
    start = 0
    for pos, ch in enumerate(text):
        index = current if ch in " \u00a0" and current >= 0 else face_index(ch)
        if index != current:
            if current >= 0:
                out.append((current, text[start:pos]))
            current, start = index, pos
    if current >= 0:
        out.append((current, text[start:]))
    return out


def font_name(index: int, bold: bool = False) -> str:
    face = CHAIN[index]
    return face.bold_name if bold else face.name


def fake_bold(index: int, bold: bool) -> bool:
    """Whether bold text in face ``index`` must be emulated (the face has no bold cut)."""
    return bold and CHAIN[index].bold_file is None


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds right-to-left letters (Arabic, Hebrew…)."""
    return _RTL.search(text) is not None


def markup(text: object, *, bold: bool = False) -> str:
    """Paragraph markup for a user string: escaped, each script in a font that has it.

    Runs in the main face take the paragraph style's font (so a bold style stays bold);
    other runs name their face, bold or regular as asked. Newlines become line breaks.
    """
    text = "" if text is None else str(text)
    parts = []
    for index, chunk in runs(text):
        esc = escape(chunk)
        if index == 0:
            parts.append(f"<b>{esc}</b>" if bold else esc)
        else:
            parts.append(f'<font face="{font_name(index, bold)}">{esc}</font>')
    out = "".join(parts)
    return out.replace("\n", "<br/>") if "\n" in out else out


def text_width(text: str | None, size: float, bold: bool = False) -> float:
    """Width of ``text`` in points when drawn with the fallback chain."""
    text = "" if text is None else str(text)  # an empty field of a damaged record
    if len(text) > 64:
        return _width(text, size, bold)
    return _short_width(text, size, bold)


def _width(text: str, size: float, bold: bool) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(chunk, font_name(i, bold), size) for i, chunk in runs(text))


# words and labels recur through a report (line breaking measures every word of every
# cell, often several times): their widths are remembered
_short_width = functools.lru_cache(maxsize=65536)(_width)


_TIES = (
    # "< 1 year", "≥ 5": a comparison stays with its number
    (re.compile(r"([<>≤≥]) (?=\d)"), "\\1\u00a0"),
    # "12 %", "3 ‰" (French puts a space before the sign)
    (re.compile(r"(\d) (?=[%‰])"), "\\1\u00a0"),
    # "SDG 10.7.1", "ILO C 97", "No. 143", "USD 1,200": a label or currency with its number
    (re.compile(r"\b(SDG|ODD|ODS|GCM|PMM|ILO|OIT|MOT|No\.|n°|№|[A-Z]{3}) (?=\d)"),
     "\\1\u00a0"),
    # "2,505 million USD": an amount in words with its currency code
    (re.compile(r"\b(thousand|million|billion|milliers|millions?|milliards?|millones|"
                r"milhões|mil|тыс\.|млн|млрд) (?=[A-Z]{3}\b)"), "\\1\u00a0"),
    # "1,200 USD", "5 000 EUR": a number with its currency code
    (re.compile(r"(\d) (?=[A-Z]{3}\b)"), "\\1\u00a0"),
    # "> 3 years", "24 Nov", "10 million": a number with the short word it counts
    (re.compile(r"(\d) (?=[^\W\d_]{1,7}\b)"), "\\1\u00a0"),
    # "5 000 000" typed with spaces between the thousands
    (re.compile(r"(\d) (?=\d{3}\b)"), "\\1\u00a0"),
)


_DIGIT = re.compile(r"\d")


def tie(text: str) -> str:
    """``text`` with no-break spaces where a line must not break: between a comparison, a
    label or a currency and its number, and between a number and its unit."""
    if " " not in text:
        return text
    # every rule but the amount-in-words one ties to a digit: most text has none
    ties = _TIES if _DIGIT.search(text) else _TIES[3:4]
    for pattern, space in ties:
        text = pattern.sub(space, text)
    return text


def fit(text: str | None, width: float, size: float, bold: bool = False) -> str:
    """``text`` shortened with an ellipsis so that it fits ``width`` (for one-line slots)."""
    text = "" if text is None else str(text)  # an empty field of a damaged record
    if text_width(text, size, bold) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # longest prefix that fits with the ellipsis
        mid = (lo + hi + 1) // 2
        if text_width(text[:mid].rstrip() + "…", size, bold) <= width:
            lo = mid
        else:
            hi = mid - 1
    cut = text[:lo]
    if lo < len(text) and not text[lo].isspace() and " " in cut:
        # shorten at a word ("…the Lorvania…", not "…the Lorvania Develo…") unless
        # that would throw away more than half of what fits
        words = cut.rsplit(" ", 1)[0]
        if len(words) * 2 >= lo:
            cut = words
    return cut.rstrip(" ,;:–—-") + "…"


def draw_text(canvas, x: float, y: float, text: str, size: float, *, bold: bool = False,
              anchor: str = "start", rtl: bool = False) -> float:
    """Draw one line on a canvas with the fallback chain; returns its width.

    ``anchor`` is ``start``, ``middle`` or ``end`` (of the drawn line, left to right).
    Right-to-left text is shaped and reordered first; bold in a face without a bold
    cut is filled and stroked.
    """
    from mainstream_desktop.report.bidi import visual

    line = visual(text, rtl) if (rtl or has_rtl(text)) else text
    pieces = runs(line)
    width = text_width(line, size, bold)
    if anchor == "middle":
        x -= width / 2
    elif anchor == "end":
        x -= width
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for index, chunk in pieces:
        name = font_name(index, bold)
        canvas.setFont(name, size)
        if fake_bold(index, bold):
            canvas.saveState()
            canvas.setStrokeColor(canvas._fillColorObj)  # the stroke thickens, same colour
            canvas.setLineWidth(size * EMBOLDEN)
            canvas.setLineJoin(1)
            canvas.drawString(x, y, chunk, mode=2)
            canvas.restoreState()
        else:
            canvas.drawString(x, y, chunk)
        x += stringWidth(chunk, name, size)
    return width
