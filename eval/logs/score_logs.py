#!/usr/bin/env python3
"""Score piimap occurrences on the generated machine logs: false positives and planted recall.

    python3 eval/logs/score_logs.py OUTDIR/truth.json occ.ndjson [--data OUTDIR/data] [--show N] [--json]

occ.ndjson is what `piimap scan OUTDIR/data --occurrences occ.ndjson` writes: one JSON object per
line with `location` (a path or URI containing data/<file>), `category`, `line`, optional
`end_line`, `column_start`/`column_end` (1-based, end exclusive) and `classifier`.

A prediction is counted once per distinct (file, line, category). It is a true positive when its
line range overlaps a planted entity of the same category, otherwise a false-positive line.
Prints, per category: planted entities, found, recall, FP lines and FP lines per MB of
decompressed log text; then FP lines per kind (the folder below data/) and per classifier.
--show N prints, per category, the N most frequent false-positive shapes (digits shown as 9) with
their count, the kinds they come from and one example line (truncated to 160 chars, the match in
[[ ]]), and up to N missed planted entities. --json prints all of it as JSON.

Python 3.11 standard library only.
"""
import argparse
import gzip
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

CATS = ["name", "address", "email", "phone", "vin", "location"]


def rel_of(loc):
    """path below data/ (same rule as the project's corpus scorer)"""
    loc = re.sub(r"^[a-z0-9+]+://", "", loc or "")
    i = loc.rfind("data/")
    return loc[i + 5:] if i >= 0 else loc.lstrip("/")


def kind_of(rel):
    return rel.split("/", 1)[0]


def read_text(path):
    raw = path.read_bytes()
    if path.name.endswith(".gz") or raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    return raw


def load_preds(path):
    fh = sys.stdin if path == "-" else open(path, encoding="utf-8")
    out, bad = [], 0
    for ln in fh:
        ln = ln.strip()
        if not ln:
            continue
        try:
            out.append(json.loads(ln))
        except json.JSONDecodeError:
            bad += 1
    return out, bad


def score(truth, preds, sizes):
    files = set(truth["files"])
    ents = defaultdict(list)  # file -> [(cat, a, b, idx)]
    for i, e in enumerate(truth["text"]):
        ents[e["file"]].append((e["category"], e["line_start"], e["line_end"], i))
    found = set()
    seen = {}
    fp = []            # (file, line, end, cat, pred)
    tp_lines = defaultdict(int)
    unknown = 0
    no_line = set()    # (file, cat) predictions without a line (should not happen on text logs)
    for p in preds:
        cat = p.get("category")
        if cat not in CATS:
            continue
        f = rel_of(p.get("location", ""))
        if f not in files:
            unknown += 1
            continue
        line = p.get("line")
        if line is None:
            no_line.add((f, cat))
            continue
        end = p.get("end_line") or line
        key = (f, line, cat)
        if key in seen:
            continue
        seen[key] = p
        hit = False
        for c, a, b, i in ents.get(f, ()):
            if c == cat and not (end < a or line > b):
                found.add(i)
                hit = True
        if hit:
            tp_lines[cat] += 1
        else:
            fp.append((f, line, end, cat, p))

    total_bytes = sum(sizes[f][0] for f in files)
    total_lines = sum(sizes[f][1] for f in files)
    mb = total_bytes / 1e6
    per_cat = {}
    for cat in CATS:
        n = sum(1 for e in truth["text"] if e["category"] == cat)
        k = sum(1 for i in found if truth["text"][i]["category"] == cat)
        nfp = sum(1 for x in fp if x[3] == cat)
        per_cat[cat] = {"planted": n, "found": k, "recall": round(k / n, 4) if n else None, "tp_lines": tp_lines[cat],
                        "fp_lines": nfp, "fp_per_mb": round(nfp / mb, 2) if mb else None,
                        "no_line": sum(1 for x in no_line if x[1] == cat)}
    per_kind = {}
    for f in sorted(files):
        k = kind_of(f)
        d = per_kind.setdefault(k, {"files": 0, "bytes": 0, "lines": 0, "fp": {c: 0 for c in CATS}})
        d["files"] += 1
        d["bytes"] += sizes[f][0]
        d["lines"] += sizes[f][1]
    for f, _l, _e, cat, _p in fp:
        per_kind[kind_of(f)]["fp"][cat] += 1
    for d in per_kind.values():
        d["fp_total"] = sum(d["fp"].values())
        d["fp_per_mb"] = round(d["fp_total"] / (d["bytes"] / 1e6), 2) if d["bytes"] else None
    per_clf = defaultdict(lambda: defaultdict(int))
    for _f, _l, _e, cat, p in fp:
        per_clf[p.get("classifier") or "?"][cat] += 1
    missed = [dict(truth["text"][i], index=i) for i in range(len(truth["text"])) if i not in found]
    return {"total": {"files": len(files), "bytes": total_bytes, "mb": round(mb, 3), "lines": total_lines,
                      "planted": len(truth["text"]), "found": len(found), "fp_lines": len(fp),
                      "fp_per_mb": round(len(fp) / mb, 2) if mb else None, "unknown_locations": unknown},
            "categories": per_cat, "kinds": per_kind,
            "classifiers": {k: dict(v) for k, v in sorted(per_clf.items(), key=lambda kv: -sum(kv[1].values()))},
            "_fp": fp, "_missed": missed}


def excerpt(text, cs=None, ce=None, width=160):
    """the line truncated to `width` chars around the match, the match in [[ ]]"""
    text = text.replace("\t", " ")
    if cs and ce and 1 <= cs < ce <= len(text) + 1:
        a, b = cs - 1, ce - 1
        lo = max(0, min(a - (width - (b - a)) // 2, len(text) - width))
        hi = lo + width
        s = text[lo:a] + "[[" + text[a:b] + "]]" + text[b:hi]
        return ("…" if lo > 0 else "") + s + ("…" if hi < len(text) else "")
    return text[:width] + ("…" if len(text) > width else "")


def matched(text, p):
    """the matched substring, when the prediction has columns on a single line"""
    cs, ce = p.get("column_start"), p.get("column_end")
    if cs and ce and (p.get("end_line") or p.get("line")) == p.get("line") and 1 <= cs < ce <= len(text) + 1:
        return text[cs - 1:ce - 1]
    return None


def shape(s, cat):
    """what a false positive looks like, so that repeats group: digits -> 9; for e-mails, phones and
    VINs letters -> A/a too; names, addresses and locations keep their words"""
    if s is None:
        return None
    out = []
    for ch in s:
        if ch.isdigit():
            out.append("9")
        elif ch.isalpha() and cat in ("email", "phone", "vin"):
            out.append("A" if ch.isupper() else "a")
        else:
            out.append(ch)
    return re.sub(r"a{2,}", "a+", re.sub(r"A{2,}", "A+", "".join(out))) if cat == "email" else "".join(out)


def top_shapes(fp, cat, n, text_line):
    """the n most frequent shapes of this category's false positives: count, kinds, one example"""
    groups = {}
    for f, l, e, c, p in sorted(fp, key=lambda x: (x[0], x[1])):
        if c != cat:
            continue
        t = text_line(f, l)
        key = shape(matched(t, p), cat) or f"<{p.get('classifier') or '?'}: no span>"
        g = groups.setdefault(key, {"shape": key, "count": 0, "kinds": defaultdict(int), "example": None})
        g["count"] += 1
        g["kinds"][kind_of(f)] += 1
        if g["example"] is None:
            g["example"] = {"file": f, "line": l, "classifier": p.get("classifier"),
                            "text": excerpt(t, p.get("column_start") if l == e else None, p.get("column_end") if l == e else None)}
    out = sorted(groups.values(), key=lambda g: (-g["count"], g["shape"]))[:n]
    for g in out:
        g["kinds"] = dict(sorted(g["kinds"].items(), key=lambda kv: -kv[1]))
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description="False positives and planted recall of piimap on generated machine logs.")
    ap.add_argument("truth")
    ap.add_argument("occurrences", help="NDJSON occurrences from piimap scan --occurrences, or - for stdin")
    ap.add_argument("--data", help="the data/ folder the truth describes (default: beside truth.json)")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print the N most frequent FP shapes per category (with an example line) and N missed entities")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    a = ap.parse_args(argv)

    truth_path = Path(a.truth)
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    data = Path(a.data) if a.data else truth_path.parent / "data"
    texts, sizes = {}, {}
    for f in truth["files"]:
        p = data / f
        if not p.exists():
            sys.exit(f"missing data file {p} (use --data)")
        raw = read_text(p)
        texts[f] = raw
        sizes[f] = (len(raw), raw.count(b"\n") + (0 if raw.endswith(b"\n") or not raw else 1))
    preds, bad = load_preds(a.occurrences)
    res = score(truth, preds, sizes)
    res["total"]["unparsable_occurrence_lines"] = bad

    line_cache = {}

    def text_line(f, n):
        if f not in line_cache:
            line_cache[f] = texts[f].decode("utf-8", "replace").split("\n")
        ls = line_cache[f]
        return ls[n - 1] if 0 < n <= len(ls) else ""

    examples = {}
    missed = {}
    if a.show:
        for cat in CATS:
            examples[cat] = top_shapes(res["_fp"], cat, a.show, text_line)
            ms = [m for m in res["_missed"] if m["category"] == cat][:a.show]
            missed[cat] = [{"file": m["file"], "line": m["line_start"], "category": cat, "text": excerpt(text_line(m["file"], m["line_start"]))} for m in ms]
    fp_list, _ = res.pop("_fp"), res.pop("_missed")

    if a.json:
        if a.show:
            res["examples"] = examples
            res["missed"] = missed
        print(json.dumps(res, indent=1, ensure_ascii=False))
        return

    t = res["total"]
    print(f"{t['files']} files, {t['lines']} lines, {t['mb']:.2f} MB decompressed; {t['planted']} planted entities; "
          f"{len(preds)} occurrences read" + (f", {t['unknown_locations']} outside the truth's files" if t["unknown_locations"] else "")
          + (f", {bad} unparsable lines" if bad else ""))
    print()
    print(f"{'category':<10} {'planted':>7} {'found':>5} {'recall':>7} {'FP lines':>9} {'FP/MB':>8}")
    for cat in CATS:
        c = res["categories"][cat]
        rec = f"{c['recall']:.3f}" if c["recall"] is not None else "-"
        extra = f"   ({c['no_line']} without a line)" if c["no_line"] else ""
        print(f"{cat:<10} {c['planted']:>7} {c['found']:>5} {rec:>7} {c['fp_lines']:>9} {c['fp_per_mb']:>8.1f}{extra}")
    rec_all = t["found"] / t["planted"] if t["planted"] else 0
    print(f"{'all':<10} {t['planted']:>7} {t['found']:>5} {rec_all:>7.3f} {t['fp_lines']:>9} {t['fp_per_mb']:>8.1f}")
    print()
    print("FP lines by kind")
    hdr = f"{'kind':<16} {'MB':>6} {'lines':>6} " + " ".join(f"{c[:8]:>8}" for c in CATS) + f" {'total':>6} {'FP/MB':>7}"
    print(hdr)
    for k, d in sorted(res["kinds"].items(), key=lambda kv: (-kv[1]["fp_total"], kv[0])):
        print(f"{k:<16} {d['bytes'] / 1e6:>6.2f} {d['lines']:>6} " + " ".join(f"{d['fp'][c]:>8}" for c in CATS) + f" {d['fp_total']:>6} {d['fp_per_mb']:>7.1f}")
    if res["classifiers"]:
        print()
        print("FP lines by classifier")
        for clf, d in res["classifiers"].items():
            print(f"  {clf:<40} {sum(d.values()):>6}  " + ", ".join(f"{c} {n}" for c, n in sorted(d.items(), key=lambda kv: -kv[1])))
    if a.show:
        for cat in CATS:
            if examples[cat]:
                print()
                print(f"most frequent false positives: {cat}")
                for g in examples[cat]:
                    x = g["example"]
                    kinds = ", ".join(f"{k} {n}" for k, n in list(g["kinds"].items())[:4]) + (", …" if len(g["kinds"]) > 4 else "")
                    print(f"  {g['count']:>6} x {g['shape']!r}  ({kinds})")
                    print(f"         {x['file']}:{x['line']} [{x['classifier']}]  {x['text']}")
        if any(missed.values()):
            print()
            print("missed planted entities")
            for cat in CATS:
                for x in missed[cat]:
                    print(f"  {x['file']}:{x['line']} {cat}")
                    print(f"      {x['text']}")


if __name__ == "__main__":
    main()
