#!/usr/bin/env python3
"""Builds the word knowledge Parallax ships inside its binary (src/language/):

  assets/language/wordnet.tsv      WordNet 3.0, reduced: for each Snowball stem, the synsets of
                                   the most frequent senses of the words with that stem; the
                                   direct hypernyms of those synsets; derivational links and
                                   antonyms between stems (an adjective's antonyms also
                                   between its comparatives and superlatives).
  assets/language/frequencies.tsv  general-English word frequencies (Zipf scale x 10) of the
                                   most frequent words, from the wordfreq package.

Inputs (nothing is fetched at run time; this script is run by hand when the tables change):
  - Debian's `wordnet-base` package (/usr/share/wordnet), WordNet licence (LICENSE-WordNet);
  - PyPI's `wordfreq` (data CC BY-SA 4.0, LICENSE-wordfreq) and `snowballstemmer` (the Porter2
    English stemmer, the algorithm of the rust-stemmers crate Parallax stems with).

    apt-get install wordnet-base && pip install wordfreq snowballstemmer
    python3 scripts/language/build.py

Keyed by stem because alignment compares stems: "injured" and "injures" meet WordNet's
"injure" through their stem, irregular forms ("fled", "struck") through WordNet's exception
lists.
"""
import importlib.metadata
import os
import re
from collections import defaultdict

import snowballstemmer
import wordfreq

from wordnet_files import WN, read_data, read_index

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "assets", "language")

# Senses kept per word and part of speech, most frequent first: rare senses join unrelated
# words ("fire" = dismiss, "plant" = spy) and would make every statement a paraphrase of every
# other.
SENSES = {"n": 3, "v": 3, "a": 2, "s": 2, "r": 1}
# Words kept: the most frequent general-English words. A rarer word is more often a name or a
# term that the reports spell alike anyway.
VOCABULARY = 60000
FREQUENT_WORDS = 100000

stemmer = snowballstemmer.stemmer("english")


def stem(word):
    return stemmer.stemWord(word)


def single_word(lemma):
    return re.fullmatch(r"[a-z]+(?:-[a-z]+)*", lemma) is not None


def main():
    files = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
    index = {}
    data = {}
    for pos, name in files.items():
        index[pos] = read_index(name)
        data.update(read_data(name))

    frequent = wordfreq.top_n_list("en", FREQUENT_WORDS)
    keep = set(w for w in frequent[:VOCABULARY] if single_word(w))

    # Senses kept for each stem.
    synsets_of_stem = defaultdict(list)
    for pos, lemmas in index.items():
        for lemma, offsets in lemmas.items():
            if lemma not in keep:
                continue
            for key in offsets[: SENSES[pos]]:
                key = ("a" if key[0] == "s" else key[0], key[1])
                s = stem(lemma)
                if key not in synsets_of_stem[s]:
                    synsets_of_stem[s].append(key)
    # Irregular forms ("fled" -> "flee") join their base's senses (and, below, its antonyms:
    # "rose" / "fell" as "rise" / "fall").
    forms_of = defaultdict(set)
    for pos, name in files.items():
        with open(os.path.join(WN, f"{name}.exc"), encoding="latin-1") as f:
            for line in f:
                form, base = line.split()[:2]
                if form not in keep or not single_word(form) or base not in index[pos]:
                    continue
                s = stem(form)
                if s == stem(base):
                    continue
                forms_of[stem(base)].add(s)
                for key in index[pos][base][: SENSES[pos]]:
                    key = ("a" if key[0] == "s" else key[0], key[1])
                    if key not in synsets_of_stem[s]:
                        synsets_of_stem[s].append(key)

    # Number the synsets in use, then their direct hypernyms (one level; two are walked at run
    # time by chaining).
    ids = {}

    def sid(key):
        if key not in ids:
            ids[key] = len(ids)
        return ids[key]

    for s in sorted(synsets_of_stem):
        for key in synsets_of_stem[s]:
            sid(key)
    hypernyms = {}
    frontier = list(ids)
    for depth in range(2):
        nxt = []
        for key in frontier:
            if key in hypernyms or key not in data:
                continue
            hs = [p[1] for p in data[key][1] if p[0] in ("@", "@i")]
            hypernyms[key] = hs
            nxt.extend(hs)
        for h in nxt:
            sid(h)
        frontier = nxt

    # Lexical links between words: derivations ("+") and antonyms ("!"), as stem pairs.
    derived = defaultdict(set)
    antonyms = defaultdict(set)
    for key, (words, ptrs) in data.items():
        for sym, target, src, dst in ptrs:
            if sym not in ("+", "!") or src == 0 or target not in data:
                continue
            a = words[src - 1]
            b = data[target][0][dst - 1]
            a = re.sub(r"\(.*\)$", "", a)
            b = re.sub(r"\(.*\)$", "", b)
            if a not in keep or b not in keep:
                continue
            sa, sb = stem(a), stem(b)
            if sa == sb:
                continue
            (derived if sym == "+" else antonyms)[sa].add(sb)
    # Regular comparatives and superlatives of adjectives ("larger", "highest", "easier"), as
    # WordNet's morphology detaches them, join their base's antonyms only ("largest" /
    # "smallest", "higher" / "lower"); their senses stay their own, so alignment is unchanged.
    # A base must show both degrees among frequent words: "aft" / "after", "out" / "outer",
    # "live" / "liver", "fore" / "forest" have no superlative or comparative, they are no degrees.
    degrees_of = defaultdict(set)
    for base in index["a"]:
        if base not in keep or not single_word(base):
            continue
        root = base[:-1] if base.endswith("e") else base
        variants = [(root + "er", root + "est")]
        if len(base) > 2 and base.endswith("y") and base[-2] not in "aeiou":
            variants.append((base[:-1] + "ier", base[:-1] + "iest"))
        for forms in variants:
            if all(f in keep and stem(f) != stem(base) for f in forms):
                degrees_of[stem(base)].update(stem(f) for f in forms)
    for sa, opposites in list(antonyms.items()):
        for sb in list(opposites):
            for fa in {sa} | forms_of[sa] | degrees_of[sa]:
                for fb in {sb} | forms_of[sb] | degrees_of[sb]:
                    if fa != fb:
                        antonyms[fa].add(fb)

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "wordnet.tsv"), "w") as f:
        f.write("# WordNet 3.0 (Princeton University), reduced by scripts/language/build.py; "
                "licence: LICENSE-WordNet\n")
        f.write("# s STEM SYNSET... | h SYNSET HYPERNYM... | d STEM DERIVED-STEM... | a STEM ANTONYM-STEM...\n")
        for s in sorted(synsets_of_stem):
            f.write("s\t%s\t%s\n" % (s, " ".join(str(ids[k]) for k in synsets_of_stem[s])))
        for key in sorted(hypernyms, key=lambda k: ids[k]):
            if hypernyms[key]:
                f.write("h\t%d\t%s\n" % (ids[key], " ".join(str(ids[h]) for h in hypernyms[key])))
        for s in sorted(derived):
            f.write("d\t%s\t%s\n" % (s, " ".join(sorted(derived[s]))))
        for s in sorted(antonyms):
            f.write("a\t%s\t%s\n" % (s, " ".join(sorted(antonyms[s]))))

    with open(os.path.join(OUT, "frequencies.tsv"), "w") as f:
        version = importlib.metadata.version("wordfreq")
        f.write(f"# general-English word frequencies from wordfreq {version} (data CC BY-SA 4.0, "
                "LICENSE-wordfreq), Zipf scale x 10; by scripts/language/build.py\n")
        for w in frequent:
            if not re.fullmatch(r"[a-z]+(?:['-][a-z]+)*", w):
                continue
            z = wordfreq.zipf_frequency(w, "en")
            f.write("%s\t%d\n" % (w, round(z * 10)))


if __name__ == "__main__":
    main()
