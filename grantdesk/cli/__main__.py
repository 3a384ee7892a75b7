"""`python -m grantdesk.cli` runs the command line; also the frozen build's `grantdesk`
console program (absolute import: PyInstaller runs this file as a top-level script)."""

import sys

from grantdesk.cli.main import main

sys.exit(main())
