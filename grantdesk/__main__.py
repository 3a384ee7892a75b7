"""`python -m grantdesk` starts the desktop app; also the frozen build's entry script
(absolute import: PyInstaller runs this file as a top-level script, not as a module)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # A frozen build's worker processes (the operator's Annex 4) start as this program:
    # they must run their job here, not a second window.
    multiprocessing.freeze_support()
    from grantdesk.app import main

    sys.exit(main())
