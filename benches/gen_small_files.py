#!/usr/bin/env python3
"""Deterministic generator of many small files (tickets, CSV exports, JSON records).

usage: python3 benches/gen_small_files.py OUT_DIR COUNT [--seed N]

COUNT files in folders of 1,000: one in three a short support note (some with an e-mail address
or a phone number), one in three a small CSV export, one in three a JSON record. Values are made
up from small built-in lists; the same seed gives the same bytes.
"""
import argparse, os, random

NAMES = ["Grace Hopper", "Alan Turing", "Ada Lovelace", "Edsger Dijkstra", "Barbara Liskov", "Donald Knuth"]
WORDS = ["invoice", "delivery", "refund", "password", "account", "order", "printer", "update", "meeting", "report"]


def note(rng, i):
    body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 30)))
    if i % 7 == 0:
        body += f"\nPlease reply to {rng.choice(NAMES).split()[0].lower()}{i}@example.com"
    if i % 11 == 0:
        body += f"\nCall back on +44 20 7946 {rng.randint(0, 9999):04d}"
    return f"Ticket {i}\n{body}\n"


def export(rng, i):
    rows = ["id,name,email,amount"]
    for k in range(rng.randint(2, 8)):
        n = rng.choice(NAMES)
        rows.append(f"{i * 10 + k},{n},{n.split()[0].lower()}.{k}@example.org,{rng.randint(1, 999)}.{rng.randint(0, 99):02d}")
    return "\n".join(rows) + "\n"


def record(rng, i):
    return '{"id": %d, "status": "%s", "owner": {"name": "%s"}, "total": %d}\n' % (
        i, rng.choice(["open", "closed", "pending"]), rng.choice(NAMES), rng.randint(1, 10000))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("count", type=int)
    ap.add_argument("--seed", type=int, default=42)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    for i in range(a.count):
        folder = os.path.join(a.out, f"{i // 1000:04d}")
        if i % 1000 == 0:
            os.makedirs(folder, exist_ok=True)
        kind = i % 3
        name, text = [(f"note-{i}.txt", note), (f"export-{i}.csv", export), (f"record-{i}.json", record)][kind]
        with open(os.path.join(folder, name), "w", encoding="utf-8") as fh:
            fh.write(text(rng, i))


if __name__ == "__main__":
    main()
