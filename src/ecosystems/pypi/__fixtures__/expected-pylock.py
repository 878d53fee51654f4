"""Writes expected.json beside each pylock fixture, read by PyPA's own code rather than Steward's:
packaging.pylock validates the file (PEP 751), packaging.markers evaluates each marker in the
lock-file context, packaging.utils.parse_wheel_filename reads the wheel tags. Run by
generate-pylock.sh; the golden test compares Steward's inventory with these files.

Kinds: a package is prod when its marker holds with the default groups and no extras, dev when it
holds only with some other group, optional when it needs an extra. Environment markers are
evaluated for CPython 3.10 on Linux x86_64, the oldest Python the h11 lock supports, so that
`python_version < "3.11"` packages count.
"""

import json
import sys
import tomllib
from pathlib import Path

import packaging
from packaging.markers import Marker
from packaging.pylock import Pylock
from packaging.utils import canonicalize_name, parse_wheel_filename

ENV = {
    "python_version": "3.10",
    "python_full_version": "3.10.0",
    "sys_platform": "linux",
    "platform_system": "Linux",
    "platform_machine": "x86_64",
    "os_name": "posix",
    "implementation_name": "cpython",
    "platform_python_implementation": "CPython",
}


def holds(marker, groups, extras):
    if marker is None:
        return True
    env = {**ENV, "dependency_groups": frozenset(groups), "extras": frozenset(extras)}
    return Marker(str(marker)).evaluate(env, context="lock_file")


def kind(pkg, lock):
    defaults = lock.default_groups or []
    if holds(pkg.marker, defaults, []):
        return "prod"
    if holds(pkg.marker, defaults, lock.extras or []):
        return "optional"
    if holds(pkg.marker, lock.dependency_groups or [], []):
        return "dev"
    return "none"


def wheel_name(w):
    return w.name or (w.url or str(w.path)).rsplit("/", 1)[-1]


def expected(path):
    lock = Pylock.from_dict(tomllib.loads(path.read_text()))
    out = []
    for pkg in lock.packages:
        wheels = pkg.wheels or []
        tags = sorted({str(t) for w in wheels for t in parse_wheel_filename(wheel_name(w))[3]})
        out.append(
            {
                "name": canonicalize_name(pkg.name),
                "version": str(pkg.version) if pkg.version else None,
                "kind": kind(pkg, lock),
                "sdist": pkg.sdist is not None,
                "tags": tags,
            }
        )
    return {"reader": f"packaging {packaging.__version__}", "file": path.name, "packages": out}


for arg in sys.argv[1:]:
    p = Path(arg)
    (p.parent / "expected.json").write_text(json.dumps(expected(p), indent=1) + "\n")
    print(f"{p}: {len(expected(p)['packages'])} packages")
