"""Regenerates the hold-out set: python3 testdata/holdout/src/build.py

Output is deterministic (fixed seeds). The data files under data/ and
labels.jsonl / ignore.jsonl are committed; this script only documents how
they were made and lets a maintainer extend the set. Never tune a detector
against this set (see ../README.md)."""

import collections
import os
import shutil
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import core  # noqa: E402
import jp  # noqa: E402
import kr  # noqa: E402
import hard  # noqa: E402
import kr_text  # noqa: E402
import misc  # noqa: E402
import tw  # noqa: E402
import us  # noqa: E402


def main():
    data = os.path.join(core.ROOT, "data")
    if os.path.isdir(data):
        shutil.rmtree(data)
    kr.memos()
    kr.orders_csv()
    kr.cs_dump()
    kr.app_json()
    kr.events_ndjson()
    kr_text.write()
    jp.write()
    tw.write()
    us.write()
    misc.write()
    hard.write()
    core.finish()
    c = collections.Counter((l["kind"], l["country"]) for l in core.labels)
    for k in ("name", "phone", "address", "access_code"):
        print(k, sum(v for (kk, _), v in c.items() if kk == k),
              {cc: v for (kk, cc), v in sorted(c.items()) if kk == k})
    print("ignores", len(core.ignores), "files", len(core.files_written))
    write_counts()


def write_counts():
    """Rewrites the counts table in ../README.md."""
    def fmt(f):
        return {"csv": "csv", "tsv": "csv", "json": "json", "ndjson": "ndjson"}.get(f.rsplit(".", 1)[1], "text")
    c = collections.Counter()
    for l in core.labels:
        for key in (l["kind"], (l["kind"], l["country"]), (l["kind"], fmt(l["file"]))):
            c[key] += 1
    lines, misc = 0, 0
    for rel in core.files_written:
        with open(os.path.join(core.ROOT, rel), encoding="utf-8") as f:
            n = sum(1 for _ in f)
        lines += n
        misc += n if rel.startswith("data/misc/") else 0
    out = ["| kind | KR | JP | TW | US | total | text | csv/tsv | json | ndjson |",
           "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for k in ("name", "phone", "address", "access_code"):
        cells = [c[(k, x)] for x in ("KR", "JP", "TW", "US")] + [c[k]] + [c[(k, x)] for x in ("text", "csv", "json", "ndjson")]
        out.append("| %s | %s |" % (k, " | ".join(str(x) for x in cells)))
    out.append("")
    out.append("%d files, %d lines, %d ignore spans; the data/misc files alone hold %d lines, mostly negatives,"
               % (len(core.files_written), lines, len(core.ignores), misc))
    out.append("and most lines in the market files hold no labelled value.")
    path = os.path.join(core.ROOT, "README.md")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    a, b = "<!-- counts:begin (rewritten by src/build.py) -->", "<!-- counts:end -->"
    i, j = text.index(a) + len(a), text.index(b)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text[:i] + "\n" + "\n".join(out) + "\n" + text[j:])


if __name__ == "__main__":
    main()
