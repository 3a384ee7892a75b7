"""A new document's language: one rule in the core, the project's (its plan's first)."""

from grantdesk.document import Project
from grantdesk.forms import default_registry


def test_the_plan_decides_then_the_last_document_then_the_app():
    registry = default_registry()
    project = Project()
    assert project.new_document_language("ru") == "ru"  # nothing to go by but the app
    assert project.new_document_language("en") == "kk"  # no report prints in English
    assert project.new_document_language() == "kk"
    project.new_document(registry.get("fr24"), "interim", "ru")
    assert project.new_document_language("kk") == "ru"  # the project's last document
    project.new_document(registry.get("pd"), "plan", "kk")
    assert project.new_document_language("ru") == "kk"  # the plan's, whatever the app speaks
    project.new_document(registry.get("fr24"), "final", "ru")
    assert project.new_document_language("ru") == "kk"  # still the plan's
