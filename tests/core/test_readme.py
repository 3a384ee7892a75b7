"""The README's two commands stay true: CI runs exactly the test command it shows."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line for line in readme.splitlines() if line.startswith("python3 -m venv")]
    assert len(commands) == 2
    launch, test = commands
    assert launch.endswith("grantdesk-app") and "pytest" in test
    assert test in ci.splitlines()
