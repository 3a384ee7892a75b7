"""The editor that gets killed: opens a project the way the app does and keeps editing.

    python tests/reliability/editor_child.py PROJECT SEED N_START [EDIT_INTERVAL_S]

It loads the first report, applies the deterministic edit stream (tests/reliability/edits.py)
from edit N_START on, and saves through the app's own save path: the edits queue in a
DocumentWriter and EditSession's cadence flushes them, FLUSH_DELAY_MS after the first
queued change, with DocumentWriter.flush (what EditSession.flush calls). EditSession itself
is a QObject driven by a QTimer; this loop is that timer without Qt.

Lines on stdout, each written and flushed before the next step:
    OPENING                      about to open the file (WAL recovery, checks, backup)
    READY <n> <digest>           opened; the loaded state is edit prefix n
    E <n>                        edit prefix n is in memory (not yet saved)
    F <n>                        about to flush; the file will hold prefix n when it returns
    A <n> <monotonic> <digest>   saved: prefix n is committed (acknowledged to the user)
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from grantdesk.forms import default_registry  # noqa: E402
from grantdesk.store import DocumentWriter, ProjectFile  # noqa: E402
from tests.reliability.edits import apply_edit, digest  # noqa: E402

# The control case: acknowledge without saving, which the checker must catch.
FAKE_ACK = os.environ.get("GRANTDESK_KILLTEST_FAKE_ACK") == "1"
FLUSH_DELAY_MS = 300  # grantdesk.ui.session.FLUSH_DELAY_MS (a test keeps them equal; no Qt here)


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    path, seed, n = Path(argv[0]), int(argv[1]), int(argv[2])
    interval = float(argv[3]) if len(argv) > 3 else 0.004
    say("OPENING")
    project = ProjectFile.open(path)
    report_id = project.list_documents()[0].id
    doc = project.load_document(report_id, default_registry())
    writer = DocumentWriter(project, report_id, doc)
    first_pending: list[float] = []
    writer.on_pending = lambda: first_pending.append(time.monotonic()) if not first_pending else None
    say(f"READY {n} {digest(doc)}")
    delay = FLUSH_DELAY_MS / 1000
    while True:
        apply_edit(doc, seed, n)
        n += 1
        say(f"E {n}")
        if first_pending and time.monotonic() - first_pending[0] >= delay:
            say(f"F {n}")
            if not FAKE_ACK:
                writer.flush()
            first_pending.clear()
            say(f"A {n} {time.monotonic():.6f} {digest(doc)}")
        time.sleep(interval)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
