"""Reference lists: well-formed, complete for every field that uses them, localised."""

from __future__ import annotations

import csv

import pytest

from mainstream_desktop.core import refdata
from mainstream_desktop.core.i18n import set_translator, use_language
from mainstream_desktop.core.registers import REGISTERS
from mainstream_desktop.locations import resource

FILES = {
    "countries": ("alpha3", "alpha2", "numeric"),
    "sdg": ("code", "kind", "goal", "title", "revision", "relevance"),
    "gcm_objectives": ("number", "title", "short_label"),
    "instruments": ("key", "short_name", "year", "full_name", "body", "binding", "verified",
                    "region", "core"),
    "sectors": ("key", "name", "examples_of_migration_links"),
    "stakeholder_types": ("key", "name", "examples"),
    "data_source_types": ("key", "name", "typical_owner", "typical_migration_variables"),
    "guiding_questions": ("step", "order", "question"),
    "step_purposes": ("step", "title", "purpose"),
    "readiness_items": ("key", "order", "text", "basis"),
    "migration_variables": ("key", "name"),
    "disaggregations": ("key", "name"),
}


@pytest.mark.parametrize("name", list(FILES))
def test_file_is_well_formed(name: str) -> None:
    path = resource("reference", f"{name}.csv")
    raw = path.read_bytes()
    raw.decode("utf-8")  # strict
    assert raw.endswith(b"\n")
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert tuple(reader.fieldnames or ()) == FILES[name]
        rows = list(reader)
    assert rows
    key = FILES[name][0]
    if name not in ("guiding_questions",):
        keys = [r[key] for r in rows]
        assert len(keys) == len(set(keys)), f"duplicate keys in {name}"
    for r in rows:
        assert all(v is not None for v in r.values()), r


def test_every_choice_source_named_by_a_field_exists() -> None:
    for reg in REGISTERS.values():
        for f in reg.fields:
            if isinstance(f.choices, str):
                assert refdata.choices(f.choices), f"{reg.name}.{f.name}"


def test_sdg_titles_carry_their_revision_and_2025_wording() -> None:
    rows = {r["code"]: r for r in refdata.rows("sdg")}
    assert all(r["revision"] for r in rows.values())
    assert rows["10.7.2"]["title"].startswith("Proportion of countries with migration policies")
    assert rows["10.7"]["relevance"] == "direct"
    assert {r["kind"] for r in rows.values()} == {"target", "indicator"}


def test_gcm_has_23_objectives() -> None:
    assert [k for k, _ in refdata.choices("gcm")] == [str(n) for n in range(1, 24)]


def test_every_step_has_guidance() -> None:
    for step in ("workshop", "commitment", "institutions", "data", "sectors", "actions"):
        assert len(refdata.guiding_questions(step)) >= 5
        assert refdata.step_purpose(step)


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "Kenya"), ("fr", "Kenya"), ("ar", "كينيا"), ("ru", "Кения"), ("zh", "肯尼亚"),
    ("es", "Kenia"),
])
def test_country_names_are_localised_by_babel(lang: str, expected: str) -> None:
    use_language(lang)
    try:
        assert refdata.country_name("KEN") == expected
    finally:
        set_translator(None)


def test_user_assigned_country_codes() -> None:
    assert refdata.is_valid_key("countries", "XLV")
    assert not refdata.is_valid_key("countries", "XX1")
    assert refdata.country_name("XLV", "Republic of Lorvania") == "Republic of Lorvania"
    assert len(refdata.keys("countries")) == 249


def test_language_switch_is_per_thread() -> None:
    import threading

    from mainstream_desktop.core import i18n

    seen: dict[str, str] = {}

    def worker() -> None:
        with i18n.language("ar"):
            seen["worker"] = i18n.current_language()
            seen["country"] = refdata.country_name("KEN")

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen == {"worker": "ar", "country": "كينيا"}
    assert i18n.current_language() == "en"
    assert refdata.country_name("KEN") == "Kenya"


@pytest.mark.parametrize(("name", "shown"), [
    ("Republic of Lorvania", "the Republic of Lorvania"),
    ("United Kingdom", "the United Kingdom"), ("United States", "the United States"),
    ("Gambia", "the Gambia"), ("Philippines", "the Philippines"),
    ("Netherlands", "the Netherlands"), ("Bahamas", "the Bahamas"),
    ("Marshall Islands", "the Marshall Islands"), ("Solomon Islands", "the Solomon Islands"),
    ("Central African Republic", "the Central African Republic"),
    ("Dominican Republic", "the Dominican Republic"),
    ("Democratic Republic of the Congo", "the Democratic Republic of the Congo"),
    ("Plurinational State of Bolivia", "the Plurinational State of Bolivia"),
    ("United Arab Emirates", "the United Arab Emirates"),
    ("The Gambia", "The Gambia"),  # already has it
    ("Ghana", "Ghana"), ("Kenya", "Kenya"), ("Czechia", "Czechia"),
    ("Sudan", "the Sudan"), ("Niger", "the Niger"), ("Nigeria", "Nigeria"),  # UN usage
    ("Congo", "the Congo"), ("South Sudan", "South Sudan"),
    ("Falkland Islands (Malvinas)", "the Falkland Islands (Malvinas)"),
    ("Bolivia (Plurinational State of)", "Bolivia (Plurinational State of)"),
    ("Ireland", "Ireland"), ("Solomon", "Solomon"), ("", ""),
])
def test_english_sentences_put_the_before_names_that_take_it(name: str, shown: str) -> None:
    assert refdata.country_in_sentence(name, "en") == shown


def test_other_languages_keep_the_name_as_their_translation_writes_it() -> None:
    assert refdata.country_in_sentence("Republic of Lorvania", "fr") == "Republic of Lorvania"
    assert refdata.country_in_sentence("Gambie", "fr") == "Gambie"
    assert refdata.country_in_sentence("Philippines", "en_GB") == "the Philippines"
