"""The Qt layer: the only package that imports PySide6. Nothing imports it but app.py."""
