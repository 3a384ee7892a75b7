"""Killed at any moment: SIGKILL an editor mid-edit, again and again, and check the file.

The editor (editor_child.py) saves through the app's save path (DocumentWriter.flush on
EditSession's cadence); killharness.py kills it at random moments and right as a flush
begins, then checks the file: it opens, integrity_check is ok, and it holds exactly a
prefix of the edit stream that includes every acknowledged edit. The soak runs 500:
`python -m tests.reliability.soak --kills 500` (figures in docs/reliability.md).
"""

from __future__ import annotations

import random

import pytest

from tests.reliability.edits import apply_edit, digest
from tests.reliability.killharness import Chain, KillCheckFailed, run_chains, summary

CI_KILLS = 30


def test_editor_flushes_on_the_apps_cadence():
    from grantdesk.ui import session
    from tests.reliability import editor_child

    assert editor_child.FLUSH_DELAY_MS == session.FLUSH_DELAY_MS


def test_the_edit_stream_is_deterministic_and_covers_every_kind_of_edit(seed_001):
    import copy

    def run(doc):
        return [apply_edit(doc, 7, n) for n in range(400)], digest(doc)

    a = copy.deepcopy(seed_001, memo={id(seed_001.form): seed_001.form})
    kinds, d1 = run(seed_001)
    _, d2 = run(a)
    assert d1 == d2
    assert {"type", "set", "add_row", "remove_row", "move_row", "set_lang"} <= set(kinds)
    assert any(r.id.startswith("n7x") for r, _ in seed_001.iter_rows("tasks.activities.indicators"))


def test_killed_at_any_moment_keeps_every_acknowledged_edit(tmp_path):
    import time

    start = time.monotonic()
    seed = random.randrange(1_000_000)  # a new stream each run; the seed is in any failure
    try:
        results = run_chains(tmp_path, CI_KILLS, jobs=2, seed=seed)
    except KillCheckFailed as exc:
        raise KillCheckFailed(f"seed {seed}: {exc}") from exc
    figures = summary(results, time.monotonic() - start)
    print(figures)
    assert figures["kills"] >= 30
    assert figures["edits_acknowledged"] > 0
    assert figures["kills_more_than_1s_after_start"] > 0  # the promise's 1 s window is exercised
    assert all(r.n_disk >= r.n_acked >= r.n_acked_1s for r in results)


def test_the_checker_catches_an_acknowledgement_that_was_not_saved(tmp_path):
    # control: an editor that says "saved" without writing must fail the check
    chain = Chain(tmp_path / "fake.grantdesk", seed=3, rng=random.Random(3))
    with pytest.raises(KillCheckFailed, match="acknowledged"):
        chain.kill_once(mode="random", min_delay=0.8, max_delay=1.0, env={"GRANTDESK_KILLTEST_FAKE_ACK": "1"})
