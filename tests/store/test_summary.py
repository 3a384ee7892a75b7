"""The start screen's look into a recent project: read-only, never a lock, never an error."""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone

from grantdesk.document import Document, Ref
from grantdesk.forms import default_registry
from grantdesk.store import DocumentWriter, ProjectFile, read_summary


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_organisation_project_and_last_change(tmp_path):
    path = tmp_path / "p.grantdesk"
    doc = Document.new(default_registry().get("fr24"), "kk")
    with ProjectFile.create(path) as project:
        report = project.create_document(doc)
        writer = DocumentWriter(project, report, doc)
        doc.set(Ref.field("org_name"), "«Рухтан»  қоғамдық\nқоры")
        doc.set(Ref.field("project_name"), "Пікірсайыс")
        writer.flush()
    before = _digest(path)
    summary = read_summary(path)
    assert summary.organisation == "«Рухтан» қоғамдық қоры" and summary.project == "Пікірсайыс"
    assert abs((datetime.now(timezone.utc) - summary.last_change).total_seconds()) < 3600
    assert _digest(path) == before  # nothing written


def test_a_project_open_in_another_window_is_passed_over_quietly(tmp_path):
    path = tmp_path / "open.grantdesk"
    with ProjectFile.create(path) as project:
        project.create_document(Document.new(default_registry().get("fr24"), "kk"))
        assert read_summary(path) is None  # it holds its lock: no summary, no error, no wait
    assert read_summary(path) is not None


def test_what_is_not_a_project_has_no_summary(tmp_path):
    junk = tmp_path / "junk.grantdesk"
    junk.write_bytes(b"not sqlite at all")
    assert read_summary(junk) is None
    assert read_summary(tmp_path / "missing.grantdesk") is None
