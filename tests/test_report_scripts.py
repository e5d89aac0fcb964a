"""Chinese and Arabic typography in the report: line breaks, column widths, bold, list
separators, and charts mirrored for right-to-left reports."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from mainstream_desktop.core.store import Workshop
from mainstream_desktop.report import ReportOptions, write_pdf
from mainstream_desktop.report.fonts import register_fonts, text_width
from mainstream_desktop.report.tables import PAD, column_widths

CLOSING = "，。、；：！？）」』】"
OPENING = "（「『【《"
# A long Chinese action title with Latin words inside and punctuation everywhere.
ZH_TITLE = ("制定并通过国家劳动力移民政策（Employment），明确部际协调机制、职责分工和监测框架；"
            "在Timeframe内完成：立法审查、预算编列和能力建设！确保「Diaspora」参与。") * 2
HEADERS = ["#", "Title", "Sector", "Responsible", "Timeframe", "Priority", "Cost", "Indicator"]
ROW = ["40", ZH_TITLE, "Employment and labour markets", "Department of Overseas Employment",
       "Short term (< 1 year)", "High", "120,000\u00a0USD", "SDG-10.7.2"]


def test_a_chinese_title_does_not_squeeze_the_other_columns_until_words_break() -> None:
    register_fonts()
    size = 8.2
    widths = column_widths(HEADERS, [ROW], 481.9, size, wide=[1])
    assert abs(sum(widths) - 481.9) < 0.01
    for i, (head, cell) in enumerate(zip(HEADERS, ROW, strict=True)):
        if i == 1:
            continue
        longest = max(text_width(w, size, True) for w in head.split())
        longest = max([longest] + [text_width(w, size) for w in cell.split(" ")])
        assert widths[i] >= longest + PAD - 0.01, (head, widths[i], longest)
    assert widths[1] > 100  # the title still gets the most room


def test_the_number_column_never_wraps_even_when_words_do_not_fit() -> None:
    register_fonts()
    crafted = ["x" * 300, "y" * 300, "z" * 300]
    widths = column_widths(["#", "A", "B", "C"], [["40", *crafted]], 300.0, 8.2)
    assert widths[0] >= text_width("40", 8.2) + PAD
    assert widths[0] >= text_width("#", 8.2, True) + PAD
    assert abs(sum(widths) - 300.0) < 0.01


@pytest.mark.parametrize("width", [85, 97, 120, 150, 233, 300])
def test_chinese_lines_keep_punctuation_and_latin_words_whole(width: float) -> None:
    from mainstream_desktop.report.cjk import break_cjk, least_width

    register_fonts()
    assert least_width(ZH_TITLE, 9) < 85  # so every width here holds the longest word
    lines = break_cjk(ZH_TITLE, width, 9)
    assert "".join(lines) == ZH_TITLE  # nothing lost, no space added
    assert len(lines) > 2
    for line in lines:
        assert text_width(line, 9) <= width + 0.01, line
        assert line[0] not in CLOSING, line
        assert line[-1] not in OPENING, line
    for word in ("Employment", "Timeframe", "Diaspora"):
        assert any(word in line for line in lines), word


def test_chinese_with_spaces_breaks_at_them_and_cuts_an_overlong_word() -> None:
    from mainstream_desktop.report.cjk import break_cjk, least_width

    register_fonts()
    text = "使用 Mainstream Desktop 生成报告。"
    lines = break_cjk(text, 70, 9)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(text_width(ln, 9) <= 70 for ln in lines)
    assert any("Mainstream" in ln for ln in lines) and any("Desktop" in ln for ln in lines)
    assert all(ln == ln.strip() for ln in lines) and lines[-1].endswith("告。")
    cut = break_cjk("劳" + "x" * 200, 50, 9)
    assert "".join(cut) == "劳" + "x" * 200 and all(text_width(ln, 9) <= 50 for ln in cut)
    assert least_width("劳动部（Employment）", 9) == text_width("（Employment）", 9)
    assert least_width("劳动部", 9) == text_width("劳", 9)


def _content(reader: PdfReader) -> bytes:
    return b"".join(page.get_contents().get_data() for page in reader.pages)


@pytest.fixture(scope="module")
def zh_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("zh")
    ws = Workshop.create(folder / "zh.mainstream", title="移民与发展国家磋商", country="CHN")
    try:
        ws.insert("actions", {"title": ZH_TITLE, "priority": "high", "timeframe": "short",
                              "description": "说明：" + ZH_TITLE})
        ws.insert("actions", {"title": "Employment", "priority": "low"})
        return write_pdf(ws, folder / "zh.pdf", ReportOptions(language="zh"))
    finally:
        ws.close()


def test_a_chinese_report_wraps_by_character_and_keeps_text_extractable(zh_pdf: Path) -> None:
    reader = PdfReader(zh_pdf)
    lines = [part.strip() for page in reader.pages
             for ln in page.extract_text(extraction_mode="layout").splitlines()
             for part in re.split(r"\s{3,}", ln) if part.strip()]  # table cells apart
    assert not [ln for ln in lines if ln[0] in CLOSING]
    text = "".join(lines)
    for word in ("Employment", "Timeframe", "Diaspora", "移民与发展国家磋商"):
        assert word in text, word


def test_bold_chinese_is_stroked(zh_pdf: Path) -> None:
    """Headings and table heads in Chinese are filled and stroked (render mode 2)."""
    content = _content(PdfReader(zh_pdf))
    assert len(re.findall(rb"\b2 Tr\b", content)) >= 5


def test_bold_chinese_on_the_canvas_is_stroked_and_latin_is_not(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    from mainstream_desktop.report.fonts import draw_text

    register_fonts()
    canvas = Canvas(str(tmp_path / "c.pdf"), pageCompression=0)
    draw_text(canvas, 10, 10, "Plan", 9, bold=True)
    canvas.showPage()
    draw_text(canvas, 10, 10, "内容提要", 9, bold=True)
    canvas.save()
    pages = PdfReader(tmp_path / "c.pdf").pages
    assert b"2 Tr" not in pages[0].get_contents().get_data()
    assert b"2 Tr" in pages[1].get_contents().get_data()
    assert "内容提要" in pages[1].extract_text()


@pytest.mark.parametrize(("language", "joined", "strong"), [
    ("ar", "أ\u060c ب\u060c ج", "أ\u061b ب\u061b ج"),
    ("zh", "甲\u3001乙\u3001丙", "甲\u3001乙\u3001丙"),
    ("en", "a, b, c", "a; b; c"),
    ("fr", "a, b, c", "a; b; c"),
])
def test_lists_are_joined_as_the_language_writes_them(empty_ws: Workshop, language: str,
                                                      joined: str, strong: str) -> None:
    from mainstream_desktop.report.context import Ctx
    from mainstream_desktop.report.styles import make_styles

    ctx = Ctx(empty_ws, make_styles(language == "ar"), language, False, 400, 700)
    items = joined.replace("\u060c", "").replace("\u3001", " ").replace(",", "").split()
    assert ctx.join(items) == joined
    assert ctx.join(items, strong=True) == strong
    if language == "zh":  # items holding 、 themselves are set apart with ；
        assert ctx.join(["城市发展、住房", "卫生"]) == "城市发展、住房\uff1b卫生"


def test_the_arabic_summary_names_weak_sectors_with_the_arabic_comma(demo_ws: Workshop) -> None:
    from mainstream_desktop.core.i18n import language
    from mainstream_desktop.report.context import Ctx
    from mainstream_desktop.report.styles import make_styles
    from mainstream_desktop.report.summary import gaps

    with language("ar"):
        ctx = Ctx(demo_ws, make_styles(True), "ar", False, 400, 700)
        weak = [g for g in gaps(ctx) if "\u060c " in g]
    assert weak, "the weak sectors are listed with the Arabic comma"
    assert not any(", " in g for g in weak)


# --- charts in a right-to-left report ---------------------------------------------------

def _texts(drawing) -> list[tuple[float, float, str, bool]]:
    """(x, y, text, rotated) of every label: each label group's first string, or the
    origin of a rotated group."""
    from reportlab.graphics.shapes import Group, String

    out: list[tuple[float, float, str, bool]] = []

    def walk(node, rotated: tuple[float, float] | None) -> None:
        for item in node.contents:
            if isinstance(item, Group):
                t = item.transform
                turn = (t[4], t[5]) if t[1] or t[2] else rotated
                strings = [s for s in item.contents if isinstance(s, String)]
                if strings and len(strings) == len(item.contents):
                    x, y = turn or (min(s.x for s in strings), strings[0].y)
                    text = "".join(s.text for s in strings)
                    out.append((x, y, text, turn is not None))
                else:
                    walk(item, turn)
            elif isinstance(item, String):
                out.append((item.x, item.y, item.text, rotated is not None))

    walk(drawing, None)
    return out


@pytest.fixture(scope="module")
def chart_data(demo_master: Path, tmp_path_factory: pytest.TempPathFactory):
    import shutil

    from mainstream_desktop.core import figures

    register_fonts()
    path = tmp_path_factory.mktemp("charts") / "demo.mainstream"
    shutil.copy(demo_master, path)
    ws = Workshop.open(path)
    try:
        return (figures.power_interest(ws), figures.network(ws, iterations=20),
                figures.coverage_matrix(ws), figures.coherence_by_sector(ws))
    finally:
        ws.close()


def _families(types) -> list[str]:
    """Legend labels of the stakeholder families present, in legend order."""
    from mainstream_desktop.report.charts.base import group_label, type_group

    return [group_label(g) for g in sorted({type_group(t) for t in types})]


def _legend_row(texts, labels: list[str]) -> list[float]:
    by_text = {t: x for x, _, t, _ in texts}
    return [by_text[t] for t in labels]


def test_the_power_interest_grid_mirrors_in_rtl(chart_data) -> None:
    from mainstream_desktop.report.charts import power_interest_chart
    points = chart_data[0]
    width = 480.0
    for rtl in (False, True):
        d = power_interest_chart(points, width, rtl=rtl, influence="Influence",
                                 interest="Interest")
        texts = _texts(d)
        ticks = [(x, y, t) for x, y, t, _ in texts if t in "12345" and len(t) == 1]
        row = min(y for _, y, _ in ticks)  # the interest axis: the lowest tick row
        across = {t: x for x, y, t in ticks if y == row}
        up = [x for x, y, t in ticks if y != row]
        axis = [x for x, _, t, rotated in texts if rotated and "Influence" in t]
        assert len(across) == 5 and len(up) == 5 and axis
        if rtl:  # interest grows to the left; the influence axis stands on the right
            assert across["1"] > across["5"]
            assert min(up) > width * 0.8 and axis[0] > width * 0.9
        else:
            assert across["1"] < across["5"]
            assert max(up) < width * 0.2 and axis[0] < width * 0.1
        first, second = _legend_row(texts, _families(p.type for p in points)[:2])
        assert (first > second) if rtl else (first < second)  # columns from the start side


def test_the_network_legend_and_names_mirror_in_rtl(chart_data) -> None:
    from mainstream_desktop.report.charts import network_chart

    net = chart_data[1]
    width = 480.0
    names = _families(n.type for n in net.nodes)
    for rtl in (False, True):
        texts = _texts(network_chart(net, width, rtl=rtl))
        first, second = _legend_row(texts, names[:2])
        assert (first > second) if rtl else (first < second)
        assert (first > width * 0.6) if rtl else (first < width * 0.1)
        # names stand after their node in the reading direction where there is room:
        # most of them (the others moved aside to avoid another name or marker)
        xs = {t: x for x, _, t, _ in texts}
        middle = [n for n in net.nodes if 0.3 < n.x < 0.7 and n.label in xs]
        assert middle
        after = [(xs[n.label] < 14.0 + n.x * (width - 28.0)) if rtl
                 else (xs[n.label] > 14.0 + n.x * (width - 28.0)) for n in middle]
        assert sum(after) > len(after) / 2, (rtl, sum(after), len(after))


def test_the_coherence_and_coverage_charts_mirror_in_rtl(chart_data) -> None:
    from mainstream_desktop.report.charts import coherence_chart, coverage_heatmap

    _, _, matrix, sectors = chart_data
    width = 480.0
    names = {s.label for s in sectors}
    for rtl in (False, True):
        texts = _texts(coherence_chart(sectors, width, rtl=rtl))
        xs = [x for x, _, t, _ in texts if t in names]
        assert xs
        assert all(x > width * 0.55 for x in xs) if rtl else all(x < width * 0.45 for x in xs)
        rows = {name for _, name in matrix.indicators}
        texts = _texts(coverage_heatmap(matrix, width, rtl=rtl))
        xs = [x for x, _, t, _ in texts if t in rows]
        assert xs
        assert all(x > width * 0.55 for x in xs) if rtl else all(x < width * 0.45 for x in xs)


def test_headings_and_table_heads_take_the_bold_arabic_face(empty_ws: Workshop) -> None:
    from mainstream_desktop.report.context import Ctx
    from mainstream_desktop.report.styles import make_styles

    register_fonts()
    ctx = Ctx(empty_ws, make_styles(True), "ar", False, 400, 700)
    for style in (ctx.styles.h1, ctx.styles.head):
        para = ctx.p("الملخص التنفيذي", style)
        para.wrap(400, 700)
        assert 'face="MD-Arabic-Bold"' in para._para.text, style.name
    body = ctx.p("الملخص التنفيذي")
    body.wrap(400, 700)
    assert 'face="MD-Arabic"' in body._para.text


def test_a_chinese_head_in_a_column_of_its_own_width_stays_on_one_line() -> None:
    from mainstream_desktop.report.cjk import CJKParagraph
    from mainstream_desktop.report.styles import make_styles

    register_fonts()
    head = make_styles(False).head
    for label in ("影响力", "优先级", "负责方"):
        width = text_width(label, head.fontSize, True)
        para = CJKParagraph(label, head, bold=True, embolden=True)
        assert para.wrap(width - 1e-9, 100)[1] == head.leading, label


def _lines_drawn(pdf: Path) -> list[tuple[float, float, str, str]]:
    """(baseline, left edge, text without spaces, font) of every line on the page."""
    from pypdf import PdfReader

    spans: list[tuple[float, float, str, str]] = []

    def visit(text, cm, tm, font, size) -> None:
        if text.strip():
            x = tm[4] * cm[0] + cm[4]
            y = tm[5] * cm[3] + cm[5]
            spans.append((round(y, 1), round(x, 1), "".join(text.split()),
                          str((font or {}).get("/BaseFont", "")).split("+")[-1]))

    PdfReader(pdf).pages[0].extract_text(visitor_text=visit)
    lines: dict[float, list[tuple[float, str, str]]] = {}
    for y, x, text, font in spans:
        lines.setdefault(y, []).append((x, text, font))
    return [(y, min(p[0] for p in parts), "".join(p[1] for p in sorted(parts)),
             ",".join(sorted({p[2] for p in parts}))) for y, parts in sorted(lines.items())]


@pytest.mark.parametrize(("text", "style_name", "bold"), [
    ("تعميم مراعاة الهجرة في تخطيط التنمية الوطنية، مع الشركاء والمجتمع المدني " * 3,
     "body", False),
    ("Ministry of Labour and Social Protection, with the Lorvania Bankers' Association "
     "and the National Human Rights Commission (NHRC)", "cell", False),
    ("وزارة العمل Ministry of Labour والحماية الاجتماعية 2026 (NHRC) " * 2, "cell", True),
    ("الملخص التنفيذي للتقرير الوطني", "h1", False),
])
def test_right_to_left_lines_are_drawn_where_reportlab_would_draw_them(
        tmp_path: Path, text: str, style_name: str, bold: bool) -> None:
    """A right-to-left paragraph draws its shaped lines itself (no markup parsed and
    broken again by reportlab): each line on the baseline, at the left edge and in the
    fonts reportlab's paragraph of the same lines gives it."""
    from reportlab.pdfgen.canvas import Canvas

    from mainstream_desktop.report.bidi import BidiParagraph, base_rtl
    from mainstream_desktop.report.styles import make_styles

    register_fonts()
    style = getattr(make_styles(True), style_name)
    drawn = {}
    for direct in (True, False):
        para = BidiParagraph(text, style, rtl=base_rtl(text, True), bold=bold)
        para.direct = direct
        canvas = Canvas(str(tmp_path / f"{direct}.pdf"))
        width, height = para.wrap(170, 800)
        para.drawOn(canvas, 60, 700 - height)
        canvas.save()
        drawn[direct] = (width, height, _lines_drawn(tmp_path / f"{direct}.pdf"))
    assert drawn[True][2], "nothing drawn"
    assert len(drawn[True][2]) >= (2 if len(text) > 60 else 1)
    assert drawn[True] == drawn[False]
