"""``python -m geopolgraph`` runs the CLI."""

import sys

from geopolgraph.cli import main

sys.exit(main())
