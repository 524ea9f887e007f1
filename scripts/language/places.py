#!/usr/bin/env python3
"""Builds assets/language/places.tsv from WordNet 3.0's places (its noun.location file), one
line per name: the name, `r` for a region (a country, state, province, county, island …, and
never the name of a city or town) or `p` for another place, and the names of the places that
hold it (WordNet's part holonyms, all the way up, of every sense of the name).

The place finder reads them to set a place against a region only where WordNet knows the one
is not in the other: "fell in New Zealand" / "fell near the Mount Sefton hut" are two scales
of one place (WordNet does not know the hut), "an airstrike in Gaza" / "air strikes near
Damascus" are two places (Damascus is in Syria). A name that is a city too ("New York",
"Washington") is no region: it may be either.

Input: Debian's `wordnet-base` package (/usr/share/wordnet), WordNet licence
(assets/language/LICENSE-WordNet).

    apt-get install wordnet-base
    python3 scripts/language/places.py
"""
import os
import re

from wordnet_files import read_data, read_lexfiles

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "assets", "language")

# WordNet's noun.location lexicographer file: places.
LOCATION = 15
# Kinds (instance hypernyms) of a region, and of a city.
REGION = re.compile(
    r"(country|nation|state|province|region|county|colony|kingdom|principality|"
    r"geographical_area|archipelago|island|peninsula|administrative_district|district|"
    r"desert|territory|emirate|sultanate|republic)$"
)
CITY = re.compile(r"(city|town|port|capital|village|borough|suburb|city_district|port_of_entry)$")


def name(lemma):
    return lemma.replace("_", " ")


def usable(lemma):
    # Postal codes and abbreviations ("tx", "u.k."): names are matched whole, and these are
    # other words too ("in", "me", "or").
    return len(lemma) > 2 and "." not in lemma


def main():
    data = read_data("noun")
    lex = read_lexfiles("noun")
    places = {key: value for key, value in data.items() if lex.get(key[1]) == LOCATION}

    def holders(key, seen):
        """The synsets that hold `key`, all the way up."""
        for sym, target, _, _ in places[key][1]:
            if sym == "#p" and target in places and target not in seen:
                seen.add(target)
                holders(target, seen)
        return seen

    kinds_of, within = {}, {}
    for key, (words, ptrs) in places.items():
        kinds = {data[t][0][0] for sym, t, _, _ in ptrs if sym == "@i" and t in data}
        held = {name(w) for h in holders(key, set()) for w in places[h][0] if usable(w)}
        for w in filter(usable, words):
            kinds_of.setdefault(name(w), set()).update(kinds)
            within.setdefault(name(w), set()).update(held)
    with open(os.path.join(OUT, "places.tsv"), "w") as f:
        f.write(
            "# WordNet 3.0 (Princeton University): places, r(egion) or p(lace), and the places"
            " that hold them, by scripts/language/places.py; licence: LICENSE-WordNet\n"
        )
        rows = 0
        for w in sorted(kinds_of):
            kinds = kinds_of[w]
            region = any(REGION.search(k) for k in kinds) and not any(CITY.search(k) for k in kinds)
            if not region and not within[w]:
                continue
            f.write(f"{w}\t{'r' if region else 'p'}\t{';'.join(sorted(within[w]))}\n")
            rows += 1
    print(rows, "places")


if __name__ == "__main__":
    main()
