"""The Windows build's pieces agree with each other, without Wine: the version comes from
pyproject, the programs build.spec makes are the ones the installer removes, the installer
speaks kk/ru/en, and its uninstaller touches nothing outside the program's own files."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

import grantdesk

ROOT = Path(__file__).resolve().parents[2]
WIN = ROOT / "packaging" / "windows"
NSI = (WIN / "installer.nsi").read_text(encoding="utf-8")
NSIS_LANGS = Path("/usr/share/nsis/Contrib/Language files")


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _block(text: str, start: str, end: str) -> str:
    i = text.index(start)
    return text[i:text.index(end, i)]


def test_one_version_for_the_package_and_the_installer():
    import importlib.util

    spec = importlib.util.spec_from_file_location("project_info", WIN / "project_info.py")
    info = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(info)
    assert info.version() == _pyproject()["version"] == grantdesk.__version__
    reqs = info.requirements()
    assert set(_pyproject()["dependencies"]) <= set(reqs)
    assert all(re.fullmatch(r"[A-Za-z0-9_.-]+==[0-9][0-9A-Za-z.]*", r) for r in reqs), reqs


def test_the_installer_removes_exactly_the_programs_build_spec_makes():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    names = re.findall(r'name="([^"]+)"', spec)
    assert names[:2] == ["GrantDesk", "grantdesk-cli"]
    assert '"grantdesk.com" if WINDOWS' in spec  # the command line's name on Windows
    removed = re.findall(r'Delete "\$INSTDIR\\([^"]+)"', _block(NSI, "!macro REMOVE_PROGRAM_FILES", "!macroend"))
    assert sorted(removed) == sorted(["GrantDesk.exe", "grantdesk.com"])


def test_the_uninstaller_never_touches_user_folders():
    uninstall = _block(NSI, 'Section "Uninstall"', "SectionEnd")
    program_files = _block(NSI, "!macro REMOVE_PROGRAM_FILES", "!macroend")
    removals = re.findall(r"^\s*(Delete|RMDir)\s+(/r\s+)?\"([^\"]+)\"", uninstall + program_files, re.M)
    assert removals
    for verb, recursive, target in removals:
        assert target.split("\\")[0] in ("$INSTDIR", "$SMPROGRAMS", "$DESKTOP"), target
        if recursive:
            assert target == "$INSTDIR\\_internal", target  # never a recursive delete of anything else
    assert "RMDir \"$INSTDIR\"" in uninstall  # the folder itself only when empty
    for user_place in ("$LOCALAPPDATA", "$APPDATA", "$DOCUMENTS", "$PROFILE"):
        assert user_place not in uninstall and user_place not in program_files


def test_program_files_never_share_a_folder_with_the_users_data():
    # Settings and backups live in %LOCALAPPDATA%\GrantDesk (platformdirs); a per-user install
    # goes to %LOCALAPPDATA%\Programs\GrantDesk (MultiUser's per-user program folder).
    assert '!define MULTIUSER_INSTALLMODE_INSTDIR "${APP}"' in NSI
    assert "MULTIUSER_USE_PROGRAMFILES64" in NSI
    assert "InstallDir" in NSI and "$LOCALAPPDATA" not in NSI


def test_the_installer_speaks_kazakh_russian_and_english():
    assert re.search(r'MUI_LANGUAGEEX "\$\{ROOT\}/packaging/windows/lang" "Kazakh"', NSI)
    assert '!insertmacro MUI_LANGUAGE "Russian"' in NSI and '!insertmacro MUI_LANGUAGE "English"' in NSI
    strings: dict[str, set[str]] = {}
    for name, lang, text in re.findall(r'^LangString (\w+) \$\{LANG_(\w+)\} "(.+)"$', NSI, re.M):
        assert text.strip()
        strings.setdefault(name, set()).add(lang)
    assert strings and all(langs == {"KAZAKH", "RUSSIAN", "ENGLISH"} for langs in strings.values()), strings
    for name in strings:
        assert f"$({name})" in NSI


def _nlf_keys(path: Path) -> list[str]:
    return re.findall(r"^# \^?(\w+)$", path.read_text(encoding="utf-8-sig"), re.M)


def _nsh_keys(path: Path) -> set[str]:
    return set(re.findall(r"\$\{LangFileString\} (\w+) ", path.read_text(encoding="utf-8-sig")))


def test_the_kazakh_language_file_is_complete_and_cyrillic():
    nlf = (WIN / "lang" / "Kazakh.nlf").read_text(encoding="utf-8-sig").splitlines()
    assert nlf[1] == "NLF v6" and nlf[3] == "1087" and nlf[8] == "1251"  # Kazakh's LANGID, code page
    texts = nlf[nlf.index("# ^Branding") + 1 :: 2]
    keys = _nlf_keys(WIN / "lang" / "Kazakh.nlf")
    assert len(texts) == len(keys) == len(set(keys)) and "Branding" in keys and "giga" in keys
    assert sum(bool(re.search("[әіңғүұқөһ]", t, re.I)) for t in texts) > 20


@pytest.mark.skipif(not NSIS_LANGS.is_dir(), reason="NSIS is not installed (apt-get install nsis)")
def test_the_kazakh_strings_match_nsis_own_language_files():
    assert _nlf_keys(WIN / "lang" / "Kazakh.nlf") == _nlf_keys(NSIS_LANGS / "Russian.nlf")
    assert _nsh_keys(WIN / "lang" / "Kazakh.nsh") == _nsh_keys(NSIS_LANGS / "Russian.nsh")


def test_the_icon_serves_every_size_windows_asks_for():
    from PIL import Image

    assert "resources/icons/grantdesk.ico" in NSI.replace("\\", "/")
    with Image.open(ROOT / "resources" / "icons" / "grantdesk.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    assert (ROOT / "resources" / "icons" / "LICENSE.txt").is_file()
