"""Designer forms from ``ui/``, loaded at run time with QUiLoader (no generated code).

:data:`FORMS` lists every form and every widget name the code looks up in it; the code
looks widgets up only through :func:`child`, which refuses a name not listed here, and
a test loads each form and checks that every listed name exists. So renaming a widget
in Designer fails a test instead of the window.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from mainstream_desktop.locations import ui_dir

FORMS: dict[str, tuple[str, ...]] = {
    "record_form.ui": ("headingLabel", "messageLabel", "scrollArea", "fieldsContainer",
                       "fieldsLayout", "addButton", "cancelButton", "deleteButton",
                       "historyLabel"),
    "welcome.ui": ("titleLabel", "subtitleLabel", "newButton", "openButton", "sampleButton",
                   "recentLabel", "recentList"),
    "new_workshop.ui": ("titleEdit", "countryCombo", "startDate", "endDate", "fileEdit",
                        "browseButton", "errorLabel"),
    "deliverables.ui": ("languageCombo", "paperCombo", "personalDataCheck", "personalDataNote",
                        "watermarkCheck", "logoEdit", "logoButton", "pdfButton", "xlsxButton",
                        "importButton", "progressBar", "cancelButton", "statusLabel",
                        "folderButton"),
    "import_preview.ui": ("summaryLabel", "sheetTable", "errorsCaption", "errorList"),
    "backups.ui": ("summaryLabel", "backupTable", "statusLabel", "restoreButton"),
    "check_report.ui": ("headlineLabel", "progressBar", "reportText"),
    "merge_review.ui": ("pages", "filesPage", "fileList", "addFilesButton",
                        "removeFileButton", "reviewPage", "summaryLabel", "reviewSplitter",
                        "tallyTree", "conflictSplitter", "conflictList", "conflictHelp",
                        "sidesLayout", "progressBar", "statusLabel"),
}

_FORM_PROPERTY = "mainstreamForm"
T = TypeVar("T", bound=QObject)


class FormError(RuntimeError):
    """A form in ui/ is missing or lacks a widget the code needs (an installation bug)."""


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Load ``ui/<name>`` as a widget (child of ``parent``)."""
    if name not in FORMS:
        raise FormError(f"{name} is not a known form")
    path = ui_dir() / name
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"cannot read the form {path}")
    try:
        widget = QUiLoader().load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise FormError(f"the form {path} could not be loaded")
    widget.setProperty(_FORM_PROPERTY, name)
    return widget


def child(form: QWidget, name: str, kind: type[T] = QObject) -> T:  # type: ignore[assignment]
    """The widget (or layout) ``name`` of a loaded form."""
    form_name = form.property(_FORM_PROPERTY)
    if name not in FORMS.get(form_name, ()):
        raise FormError(f"{name} is not declared for {form_name} in forms.FORMS")
    found = form.findChild(kind, name)
    if found is None:
        raise FormError(f"{form_name} has no {kind.__name__} named {name}")
    return found
