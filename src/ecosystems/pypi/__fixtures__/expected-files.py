"""Writes expected-files.json beside the uv.lock and pdm.lock fixtures: for each locked package,
whether an sdist is locked and the wheel tags, read with PyPA's packaging.utils (wheel and sdist
file-name parsers) rather than Steward's code. Run by generate.sh; read by the golden test."""

import json
import sys
import tomllib
from pathlib import Path

from packaging.utils import canonicalize_name, parse_sdist_filename, parse_wheel_filename


def tags(wheel_names):
    return sorted({str(t) for n in wheel_names for t in parse_wheel_filename(n)[3]})


def uv(doc):
    out = {}
    for p in doc.get("package", []):
        wheels = [w.get("filename") or (w.get("url") or w["path"]).rsplit("/", 1)[-1] for w in p.get("wheels", [])]
        if wheels or "sdist" in p:
            out[canonicalize_name(p["name"])] = {"sdist": "sdist" in p, "tags": tags(wheels)}
    return out


def pdm(doc):
    out = {}
    for p in doc.get("package", []):
        names = [(f.get("file") or f["url"]).rsplit("/", 1)[-1] for f in p.get("files", [])]
        if not names:
            continue
        sdists = []
        for n in names:
            if not n.endswith(".whl"):
                parse_sdist_filename(n)  # raises unless it is an sdist name
                sdists.append(n)
        out[canonicalize_name(p["name"])] = {"sdist": bool(sdists), "tags": tags(n for n in names if n.endswith(".whl"))}
    return out


for arg in sys.argv[1:]:
    path = Path(arg)
    doc = tomllib.loads(path.read_text())
    data = uv(doc) if path.name == "uv.lock" else pdm(doc)
    (path.parent / "expected-files.json").write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    print(f"{path}: {len(data)} packages with files")
