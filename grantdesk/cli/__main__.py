"""`python -m grantdesk.cli` runs the command line; also the frozen build's `grantdesk`
console program (absolute import: PyInstaller runs this file as a top-level script)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # A frozen build's worker processes (`grantdesk annex4` over many files) start as this
    # program: they must run their job here, not the command again.
    multiprocessing.freeze_support()
    from grantdesk.cli.main import main

    sys.exit(main())
