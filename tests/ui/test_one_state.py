"""One state per document: the documents screen, the wizard's problems panel and sidebar, the
print preview and the command line give the same answer (progress.assess), and none says
"no problems" while the report owes anything."""

from __future__ import annotations

from grantdesk.progress import COMPLETE, assess
from grantdesk.texts import state_line
from tests.cli.test_cli import grantdesk
from tests.conftest import FIXTURES


def test_every_screen_and_the_cli_agree_on_a_new_final_report(qtbot, window, tmp_path):
    project = tmp_path / "plan.grantdesk"
    assert grantdesk("import", FIXTURES / "seed_002.json", "-o", project).returncode == 0
    assert grantdesk("new", project, "--kind", "final").returncode == 0
    listing = grantdesk("documents", project, "--ui-lang", "kk").stdout.splitlines()

    assert window.open_project(project)
    final = window.project_session.project.documents[-1]
    state = assess(final)
    assert state.owed > 0 and state.draft and not state.clean
    # the documents screen and the CLI: the same words
    screen = window.documents.state_of(final.doc_id)
    assert screen.endswith(state_line(state, "kk")) and listing[-1].endswith(state_line(state, "kk"))
    assert "орын толтырылмаған" in screen  # the core's words, in the app's language

    assert window.open_document(final.doc_id)
    session, panel = window.session, window.wizard.problems
    owed = sum(p.rule == "R14" for p in session.problems)
    required = sum(p.rule == "R1" for p in session.problems)
    assert owed + required == state.owed
    header = panel.header.text()
    assert "No problems" not in header and "Ешқандай" not in header
    assert str(owed) in header and str(required) in header
    # calm mode hides the gaps, but never makes the activities' section look complete
    assert window.wizard.section_state("tasks") != COMPLETE
    preview = window.print_preview()
    assert preview is not None and preview.draft  # printing while anything is owed: a draft
    preview.close()


def test_an_interim_reports_later_activities_are_marked_not_yet_due(qtbot, window, tmp_path):
    from grantdesk.checks.due import not_yet_due
    from grantdesk.document import Ref

    project = tmp_path / "plan.grantdesk"
    assert grantdesk("import", FIXTURES / "seed_002.json", "-o", project).returncode == 0
    assert grantdesk("new", project, "--kind", "interim").returncode == 0
    assert window.open_project(project)
    interim = window.project_session.project.documents[-1]
    assert window.open_document(interim.doc_id)
    window.session.set(Ref.field("reporting_period"), "01.04.2024 – 30.04.2024")
    window.session.recheck()
    tree = window.wizard.show_section("tasks").tables["tasks"]
    tree.show_problems()
    later = not_yet_due(interim)
    assert len(later) == 6
    marked = {rid for rid, item in tree._items.items() if item.text(0).endswith(" — not yet due")}
    assert marked == set(later)
    # the period grows: the marks follow
    window.session.set(Ref.field("reporting_period"), "01.04.2024 – 31.08.2024")
    window.session.recheck()
    tree.show_problems()
    assert not any(item.text(0).endswith(" — not yet due") for item in tree._items.values())
