"""The headless command line: import, export, print, check. No Qt."""

import gc

# A command runs once and exits. At the collector's default pace it made 70 passes over
# the young objects of a `grantdesk print` of seed 001 (11-18 ms of 0.4 s) while ~300
# modules load and the print model is built, and found almost nothing to free. Fewer,
# larger passes: cycles are still collected, a long command's memory still bounded.
gc.set_threshold(100_000, 10, 10)
