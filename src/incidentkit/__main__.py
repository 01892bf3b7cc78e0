"""``python -m incidentkit``: the command-line interface."""

from incidentkit.cli import main

raise SystemExit(main())
