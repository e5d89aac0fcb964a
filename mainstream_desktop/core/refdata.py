"""Reference lists shipped as CSV under ``resources/reference``, loaded once, lazily.

A list is addressed by the name a register field gives as its ``choices``
(``"sectors"``, ``"countries"``…). Keys are stored in the workshop file; labels are
looked up at display time in the current language (country names come from babel's
CLDR data, everything else through the translation hook with context ``"Reference"``).
"""

from __future__ import annotations

import csv
import re
from functools import cache

from mainstream_desktop.core.i18n import current_language, translate
from mainstream_desktop.locations import resource

# ISO 3166-1 reserves these alpha-3 ranges for user assignment: a fictional or
# not-yet-listed country can use one with ``workshop.country_name``.
_USER_ASSIGNED = re.compile(r"^(AA[A-Z]|Q[M-Z][A-Z]|X[A-Z][A-Z]|ZZ[A-Z])$")


@cache
def rows(name: str) -> tuple[dict[str, str], ...]:
    """All rows of ``resources/reference/<name>.csv`` as dicts (cached)."""
    path = resource("reference", f"{name}.csv")
    with open(path, encoding="utf-8", newline="") as fh:
        return tuple(dict(row) for row in csv.DictReader(fh))


def _label_sdg(row: dict[str, str]) -> str:
    return f"{row['code']} {translate('Reference', row['title'])}"


def _gcm_label(row: dict[str, str]) -> str:
    return translate("Reference", "GCM {number}: {label}").format(
        number=row["number"], label=translate("Reference", row["short_label"])
    )


def _simple(file: str, key: str = "key", label: str = "name"):
    def build() -> list[tuple[str, str]]:
        return [(r[key], translate("Reference", r[label])) for r in rows(file)]

    return build


def _countries() -> list[tuple[str, str]]:
    from babel import Locale

    try:
        locale = Locale.parse(current_language())
    except (ValueError, LookupError):
        locale = Locale.parse("en")
    names = locale.territories
    out = [(r["alpha3"], names.get(r["alpha2"], r["alpha3"])) for r in rows("countries")]
    return sorted(out, key=lambda kv: kv[1])


def _instruments() -> list[tuple[str, str]]:
    """“ICCPR — International Covenant on Civil and Political Rights”: the acronym alone
    is unknown to many participants, and search must find the full name too."""
    out = []
    for r in rows("instruments"):
        full = translate("Reference", r["full_name"])
        out.append((r["key"], r["short_name"] if r["full_name"] == r["short_name"]
                    else f"{r['short_name']} — {full}"))
    return out


def _readiness() -> list[tuple[str, str]]:
    ordered = sorted(rows("readiness_items"), key=lambda r: int(r["order"]))
    return [(r["key"], translate("Reference", r["text"])) for r in ordered]


def _sdg(kind: str):
    def build() -> list[tuple[str, str]]:
        return [(r["code"], _label_sdg(r)) for r in rows("sdg") if r["kind"] == kind]

    return build


def _gcm() -> list[tuple[str, str]]:
    return [(r["number"], _gcm_label(r)) for r in rows("gcm_objectives")]


_BUILDERS = {
    "countries": _countries,
    "instruments": _instruments,
    "readiness_items": _readiness,
    "stakeholder_types": _simple("stakeholder_types"),
    "sectors": _simple("sectors"),
    "data_source_types": _simple("data_source_types"),
    "sdg_targets": _sdg("target"),
    "sdg_indicators": _sdg("indicator"),
    "gcm": _gcm,
    "migration_variables": _simple("migration_variables"),
    "disaggregations": _simple("disaggregations"),
    "regions": _simple("regions"),
}


@cache
def _choices_cached(name: str, language: str) -> tuple[tuple[str, str], ...]:
    return tuple(_BUILDERS[name]())


def choices(name: str) -> tuple[tuple[str, str], ...]:
    """(key, label) pairs of reference list ``name`` in the current language."""
    if name not in _BUILDERS:
        raise KeyError(f"no reference list named {name!r}")
    return _choices_cached(name, current_language())


@cache
def keys(name: str) -> frozenset[str]:
    """The valid keys of reference list ``name`` (language independent)."""
    return frozenset(k for k, _ in _choices_cached(name, "en"))


def is_valid_key(name: str, key: str) -> bool:
    if name == "countries" and _USER_ASSIGNED.match(key):
        return True
    return key in keys(name)


def label(name: str, key: str) -> str:
    """The label of ``key`` in list ``name``; the key itself if unknown."""
    for k, text in choices(name):
        if k == key:
            return text
    return key


def country_name(alpha3: str, fallback: str = "") -> str:
    """The localised name of a country, or ``fallback`` for a user-assigned code."""
    name = label("countries", alpha3)
    if name != alpha3:
        return name
    return fallback or alpha3


def workshop_country(workshop: dict) -> str:
    """The name of a workshop's country: localised, or the name given with a
    user-assigned code (the fictional sample's "XLV")."""
    return country_name(workshop["country"], workshop.get("country_name") or "")


# English writes "the" before country names that are a common noun phrase or a plural
# ("the Republic of Korea", "the United Kingdom", "the Philippines"), and before a few
# names by usage ("the Gambia", "the Bahamas"). Other languages' grammar lives in their
# translations of the sentences: only English is changed here.
_ARTICLE_FIRST_WORDS = frozenset((
    "republic", "kingdom", "united", "democratic", "federal", "federated", "islamic",
    "plurinational", "state", "commonwealth", "union", "principality", "grand", "sultanate",
    "bolivarian", "hashemite", "independent", "people's", "socialist", "co-operative",
))
_ARTICLE_LAST_WORDS = frozenset(("islands", "republic", "emirates", "states"))
_ARTICLE_NAMES = frozenset((
    "gambia", "philippines", "netherlands", "bahamas", "comoros", "maldives", "seychelles",
    "vatican", "holy see", "west bank", "gaza strip",
    "niger", "sudan", "congo",  # as the UN writes them in running text ("the Niger")
))


def country_in_sentence(name: str, language: str | None = None) -> str:
    """A country's name as it stands inside a running English sentence: with "the" when
    English needs it ("for the Republic of Lorvania", "in the Gambia"), else as given.
    Any other language gets the name unchanged (its translation carries its grammar)."""
    lang = (language if language is not None else current_language()) or "en"
    words = name.split()
    if not words or not lang.lower().startswith("en") or words[0].casefold() == "the":
        return name
    # a closing parenthesis is no part of the name's grammar: "Falkland Islands (Malvinas)"
    words = name.split("(")[0].split() or words
    plain = " ".join(words).casefold()
    if (words[0].casefold() in _ARTICLE_FIRST_WORDS or words[-1].casefold() in
            _ARTICLE_LAST_WORDS or plain in _ARTICLE_NAMES):
        return f"the {name}"
    return name


def instrument(key: str) -> dict[str, str] | None:
    for r in rows("instruments"):
        if r["key"] == key:
            return r
    return None


def guiding_questions(step: str) -> list[str]:
    ordered = sorted(
        (r for r in rows("guiding_questions") if r["step"] == step), key=lambda r: int(r["order"])
    )
    return [translate("Reference", r["question"]) for r in ordered]


def step_purpose(step: str) -> str:
    for r in rows("step_purposes"):
        if r["step"] == step:
            return translate("Reference", r["purpose"])
    return ""
