"""The guidance box shows whole lines, never a cut one at its foot (issue 16): in every
language, at the two smallest screens, at every zoom, at every scroll position, after the
user drags the splitter and after presentation mode."""

from __future__ import annotations

import pytest

from tests.conftest import open_window

STEP_PAGES = range(6)  # the deliverables page (7th) shows no guidance


def line_tops(box, pitch: int) -> list[int]:
    """Where each line box of the box's text starts, in document pixels, after checking
    that every paragraph starts on the grid of ``pitch`` and its lines follow one pitch
    apart (where the glyphs sit inside their line box depends on the font)."""
    doc = box.document()
    doc.size()
    tops = []
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        origin = layout.position().y()
        assert origin == int(origin) and int(origin) % pitch == 0, (origin, pitch)
        ys = [layout.lineAt(i).y() for i in range(layout.lineCount())]
        assert all(abs(y - ys[0] - i * pitch) < 0.01 for i, y in enumerate(ys)), ys
        tops += [int(origin) + i * pitch for i in range(len(ys))]
        block = block.next()
    return tops


def assert_whole_lines(box, where: str) -> None:
    pitch = box.fontMetrics().lineSpacing()
    assert box.pitch() == pitch, where  # (laid out again for the font, if it changed)
    height = box.viewport().height()
    assert height >= pitch and height % pitch == 0, (where, height, pitch)
    tops = line_tops(box, pitch)
    assert len(set(tops)) == len(tops), where  # one line per grid row, none overlapping
    bar = box.verticalScrollBar()
    assert bar.maximum() % pitch == 0, (where, bar.maximum(), pitch)
    for value in (*range(0, bar.maximum() + 1, max(1, pitch // 3)), bar.maximum()):
        bar.setValue(value)
        assert bar.value() % pitch == 0, (where, value, bar.value())
        for top in tops:  # no line crosses the top or the bottom edge
            y = top - bar.value()
            assert not (y < 0 < y + pitch) and not (y < height < y + pitch), (where, value, y)
    bar.setValue(0)


def shown_pages(window, qtbot):
    for index in STEP_PAGES:
        window.go_to(index)
        page = window.workspace.current_page()
        qtbot.waitUntil(page.guidance.isVisible, timeout=2000)
        qtbot.wait(10)  # a font change's new layout waits for the next turn of the loop
        yield index, page


@pytest.fixture(params=["en", "fr", "ar"])
def lang_window(request, qtbot, qapp, demo_path):
    from mainstream_desktop.app.application import install_translations

    install_translations(qapp, request.param)
    windows = []

    def make(width: int):
        w = open_window(qtbot, demo_path, size=(width, 768))
        windows.append(w)
        return w

    yield request.param, make
    for w in windows:
        w.close_workshop()
    install_translations(qapp, "en")


@pytest.mark.parametrize("width", [1366, 1024])
def test_guidance_shows_whole_lines_in_every_language(lang_window, qtbot, width) -> None:
    lang, make = lang_window
    window = make(width)
    for index, page in shown_pages(window, qtbot):
        box = page.guidance
        # a page opens at the top of its guidance: the step's purpose first, not its last
        # questions (the box's cursor at the end kept scrolling it down on every resize)
        assert box.verticalScrollBar().value() == 0, (lang, width, index)
        assert_whole_lines(box, f"{lang} {width} page {index}")
        assert box.verticalScrollBar().maximum() > 0 or box.line_count() * box.pitch() \
            == box.viewport().height()  # a text that fits is shown whole, with no room left


def test_guidance_stays_whole_lines_when_zoomed_dragged_and_presented(window, qtbot) -> None:
    zoom = window.presentation.zoom
    window.go_to(1)
    page = window.workspace.current_page()
    box = page.guidance
    qtbot.waitUntil(box.isVisible, timeout=2000)
    qtbot.wait(10)
    try:
        for factor in (1.25, 1.5, 0.8):
            zoom.set_factor(factor)
            qtbot.wait(20)
            assert_whole_lines(box, f"zoom {factor}")
    finally:
        zoom.reset()
    qtbot.wait(20)
    assert_whole_lines(box, "zoom back")
    # the user drags the splitter to a height between two lines: rounded to whole ones
    sizes = page.splitter.sizes()
    page.splitter.setSizes([sizes[0] + 7, sizes[1] - 7])
    page.splitter.splitterMoved.emit(sizes[0] + 7, 1)
    assert_whole_lines(box, "dragged")
    window.toggle_presentation()
    qtbot.wait(100)
    assert not box.isVisible()  # the focus view shows the question bar instead
    window.toggle_presentation()
    qtbot.waitUntil(box.isVisible, timeout=2000)
    qtbot.wait(100)
    assert_whole_lines(box, "after presentation")
