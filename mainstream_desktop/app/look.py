"""The look of the window: the bundled fonts, two colour schemes and the style sheet.

Fusion with 9 pt DejaVu looked like a debugging tool on a projector. The bundled Noto
fonts are the application font (Arabic and Chinese fall back to the Noto Naskh and
WenQuanYi faces that ship beside it, so the window reads like the PDF report); the
colours are few and calm, with one accent, and every text colour is chosen so its
contrast with its background is at least 4.5:1 (WCAG 2.1 AA) — ``tests`` compute it
from the pairs declared here, in the normal and the presentation look alike.

Sizes are not set in the style sheet: fonts grow with the zoom and presentation mode
(``app.zoom``), which a point size in a style sheet would pin.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from mainstream_desktop.locations import resource

# The faces Qt falls back to, in order: Latin/Cyrillic, Arabic, Chinese, then symbols.
FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf",
              "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf", "wqy-microhei.ttc",
              "NotoSansSymbols2-Regular.ttf")
FONT_FAMILIES = ["Noto Sans", "Noto Naskh Arabic", "WenQuanYi Micro Hei", "DejaVu Sans",
                 "Noto Sans Symbols 2"]
BASE_POINT_SIZE = 10.0


def register_fonts() -> list[str]:
    """Add the bundled fonts to Qt's database; the families that loaded."""
    families: list[str] = []
    for name in FONT_FILES:
        path = resource("fonts", name)
        if not path.exists():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += [f for f in QFontDatabase.applicationFontFamilies(font_id)
                         if f not in families]
    return families


def application_font() -> QFont:
    """Noto Sans with its fallbacks, at the base size (zoom multiplies it)."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(BASE_POINT_SIZE)
    return font


@dataclass(frozen=True)
class Scheme:
    """The colours of one look. Each ``*_text`` is read on the background named beside
    it in :data:`TEXT_PAIRS` — the pairs the contrast test checks."""

    window: str
    base: str  # fields, tables, the navigator
    alternate: str
    text: str
    muted_text: str  # secondary text (counts, hints)
    accent: str  # the selection and the focus ring
    accent_text: str  # text on the accent
    border: str
    heading: str
    tab_text: str
    tab_selected_text: str
    tooltip: str
    tooltip_text: str
    focus: str  # the focus ring, against window and base


NORMAL = Scheme(window="#F4F5F7", base="#FFFFFF", alternate="#F0F3F7", text="#1C2430",
                muted_text="#4E5968", accent="#1F5FA8", accent_text="#FFFFFF",
                border="#C5CCD6", heading="#14304F", tab_text="#3C4756",
                tab_selected_text="#14304F", tooltip="#FFFDE8", tooltip_text="#1C2430",
                focus="#1F5FA8")
# On a projector pale colours wash out: darker text, a stronger accent, white ground.
PRESENTATION = Scheme(window="#FFFFFF", base="#FFFFFF", alternate="#F2F2F2", text="#000000",
                      muted_text="#333333", accent="#0B3D91", accent_text="#FFFFFF",
                      border="#7A7A7A", heading="#000000", tab_text="#1A1A1A",
                      tab_selected_text="#0B3D91", tooltip="#FFFFE0", tooltip_text="#000000",
                      focus="#C2410C")

# (text, background) attribute pairs of a Scheme that the window draws text with.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "window"), ("text", "base"), ("text", "alternate"), ("muted_text", "window"),
    ("muted_text", "base"), ("accent_text", "accent"), ("heading", "window"),
    ("tab_text", "window"), ("tab_selected_text", "base"), ("tooltip_text", "tooltip"),
    ("accent", "base"))
# Non-text pairs (the focus ring) need 3:1 (WCAG 2.1 SC 1.4.11).
FOCUS_PAIRS: tuple[tuple[str, str], ...] = (("focus", "window"), ("focus", "base"))


def relative_luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of ``#RRGGBB``."""
    c = QColor(colour)

    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG 2.1 contrast ratio of two colours (1 to 21)."""
    a, b = relative_luminance(fg), relative_luminance(bg)
    hi, lo = max(a, b), min(a, b)
    return (hi + 0.05) / (lo + 0.05)


def palette(s: Scheme) -> QPalette:
    """A QPalette of the scheme, so widgets the style sheet does not reach agree."""
    pal = QPalette()
    R = QPalette.ColorRole
    for role, colour in ((R.Window, s.window), (R.Base, s.base), (R.AlternateBase, s.alternate),
                         (R.Text, s.text), (R.WindowText, s.text), (R.ButtonText, s.text),
                         (R.Button, s.alternate), (R.Highlight, s.accent),
                         (R.HighlightedText, s.accent_text), (R.ToolTipBase, s.tooltip),
                         (R.ToolTipText, s.tooltip_text), (R.PlaceholderText, s.muted_text),
                         (R.Link, s.accent), (R.Mid, s.border)):
        pal.setColor(role, QColor(colour))
    pal.setColor(QPalette.ColorGroup.Disabled, R.Text, QColor(s.muted_text))
    pal.setColor(QPalette.ColorGroup.Disabled, R.WindowText, QColor(s.muted_text))
    pal.setColor(QPalette.ColorGroup.Disabled, R.ButtonText, QColor(s.muted_text))
    return pal


def stylesheet(s: Scheme) -> str:
    """A calm hierarchy: the navigator a quiet column, the page title dark, tabs
    underlined rather than boxed, and a focus ring on whatever has the keyboard."""
    return f"""
QMainWindow, QDialog {{ background: {s.window}; color: {s.text}; }}
QToolTip {{ background: {s.tooltip}; color: {s.tooltip_text}; border: 1px solid {s.border};
           padding: 4px; }}
QLabel#workshopTitle {{ color: {s.heading}; padding: 2px 4px 6px 4px; }}
QLabel#pageHeading {{ color: {s.heading}; }}
QListWidget#navigator {{ background: {s.base}; border: 1px solid {s.border};
                        border-radius: 4px; outline: none; }}
QListWidget#navigator:focus {{ border: 2px solid {s.focus}; }}
QTabWidget::pane {{ border: none; border-top: 1px solid {s.border}; }}
QTabBar::tab {{ color: {s.tab_text}; background: transparent; padding: 6px 12px;
               border: none; border-bottom: 3px solid transparent; }}
QTabBar::tab:selected {{ color: {s.tab_selected_text}; background: {s.base};
                        border-bottom: 3px solid {s.accent}; }}
QTabBar::tab:hover {{ border-bottom: 3px solid {s.border}; }}
QTabBar::tab:focus {{ border: 2px solid {s.focus}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDoubleSpinBox {{
    background: {s.base}; color: {s.text}; border: 1px solid {s.border}; border-radius: 3px;
    padding: 3px 4px; selection-background-color: {s.accent};
    selection-color: {s.accent_text}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QSpinBox:focus,
QDoubleSpinBox:focus {{ border: 2px solid {s.focus}; }}
QTextBrowser#guidance, QTextBrowser#guidance:focus {{ background: {s.alternate};
    color: {s.text}; border: 1px solid {s.border}; border-radius: 3px; padding: 0; }}
QTableView, QTreeView, QListView {{ background: {s.base}; color: {s.text};
    alternate-background-color: {s.alternate}; border: 1px solid {s.border};
    selection-background-color: {s.accent}; selection-color: {s.accent_text}; }}
QTableView:focus, QTreeView:focus, QListView:focus {{ border: 2px solid {s.focus}; }}
QHeaderView::section {{ background: {s.alternate}; color: {s.text}; border: none;
    border-bottom: 1px solid {s.border}; border-right: 1px solid {s.border};
    padding: 4px 6px; }}
QPushButton, QToolButton {{ color: {s.text}; }}
QPushButton {{ background: {s.base}; border: 1px solid {s.border}; border-radius: 4px;
              padding: 4px 12px; }}
QPushButton:hover {{ border-color: {s.accent}; }}
QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus {{
    border: 2px solid {s.focus}; border-radius: 4px; }}
QPushButton:default {{ background: {s.accent}; color: {s.accent_text};
                      border-color: {s.accent}; }}
QGraphicsView:focus, QAbstractScrollArea#coverageArea:focus {{ border: 2px solid {s.focus}; }}
QFrame#focusBar {{ background: {s.alternate}; border: 1px solid {s.border};
                  border-radius: 4px; }}
QLabel#focusStep {{ color: {s.heading}; }}
QLabel#focusQuestion {{ color: {s.text}; }}
QFrame#detailsPanel {{ background: {s.base}; border-left: 1px solid {s.border}; }}
"""


def apply(app: QApplication, scheme: Scheme = NORMAL) -> None:
    """Fonts, palette and style sheet on the application."""
    register_fonts()
    app.setFont(application_font())
    app.setPalette(palette(scheme))
    app.setStyleSheet(stylesheet(scheme))
