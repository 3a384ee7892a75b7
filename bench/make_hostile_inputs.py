"""Hostile inputs of issue 19 (bench/make_hostile.py holds issue 20's hostile reports to print) (each must be refused within 5 s and 300 MB), written to a
folder: tests/reliability/test_limits.py checks each refusal, bench/hostile.py measures the
time and peak memory of `grantdesk` refusing it.

- alias_bomb.yaml: 540 bytes, nine levels of aliases of aliases (a "billion laughs");
- deep.yaml / deep.json: 100 000 levels of nesting;
- wide.yaml: a form edition with 50 000 fields;
- bomb.docx: a zip whose one part unpacks to 120 MB of zeros;
- huge_value.json: seed 001 with a 200 MB value (the print-size limit).
"""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "fixtures" / "seed_001.json"


def alias_bomb() -> bytes:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    lines.append("id: x\nkind: report\ntitle: *i")
    return ("\n".join(lines) + "\n").encode()


def deep_yaml(depth: int = 100_000) -> bytes:
    return ("id: deep\nx: " + "[" * depth + "]" * depth + "\n").encode()


def deep_json(depth: int = 100_000) -> bytes:
    return ("[" * depth + "]" * depth).encode()


def wide_yaml(fields: int = 50_000) -> bytes:
    """fr24 (a sound definition) with `fields` more text fields in its last section."""
    import yaml

    data = yaml.safe_load((ROOT / "resources" / "forms" / "fr24.yaml").read_text(encoding="utf-8"))
    data["id"] = "wide"
    for i in range(fields):
        data["fields"][f"f{i}"] = {"type": "text", "label": {"kk": f"Ө{i}", "ru": f"П{i}"}}
        data["sections"][-1]["items"].append(f"f{i}")
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")


def write_docx_bomb(path: Path, unpacked: int = 120_000_000) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            chunk = b"\0" * 1_000_000
            for _ in range(unpacked // len(chunk)):
                part.write(chunk)


def huge_value_json(size: int = 200_000_000) -> bytes:
    data = json.loads(SEED.read_text(encoding="utf-8"))
    data["values"]["goal"] = "ә" * (size // 2)  # 2 bytes each in UTF-8: `size` bytes of text
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def write_all(folder: Path, *, huge: bool = True) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = {}
    for name, data in (("alias_bomb.yaml", alias_bomb()), ("deep.yaml", deep_yaml()), ("deep.json", deep_json()),
                       ("wide.yaml", wide_yaml())):
        (folder / name).write_bytes(data)
        made[name] = folder / name
    write_docx_bomb(folder / "bomb.docx")
    made["bomb.docx"] = folder / "bomb.docx"
    if huge:
        (folder / "huge_value.json").write_bytes(huge_value_json())
        made["huge_value.json"] = folder / "huge_value.json"
    return made


if __name__ == "__main__":
    for name, path in write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "hostile")).items():
        print(f"{path}  {path.stat().st_size:,} B")
