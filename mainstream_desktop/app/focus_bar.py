"""The strip the focus view keeps of the guidance: the step's name and the one guiding
question the room is discussing, with keys to the previous and next question.

In presentation mode the whole guidance (purpose, all questions, what is missing) took
nearly half of a 768-pixel projector; the room reads one question at a time, so that is
what stays on screen. The step's name wraps instead of being cut.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from mainstream_desktop.app import icons
from mainstream_desktop.core import refdata


class FocusBar(QFrame):
    """Step name, "Question 2 of 7" and the question; previous/next buttons."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("focusBar")
        self.setAccessibleName(self.tr("Question being discussed"))
        self.step = ""
        self.questions: list[str] = []
        self.index = 0
        self.step_label = QLabel(self)
        self.step_label.setObjectName("focusStep")
        self.step_label.setWordWrap(True)
        font = self.step_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.step_label.setFont(font)
        self.counter = QLabel(self)
        self.counter.setObjectName("focusCounter")
        self.question = QLabel(self)
        self.question.setObjectName("focusQuestion")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.previous_button = QToolButton(self)
        self.previous_button.setObjectName("previousQuestion")
        self.previous_button.setIcon(icons.icon("previous"))
        self.previous_button.setToolTip(self.tr("Previous question (Ctrl+,)"))
        self.previous_button.setAccessibleName(self.tr("Previous question"))
        self.previous_button.clicked.connect(self.previous_question)
        self.next_button = QToolButton(self)
        self.next_button.setObjectName("nextQuestion")
        self.next_button.setIcon(icons.icon("next"))
        self.next_button.setToolTip(self.tr("Next question (Ctrl+.)"))
        self.next_button.setAccessibleName(self.tr("Next question"))
        self.next_button.clicked.connect(self.next_question)
        for button in (self.previous_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        text = QVBoxLayout()
        text.setSpacing(2)
        head = QHBoxLayout()
        head.addWidget(self.step_label, 1)
        head.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignTop)
        text.addLayout(head)
        text.addWidget(self.question)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.previous_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(text, 1)
        row.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignVCenter)

    def set_step(self, step: str, title: str) -> None:
        """Show ``step``'s questions from the first (the same step keeps its place)."""
        self.step_label.setText(title)
        self.step_label.setToolTip(title)
        if step != self.step:
            self.step = step
            self.questions = refdata.guiding_questions(step) if step else []
            self.index = 0
        self._show()

    def next_question(self) -> None:
        if self.index + 1 < len(self.questions):
            self.index += 1
            self._show()

    def previous_question(self) -> None:
        if self.index > 0:
            self.index -= 1
            self._show()

    def current_question(self) -> str:
        return self.questions[self.index] if self.questions else ""

    def _show(self) -> None:
        has = bool(self.questions)
        self.question.setVisible(has)
        self.counter.setVisible(has)
        self.previous_button.setVisible(has)
        self.next_button.setVisible(has)
        if not has:
            self.setAccessibleDescription(self.step_label.text())
            return
        self.counter.setText(self.tr("Question {n} of {total}").format(
            n=self.index + 1, total=len(self.questions)))
        self.question.setText(self.current_question())
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index + 1 < len(self.questions))
        self.setAccessibleDescription(f"{self.step_label.text()}. {self.counter.text()}: "
                                      f"{self.current_question()}")
