#!/usr/bin/env python3
"""Composition of a corpus written by gen_pii.py, and (optionally) where a scan missed or over-reported.

    stats.py OUTDIR                              entities per category and per locale, files per kind
    stats.py OUTDIR --occ occ.ndjson             adds recall per category x locale and per tag, FPs per planted negative kind
    stats.py OUTDIR --occ occ.ndjson --show misses:name [-n 20]   sample of missed entities with their text
    stats.py OUTDIR --occ occ.ndjson --show fp:phone [-n 20]      sample of false-positive lines with their text
    stats.py OUTDIR --occ occ.ndjson --show fields                structured-file misses and false positives

Needs only the standard library (and reads OUTDIR/truth.json, OUTDIR/meta.json, OUTDIR/data).
"""
import argparse
import gzip
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

CATS = ["name", "address", "email", "phone", "vin", "location"]


def rel_of(loc):
    loc = re.sub(r"^[a-z0-9+]+://", "", loc or "")
    i = loc.rfind("data/")
    return loc[i + 5:] if i >= 0 else loc.lstrip("/")


def norm_field(f):
    if f is None:
        return None
    f = str(f)
    if f.startswith("/"):
        f = f[1:].replace("/", ".")
    f = re.sub(r"^\$\.?", "", f)
    f = re.sub(r"\[(\*|\d+)\]", "", f)
    f = re.sub(r"\.\d+(?=\.|$)", "", f)
    return f.replace("..", ".").strip(".")


def table(rows, header):
    w = [max(len(str(x)) for x in col) for col in zip(header, *rows)] if rows else [len(h) for h in header]
    out = ["  ".join(str(h).ljust(n) for h, n in zip(header, w))]
    out += ["  ".join(str(x).ljust(n) for x, n in zip(r, w)) for r in rows]
    return "\n".join(out)


def read_lines(out, rel, cache={}):
    if rel not in cache:
        p = os.path.join(out, "data", rel)
        raw = open(p, "rb").read()
        if rel.endswith(".gz"):
            raw = gzip.decompress(raw)
        for enc in ("utf-8", "cp932", "cp1252"):
            try:
                txt = raw.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        cache[rel] = txt.lstrip("\ufeff").split("\n")
    return cache[rel]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir")
    ap.add_argument("--occ", help="occurrences NDJSON written by piimap scan --occurrences")
    ap.add_argument("--show", help="misses:CAT, fp:CAT or fields")
    ap.add_argument("-n", type=int, default=15)
    ap.add_argument("--seed", type=int, default=0, help="sampling seed for --show")
    a = ap.parse_args()
    truth = json.load(open(os.path.join(a.outdir, "truth.json"), encoding="utf-8"))
    meta = json.load(open(os.path.join(a.outdir, "meta.json"), encoding="utf-8"))
    text, fields = truth["text"], truth["fields"]
    mt, mf = meta["text"], meta["fields"]
    files = meta["files"]

    print(f"files: {len(truth['files'])} ({sum(1 for f in files.values() if f['structured'])} structured), "
          f"text entities: {len(text)}, labelled fields: {len(fields)}, planted hard negatives: {len(meta['negatives'])}")
    kinds = Counter(f["kind"].split("-")[0] if f["kind"].startswith(("table", "json", "geo")) else f["kind"] for f in files.values())
    print("files per kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    size = sum(os.path.getsize(os.path.join(a.outdir, "data", f)) for f in truth["files"])
    print(f"data size: {size / 1e6:.2f} MB")

    # entities per category x locale
    loc_cat = defaultdict(Counter)
    for e, m in zip(text, mt):
        loc_cat[m["locale"]][e["category"]] += 1
    for e, m in zip(fields, mf):
        loc_cat[m["locale"]]["f:" + e["category"]] += 1
    cols = CATS + ["f:" + c for c in CATS]
    rows = [[loc] + [loc_cat[loc][c] or "" for c in cols] + [sum(loc_cat[loc].values())] for loc in sorted(loc_cat)]
    rows.append(["TOTAL"] + [sum(loc_cat[l][c] for l in loc_cat) for c in cols] + [len(text) + len(fields)])
    print("\ntext entities (name..location) and labelled fields (f:...) per locale:")
    print(table(rows, ["locale"] + cols + ["all"]))
    neg = Counter(n["kind"] for n in meta["negatives"])
    print("\nplanted hard negatives per kind: " + ", ".join(f"{k} {v}" for k, v in neg.most_common()))
    tags = defaultdict(Counter)
    for e, m in zip(text, mt):
        tags[e["category"]][m["tag"]] += 1
    print("\ntext entity variants (tags) per category:")
    for c in CATS:
        print(f"  {c}: " + ", ".join(f"{t} {n}" for t, n in tags[c].most_common(25)) + (" ..." if len(tags[c]) > 25 else ""))

    if not a.occ:
        return
    preds = [json.loads(l) for l in open(a.occ, encoding="utf-8") if l.strip()]
    fileset = set(truth["files"])
    structured = {f for f, m in files.items() if m["structured"]}
    by_file = defaultdict(list)
    for i, e in enumerate(text):
        by_file[e["file"]].append(i)
    hit = set()
    fp_lines = defaultdict(set)
    field_pred = set()
    for p in preds:
        cat = p.get("category")
        if cat not in CATS:
            continue
        f = rel_of(p.get("location", ""))
        if f not in fileset:
            continue
        if f in structured:
            field_pred.add((f, norm_field(p.get("field")), cat))
            continue
        ln = p.get("line")
        if ln is None:
            continue
        end = p.get("end_line") or ln
        ok = False
        for i in by_file[f]:
            e = text[i]
            if e["category"] == cat and not (end < e["line_start"] or ln > e["line_end"]):
                hit.add(i)
                ok = True
        if not ok:
            fp_lines[cat].add((f, ln))

    print("\nrecall per category x locale (text):")
    rc = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for i, (e, m) in enumerate(zip(text, mt)):
        rc[m["locale"]][e["category"]][1] += 1
        rc[m["locale"]][e["category"]][0] += i in hit
    rows = [[loc] + [f"{rc[loc][c][0] / rc[loc][c][1]:.2f}" if rc[loc][c][1] else "" for c in CATS] for loc in sorted(rc)]
    print(table(rows, ["locale"] + CATS))
    print("\nrecall per tag (text, tags with >= 5 entities):")
    tg = defaultdict(lambda: [0, 0])
    for i, (e, m) in enumerate(zip(text, mt)):
        k = (e["category"], m["tag"])
        tg[k][1] += 1
        tg[k][0] += i in hit
    for c in CATS:
        items = sorted(((t, v) for (cc, t), v in tg.items() if cc == c and v[1] >= 5), key=lambda x: x[1][0] / x[1][1])
        print(f"  {c}: " + ", ".join(f"{t} {v[0]}/{v[1]}" for t, v in items))
    print("\nfalse-positive lines per category, and the planted negative kinds on those lines:")
    negs_at = defaultdict(list)
    for n in meta["negatives"]:
        if "line_start" in n:
            for l in range(n["line_start"], n["line_end"] + 1):
                negs_at[(n["file"], l)].append(n["kind"])
    for c in CATS:
        k = Counter()
        for fl in fp_lines[c]:
            for kind in set(negs_at.get(fl, ["(none planted)"])):
                k[kind] += 1
        print(f"  {c}: {len(fp_lines[c])} lines; " + ", ".join(f"{kk} {v}" for kk, v in k.most_common(12)))
    ft = {(e["file"], e["field"], e["category"]) for e in fields}
    print("\nstructured fields: " + ", ".join(
        f"{c} TP {len({x for x in ft if x[2] == c} & field_pred)} FN {len({x for x in ft if x[2] == c} - field_pred)} FP {len({x for x in field_pred if x[2] == c} - ft)}" for c in CATS))

    if a.show:
        rnd = random.Random(a.seed)
        what, _, cat = a.show.partition(":")
        if what == "misses":
            idx = [i for i, e in enumerate(text) if e["category"] == cat and i not in hit]
            print(f"\n{len(idx)} missed {cat} entities; sample:")
            for i in sorted(rnd.sample(idx, min(a.n, len(idx)))):
                e = text[i]
                ls = read_lines(a.outdir, e["file"])[e["line_start"] - 1:e["line_end"]]
                print(f"- {e['file']}:{e['line_start']}-{e['line_end']} [{mt[i]['locale']} {mt[i]['tag']}]")
                for l in ls:
                    print(f"    | {l}")
        elif what == "fp":
            fl = sorted(fp_lines[cat])
            print(f"\n{len(fl)} false-positive {cat} lines; sample:")
            for f, ln in sorted(rnd.sample(fl, min(a.n, len(fl)))):
                print(f"- {f}:{ln}  | {read_lines(a.outdir, f)[ln - 1][:200]}")
        elif what == "fields":
            print("\nmissed fields:")
            for x in sorted(ft - field_pred):
                print("  ", x)
            print("false-positive fields:")
            for x in sorted(field_pred - ft):
                print("  ", x)


if __name__ == "__main__":
    main()
