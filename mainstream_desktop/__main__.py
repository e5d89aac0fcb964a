"""``python -m mainstream_desktop`` is the same as the ``mainstream-desktop`` command."""

from mainstream_desktop.cli import main

raise SystemExit(main())
