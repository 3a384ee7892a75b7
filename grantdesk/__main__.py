"""`python -m grantdesk` starts the desktop app; also the frozen build's entry script
(absolute import: PyInstaller runs this file as a top-level script, not as a module)."""

import sys

from grantdesk.app import main

sys.exit(main())
