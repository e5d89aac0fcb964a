"""The deliverables: the PDF report and the Excel workbook, written in a worker thread
with a progress bar and Cancel; and importing a filled-in workbook after a preview.

The export functions live in ``report`` and ``workbook``; they are imported only when
used, so neither reportlab nor openpyxl slows the window's start.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from mainstream_desktop.app import settings
from mainstream_desktop.app.dialogs import ImportPreviewDialog, safe_file_name
from mainstream_desktop.app.forms import child, load_form
from mainstream_desktop.app.pages.base import StepPage
from mainstream_desktop.app.workers import Worker, on_snapshot, require
from mainstream_desktop.core import enums
from mainstream_desktop.core.completeness import StepCompleteness
from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.i18n import translate


class DeliverablesPage(StepPage):
    step = ""
    open_results = True  # tests turn this off: no viewer should pop up

    def build(self) -> None:
        self.form: QWidget = load_form("deliverables.ui", self)
        self.language = child(self.form, "languageCombo", QComboBox)
        self.paper = child(self.form, "paperCombo", QComboBox)
        self.personal = child(self.form, "personalDataCheck", QCheckBox)
        self.watermark = child(self.form, "watermarkCheck", QCheckBox)
        self.logo = child(self.form, "logoEdit", QLineEdit)
        self.pdf_button = child(self.form, "pdfButton", QPushButton)
        self.xlsx_button = child(self.form, "xlsxButton", QPushButton)
        self.import_button = child(self.form, "importButton", QPushButton)
        self.progress_bar = child(self.form, "progressBar", QProgressBar)
        self.cancel_button = child(self.form, "cancelButton", QPushButton)
        self.status = child(self.form, "statusLabel", QLabel)
        self.folder_button = child(self.form, "folderButton", QPushButton)
        self.folder_button.clicked.connect(self.open_folder)
        self.folder_button.hide()
        note = child(self.form, "personalDataNote", QLabel)
        note.setBuddy(self.personal)  # the sentence explains the box it stands under
        self.personal.setToolTip(note.text())
        for key, label in enums.LANGUAGES:
            self.language.addItem(translate("Enum", label), key)
        wanted = self.doc.ws.workshop().get("language") or "en"
        self.language.setCurrentIndex(max(self.language.findData(wanted), 0))
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        child(self.form, "logoButton", QPushButton).clicked.connect(self._choose_logo)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.import_button.clicked.connect(self.import_workbook)
        self.cancel_button.clicked.connect(self.cancel)
        self.worker: Worker | None = None
        self._target: Path | None = None  # the export being written, if it is new
        self._target_existed = True
        self._set_busy(False)
        if self.doc.readonly:
            self.import_button.setToolTip(self.tr("The workshop is open read-only"))
        self.last_output: Path | None = None
        self.form.setMaximumWidth(self.form.fontMetrics().horizontalAdvance("M") * 60)
        self.tabs.addTab(self.form, self.tr("Report and workbook"))
        self.tabs.tabBar().hide()

    def _fill_guidance(self) -> None:
        """Instead of guiding questions: what each step still lacks, before exporting."""
        self.guide_button.hide()
        self.guidance.setText(self.tr("The report is written from what is in the workshop "
                                      "file now; it names the gaps it finds."))

    def _toggle_guidance(self, shown: bool) -> None:
        self.guidance_area.setVisible(True)

    def set_overview(self, steps: dict[str, StepCompleteness], titles: dict[str, str]) -> None:
        intro = self.tr("The report is written from what is in the workshop file now; it "
                        "names the gaps below.")
        parts = [f"<p>{escape(intro)}</p><ul>"]
        for step, sc in steps.items():
            state = (self.tr("complete") if not sc.missing else
                     self.tr("still to do: {items}").format(items="; ".join(sc.missing)))
            parts.append(f"<li><b>{escape(titles.get(step, step))}</b> "
                         f"({sc.done}/{sc.total}): {escape(state)}</li>")
        parts.append("</ul>")
        self.guidance.setText("".join(parts))

    # --- options --------------------------------------------------------------------------

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Organisers' logo"),
                                              settings.last_folder(),
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.logo.setText(path)

    def options(self) -> dict[str, Any]:
        logo = self.logo.text().strip()
        return {"language": self.language.currentData(),
                "personal_data": self.personal.isChecked(),
                "paper": self.paper.currentData(), "watermark": self.watermark.isChecked(),
                "logo": Path(logo) if logo else None}

    def restore_options(self, options: dict[str, Any]) -> None:
        """Choices made before the page was rebuilt (in another interface language)."""
        self.language.setCurrentIndex(max(self.language.findData(options["language"]), 0))
        self.paper.setCurrentIndex(max(self.paper.findData(options["paper"]), 0))
        self.personal.setChecked(bool(options["personal_data"]))
        self.watermark.setChecked(bool(options["watermark"]))
        self.logo.setText(str(options["logo"] or ""))

    # --- exporting -----------------------------------------------------------------------

    def default_target(self, kind: str) -> Path:
        base = Path(self.doc.path).parent if self.doc.path else Path(settings.last_folder())
        return base / safe_file_name(self.doc.title()).replace(".mainstream", f".{kind}")

    def export(self, kind: str, target: Path | None = None) -> None:
        """Ask where (unless given), then write the PDF or workbook in a worker thread."""
        if self.busy():
            return
        if target is None:
            filters = {"pdf": self.tr("PDF report (*.pdf)"),
                       "xlsx": self.tr("Excel workbook (*.xlsx)")}
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"),
                                                  str(self.default_target(kind)), filters[kind])
            if not path:
                return
            target = Path(path if path.lower().endswith(f".{kind}") else f"{path}.{kind}")
        try:
            job = self._pdf_job(target) if kind == "pdf" else self._xlsx_job(target)
        except ImportError as exc:
            self.status.setText(self.tr("This export is not available: {reason}").format(
                reason=exc))
            return
        # The exporters write atomically; should one ever leave a file behind when it
        # fails, a target that did not exist before is removed again (see _failed).
        self._target, self._target_existed = target, target.exists()
        self._start(job, self._exported)
        self.status.setText(self.tr("Writing {name}…").format(name=target.name))

    # The snapshot and the libraries are taken in the worker (issue 16: each blocked the
    # window 100-250 ms at scale 20-50); ``require`` only checks they are installed.
    def _pdf_job(self, target: Path):
        require("reportlab")
        opts = self.options()

        def work(snap, progress, cancel):
            from mainstream_desktop.report import ReportOptions, write_pdf

            options = ReportOptions(
                language=opts["language"], personal_data=opts["personal_data"],
                paper=opts["paper"], watermark=opts["watermark"], logo=opts["logo"])
            return write_pdf(snap, target, options, progress=progress, cancel=cancel)

        return on_snapshot(self.doc.ws, work)

    def _xlsx_job(self, target: Path):
        require("openpyxl")
        opts = self.options()

        def work(snap, progress, cancel):
            from mainstream_desktop.workbook import write_workbook

            return write_workbook(
                snap, target, language=opts["language"], personal_data=opts["personal_data"],
                progress=progress, cancel=cancel)

        return on_snapshot(self.doc.ws, work)

    def _start(self, job, on_success, on_failure: Callable[[str], None] | None = None) -> None:
        self.worker = Worker(job, self)
        self.worker.progressed.connect(self._progress)
        self.worker.succeeded.connect(on_success)
        self.worker.failed.connect(on_failure or self._failed)
        self.worker.cancelled.connect(self._cancelled)
        self.worker.finished.connect(lambda: self._set_busy(False))
        self._set_busy(True)
        self.worker.start()

    def _progress(self, done: int, total: int) -> None:
        self.progress_bar.setMaximum(max(total, 1))
        self.progress_bar.setValue(done)

    def _exported(self, path: object) -> None:
        self._target = None
        self.last_output = Path(str(path))
        self.status.setText(self.tr("Written: {path}").format(path=self.last_output))
        self.folder_button.show()
        self.message.emit(self.status.text())
        if self.open_results:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_output)))

    def open_folder(self) -> None:
        """The folder of the last export, in the system's file manager."""
        if self.last_output is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_output.parent)))

    def _failed(self, text: str) -> None:
        self._discard_partial()
        self.status.setText(self.tr("Failed: {reason}").format(reason=text))
        self.message.emit(self.status.text())

    def _cancelled(self) -> None:
        self._discard_partial()
        self.status.setText(self.tr("Cancelled; nothing was written."))

    def _discard_partial(self) -> None:
        target, existed, self._target = self._target, self._target_existed, None
        if target is not None and not existed:
            with contextlib.suppress(OSError):
                target.unlink(missing_ok=True)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _set_busy(self, busy: bool) -> None:
        for b in (self.pdf_button, self.xlsx_button):
            b.setEnabled(not busy)
        self.import_button.setEnabled(not busy and not self.doc.readonly)
        self.cancel_button.setEnabled(busy)
        self.progress_bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.folder_button.hide()  # until the new file is written
            self.progress_bar.setRange(0, 0)

    def busy(self) -> bool:
        return self.worker is not None and self.worker.isRunning()

    def shutdown(self) -> None:
        if self.busy():
            self.cancel()
            self.worker.wait(10_000)

    # --- importing -----------------------------------------------------------------------

    def import_workbook(self, source: Path | None = None) -> None:
        """Read a workbook in the worker, preview what it changes, apply on confirmation."""
        if self.doc.readonly or self.busy():
            return
        if source is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import workbook"),
                                                  settings.last_folder(),
                                                  self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return
            source = Path(path)

        def plan(snap: Any, source: Path) -> Any:
            from mainstream_desktop.workbook import plan_import

            return plan_import(snap, source)

        self._read(source, plan, self._planned)

    def import_values(self, source: Path | None = None) -> None:
        """Read a table of indicator values in the worker, preview it, apply on
        confirmation (the same dialog and one undo step, like a workbook)."""
        if self.doc.readonly or self.busy():
            return
        if source is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import indicator values"), settings.last_folder(),
                self.tr("Tables of values (*.csv *.xlsx *.txt)"))
            if not path:
                return
            source = Path(path)

        def plan(snap: Any, source: Path) -> Any:
            from mainstream_desktop.workbook.values_import import plan_values

            return plan_values(snap, source)

        self._read(source, plan, self._values_planned)

    def _read(self, source: Path, plan: Callable[[Any, Path], Any],
              done: Callable[[Any], None]) -> None:
        """Plan an import of ``source`` on a snapshot in the worker (the library loaded
        there, never on the UI thread), then hand the plan to ``done``."""
        try:
            require("openpyxl")
        except ImportError as exc:
            self.status.setText(self.tr("Importing is not available: {reason}").format(
                reason=exc))
            return
        self._start(on_snapshot(self.doc.ws, lambda snap, _p, _c: plan(snap, source)), done)
        self.status.setText(self.tr("Reading {name}…").format(name=source.name))

    def _values_planned(self, plan: Any) -> None:
        self.status.setText("")
        lines = [self.tr("Columns used: {columns}").format(columns="; ".join(plan.used))]
        if plan.ignored:
            lines.append(self.tr("Columns ignored: {columns}").format(
                columns="; ".join(plan.ignored)))
        lines.append(self.tr("Missing values (.., -, n/a) skipped: {n}").format(n=plan.missing))
        lines += plan.warnings[:20]
        dialog = ImportPreviewDialog(plan, self, title=self.tr("Import indicator values"),
                                     details="\n".join(lines))
        self.preview_dialog = dialog
        if dialog.exec() == ImportPreviewDialog.DialogCode.Accepted:
            self.apply_plan(plan, self.tr("Import indicator values"))

    def _planned(self, plan: object) -> None:
        self.status.setText("")
        dialog = ImportPreviewDialog(plan, self)
        if dialog.exec() == ImportPreviewDialog.DialogCode.Accepted:
            self.apply_plan(plan)

    def apply_plan(self, plan: object, what: str = "") -> None:
        """Back up the workshop in the worker, then apply ``plan`` in a slot (one undo step).

        The backup before an import used to be taken on the UI thread (75-82 ms CPU at
        scale 20, ~400 ms on a busy machine: issue 16). It is now a stepped copy through
        the window's own connection in the worker (:func:`app.backups.backup_job`), as the
        snapshots are; meanwhile the window is disabled, so no edit gets in between the
        backup and the import (should one, the import is refused as stale: the file is
        compared with the preview under the write lock)."""
        from mainstream_desktop.app.backups import backup_job

        if self.doc.readonly or self.busy():
            return
        if not self.doc.backup_before_import_ok(self):
            self.status.setText(self.tr("Not imported: no backup could be taken first."))
            return
        what = what or self.tr("Import workbook")
        self._start(backup_job(self.doc.ws.conn, "import", self.doc.ws.path),
                    lambda _path: self._apply_backed_up(plan, what), self._backup_failed)
        assert self.worker is not None
        window = self.window()
        window.setEnabled(False)  # edits held back until the import is applied
        self.worker.finished.connect(lambda: window.setEnabled(True))
        self.status.setText(self.tr("Backing up the workshop before the import…"))

    def _apply_backed_up(self, plan: object, what: str) -> None:
        from mainstream_desktop.workbook import apply_import

        self.window().setEnabled(True)
        try:
            result = self.doc.run(what, lambda ws: apply_import(ws, plan, backed_up=True))
        except UserError as exc:
            self.status.setText(self.tr("Failed: {reason}").format(reason=exc))
            return
        self.status.setText(self.tr("Imported: {n} change(s). Ctrl+Z takes the import back.")
                            .format(n=len(result.changes)))

    def _backup_failed(self, text: str) -> None:
        reason = translate("Import", "Nothing was imported: {reason}").format(reason=text)
        self.status.setText(self.tr("Failed: {reason}").format(reason=reason))
