"""One icon set for the whole window, named by what the icon means.

The window used to pick Qt's standard pixmaps by resemblance (a list for the date
picker, a new folder for New record), which looked mixed and said the wrong thing.
Icons now come from one family — Material Design Icons through qtawesome, which ships
its icon font inside the package and needs no network — and are asked for by meaning,
so a screen never mixes two styles. Without qtawesome (a trimmed bundle) the closest
standard pixmap stands in, so nothing breaks.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

SP = QStyle.StandardPixmap

# meaning → (Material Design Icons 6 name, standard pixmap used without qtawesome)
ICONS: dict[str, tuple[str, QStyle.StandardPixmap]] = {
    "new_workshop": ("mdi6.file-plus-outline", SP.SP_FileIcon),
    "open": ("mdi6.folder-open-outline", SP.SP_DialogOpenButton),
    "sample": ("mdi6.school-outline", SP.SP_FileDialogInfoView),
    "recent": ("mdi6.file-document-outline", SP.SP_FileIcon),
    "save_copy": ("mdi6.content-save-outline", SP.SP_DialogSaveButton),
    "new_record": ("mdi6.plus-box-outline", SP.SP_FileIcon),
    "delete_record": ("mdi6.delete-outline", SP.SP_TrashIcon),
    "undo": ("mdi6.undo", SP.SP_ArrowBack),
    "redo": ("mdi6.redo", SP.SP_ArrowForward),
    "presentation": ("mdi6.projector-screen-outline", SP.SP_TitleBarMaxButton),
    "calendar": ("mdi6.calendar-month-outline", SP.SP_FileDialogContentsView),
    "close": ("mdi6.close", SP.SP_TitleBarCloseButton),
    "previous": ("mdi6.chevron-left", SP.SP_ArrowBack),
    "next": ("mdi6.chevron-right", SP.SP_ArrowForward),
    "search": ("mdi6.magnify", SP.SP_FileDialogContentsView),
    "history": ("mdi6.history", SP.SP_BrowserReload),
    "guidance": ("mdi6.lightbulb-on-outline", SP.SP_MessageBoxInformation),
}
ICON_COLOUR = "#2B3A4F"  # one ink for every icon: dark enough on the light ground


def available() -> bool:
    """Whether the qtawesome icon font can be used."""
    try:
        import qtawesome  # noqa: F401
    except ImportError:
        return False
    return True


@cache
def icon(meaning: str) -> QIcon:
    """The icon for ``meaning`` (a key of :data:`ICONS`)."""
    name, fallback = ICONS[meaning]
    if available():
        import qtawesome

        return qtawesome.icon(name, color=QColor(ICON_COLOUR),
                              color_disabled=QColor("#9AA3AE"))
    return QApplication.style().standardIcon(fallback)
