#!/usr/bin/env python3
"""Deterministic generator of application logs with ~3% personal-data lines.

usage: python3 benches/gen_logs.py OUT_FILE SIZE_MB [--seed N]

Lines mix request ids, hashes, build numbers and timestamps (hard negatives) with e-mail
addresses, VINs (valid check digit), phone numbers, coordinates and accented / Japanese names.
Values are made up from small built-in lists; the same seed gives the same bytes.
"""
import argparse, random

VIN_VALUES = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
NAMES = ["Zoë Dubois", "José Álvarez", "山田 太郎", "Ingrid Østergaard", "Chloé Martin", "佐藤 花子"]
DOMAINS = ["example.com", "example.org", "mail.example.net"]


def vin(rng):
    v = [rng.choice(ALNUM) for _ in range(13)] + [rng.choice("0123456789") for _ in range(4)]
    s = sum((int(c) if c.isdigit() else VIN_VALUES[c]) * VIN_WEIGHTS[i] for i, c in enumerate(v))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def line(rng, i):
    ts = f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:{(i * 7) % 60:02d}Z"
    r = rng.random()
    if r < 0.01:
        return f"{ts} INFO login ok user={rng.choice(NAMES).split()[0].lower()}{i}@{rng.choice(DOMAINS)}"
    if r < 0.02:
        return f"{ts} DEBUG telemetry vin={vin(rng)} lat={rng.uniform(-60, 60):.5f} lon={rng.uniform(-170, 170):.5f}"
    if r < 0.03:
        return f"{ts} WARN sms to +33 6 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} failed for {rng.choice(NAMES)}"
    if r < 0.4:
        return f"{ts} INFO request id={rng.getrandbits(128):032x} status=200 bytes={rng.randint(100, 99999)}"
    if r < 0.6:
        return f"{ts} DEBUG checksum {rng.getrandbits(160):040x} ok"
    if r < 0.8:
        return f"{ts} INFO build {rng.randint(1, 9)}.{rng.randint(0, 99)}.{rng.randint(0, 999)} finished in {rng.uniform(1, 900):.3f}s"
    return f"{ts} WARN order #{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)} delayed, 配送遅延"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("size_mb", type=int)
    ap.add_argument("--seed", type=int, default=42)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    target = a.size_mb * 1024 * 1024
    written = 0
    i = 0
    with open(a.out, "w", encoding="utf-8") as fh:
        while written < target:
            chunk = "\n".join(line(rng, i + k) for k in range(10000)) + "\n"
            i += 10000
            fh.write(chunk)
            written += len(chunk.encode("utf-8"))


if __name__ == "__main__":
    main()
