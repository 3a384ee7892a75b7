"""The headless command line: import, export, print, check. No Qt."""
