#!/usr/bin/env python3
"""Builds assets/language/noun_kinds.tsv: for each WordNet noun whose Snowball stem is in the
shipped WordNet table (assets/language/wordnet.tsv, `s` lines), the kind of thing it names, as
WordNet's lexicographer file of its most frequent sense (noun.person, noun.artifact, ...).
Alignment reads them to tell whether two counts count the same kind of thing ("four prior
arrests" / "four bullets" do not).

Input: Debian's `wordnet-base` package (/usr/share/wordnet), WordNet licence
(assets/language/LICENSE-WordNet), and PyPI's `snowballstemmer`.

    apt-get install wordnet-base && pip install snowballstemmer
    python3 scripts/language/kinds.py
"""
import os
import re

import snowballstemmer

from wordnet_files import WN, read_index, read_lexfiles

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "assets", "language")
# The most frequent sense of each noun only: a rarer one makes nearly every two nouns alike
# ("count" the nobleman, "arrest" the device).
SENSES = 1

stemmer = snowballstemmer.stemmer("english")


def main():
    kept = set()
    with open(os.path.join(OUT, "wordnet.tsv"), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if parts[0] == "s":
                kept.add(parts[1])
    lexfile = read_lexfiles("noun")
    # Words that are also adjectives or adverbs ("full", "more", "prior") name no kind: after a
    # count they describe what is counted, and their noun senses are rare ones.
    modifiers = set(read_index("adj")) | set(read_index("adv"))
    # The kinds of each noun of a kept stem ("buildings" is an artifact, "build" a physique: the
    # stem would join them), none for a noun that is also an adjective or adverb.
    kinds = {
        lemma: sorted({lexfile[o] for _, o in synsets[:SENSES]})
        for lemma, synsets in read_index("noun").items()
        if re.fullmatch(r"[a-z]+(?:-[a-z]+)*", lemma)
        and lemma not in modifiers
        and stemmer.stemWord(lemma) in kept
    }
    # Irregular plurals ("wives", "children") name what their singular does.
    with open(os.path.join(WN, "noun.exc"), encoding="latin-1") as f:
        for line in f:
            form, base = line.split()[:2]
            if base in kinds and form not in kinds and re.fullmatch(r"[a-z]+", form):
                kinds[form] = kinds[base]
    with open(os.path.join(OUT, "noun_kinds.tsv"), "w", encoding="utf-8") as f:
        f.write("# WordNet 3.0 (Princeton University), noun lexicographer files of the nouns of "
                "the stems of wordnet.tsv, by scripts/language/kinds.py; licence: LICENSE-WordNet\n")
        f.write("# NOUN LEXFILE... (3 noun.Tops ... 28 noun.time)\n")
        for s in sorted(kinds):
            f.write("%s\t%s\n" % (s, " ".join(str(k) for k in kinds[s])))


if __name__ == "__main__":
    main()
