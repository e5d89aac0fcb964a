"""In-cell editors: drop-downs for choices, references and yes/no; plain text otherwise.

The cell hands the raw value to the model, whose ``setData`` lets the core decide.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from mainstream_desktop.app.fields import LONG_LIST
from mainstream_desktop.app.register_model import FIELD_ROLE
from mainstream_desktop.core import validation
from mainstream_desktop.core.registers import Field

Index = QModelIndex | QPersistentModelIndex


class FieldDelegate(QStyledItemDelegate):
    """Chooses the cell editor from the column's Field."""

    def __init__(self, choices_for_ref, parent=None):
        super().__init__(parent)
        self._choices_for_ref = choices_for_ref

    def _options(self, f: Field) -> list[tuple[object, str]]:
        if f.kind == "choice":
            return [(None, ""), *validation.choice_list(f)]
        if f.kind == "ref":
            return [(None, ""), *self._choices_for_ref(f.ref)]
        if f.kind == "bool":
            return [(None, ""), (True, validation.display(f, True)),
                    (False, validation.display(f, False))]
        return []

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        f: Field = index.data(FIELD_ROLE)
        options = self._options(f) if f else []
        if not options:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for key, label in options:
            combo.addItem(label, key)
        if len(options) > LONG_LIST:
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
            combo.completer().setCompletionMode(combo.completer().CompletionMode.PopupCompletion)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            data = index.data(Qt.ItemDataRole.EditRole)
            i = 0 if data is None else editor.findData(data)
            if i < 0:  # a key the list does not offer (a deleted record): show it as is
                editor.addItem(str(data), data)
                i = editor.count() - 1
            editor.setCurrentIndex(i)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            i = editor.findText(editor.currentText(), Qt.MatchFlag.MatchFixedString)
            value = editor.itemData(i) if i >= 0 else editor.currentText()
            model.setData(index, value, Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
