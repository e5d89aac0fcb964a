"""Trends of the indicators, for the data inventory step: one indicator's series at a time.

The report prints every indicator with a trend as a small multiple; on the screen the
group looks at one at a time, large enough for the projector, and can pick any of its
breakdowns (women only, one region). The series, its scale and which values are out of
date come from :func:`core.evidence.trend_series`, the function the report's panels use,
and every number is written by :func:`core.evidence.format_quantity` (0.02 % stays
0.02 %, never 0.0 %).

Painted with QPainter like the other pictures, measured from the font (zoom and
presentation mode enlarge it), mirrored under a right-to-left layout (the first year on
the right, the value axis on the right). The keyboard walks the points (Left/Right,
Home/End; Enter opens the value for editing beside the chart), and the point in hand is
written under the chart and given to screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.app.inputs import best_match
from mainstream_desktop.app.pictures import palette
from mainstream_desktop.app.pictures.common import PictureFrame
from mainstream_desktop.core import evidence as ev_mod
from mainstream_desktop.core import refdata
from mainstream_desktop.core.evidence import STALE_YEARS, Evidence, TrendSeries
from mainstream_desktop.core.i18n import current_language

LINE = QColor(palette.BLUE)
CURRENT = QColor("#0B4F8A")  # a value within five years of the workshop: filled
STALE = QColor("#6B6B6B")  # an out-of-date value: hollow, grey (shape tells it, not hue)
STALE_BAND = QColor(0, 0, 0, 14)
RING = QColor("#C2410C")  # the keyboard's point, the focus colour of the heatmap
TICKS = 5  # at most this many steps on the value axis


def quantity(value: float, unit: str) -> str:
    """A value as the report writes it, in the window's language."""
    return ev_mod.format_quantity(value, unit, current_language())


def tick_text(value: float, unit: str) -> str:
    """An axis label: a percentage keeps its sign (0.02%), other units are named once,
    beside the chart, not on every tick."""
    return quantity(value, "%" if unit.strip().startswith("%") else "")


def dimension_label(key: str) -> str:
    return dict(refdata.choices("disaggregations")).get(key, key)


class _Canvas(QWidget):
    """The chart itself: axes, the line, a marker per year, the out-of-date band."""

    def __init__(self, owner: TrendView):
        super().__init__(owner)
        self.owner = owner
        self.series: TrendSeries | None = None
        self.tick_texts: list[tuple[float, str]] = []  # formatted once per series
        self.current = 0  # the keyboard's point
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_series(self, series: TrendSeries | None) -> None:
        self.series = series
        self.tick_texts = [(v, tick_text(v, series.unit)) for v in series.axis.ticks] \
            if series else []
        self.current = len(series.points) - 1 if series else 0
        self.update()

    def sizeHint(self) -> QSize:
        em = QFontMetricsF(self.font()).horizontalAdvance("M")
        return QSize(int(em * 40), int(em * 22))

    def minimumSizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(int(line * 14), int(line * 9))

    # --- geometry (logical: left to right; _x mirrors) --------------------------------
    def _plot(self) -> QRectF:
        """The plotting area in logical coordinates (the value labels on its start side)."""
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        widest = max((metrics.horizontalAdvance(text) for _, text in self.tick_texts),
                     default=line)
        left = widest + line
        top = line * 1.6  # room for the out-of-date band's label
        bottom = line * 2.0  # the years
        right = line * 1.2
        return QRectF(left, top, max(line, self.width() - left - right),
                      max(line, self.height() - top - bottom))

    def _x(self, x: float) -> float:
        return self.width() - x if self.isRightToLeft() else x

    def _year_x(self, plot: QRectF, year: float) -> float:
        s = self.series
        assert s is not None
        if s.first_year == s.last_year:
            return plot.center().x()
        pad = plot.width() * 0.03
        span = plot.width() - 2 * pad
        return plot.left() + pad + span * (year - s.first_year) / (s.last_year - s.first_year)

    def point_pos(self, index: int, plot: QRectF | None = None) -> QPointF:
        """Where point ``index`` is drawn, in widget coordinates (mirrored if RTL)."""
        s = self.series
        assert s is not None
        plot = plot or self._plot()
        p = s.points[index]
        y = plot.bottom() - plot.height() * s.axis.fraction(p.value)
        return QPointF(self._x(self._year_x(plot, p.year)), y)

    def point_at(self, pos: QPointF) -> int | None:
        """The point under (or nearest within a marker's reach of) ``pos``."""
        if self.series is None:
            return None
        reach = QFontMetricsF(self.font()).height() * 0.8
        best, best_d = None, reach * reach
        plot = self._plot()
        for i in range(len(self.series.points)):
            d = self.point_pos(i, plot) - pos
            dist = d.x() * d.x() + d.y() * d.y()
            if dist <= best_d:
                best, best_d = i, dist
        return best

    def _year_labels(self, plot: QRectF) -> list[int]:
        """The years written under the axis: every k-th, so that none overlap, always
        the first and (when it fits) the last."""
        s = self.series
        assert s is not None
        first, last = s.first_year, s.last_year
        metrics = QFontMetricsF(self.font())
        room = metrics.horizontalAdvance("0000") * 1.6
        per_year = (plot.width() * 0.94) / max(1, last - first)
        step = next((k for k in (1, 2, 5, 10, 20, 50) if per_year * k >= room), 100)
        years = list(range(first, last + 1, step))
        if years[-1] != last:
            if per_year * (last - years[-1]) < room:
                years.pop()
            years.append(last)
        return years

    # --- painting -----------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        s = self.series
        if s is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        plot = self._plot()
        rtl = self.isRightToLeft()
        ink = self.palette().color(self.foregroundRole())
        muted = QColor(ink)
        muted.setAlpha(170)
        self._paint_stale_band(painter, plot, line)
        # the value axis: a line per tick, its label on the start side
        painter.setFont(self.font())
        for v, text in self.tick_texts:
            y = plot.bottom() - plot.height() * s.axis.fraction(v)
            painter.setPen(QPen(QColor("#D0D0D0") if v else QColor("#808080"), 1))
            painter.drawLine(QPointF(self._x(plot.left()), y), QPointF(self._x(plot.right()), y))
            painter.setPen(muted)
            box = QRectF(0, y - line / 2, plot.left() - line * 0.4, line)
            box = QRectF(self._x(box.right()), box.top(), box.width(), line) if rtl else box
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | (
                Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight), text)
        # the years
        for year in self._year_labels(plot):
            x = self._x(self._year_x(plot, year))
            painter.setPen(QPen(QColor("#808080"), 1))
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + line * 0.25))
            painter.setPen(muted)
            painter.drawText(QRectF(x - line * 3, plot.bottom() + line * 0.3, line * 6, line),
                             Qt.AlignmentFlag.AlignCenter, str(year))
        self._paint_line(painter, plot, line)
        self._paint_markers(painter, plot, line)
        painter.end()

    def _paint_stale_band(self, painter: QPainter, plot: QRectF, line: float) -> None:
        """A shaded band over the years more than five years before the workshop (its
        edge half-way between the last such year and the first current one)."""
        s = self.series
        assert s is not None
        if not any(s.stale) or s.reference_year is None:
            return
        edge = plot.right()
        if s.first_year != s.last_year:
            edge = min(plot.right(), self._year_x(plot, s.reference_year - STALE_YEARS - 0.5))
        left, right = self._x(plot.left()), self._x(edge)
        band = QRectF(min(left, right), plot.top() - line * 1.4, abs(right - left),
                      plot.height() + line * 1.4)
        painter.fillRect(band, STALE_BAND)
        painter.fillRect(band, QBrush(QColor(0, 0, 0, 22), Qt.BrushStyle.BDiagPattern))
        painter.setPen(STALE)
        text = QCoreApplication.translate("TrendView", "Out of date")
        text = QFontMetricsF(self.font()).elidedText(text, Qt.TextElideMode.ElideRight,
                                                     band.width() - line * 0.4)
        painter.drawText(band.adjusted(line * 0.2, 0, -line * 0.2, 0),
                         Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter, text)

    def _paint_line(self, painter: QPainter, plot: QRectF, line: float) -> None:
        """Consecutive years joined by a solid line, a gap of years by a dotted one: a
        line across missing years is not a measurement."""
        s = self.series
        assert s is not None
        solid = QPen(LINE, max(2.0, line * 0.14))
        gap = QPen(LINE, max(1.5, line * 0.1), Qt.PenStyle.DashLine)
        for i in range(1, len(s.points)):
            painter.setPen(solid if s.points[i].year - s.points[i - 1].year == 1 else gap)
            painter.drawLine(self.point_pos(i - 1, plot), self.point_pos(i, plot))

    def _paint_markers(self, painter: QPainter, plot: QRectF, line: float) -> None:
        s = self.series
        assert s is not None
        r = max(3.5, line * 0.3)
        for i, old in enumerate(s.stale):
            c = self.point_pos(i, plot)
            if old:  # hollow grey square: out of date, told by shape as well as colour
                painter.setPen(QPen(STALE, max(1.5, r * 0.4)))
                painter.setBrush(QColor("#FFFFFF"))
                painter.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))
            else:
                painter.setPen(QPen(QColor("#FFFFFF"), max(1.0, r * 0.3)))
                painter.setBrush(CURRENT)
                painter.drawEllipse(c, r * 1.1, r * 1.1)
        if self.hasFocus() and s.points:
            c = self.point_pos(self.current, plot)
            painter.setPen(QPen(RING, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(c, r * 2.1, r * 2.1)

    # --- keyboard, mouse and tooltips ---------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        s = self.series
        if s is None:
            super().keyPressEvent(event)
            return
        key = event.key()
        forward = -1 if self.isRightToLeft() else 1  # Right goes later, mirrored in RTL
        moves = {Qt.Key.Key_Right: forward, Qt.Key.Key_Left: -forward,
                 Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}
        if key in moves:
            self.move_to(self.current + moves[key])
        elif key == Qt.Key.Key_Home:
            self.move_to(0)
        elif key == Qt.Key.Key_End:
            self.move_to(len(s.points) - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.owner.activate(self.current)
        else:
            super().keyPressEvent(event)

    def move_to(self, index: int) -> None:
        """Make point ``index`` the keyboard's point: described, and its tooltip shown."""
        s = self.series
        if s is None:
            return
        self.current = min(max(index, 0), len(s.points) - 1)
        text = self.owner.describe(self.current)
        self.owner.show_point(self.current)
        if self.isVisible():
            QToolTip.showText(self.mapToGlobal(self.point_pos(self.current).toPoint()), text,
                              self)
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event: QHelpEvent = event  # type: ignore[assignment]
            index = self.point_at(QPointF(help_event.pos()))
            if index is not None:
                QToolTip.showText(help_event.globalPos(), self.owner.describe(index), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.point_at(event.position())
        if index is not None:
            self.current = index
            self.owner.show_point(index)
            self.update()
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.point_at(event.position())
        if index is not None:
            self.owner.activate(index)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if self.series is not None:
            self.owner.show_point(self.current)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()


class TrendView(PictureFrame):
    """One indicator's values over the years: pick the indicator (type to search) and,
    when its values are broken down, the group."""

    recordActivated = Signal(str, str)  # register, record id: the value to edit

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trendView")
        self.evidence: Evidence | None = None
        self._listed: list[tuple[str, str]] = []  # (indicator id, title) in the box
        self._keys: list[tuple[str, str]] = []  # (dimension, category) in the group box
        self._how = ""  # how to use the chart, for screen readers
        self.indicator = QComboBox(self._body)
        self.indicator.setObjectName("trendIndicator")
        self.indicator.setEditable(True)
        self.indicator.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.indicator.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.indicator.setMinimumContentsLength(24)
        self.indicator.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        completer = QCompleter(self.indicator.model(), self.indicator)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.indicator.setCompleter(completer)
        self.indicator.lineEdit().setPlaceholderText(self.tr("Type to search…"))
        self.indicator.lineEdit().editingFinished.connect(self._typed)
        self.indicator.currentIndexChanged.connect(self._indicator_changed)
        self.indicator.setAccessibleName(self.tr("Indicator"))
        self.indicator.lineEdit().setAccessibleName(self.tr("Indicator"))
        indicator_label = QLabel(self.tr("&Indicator:"), self._body)
        indicator_label.setBuddy(self.indicator)
        self.group = QComboBox(self._body)
        self.group.setObjectName("trendGroup")
        self.group.setAccessibleName(self.tr("Breakdown"))
        # a steady width (the list's longest group made it jump, and squeeze the indicator
        # box, from one indicator to the next); the indicator's box takes the rest
        self.group.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.group.setMinimumContentsLength(16)
        self.group.currentIndexChanged.connect(self._group_changed)
        self.group_label = QLabel(self.tr("&Breakdown:"), self._body)
        self.group_label.setBuddy(self.group)
        self.caption = QLabel(self._body)
        self.caption.setObjectName("trendCaption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.canvas = _Canvas(self)
        self.canvas.setObjectName("trendCanvas")
        self.canvas.setAccessibleName(self.tr("Trend chart"))
        self.status = QLabel(self._body)
        self.status.setObjectName("trendPoint")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.status.font())
        bold.setBold(True)
        self.status.setFont(bold)
        self.legend_note = QLabel(self._body)
        self.legend_note.setObjectName("trendLegend")
        self.legend_note.setWordWrap(True)
        self.legend_note.setTextFormat(Qt.TextFormat.PlainText)
        pick = QHBoxLayout()
        pick.addWidget(indicator_label)
        pick.addWidget(self.indicator, 1)
        pick.addSpacing(12)
        pick.addWidget(self.group_label)
        pick.addWidget(self.group)
        column = QVBoxLayout(self._body)
        column.setContentsMargins(6, 6, 6, 6)
        column.addLayout(pick)
        column.addWidget(self.caption)
        column.addWidget(self.canvas, 1)
        column.addWidget(self.status)
        column.addWidget(self.legend_note)
        self.refresh()

    # --- data ---------------------------------------------------------------------
    def refresh(self) -> None:
        ws = self.workshop
        if ws is None:
            self.evidence = None
            self.canvas.set_series(None)
            self.no_workshop_message()
            return
        self.evidence = ev_mod.evidence(ws)
        listed = [(i.id, i.title) for i in self.evidence.indicators if ev_mod.series_keys(i)]
        if not listed:
            self.canvas.set_series(None)
            self.show_message(
                self.tr("No values recorded yet."),
                self.tr("Add them in the Values register or import a statistical table — "
                        "File ▸ Import indicator values…"))
            return
        chosen = self.current_indicator()
        if listed != self._listed:
            self._listed = listed
            self.indicator.blockSignals(True)
            self.indicator.clear()
            for key, title in listed:
                self.indicator.addItem(title, key)
            self.indicator.blockSignals(False)
        ids = [key for key, _ in listed]
        self.indicator.blockSignals(True)
        self.indicator.setCurrentIndex(ids.index(chosen) if chosen in ids else 0)
        self.indicator.blockSignals(False)
        self.indicator.lineEdit().setCursorPosition(0)
        self.show_picture()
        self._fill_groups()

    def current_indicator(self) -> str | None:
        data = self.indicator.currentData()
        return data if isinstance(data, str) else None

    def indicators(self) -> list[str]:
        """Ids of the indicators the box offers (tests and the smoke command)."""
        return [key for key, _ in self._listed]

    def select(self, indicator_id: str, dimension: str = "", category: str = "") -> bool:
        """Show ``indicator_id``'s series (its totals, or one group); False if it has none."""
        index = self.indicator.findData(indicator_id)
        if index < 0:
            return False
        self.indicator.setCurrentIndex(index)
        if (dimension, category) in self._keys:
            self.group.setCurrentIndex(self._keys.index((dimension, category)))
        return self.canvas.series is not None

    def _item(self) -> ev_mod.IndicatorEvidence | None:
        chosen = self.current_indicator()
        if self.evidence is None or chosen is None:
            return None
        return next((i for i in self.evidence.indicators if i.id == chosen), None)

    def _fill_groups(self) -> None:
        ind = self._item()
        keys = ev_mod.series_keys(ind) if ind is not None else []
        previous = self._keys[self.group.currentIndex()] if 0 <= self.group.currentIndex() < \
            len(self._keys) else ("", "")
        self._keys = keys
        self.group.blockSignals(True)
        self.group.clear()
        for dim, cat in keys:
            self.group.addItem(self.tr("Total") if not dim else self.tr(
                "{dimension}: {group}").format(dimension=dimension_label(dim), group=cat))
        self.group.setCurrentIndex(keys.index(previous) if previous in keys else 0)
        self.group.blockSignals(False)
        several = len(keys) > 1
        self.group.setVisible(several)
        self.group_label.setVisible(several)
        self._draw()

    def _indicator_changed(self, _index: int) -> None:
        self.indicator.lineEdit().setCursorPosition(0)  # the code and the name's start
        self._fill_groups()

    def _group_changed(self, _index: int) -> None:
        self._draw()

    def _typed(self) -> None:
        """Enter or leaving the box: the best match of what was typed ("remit" →
        the first remittance indicator), never text that is no indicator."""
        text = self.indicator.currentText().strip()
        if text and self.indicator.findText(text, Qt.MatchFlag.MatchFixedString) < 0:
            index = best_match(self.indicator, text)
            if index >= 0:
                self.indicator.setCurrentIndex(index)
                self.indicator.lineEdit().setCursorPosition(0)

    def _draw(self) -> None:
        ind = self._item()
        index = self.group.currentIndex()
        series = None
        if ind is not None and 0 <= index < len(self._keys) and self.evidence is not None:
            dim, cat = self._keys[index]
            series = ev_mod.trend_series(ind, self.evidence.reference_year, dim, cat,
                                         most_ticks=TICKS)
        self.canvas.set_series(series)
        if series is None:
            self.caption.setText("")
            self.status.setText("")
            self.legend_note.setText("")
            return
        unit = series.unit.strip() or self.tr("not recorded")
        sources = "; ".join(series.sources) or self.tr("not recorded")
        self.caption.setText(self.tr("Unit: {unit}    Source: {sources}").format(
            unit=unit, sources=sources))
        self._how = self.tr(
            "{title}: {count} values from {first} to {last}. Left and right arrow keys move "
            "from year to year, Enter opens the value.").format(
            title=series.title, count=len(series.points), first=series.first_year,
            last=series.last_year)
        self.show_point(self.canvas.current)
        year = self.evidence.reference_year if self.evidence else None
        if any(series.stale) and year is not None:
            self.legend_note.setText(self.tr(
                "Round dots: values of the last {n} years before the workshop ({year}); grey "
                "squares in the shaded years: older, out of date.").format(
                n=STALE_YEARS, year=year))
        elif year is None:
            self.legend_note.setText(self.tr(
                "The workshop has no dates yet: values cannot be judged out of date."))
        else:
            self.legend_note.setText("")

    # --- the point in hand --------------------------------------------------------
    def describe(self, index: int) -> str:
        """Point ``index`` in words: year (or period), value with its unit, source, and
        whether it is out of date."""
        s = self.canvas.series
        if s is None or not 0 <= index < len(s.points):
            return ""
        p = s.points[index]
        text = self.tr("{when}: {value}").format(when=p.period or str(p.year),
                                                 value=quantity(p.value, p.unit))
        if p.source:
            text += " — " + p.source
        if s.stale[index]:
            text += " " + self.tr("(out of date: more than {n} years before the "
                                  "workshop)").format(n=STALE_YEARS)
        return text

    def show_point(self, index: int) -> None:
        text = self.describe(index)
        # a line that starts with a year reads as left-to-right: the mark keeps it on the
        # reading side of a right-to-left window, where the labels above it stand
        rlm = "\u200f" if text and self.isRightToLeft() else ""
        self.status.setText(rlm + text)
        self.canvas.setAccessibleDescription(f"{text}\n{self._how}" if text else self._how)

    def activate(self, index: int) -> None:
        """Open the value behind point ``index`` beside the chart, to edit it."""
        s = self.canvas.series
        if s is not None and 0 <= index < len(s.points) and s.points[index].record:
            self.recordActivated.emit("indicator_values", s.points[index].record)


__all__ = ["TrendView"]
