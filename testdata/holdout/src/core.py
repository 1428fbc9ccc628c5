"""Marker syntax, renderers and label bookkeeping for the hold-out set.

Annotated text marks every labelled span as

    ⟦k|CC|text⟧

where k is n (name), p (phone), a (address) or c (access_code), optionally
prefixed with x for an ignore span (xn, xp, xa, xc), and CC is the ISO
country of the value. Renderers strip the markers, compute byte offsets in
the clean text and record one label per span.
"""

import csv
import io
import json
import os
import re

KINDS = {"n": "name", "p": "phone", "a": "address", "c": "access_code"}
MARK = re.compile(r"⟦(x?[npac])\|([A-Z]{2})\|(.*?)⟧", re.S)

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))

labels = []
ignores = []
files_written = []


def mk(kind, country, text):
    """Wraps text in a marker."""
    assert "⟦" not in text and "⟧" not in text, text
    return "⟦%s|%s|%s⟧" % (kind, country, text)


def N(text, cc):
    return mk("n", cc, text)


def P(text, cc):
    return mk("p", cc, text)


def A(text, cc):
    return mk("a", cc, text)


def C(text, cc):
    return mk("c", cc, text)


def X(kind, text, cc, why):
    """An ignore span: a true instance of kind whose owner is not a person
    (a company hotline, a placeholder name, a parcel-locker PIN...)."""
    return mk("x" + kind, cc, text + "\u0000" + why)


def strip(s):
    """Returns clean text and [(kind, cc, byte_off, text, ignore, why)]."""
    out = []
    spans = []
    nbytes = 0
    pos = 0
    for m in MARK.finditer(s):
        pre = s[pos:m.start()]
        out.append(pre)
        nbytes += len(pre.encode())
        k, cc, t = m.group(1), m.group(2), m.group(3)
        why = ""
        if "\u0000" in t:
            t, why = t.split("\u0000", 1)
        ign = k.startswith("x")
        spans.append((KINDS[k[-1]], cc, nbytes, t, ign, why))
        out.append(t)
        nbytes += len(t.encode())
        pos = m.end()
    out.append(s[pos:])
    clean = "".join(out)
    assert "⟦" not in clean and "⟧" not in clean, clean[:200]
    return clean, spans


def _record(rel, field, row, spans):
    for kind, cc, off, t, ign, why in spans:
        lab = {"file": rel, "field": field, "row": row, "offset": off,
               "length": len(t.encode()), "kind": kind, "country": cc, "text": t}
        if ign:
            lab["reason"] = why
            ignores.append(lab)
        else:
            labels.append(lab)


def _path(rel):
    p = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    files_written.append(rel)
    return p


def write_text(rel, annotated):
    """A free-text file: offsets are in the whole file."""
    clean, spans = strip(annotated)
    _record(rel, "", -1, spans)
    with open(_path(rel), "w", encoding="utf-8", newline="") as f:
        f.write(clean)


def write_csv(rel, header, rows, delim=",", bom=False, crlf=False):
    """rows are lists of annotated cells; Field = header, Row = data row."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n" if crlf else "\n",
                   quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for i, row in enumerate(rows):
        assert len(row) == len(header), (rel, i, row)
        cells = []
        for h, cell in zip(header, row):
            clean, spans = strip(cell)
            assert "\r" not in clean
            _record(rel, h, i, spans)
            cells.append(clean)
        w.writerow(cells)
    with open(_path(rel), "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        f.write(buf.getvalue())


SIMPLE = re.compile(r"^[A-Za-z0-9_\-\u0080-\U0010ffff]+$")


def key_path(parent, key):
    if SIMPLE.match(key):
        return parent + "." + key
    return parent + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']"


class Num(str):
    """An annotated value written as a JSON number (a phone number that lost
    its leading zero in a spreadsheet, a door code stored as an integer)."""


def _walk(v, path, row, rel):
    if isinstance(v, Num):
        clean, spans = strip(v)
        _record(rel, path, row, spans)
        return int(clean)
    if isinstance(v, dict):
        return {k: _walk(x, key_path(path, k), row, rel) for k, x in v.items()}
    if isinstance(v, list):
        return [_walk(x, "%s[%d]" % (path, i), row, rel) for i, x in enumerate(v)]
    if isinstance(v, str):
        clean, spans = strip(v)
        _record(rel, path, row, spans)
        return clean
    return v


def write_json(rel, doc, indent=2):
    """One JSON document: a top-level array has one row per element."""
    if isinstance(doc, list):
        clean = [_walk(x, "$[%d]" % i, i, rel) for i, x in enumerate(doc)]
    else:
        clean = _walk(doc, "$", 0, rel)
    with open(_path(rel), "w", encoding="utf-8") as f:
        f.write(json.dumps(clean, ensure_ascii=False, indent=indent))
        f.write("\n")


def write_ndjson(rel, docs):
    """One value per line: Row = line index, paths from $."""
    lines = []
    for i, d in enumerate(docs):
        lines.append(json.dumps(_walk(d, "$", i, rel), ensure_ascii=False, separators=(",", ":")))
    with open(_path(rel), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def finish():
    def key(l):
        return (l["file"], l["row"], l["field"], l["offset"])
    for name, rows in (("labels.jsonl", labels), ("ignore.jsonl", ignores)):
        with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
            for l in sorted(rows, key=key):
                f.write(json.dumps(l, ensure_ascii=False) + "\n")
