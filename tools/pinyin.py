#!/usr/bin/env python3
"""Derive the Mandarin readings of single characters (rules/data/lexicon/pinyin.tsv) from CC-CEDICT.

Usage: tools/pinyin.py CEDICT_FILE[.gz] > rules/data/lexicon/pinyin.tsv

parallax reads a Chinese transliteration against its Latin spelling with the Xinhua syllable
table (rules/data/transliteration.toml). A character outside that table (older or looser
renderings: 良 in 哈德良 for Hadrian, 第 in 伦巴第 for Lombard) is read by its pinyin instead.

For each Simplified character that is a headword of its own, the file gives its toneless
pinyin readings, the most used first: a reading counts once for every headword that reads the
character so (重 in 重要 zhong, in 重复 chong). Readings used by less than a tenth of the
most used one are dropped, and at most three are kept; CC-CEDICT's placeholder `xx` is no
reading. Lines are sorted by the character's
UTF-8 bytes. CC-CEDICT is CC BY-SA 4.0 (MDBG); the derived table is shared under the same
licence (see LICENSE and SOURCES.md beside it).
"""
import collections
import gzip
import re
import sys


def han(c):
    return "\u4e00" <= c <= "\u9fff"


def main():
    path = sys.argv[1]
    opener = gzip.open if path.endswith(".gz") else open
    singles = set()
    uses = collections.defaultdict(collections.Counter)
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            m = re.match(r"^(\S+) (\S+) \[([^\]]*)\] /", line)
            if not m:
                continue
            simp, pinyin = m.group(2), m.group(3)
            syllables = [re.sub(r"[1-5]$", "", s.lower()).replace("u:", "u") for s in pinyin.split()]
            if len(syllables) != len(simp):
                continue
            if len(simp) == 1 and han(simp):
                singles.add(simp)
            for c, s in zip(simp, syllables):
                # (`xx` is CC-CEDICT's placeholder for a reading it does not give)
                if han(c) and re.fullmatch(r"[a-z]+", s) and s != "xx":
                    uses[c][s] += 1
    for c in sorted(singles, key=lambda c: c.encode("utf-8")):
        counts = uses[c].most_common()
        if not counts:
            continue
        top = counts[0][1]
        kept = [s for s, n in counts if n * 10 >= top][:3]
        print(f"{c}\t{' '.join(kept)}")


if __name__ == "__main__":
    main()
