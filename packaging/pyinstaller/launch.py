"""The bundle's entry point: the same `dayweave` command as the installed script."""

import sys

from tracker.cli import main

sys.exit(main())
