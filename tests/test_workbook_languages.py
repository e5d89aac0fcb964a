"""Workbooks in every shipped language (issue 12, item 6): sheet names in the workbook's
language within Excel's rules, right to left in Arabic, and every language read back."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import openpyxl
import pytest

from mainstream_desktop.core import i18n, validation
from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.registers import REGISTERS, register
from mainstream_desktop.core.store import Workshop
from mainstream_desktop.workbook import import_workbook, layout, plan_import, write_workbook
from tests.test_workbook_helpers import edit

LANGUAGES = [lang for lang in i18n.shipped_languages() if lang != "en"]


def _arabic(text: str) -> bool:
    return any("ARABIC" in unicodedata.name(c, "") for c in text)


def _snapshot(ws: Workshop) -> dict[str, dict[str, dict]]:
    drop = {"created_at", "updated_at", "updated_by"}
    return {t: {r["id"]: {k: v for k, v in r.items() if k not in drop} for r in ws.records(t)}
            for t in REGISTERS if t != "workshop"}


def test_arabic_workbook_is_right_to_left_with_arabic_sheet_names(
        demo_ws: Workshop, tmp_path: Path) -> None:
    xlsx = write_workbook(demo_ws, tmp_path / "ar.xlsx", language="ar")
    wb = openpyxl.load_workbook(xlsx)
    with i18n.language("ar"):
        titles = layout.sheet_titles()
    registers = [titles[s.register] for s in layout.SHEETS]
    assert wb.sheetnames == [titles[layout.ABOUT], *registers, layout.LISTS_SHEET]
    for name in registers:
        assert _arabic(name), name
        assert wb[name].sheet_view.rightToLeft, name
    assert wb[titles[layout.ABOUT]].sheet_view.rightToLeft
    # the drop-down of a reference names the Arabic sheet, quoted as a formula needs it
    sheet = wb[titles["stakeholders"]]
    assert any(f"'{titles['stakeholders']}'!$B$2" in (dv.formula1 or "")
               for dv in sheet.data_validations.dataValidation)
    english = write_workbook(demo_ws, tmp_path / "en.xlsx", language="en")
    wb = openpyxl.load_workbook(english)
    assert not wb["Stakeholders"].sheet_view.rightToLeft  # left to right stays the default
    assert wb.sheetnames[1:3] == ["Workshop", "Participants"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_round_trips(demo_ws: Workshop, tmp_path: Path, lang: str) -> None:
    xlsx = write_workbook(demo_ws, tmp_path / f"{lang}.xlsx", language=lang)
    with i18n.language(lang):
        titles = layout.sheet_titles()
    names = openpyxl.load_workbook(xlsx, read_only=True).sheetnames
    assert len({validation.fold(n) for n in names}) == len(names)
    assert all(layout.valid_sheet_name(n) for n in names)
    assert names[1:-1] == [titles[s.register] for s in layout.SHEETS]
    fresh = Workshop.create(tmp_path / "fresh.mainstream", title="New", country="KEN")
    try:
        plan = import_workbook(fresh, xlsx)
        assert plan.ok, plan.summary()
        assert not plan.warnings, plan.warnings
        assert [s.name for s in plan.sheets] == [titles[s.register] for s in layout.SHEETS]
        assert _snapshot(fresh) == _snapshot(demo_ws)
    finally:
        fresh.close()


def test_a_row_added_in_an_arabic_workbook_imports(demo_ws: Workshop, tmp_path: Path) -> None:
    """Arabic sheet, Arabic headers, Arabic labels, values separated by the Arabic
    semicolon an Arabic keyboard types."""
    xlsx = write_workbook(demo_ws, tmp_path / "ar.xlsx", language="ar")
    reg = register("stakeholders")
    with i18n.language("ar"):
        sheet = layout.sheet_titles()["stakeholders"]
        head = {f.name: layout.header(f) for f in reg.fields}
        types = dict(validation.choice_list(reg.field("type")))
        areas = dict(validation.choice_list(reg.field("thematic_areas")))
    first, second = list(areas)[:2]
    edit(xlsx, [(sheet, -1, head["name"], "وزارة السياحة"),
                (sheet, -1, head["type"], types["gov_line"]),
                (sheet, -1, head["thematic_areas"], f"{areas[first]}؛ {areas[second]}")])
    plan = plan_import(demo_ws, xlsx)
    assert plan.ok, plan.summary()
    assert plan.added == 1 and not plan.warnings, plan.summary()
    summary = next(s for s in plan.sheets if s.name == sheet)
    assert summary.added == 1
    import_workbook(demo_ws, xlsx)
    added = next(r for r in demo_ws.records("stakeholders") if r["name"] == "وزارة السياحة")
    assert added["type"] == "gov_line" and added["thematic_areas"] == [first, second]


def test_no_multi_value_label_holds_a_separator() -> None:
    """The import splits multi cells at ; ؛ ； and new lines: no label may hold one."""
    for lang in i18n.shipped_languages():
        with i18n.language(lang):
            for reg in REGISTERS.values():
                for f in reg.fields:
                    if f.kind == "multi":
                        for _, label in validation.choice_list(f):
                            assert not layout.MULTI_SPLIT.search(label), (lang, label)


def test_headers_of_every_language_name_their_field() -> None:
    for reg in REGISTERS.values():
        table = layout.header_table(reg, "en")
        for lang in i18n.shipped_languages():
            with i18n.language(lang):
                for f in reg.fields:
                    assert table[validation.fold(layout.header(f))] is f, (lang, f.name)
                    assert validation.fold(layout.header(f)) in layout.header_aliases(f, "en")


def test_translations_excel_refuses_give_way(monkeypatch: pytest.MonkeyPatch,
                                            demo_ws: Workshop, tmp_path: Path) -> None:
    """Too long, forbidden characters, a reserved name, two sheets with one name: each
    sheet still gets a name Excel takes, unique case-insensitively."""
    bad = {"Stakeholders": "Parties: prenantes", "Links": "L" * 32, "Sectors": "Secteurs",
           "Policies": "SECTEURS", "Actions": "Lists", "Coverage": "History",
           "Indicators": "'Indicateurs'", "Members": "Membres/Participants"}
    tabs = {"Policies": "secteurs", "Actions": "LISTS"}  # the next choice is taken too

    def fake(context: str, text: str) -> str:
        if context == "Sheet":
            return bad.get(text, text)
        if context == "Register":
            return tabs.get(text, text)
        return text

    monkeypatch.setattr(layout, "translate", fake)
    with i18n.language("fr"):
        titles = layout.sheet_titles()
    names = list(titles.values())
    assert all(layout.valid_sheet_name(n) for n in names), names
    assert len({validation.fold(n) for n in names}) == len(names)
    assert validation.fold(layout.LISTS_SHEET) not in {validation.fold(n) for n in names}
    assert titles["sectors"] == "Secteurs" and titles["policies"] == "Policies"
    assert titles["stakeholders"] == "Stakeholders" and titles["links"] == "Links"
    assert titles["coverage"] == "Coverage" and titles["actions"] == "Actions"
    xlsx = write_workbook(demo_ws, tmp_path / "odd.xlsx", language="fr")
    assert openpyxl.load_workbook(xlsx, read_only=True).sheetnames[1:-1] == [
        titles[s.register] for s in layout.SHEETS]


def test_the_numbered_english_name_is_the_last_resort(monkeypatch: pytest.MonkeyPatch) -> None:
    # the Workshop sheet comes first and takes "Links", every name Links could have
    monkeypatch.setattr(layout, "translate", lambda context, text: (
        "Links" if text == "Workshop" else text))
    with i18n.language("fr"):
        titles = layout.sheet_titles()
    assert titles["workshop"] == "Links" and titles["links"] == "Links (2)"
    assert len({validation.fold(n) for n in titles.values()}) == len(titles)


def test_one_register_in_two_languages_is_refused(sample_xlsx: Path, demo_ws: Workshop) -> None:
    wb = openpyxl.load_workbook(sample_xlsx)
    with i18n.language("ar"):
        arabic = layout.sheet_titles()["stakeholders"]
    wb.copy_worksheet(wb["Stakeholders"]).title = arabic
    wb.save(sample_xlsx)
    with pytest.raises(UserError) as info:
        plan_import(demo_ws, sample_xlsx)
    assert "Stakeholders" in str(info.value) and arabic in str(info.value)


def test_a_name_two_languages_give_to_different_sheets_is_refused(
        monkeypatch: pytest.MonkeyPatch, sample_xlsx: Path, demo_ws: Workshop) -> None:
    real = layout._sheet_names_by_language(i18n.shipped_languages())
    fake = {lang: dict(table) for lang, table in real.items()}
    fake["ru"]["gremlins"] = {"stakeholders"}
    fake["zh"]["gremlins"] = {"sectors"}
    monkeypatch.setattr(layout, "_sheet_names_by_language", lambda languages: fake)
    wb = openpyxl.load_workbook(sample_xlsx)
    wb["Stakeholders"].title = "Gremlins"
    wb.save(sample_xlsx)
    with pytest.raises(UserError) as info:
        plan_import(demo_ws, sample_xlsx)
    assert "Gremlins" in str(info.value)
    assert "Stakeholders" in str(info.value) and "Sectors" in str(info.value)


def test_lists_are_joined_with_the_arabic_comma_in_arabic(tmp_path: Path,
                                                         demo_ws: Workshop) -> None:
    assert layout.join_names(["a", "b"]) == "a, b"
    with i18n.language("ar"):
        assert layout.join_names(["a", "b"]) == "a، b"
    empty = openpyxl.Workbook()
    empty.active.title = "Notes"
    empty.save(tmp_path / "notes.xlsx")
    with i18n.language("ar"), pytest.raises(UserError) as info:
        plan_import(demo_ws, tmp_path / "notes.xlsx")
    assert "، " in str(info.value)
