"""The deliverables page: exports run in a worker with progress and can be cancelled;
a workbook import is previewed, applied as one undoable step."""

from __future__ import annotations

import threading

import pytest

from mainstream_desktop.core.errors import Cancelled
from tests.conftest import open_window


@pytest.fixture
def page(qtbot, demo_path):
    w = open_window(qtbot, demo_path)
    w.go_to(6)
    p = w.workspace.page(6)
    p.open_results = False
    yield p
    w.close_workshop()  # cancels and waits for a running export


def test_worker_reports_progress_and_cancels(qtbot):
    from mainstream_desktop.app.workers import Worker

    started = threading.Event()

    def job(progress, cancel):
        progress(1, 10)
        started.set()
        while not cancel():
            threading.Event().wait(0.01)
        raise Cancelled()

    worker = Worker(job)
    seen = []
    worker.progressed.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(worker.cancelled, timeout=5000):
        worker.start()
        assert started.wait(5)
        worker.cancel()
    worker.wait()
    assert seen == [(1, 10)]


def test_export_workbook_and_import_it_back(page, qtbot, tmp_path, monkeypatch):
    pytest.importorskip("mainstream_desktop.workbook", reason="the workbook module is not built")
    from mainstream_desktop.app.dialogs import ImportPreviewDialog

    target = tmp_path / "out.xlsx"
    page.export("xlsx", target)
    qtbot.waitUntil(lambda: not page.busy() and page.status.text() != "", timeout=60_000)
    qtbot.waitUntil(lambda: page.last_output is not None or "Failed" in page.status.text(),
                    timeout=60_000)
    assert page.last_output == target, page.status.text()
    assert target.exists()

    previews = []

    def accept(dialog):
        previews.append(dialog.apply_button.isEnabled())
        return ImportPreviewDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)
    page.import_workbook(target)
    qtbot.waitUntil(lambda: bool(previews), timeout=60_000)
    assert previews == [False]  # the same data: nothing to add or change


def test_export_pdf(page, qtbot, tmp_path):
    pytest.importorskip("mainstream_desktop.report", reason="the report module is not built")
    target = tmp_path / "out.pdf"
    page.export("pdf", target)
    assert page.busy() or page.last_output
    qtbot.waitUntil(lambda: page.last_output is not None or "Failed" in page.status.text(),
                    timeout=120_000)
    assert page.last_output == target, page.status.text()
    assert target.read_bytes().startswith(b"%PDF")


def test_cancel_an_export(page, qtbot, tmp_path):
    pytest.importorskip("mainstream_desktop.report", reason="the report module is not built")
    target = tmp_path / "cancelled.pdf"
    page.export("pdf", target)
    page.cancel()
    qtbot.waitUntil(lambda: not page.busy() and not page.status.text().startswith("Writing"),
                    timeout=120_000)
    assert "Cancelled" in page.status.text()
    assert page.last_output is None
    assert not target.exists()
