"""import_alone (grantdesk/submodules.py): one module of a package, the package's __init__
not run, and the package whole again for whoever imports it afterwards."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(tmp_path, code: str) -> str:
    pkg = tmp_path / "heavy"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("import sys\nsys.heavy_init_runs = getattr(sys, 'heavy_init_runs', 0) + 1\n"
                                     "from . import light, other\n")
    (pkg / "base.py").write_text("VALUE = 20\n")
    (pkg / "light.py").write_text("from .base import VALUE\ndef twice():\n    return 2 * VALUE\n")
    (pkg / "other.py").write_text("OTHER = 1\n")
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=tmp_path, capture_output=True,
                          text=True, check=True, env={"PYTHONPATH": str(tmp_path) + ":" + ":".join(sys.path)})
    return done.stdout.strip()


def test_the_module_loads_without_its_package_init_and_the_package_stays_whole(tmp_path):
    out = _run(tmp_path, """
        import sys
        from grantdesk.submodules import import_alone
        light = import_alone("heavy", "light")
        print(light.twice(), getattr(sys, "heavy_init_runs", 0), "heavy" in sys.modules, "heavy.other" in sys.modules)
        import heavy
        print(sys.heavy_init_runs, heavy.light is light, heavy.other.OTHER)
    """)
    assert out.splitlines() == ["40 0 False False", "1 True 1"]


def test_after_the_package_is_imported_it_is_a_plain_import(tmp_path):
    out = _run(tmp_path, """
        import sys, heavy
        from grantdesk.submodules import import_alone
        print(import_alone("heavy", "light") is heavy.light, sys.heavy_init_runs)
    """)
    assert out == "True 1"


def test_a_missing_package_raises_import_error(tmp_path):
    out = _run(tmp_path, """
        from grantdesk.submodules import import_alone
        try:
            import_alone("no_such_package_here", "x")
        except ImportError:
            print("ImportError")
    """)
    assert out == "ImportError"
