#!/usr/bin/env python3
"""Write parallax's table of countries and territories (rules/data/lexicon/territories.tsv)
from the Unicode CLDR names that the PyPI package Babel carries.

Usage: pip install babel==2.19.0 && tools/territories.py > rules/data/lexicon/territories.tsv

Each line is `English name<TAB>Chinese name`, for every two-letter region of CLDR whose
English and Simplified Chinese names are plain names: no private-use or pseudo regions (`AA`,
`QM`-`QZ`, `XA`-`XZ` but Kosovo's `XK`, `ZZ`), no groupings (`EU`, `EZ`, `UN`), no name with
`&`, `,` or brackets, no `SAR` name (Hong Kong and Macao are in the dictionary already).
Sorted by the English name. CLDR data is under the Unicode License v3 (LICENSE-UNICODE beside
the table).
"""
import re

from babel import Locale

zh = Locale("zh").territories
en = Locale("en").territories
rows = set()
for code, name in en.items():
    if not re.fullmatch(r"[A-Z]{2}", code) or code in {"AA", "ZZ", "EU", "EZ", "UN"}:
        continue
    if re.fullmatch(r"Q[M-Z]|X[A-JL-Z]", code):
        continue
    z = zh.get(code)
    if not z or re.search(r"[&,()（）]|SAR", name) or re.search(r"[（）]", z):
        continue
    rows.add((name, z))
for name, z in sorted(rows):
    print(f"{name}\t{z}")
