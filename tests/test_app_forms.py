"""Every Designer form in ui/ loads, and has every widget name the code looks up."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mainstream_desktop.locations import ui_dir

APP = Path(__file__).resolve().parents[1] / "mainstream_desktop" / "app"


def test_every_form_file_is_declared():
    from mainstream_desktop.app.forms import FORMS

    on_disk = {p.name for p in ui_dir().glob("*.ui")}
    assert on_disk == set(FORMS), "a form in ui/ is missing from forms.FORMS or vice versa"


@pytest.mark.parametrize("name", sorted(p.name for p in ui_dir().glob("*.ui")))
def test_form_loads_with_every_widget_the_code_uses(qtbot, name):
    from PySide6.QtCore import QObject

    from mainstream_desktop.app.forms import FORMS, load_form

    form = load_form(name)
    qtbot.addWidget(form)
    for widget_name in FORMS[name]:
        assert form.findChild(QObject, widget_name) is not None, f"{name} lacks {widget_name}"


def test_code_uses_only_declared_widget_names():
    """Each child(form, "name") in app/ names a widget declared for some form."""
    from mainstream_desktop.app.forms import FORMS

    declared = {n for names in FORMS.values() for n in names}
    used = set()
    for path in APP.rglob("*.py"):
        used |= set(re.findall(r'child\(\s*self\.form,\s*"(\w+)"', path.read_text("utf-8")))
    assert used, "the pattern found no uses: the test would prove nothing"
    assert used <= declared, f"undeclared names: {sorted(used - declared)}"


def test_unknown_widget_name_is_refused(qtbot):
    from mainstream_desktop.app.forms import FormError, child, load_form

    form = load_form("welcome.ui")
    qtbot.addWidget(form)
    with pytest.raises(FormError):
        child(form, "noSuchWidget")
