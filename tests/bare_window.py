"""The yardstick of start-up time: a bare PySide6 window, bundled like the app
(tests/test_bundle.py). Shows a QMainWindow and quits on the event loop's first turn, as
``MAINSTREAM_DESKTOP_EXIT_AFTER_START`` makes the app do."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
app.setStyle("Fusion")
window = QMainWindow()
window.resize(800, 600)
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
