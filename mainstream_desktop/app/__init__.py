"""The Qt window. Nothing here is imported at module level, so the command line stays fast.

The command line calls :func:`run` to open the window and :func:`smoke` to check that
every step page draws; both import Qt only when called.
"""

from __future__ import annotations

import sys
from typing import TextIO


def run(path: str | None = None) -> int:
    """Open the window (on ``path`` if given) and return the exit code of the event loop."""
    from mainstream_desktop.app.application import run_window

    return run_window(path)


def smoke(path: str, out: TextIO = sys.stdout) -> int:
    """Open the window offscreen on ``path``, draw every step page, print timings.

    Returns 0 when every page drew, non-zero on any exception.
    """
    from mainstream_desktop.app.smoke_run import run_smoke  # not app.smoke: it would shadow smoke()

    return run_smoke(path, out)


__all__ = ["run", "smoke"]
