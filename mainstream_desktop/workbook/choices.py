"""What an import says about a choice cell that holds no allowed value (issue 15).

It is read by an official, not a programmer: the message names the wrong value once, lists
the allowed values (the first few when there are many), suggests the nearest ("Hgih" →
"High"), and explains commas typed where "; " separates several values.
"""

from __future__ import annotations

import difflib

from mainstream_desktop.core import validation
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.workbook import layout

LISTED = 8  # at most this many allowed values are listed in full
SHOWN = 3  # of a longer list, the first few
_LABEL_CHARS = 48


def _short(text: str, limit: int = _LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def allowed(labels: list[str]) -> str:
    if len(labels) <= LISTED:
        return layout.join_names(labels)
    return translate("Import", "{first}, … ({n} values; see the drop-down list)").format(
        first=layout.join_names([_short(label) for label in labels[:SHOWN]]), n=len(labels))


def nearest(reader: layout.ChoiceReader, text: str, labels: dict[str, str]) -> str | None:
    """The label of the allowed value closest to ``text`` (in any language it is known by)."""
    found = difflib.get_close_matches(validation.fold(text), list(reader.table), n=1,
                                      cutoff=0.6)
    return labels.get(reader.table[found[0]]) if found else None


def _accepted(reader: layout.ChoiceReader, text: str) -> bool:
    """Known by label or key, or a key the field takes without listing it (a country's
    user-assigned code such as the sample's XLV)."""
    if reader.known(text):
        return True
    try:
        validation.coerce(reader.field, text, accept_labels=True)
    except validation.FieldError:
        return False
    return True


def problem(reader: layout.ChoiceReader, text: str) -> str | None:
    """The message for a choice or multi cell holding ``text``, or None when every value in
    it is allowed (:func:`validation.coerce` then takes it)."""
    f = reader.field
    if f.kind == "multi":
        parts = [p.strip() for p in layout.MULTI_SPLIT.split(text) if p.strip()]
    else:
        parts = [text.strip()]
    bad = [p for p in parts if not _accepted(reader, p)]
    if not bad:
        return None
    pairs = validation.choice_list(f)
    labels = dict(pairs)
    if f.kind == "multi" and all("," in p for p in bad):
        pieces = [q.strip() for p in parts for q in (p.split(",") if p in bad else [p])]
        if all(_accepted(reader, q) for q in pieces if q):
            return translate(
                "Import", "“{value}”: several values are separated by “; ”, not by commas "
                "(a comma may be part of a value); write “{fixed}”").format(
                value=_short(text, 60),
                fixed=layout.MULTI_SEPARATOR.join(q for q in pieces if q))
    if len(bad) == 1:
        message = translate("Import", "“{value}” is not one of the allowed values: {allowed}")
    else:
        message = translate("Import", "{values} are not among the allowed values: {allowed}")
    message = message.format(
        value=_short(bad[0], 60), values=layout.join_names([f"“{_short(b)}”" for b in bad]),
        allowed=allowed([label for _, label in pairs]))
    suggestion = nearest(reader, bad[0], labels)
    if suggestion is not None:
        message += translate("Import", ". Did you mean “{suggestion}”?").format(
            suggestion=suggestion)
    return message
