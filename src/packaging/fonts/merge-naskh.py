#!/usr/bin/env python3
"""Makes the app's Urdu typeface: Noto Naskh Arabic with the punctuation it lacks.

Noto Naskh Arabic has no ASCII brackets, no middle dot, ellipsis, degree sign, dashes or curly
quotes. JavaFX draws a character the face lacks from a fallback face, and inside right-to-left
text such a character comes out unmirrored and out of place ("(de facto)" read ")de facto(").
This adds those characters' glyphs from Noto Sans (a few symbols from Noto Sans Symbols 2, and
arrows from Noto Sans Math), all four SIL Open Font License 1.1, units per em 1000 alike, and names the result "Explorer
Naskh" (a modified font takes a name of its own; see ui/fonts/LICENSE-Noto.txt).

    pip install fonttools
    apt-get download fonts-noto-core && dpkg-deb -x fonts-noto-core_*.deb noto
    python3 src/packaging/fonts/merge-naskh.py noto/usr/share/fonts/truetype/noto \
        src/main/resources/org/balanceexplorer/ui/fonts

The input was Debian's fonts-noto-core 20201225 (the same files the app shipped before).
"""
import sys
from fontTools.ttLib import TTFont
from fontTools import subset
from fontTools.merge import Merger

FAMILY = "Explorer Naskh"
# Characters that sit between Urdu words or beside them: ASCII punctuation and symbols, and the
# typographic marks the app's words and the dataset's names use.
WANTED = [c for c in range(0x21, 0x7f) if not chr(c).isalnum()] + [
    0xa0, 0xa9, 0xab, 0xb0, 0xb7, 0xbb, 0xd7, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2018, 0x2019,
    0x201c, 0x201d, 0x2022, 0x2026, 0x2032, 0x2033]
SYMBOLS = [0x25b4, 0x25b6, 0x25b8, 0x25be, 0x25c0, 0x25c2, 0x26a0, 0x2713, 0x275a]
MATH = [0x2190, 0x2191, 0x2192, 0x2193, 0x2212, 0x2248]


def part(path, codepoints, missing):
    font = TTFont(path)
    have = set(font.getBestCmap())
    take = [c for c in codepoints if c in missing and c in have]
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = False
    options.recalc_bounds = True
    s = subset.Subsetter(options)
    s.populate(unicodes=take)
    s.subset(font)
    for t in ("GSUB", "GPOS", "GDEF", "kern"):
        if t in font:
            del font[t]
    return font, take


def build(noto, out, style):
    base_path = f"{noto}/NotoNaskhArabic-{style}.ttf"
    base = TTFont(base_path)
    missing = set(WANTED + SYMBOLS + MATH) - set(base.getBestCmap())
    sans, took_sans = part(f"{noto}/NotoSans-{style}.ttf", WANTED, missing)
    symbols, took_sym = part(f"{noto}/NotoSansSymbols2-Regular.ttf", SYMBOLS, missing - set(took_sans))
    math, took_math = part(f"{noto}/NotoSansMath-Regular.ttf", MATH, missing - set(took_sans) - set(took_sym))
    parts = [base_path]
    tmp = []
    for i, f in enumerate((sans, symbols, math)):
        p = f"{out}/.part{i}.ttf"
        f.save(p)
        tmp.append(p)
    merged = Merger().merge(parts + tmp)
    for record in merged["name"].names:
        if record.nameID in (1, 16):
            record.string = FAMILY
        elif record.nameID == 4:
            record.string = f"{FAMILY} {style}" if style != "Regular" else FAMILY
        elif record.nameID == 6:
            record.string = f"ExplorerNaskh-{style}"
        elif record.nameID == 3:
            record.string = f"{FAMILY} {style}; Noto Naskh Arabic with Noto Sans punctuation"
    target = f"{out}/ExplorerNaskh-{style}.ttf"
    merged.save(target)
    import os
    for p in tmp:
        os.remove(p)
    still = missing - set(took_sans) - set(took_sym) - set(took_math)
    print(f"{target}: added {len(took_sans)} from Noto Sans, {len(took_sym)} from Noto Sans Symbols 2,"
          f" {len(took_math)} from Noto Sans Math;"
          f" not found: {[hex(c) for c in sorted(still)]}")


if __name__ == "__main__":
    noto, out = sys.argv[1], sys.argv[2]
    for style in ("Regular", "Bold"):
        build(noto, out, style)
