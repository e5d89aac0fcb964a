"""File ▸ Merge working-group files…: choose the copies, review, decide, write a new file.

The dialog has two pages. First the files: the workshop open in this window is offered
first (it is held by the window, so the worker merges a snapshot of it written to a
temporary file, never the file itself), and the groups' copies are added beside it. Then
the review, planned in a worker (:func:`core.merge.plan_merge`): what each file added,
changed and deleted, register by register under its step, and every conflict, one at a
time, each file's side with who changed it and when. The facilitator picks a side (or
lets the newest win for the rest); Merge… writes the result as a new file in a worker
(:func:`core.merge.write_merge`) and offers to open it.
"""

from __future__ import annotations

import gc
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.app import settings
from mainstream_desktop.app.dialogs import file_filter, safe_file_name, with_extension
from mainstream_desktop.app.document import Document
from mainstream_desktop.app.forms import child, load_form
from mainstream_desktop.app.workers import Worker
from mainstream_desktop.core import merge_review as mr
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.journal import stamp_text
from mainstream_desktop.core.merge import Conflict, ConflictKind, MergePlan
from mainstream_desktop.core.registers import register

OK_STYLE = "color: #14532d; background: #dcfce7; border-radius: 3px; padding: 6px;"
TODO_STYLE = "color: #7c2d12; background: #ffedd5; border-radius: 3px; padding: 6px;"
OPEN_ROLE = Qt.ItemDataRole.UserRole + 1  # the item that stands for the open workshop


_DETACHED: set[Worker] = set()  # reviews abandoned by Cancel, still finishing


@dataclass
class Review:
    """What the planning worker hands back: the plan and the names its sides need."""

    plan: MergePlan
    names: mr.Names


class MergeDialog(QDialog):
    """Choose the files, review what each changed and the conflicts, write the merge."""

    openRequested = Signal(str)  # the merged file, when the user wants to open it

    def __init__(self, doc: Document | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge working-group files"))
        self.doc = doc
        self.form = load_form("merge_review.ui", self)
        self.pages = child(self.form, "pages", QStackedWidget)
        self.files_page = child(self.form, "filesPage", QWidget)
        self.review_page = child(self.form, "reviewPage", QWidget)
        self.file_list = child(self.form, "fileList", QListWidget)
        self.summary = child(self.form, "summaryLabel", QLabel)
        self.tally_tree = child(self.form, "tallyTree", QTreeWidget)
        self.conflict_list = child(self.form, "conflictList", QListWidget)
        self.help = child(self.form, "conflictHelp", QLabel)
        self.sides_layout = child(self.form, "sidesLayout", QGridLayout)
        self.progress = child(self.form, "progressBar", QProgressBar)
        self.status = child(self.form, "statusLabel", QLabel)
        child(self.form, "addFilesButton", QPushButton).clicked.connect(self.choose_files)
        child(self.form, "removeFileButton", QPushButton).clicked.connect(self._remove_file)
        self.file_list.model().rowsInserted.connect(self._update_buttons)
        self.file_list.model().rowsRemoved.connect(self._update_buttons)
        self.conflict_list.currentRowChanged.connect(self._show_conflict)
        font = self.help.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.help.setFont(font)
        self.help.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        child(self.form, "reviewSplitter", QSplitter).setSizes([260, 340])
        child(self.form, "conflictSplitter", QSplitter).setSizes([380, 720])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        role = QDialogButtonBox.ButtonRole
        self.review_button = buttons.addButton(self.tr("Review the merge"), role.ActionRole)
        self.newest_button = buttons.addButton(self.tr("Newest wins for the rest"),
                                               role.ActionRole)
        self.newest_button.setToolTip(self.tr(
            "Decide every conflict still open by keeping the latest change (a name added "
            "twice keeps both records)"))
        self.merge_button = buttons.addButton(self.tr("Merge…"), role.AcceptRole)
        self.merge_button.setToolTip(self.tr("Write the merged workshop as a new file"))
        self.review_button.clicked.connect(self.review)
        self.newest_button.clicked.connect(self.newest_for_the_rest)
        self.merge_button.clicked.connect(self.choose_target)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.form)
        box.addWidget(buttons)

        self.plan: MergePlan | None = None
        self._groups: list[str] = []  # each source's name in the review, once per plan
        self.names: mr.Names = {}
        self.worker: Worker | None = None
        self.output: Path | None = None
        self._side_group: QButtonGroup | None = None
        self._tmp = Path(tempfile.mkdtemp(prefix="mainstream-merge-"))
        if doc is not None and doc.path is not None:
            self._add_item(Path(doc.path), is_open=True)
        self.pages.setCurrentWidget(self.files_page)
        self.progress.hide()
        self.resize(1180, 700)
        self._update_buttons()

    # --- the files -------------------------------------------------------------------------

    def inputs(self) -> list[tuple[Path, bool]]:
        """(path, is the open workshop) of each file, in order."""
        return [(Path(self.file_list.item(i).data(Qt.ItemDataRole.UserRole)),
                 bool(self.file_list.item(i).data(OPEN_ROLE)))
                for i in range(self.file_list.count())]

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Working groups' files to merge"), settings.last_folder(),
            file_filter())
        self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        """Add files once each; the open workshop chosen again is already listed."""
        known = {p.resolve() for p, _ in self.inputs()}
        for path in paths:
            if path.resolve() not in known:
                known.add(path.resolve())
                self._add_item(path, is_open=False)
        if paths:
            settings.set_last_folder(paths[0])

    def _add_item(self, path: Path, *, is_open: bool) -> None:
        text = (self.tr("{name} — the workshop open in this window").format(name=path.name)
                if is_open else path.name)
        item = QListWidgetItem(text, self.file_list)
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        item.setData(OPEN_ROLE, is_open)
        item.setToolTip(str(path))

    def _remove_file(self) -> None:
        row = self.file_list.currentRow()
        if row >= 0:
            self.file_list.takeItem(row)

    # --- planning --------------------------------------------------------------------------

    def review(self) -> None:
        """Plan the merge in a worker; the review page shows when it is done."""
        inputs = self.inputs()
        if len(inputs) < 2 or self.busy():
            return
        snap = self.doc.ws.snapshot() if self.doc is not None and any(
            is_open for _, is_open in inputs) else None
        tmp = self._tmp

        def job(_progress, _cancel) -> Review:
            from mainstream_desktop.core.merge import plan_merge

            paths = []
            try:
                for path, is_open in inputs:
                    if is_open and snap is not None:
                        target = tmp / path.name
                        target.unlink(missing_ok=True)
                        snap.save_copy(target)  # the window holds the file: merge a snapshot
                        paths.append(target)
                    else:
                        paths.append(path)
            finally:
                if snap is not None:
                    snap.close()
            # a large merge builds millions of journal entries: Python's full collections
            # of them paused the window 100–170 ms at a time (the UI thread waits for the
            # collector); none of them is garbage until the plan is made
            gc.disable()
            try:
                plan = plan_merge(paths)
            finally:
                gc.enable()
            return Review(plan, mr.record_names(plan))

        self.status.setText(self.tr("Reading {n} files…").format(n=len(inputs)))
        self._start(job, self._planned)

    def _planned(self, review: object) -> None:
        assert isinstance(review, Review)
        self.plan, self.names = review.plan, review.names
        self._groups = [self._group_name(s.index) for s in self.plan.sources]
        self.status.setText("")
        self._fill_tallies()
        self.conflict_list.clear()
        for _ in self.plan.conflicts:
            QListWidgetItem(self.conflict_list)
        for i in range(len(self.plan.conflicts)):
            self._refresh_item(i)
        self.pages.setCurrentWidget(self.review_page)
        if self.plan.conflicts:
            self.conflict_list.setCurrentRow(0)
        else:
            self.help.setText(self.tr("No conflicts: the files' changes fit together."))
        self._update_buttons()

    def group_name(self, index: int) -> str:
        return self._groups[index]

    def _group_name(self, index: int) -> str:
        """A source as the facilitator knows it: its working group, or “This workshop”
        for the open file when it is no group's copy (the core names it by device)."""
        assert self.plan is not None
        if self.inputs()[index][1] and (self.doc is None or not self.doc.group()):
            return self.tr("This workshop")
        return self.plan.sources[index].group

    def _fill_tallies(self) -> None:
        assert self.plan is not None
        tree = self.tally_tree
        tree.clear()
        sources = self.plan.sources
        tree.setColumnCount(1 + len(sources))
        tree.setHeaderLabels([self.tr("Step and register")] + [
            f"{self.group_name(s.index)}\n{s.path.name}" for s in sources])
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 1 + len(sources)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
            tree.headerItem().setTextAlignment(col, Qt.AlignmentFlag.AlignCenter)
        bold = QFont(tree.font())
        bold.setBold(True)
        step = None
        rows = mr.tally_rows(self.plan)
        for row in rows:
            if row.step != step:
                step = row.step
                head = QTreeWidgetItem(tree, [mr.step_title(step)])
                head.setFont(0, bold)
                head.setFirstColumnSpanned(True)
            item = QTreeWidgetItem(tree, ["    " + translate("Register", register(
                row.table).label)])
            for s in sources:
                tally = row.tallies.get(s.index)
                item.setText(1 + s.index, mr.tally_text(tally) or "·")
                item.setTextAlignment(1 + s.index, Qt.AlignmentFlag.AlignCenter)
                if tally is not None:
                    item.setToolTip(1 + s.index, mr.tally_words(tally))
        if not rows:
            QTreeWidgetItem(tree, [self.tr("No file changed anything since the copies were "
                                           "made.")])

    # --- conflicts -------------------------------------------------------------------------

    def _refresh_item(self, row: int) -> None:
        assert self.plan is not None
        c = self.plan.conflicts[row]
        mark = "✓" if c.decided else "●"
        text = f"{mark} {mr.kind_title(c.kind)}\n    {mr.record_label(self.plan, c, self.names)}"
        if c.decided:
            text += "\n    → " + self._decision_text(c)
        item = self.conflict_list.item(row)
        item.setText(text)
        item.setToolTip(self.plan.describe(c))
        item.setForeground(Qt.GlobalColor.darkGreen if c.decided else Qt.GlobalColor.black)

    def _decision_text(self, c: Conflict) -> str:
        if c.keep_both:
            return self.tr("keep both")
        assert c.choice is not None and self.plan is not None
        return self.tr("{group}'s version").format(
            group=self.group_name(c.sides[c.choice].source))

    def _show_conflict(self, row: int) -> None:
        """Each file's side of the conflict, with a choice for each."""
        while self.sides_layout.count():
            w = self.sides_layout.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        if self.plan is None or not 0 <= row < len(self.plan.conflicts):
            self.help.setText("")
            return
        c = self.plan.conflicts[row]
        self.help.setText(mr.kind_help(self.plan, c, self.names))
        group = QButtonGroup(self)
        group.setExclusive(True)
        self._side_group = group
        grid = self.sides_layout
        heads = (self.tr("Keep"), self.tr("Version"), self.tr("Changed by"), self.tr("When"))
        for col, text in enumerate(heads):
            label = QLabel(f"<b>{text}</b>")
            grid.addWidget(label, 0, col)
        grid.setColumnStretch(1, 1)
        for i, s in enumerate(c.sides):
            radio = QRadioButton(self.group_name(s.source))
            radio.setObjectName(f"side{i}")
            radio.setChecked(not c.keep_both and c.choice == i)
            group.addButton(radio, i)
            value = QLabel(mr.side_text(self.plan, c, s, self.names))
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setStyleSheet("background: palette(base); padding: 4px;")
            who = QLabel(mr.who(s))
            who.setWordWrap(True)
            who.setTextFormat(Qt.TextFormat.PlainText)
            when = QLabel(stamp_text(s.hlc))
            for w, name in ((value, "sideValue"), (who, "sideWho"), (when, "sideWhen")):
                w.setObjectName(name)  # data, not chrome: the translation test skips them
            for col, w in enumerate((radio, value, who, when)):
                grid.addWidget(w, 1 + i, col, Qt.AlignmentFlag.AlignTop)
        if c.renamable:  # names can be told apart by renaming; joins cannot
            both = QRadioButton(self.tr("Keep all of them (all but the oldest are renamed "
                                        "after their group)"))
            both.setObjectName("keepBoth")
            both.setChecked(c.keep_both)
            group.addButton(both, len(c.sides))
            grid.addWidget(both, 1 + len(c.sides), 0, 1, 4)
        group.idClicked.connect(lambda i, row=row: self.decide(row, i))

    def decide(self, row: int, side: int) -> None:
        """Keep side ``side`` of conflict ``row`` (one past the sides: keep both)."""
        assert self.plan is not None
        c = self.plan.conflicts[row]
        if c.kind == ConflictKind.CLASH and side == len(c.sides):
            c.decide(None, keep_both=True)
        else:
            c.decide(side)
        self._refresh_item(row)
        self._update_buttons()

    def newest_for_the_rest(self) -> None:
        if self.plan is None:
            return
        self.plan.resolve("newest")
        for i in range(len(self.plan.conflicts)):
            self._refresh_item(i)
        self._show_conflict(self.conflict_list.currentRow())
        self._update_buttons()

    # --- writing ---------------------------------------------------------------------------

    def choose_target(self) -> None:
        if self.plan is None or self.plan.undecided or self.busy():
            return
        first = self.inputs()[0][0]
        title = self.doc.title() if self.doc is not None else first.stem
        suggestion = first.with_name(safe_file_name(title).replace(
            ".mainstream", "-" + self.tr("merged") + ".mainstream"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the merged workshop as"),
                                              str(suggestion), file_filter())
        if path:
            self.merge_to(with_extension(path))

    def merge_to(self, target: Path) -> None:
        """Write the merge to ``target`` in a worker; never over one of its inputs."""
        if self.plan is None or self.plan.undecided or self.busy():
            return
        if target.exists() and any(target.resolve() == p.resolve() for p, _ in self.inputs()):
            self.status.setText(self.tr("“{name}” is one of the files being merged; choose "
                                        "a new file for the result.").format(name=target.name))
            return
        plan = self.plan

        def job(_progress, _cancel) -> int:
            from mainstream_desktop.core.merge import write_merge

            # The file dialog asked before replacing a file; inputs are refused above and
            # by write_merge, a workshop open elsewhere by its lock.
            return write_merge(plan, target, force=True)

        self.output = target
        self.status.setText(self.tr("Writing {name}…").format(name=target.name))
        self._start(job, self._merged)

    def _merged(self, applied: object) -> None:
        assert self.output is not None
        self.status.setText(self.tr("Merged: {n} change(s) written to {path}.").format(
            n=applied, path=self.output))
        settings.set_last_folder(self.output)
        answer = QMessageBox.question(
            self, self.tr("Merge written"),
            self.tr("The merged workshop was written to “{name}”. None of the merged files "
                    "was changed. Open the merged workshop now?").format(
                name=self.output.name),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            QMessageBox.StandardButton.Open)
        self.accept()
        if answer == QMessageBox.StandardButton.Open:
            self.openRequested.emit(str(self.output))

    # --- plumbing --------------------------------------------------------------------------

    def _start(self, job, on_success) -> None:
        self.worker = Worker(job, self)
        self.worker.succeeded.connect(on_success)
        self.worker.failed.connect(self._failed)
        self.worker.finished.connect(self._finished)
        self.progress.show()
        self.worker.start()
        self._update_buttons()  # after start: busy() is true from here on

    def _finished(self) -> None:
        self.progress.hide()
        self._update_buttons()

    def _failed(self, text: str) -> None:
        self.output = None
        self.status.setText(self.tr("Failed: {reason}").format(reason=text))

    def busy(self) -> bool:
        return self.worker is not None and self.worker.isRunning()

    def _update_buttons(self) -> None:
        busy = self.busy()
        for name in ("addFilesButton", "removeFileButton"):  # the files being read stay put
            child(self.form, name, QPushButton).setEnabled(not busy)
        self.file_list.setEnabled(not busy)
        on_files = self.pages.currentWidget() is self.files_page
        self.review_button.setVisible(on_files)
        self.review_button.setEnabled(not busy and self.file_list.count() >= 2)
        self.newest_button.setVisible(not on_files)
        self.merge_button.setVisible(not on_files)
        undecided = len(self.plan.undecided) if self.plan is not None else 0
        self.newest_button.setEnabled(not busy and undecided > 0)
        self.merge_button.setEnabled(not busy and self.plan is not None and not undecided)
        if self.plan is not None:
            self._update_summary(undecided)

    def _update_summary(self, undecided: int) -> None:
        assert self.plan is not None
        files = QCoreApplication.translate("MergeDialog", "{n} files").format(
            n=len(self.plan.sources))
        total = len(self.plan.conflicts)
        if not total:
            text = QCoreApplication.translate(
                "MergeDialog", "{files}; no conflicts. Press Merge… to write the merged "
                "workshop.").format(files=files)
        elif undecided:
            text = QCoreApplication.translate(
                "MergeDialog", "{files}; {total} conflict(s), {left} still to decide: "
                "choose a version for each, or let the newest win for the rest."
            ).format(files=files, total=total, left=undecided)
        else:
            text = QCoreApplication.translate(
                "MergeDialog", "{files}; all {total} conflict(s) decided. Press Merge… "
                "to write the merged workshop.").format(files=files, total=total)
        self.summary.setText(text)
        self.summary.setStyleSheet(TODO_STYLE if undecided else OK_STYLE)

    def done(self, result: int) -> None:
        worker = self.worker
        if worker is not None and worker.isRunning():
            if self.output is not None:
                return  # writing: the result appears whole in a moment; closing waits for it
            # reviewing: drop the plan and let the thread end on its own (waiting here froze
            # the window for seconds on a large workshop); the copies it reads go with it
            for signal in (worker.succeeded, worker.failed, worker.finished):
                signal.disconnect()
            tmp = self._tmp
            worker.setParent(None)
            _DETACHED.add(worker)
            app = QCoreApplication.instance()
            if app is not None:  # quitting meanwhile waits for it, never kills it mid-read
                app.aboutToQuit.connect(worker.wait)
            worker.finished.connect(lambda: (shutil.rmtree(tmp, ignore_errors=True),
                                             _DETACHED.discard(worker)))
            super().done(result)
            return
        shutil.rmtree(self._tmp, ignore_errors=True)
        super().done(result)
