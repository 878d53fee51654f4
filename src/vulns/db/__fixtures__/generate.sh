#!/bin/sh
# Builds zip64-66k.zip.gz: a ZIP64 archive (66,000 entries, more than the 65,535 a plain zip can
# count, like OSV's npm all.zip) written by Python's zipfile, then gzipped. Every entry holds the
# same minimal OSV record so the file compresses to little; readers must still see all 66,000.
set -eu
cd "$(dirname "$0")"
python3 - <<'PY'
import gzip, io, json, zipfile
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as z:
    rec = {"id": "TEST-1", "modified": "2024-01-01T00:00:00Z",
           "affected": [{"package": {"ecosystem": "npm", "name": "p"}, "versions": ["1.0.0"]}]}
    for i in range(66000):
        info = zipfile.ZipInfo(f"{i:05d}.json", date_time=(2024, 1, 1, 0, 0, 0))
        z.writestr(info, json.dumps(rec))
with open("zip64-66k.zip.gz", "wb") as f:
    f.write(gzip.compress(buf.getvalue(), 9, mtime=0))
PY
