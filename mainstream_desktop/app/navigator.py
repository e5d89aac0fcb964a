"""The step navigator: each step with a bar showing how complete it is.

Completeness comes from ``core.completeness`` and is refreshed after every edit; the
tooltip lists what is still missing, so the facilitator can see where the group is.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from mainstream_desktop.core.completeness import StepCompleteness

RATIO_ROLE = Qt.ItemDataRole.UserRole + 10
COUNT_ROLE = Qt.ItemDataRole.UserRole + 11


class _StepDelegate(QStyledItemDelegate):
    """Name on the first line, a completeness bar and “3/5” below it."""

    compact = False  # the focus view: the step's number over its bar, no name

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                 ) -> QSize:
        fm = option.fontMetrics
        return QSize(fm.horizontalAdvance("M") * (3 if self.compact else 14),
                     int(fm.height() * 2.6) + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else QStyle()
        text = str(index.row() + 1) if self.compact else opt.text
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        pal = opt.palette
        fg = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        fm = opt.fontMetrics
        r = opt.rect.adjusted(10, 5, -10, -5)
        painter.save()
        painter.setPen(fg)
        font = opt.font
        font.setBold(selected)
        painter.setFont(font)
        line = QRect(r.left(), r.top(), r.width(), fm.height())
        painter.drawText(line, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight,
                                                       r.width()))
        ratio = index.data(RATIO_ROLE)
        count = index.data(COUNT_ROLE) or ""
        if ratio is not None:
            count_w = 0 if self.compact else fm.horizontalAdvance("00/00") + 6
            bar_h = max(6, fm.height() // 3)
            y = r.top() + fm.height() + (r.height() - fm.height() - bar_h) // 2
            rtl = opt.direction == Qt.LayoutDirection.RightToLeft
            bar = QRect(r.left() + (count_w if rtl else 0), y, r.width() - count_w, bar_h)
            painter.setPen(Qt.PenStyle.NoPen)
            # on the selection's colour the part done is drawn in the selected text's colour
            # over a faint track: the link blue vanished there, on the one step being worked on
            track = QColor(fg)
            track.setAlpha(70)
            painter.setBrush(track if selected else pal.color(QPalette.ColorRole.Mid))
            painter.drawRoundedRect(bar, 3, 3)
            done_w = int(bar.width() * ratio)
            if done_w:
                filled = QRect(bar.right() - done_w + 1 if rtl else bar.left(), y, done_w, bar_h)
                painter.setBrush(Qt.GlobalColor.darkGreen if ratio >= 1 else
                                 fg if selected else pal.color(QPalette.ColorRole.Link))
                painter.drawRoundedRect(filled, 3, 3)
            painter.setPen(fg)
            if self.compact:
                painter.restore()
                return
            small = QRect(r.left() if rtl else bar.right() + 4, y - fm.height() // 2 + bar_h // 2,
                          count_w - 4, fm.height())
            painter.drawText(small, Qt.AlignmentFlag.AlignCenter, count)
        painter.restore()


class Navigator(QListWidget):
    """The steps, one row each; the current row is the page shown."""

    def __init__(self, titles: list[str], parent=None):
        super().__init__(parent)
        self.setObjectName("navigator")
        self.delegate = _StepDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setAccessibleName(self.tr("Steps"))
        self.setAccessibleDescription(self.tr("The steps of the workshop and how complete each "
                                              "is; Alt+1 to Alt+9 go to a step"))
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for i, title in enumerate(titles):
            item = QListWidgetItem(title, self)
            item.setToolTip(title)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            if i < 9:
                item.setStatusTip(self.tr("Alt+{n}").format(n=i + 1))
        self.adjust_width()

    def set_compact(self, on: bool) -> None:
        """The focus view's slim column: numbers and bars (names in tooltips)."""
        self.delegate.compact = on
        self.adjust_width()
        self.doItemsLayout()

    def adjust_width(self) -> None:
        """Wide enough for the longest name in bold (the selected step is drawn bold:
        measured in the regular face, "Institutional mapping" was cut)."""
        bold = QFont(self.font())
        bold.setBold(True)
        fm = QFontMetrics(bold)
        if self.delegate.compact:
            self.setFixedWidth(fm.horizontalAdvance("M") * 3 + 24)
            return
        widest = max((fm.horizontalAdvance(self.item(i).text()) for i in range(self.count())),
                     default=100)
        self.setFixedWidth(max(widest, fm.horizontalAdvance("M") * 10) + 40)

    def set_completeness(self, steps: list[StepCompleteness | None]) -> None:
        for i, sc in enumerate(steps):
            item = self.item(i)
            if item is None:
                continue
            if sc is None:
                item.setData(RATIO_ROLE, None)
                continue
            item.setData(RATIO_ROLE, sc.ratio)
            item.setData(COUNT_ROLE, f"{sc.done}/{sc.total}")
            # what a screen reader says for the row: the name and the bar in words
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr(
                "{step}: {done} of {total} checks done").format(
                    step=item.text(), done=sc.done, total=sc.total))
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole,
                         self.tr("Still to do:") + " " + "; ".join(sc.missing)
                         if sc.missing else self.tr("Complete"))
            tip = item.text()
            if sc.missing:
                tip += "\n" + self.tr("Still to do:") + "\n• " + "\n• ".join(sc.missing)
            item.setToolTip(tip)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self.adjust_width()
            self.doItemsLayout()
