"""No network: a whole session (start, fill, check, print) opens no network socket.

offline_session.py runs the real app in one process with an audit hook recording every
`socket.*` event and a scan of its open descriptors after each step. Where strace works,
the same run is traced at the system-call level too, which also sees sockets that Qt or
a C library open and close on their own.

One thing is allowed, and only in the step that prints to a printer: on Linux, Qt's
print support asks the local print service (CUPS) for the printers, over the loopback
interface (port 631) or a Unix socket. That is the operating system's printing, not the
network, and the step that saves the PDF (what the issue's "print" is) has no socket at all.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SESSION = Path(__file__).with_name("offline_session.py")
PRINTER_STEP = "print to a printer"
LOCAL_PRINT_SERVICE = re.compile(
    r'connect\(\d+, \{sa_family=AF_UNIX|'
    r'connect\(\d+, \{sa_family=AF_INET, sin_port=htons\(631\), sin_addr=inet_addr\("127\.0\.0\.1"\)|'
    r'connect\(\d+, \{sa_family=AF_INET6, sin6_port=htons\(631\).*inet_pton\(AF_INET6, "::1"'
)


def _strace_works() -> bool:
    if not shutil.which("strace"):
        return False
    probe = subprocess.run(["strace", "-f", "-o", os.devnull, "true"], capture_output=True)
    return probe.returncode == 0


def _run(tmp_path: Path, *extra: str, trace: bool) -> tuple[dict, list[tuple[str, str]]]:
    config = tmp_path / "config"
    config.mkdir(exist_ok=True)
    (config / "settings.json").write_text(json.dumps({"ui_lang": "kk", "recent": []}), encoding="utf-8")
    (tmp_path / "Documents").mkdir(exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GRANTDESK_CONFIG_DIR=str(config),
               GRANTDESK_DOCUMENTS_DIR=str(tmp_path / "Documents"), GRANTDESK_BACKUP_DIR=str(tmp_path / "backups"),
               PYTHONPATH=str(ROOT))
    cmd = [sys.executable, str(SESSION), str(tmp_path), *extra]
    trace_file = tmp_path / "strace.txt"
    if trace:
        cmd = ["strace", "-f", "-e", "trace=socket,connect,bind,sendto,newfstatat,stat", "-o", str(trace_file)] + cmd
    proc = subprocess.run(cmd, env=env, cwd=str(ROOT), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-4000:]
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    calls: list[tuple[str, str]] = []  # (step, syscall line) for socket-related syscalls
    if trace:
        n = 0
        for line in trace_file.read_text(errors="replace").splitlines():
            marker = re.search(r'"/\.grantdesk-step-(\d+)"', line)
            if marker:
                n = int(marker.group(1))
            elif re.search(r"\b(socket|connect|bind|sendto)\(", line):
                step = report["steps"][n] if n < len(report["steps"]) else "exit"
                calls.append((step, line.split(" ", 1)[1]))
    return report, calls


def test_the_recording_catches_a_socket(tmp_path):
    trace = _strace_works()
    report, calls = _run(tmp_path, "--control", trace=trace)
    events = {e for e, _ in report["socket_events"]}
    assert {"socket.__new__", "socket.getaddrinfo"} <= events
    assert report["socket_fds"]  # the socket it holds open is seen among its descriptors
    if trace:
        assert any(step == "control socket" and "AF_INET" in call for step, call in calls)


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    return _run(tmp_path_factory.mktemp("offline"), trace=_strace_works())


def test_a_whole_session_opens_no_network_socket(session):
    report, _ = session
    assert report["steps"] == ["start", "fill", "check", "preview and save PDF", PRINTER_STEP, "close", "cli"]
    assert report["socket_events"] == []  # no socket made or name looked up from Python
    assert report["socket_fds"] == []  # and none held open after any step


def test_a_whole_session_makes_no_socket_system_call(session):
    if not _strace_works():
        pytest.skip("strace is not available here (the audit-hook test still runs)")
    _, calls = session
    outside_printing = [(s, c) for s, c in calls if s != PRINTER_STEP]
    assert outside_printing == []  # start, fill, check, preview, Save PDF, close, CLI: not one socket
    for step, call in calls:
        if call.startswith("connect("):
            assert LOCAL_PRINT_SERVICE.search(call), f"{step}: {call}"
