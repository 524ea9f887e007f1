"""Readers of WordNet's database files (Debian's `wordnet-base`, /usr/share/wordnet), shared by
the scripts that derive Parallax's word tables (build.py, kinds.py)."""
import os

WN = "/usr/share/wordnet"


def records(kind, pos_file):
    """The lines of WordNet's `kind` file ("index" or "data") for one part of speech, without
    the licence lines that open it (they start with a space)."""
    with open(os.path.join(WN, f"{kind}.{pos_file}"), encoding="latin-1") as f:
        for line in f:
            if not line.startswith(" "):
                yield line


def read_index(pos_file):
    """lemma -> synset offsets (most frequent sense first), for one part of speech."""
    out = {}
    for line in records("index", pos_file):
        parts = line.split()
        lemma, pos, synset_cnt, p_cnt = parts[0], parts[1], int(parts[2]), int(parts[3])
        offsets = parts[4 + p_cnt + 2:]
        assert len(offsets) == synset_cnt, line
        out[lemma] = [(pos, o) for o in offsets]
    return out


def read_lexfiles(pos_file):
    """synset offset -> its lexicographer file number (noun.person is 18), for one part of
    speech."""
    return {head[0]: int(head[1]) for head in (line.split() for line in records("data", pos_file))}


def read_data(pos_file):
    """(pos, offset) -> (words, pointers) where pointers are (symbol, (pos, offset), src, dst)."""
    out = {}
    for line in records("data", pos_file):
        head = line.split("|")[0].split()
        offset, ss_type = head[0], head[2]
        w_cnt = int(head[3], 16)
        words = [head[4 + 2 * i].lower() for i in range(w_cnt)]
        k = 4 + 2 * w_cnt
        p_cnt = int(head[k])
        ptrs = []
        for i in range(p_cnt):
            sym, off, pos, st = head[k + 1 + 4 * i: k + 5 + 4 * i]
            ptrs.append((sym, ("a" if pos == "s" else pos, off), int(st[:2], 16), int(st[2:], 16)))
        out[("a" if ss_type == "s" else ss_type, offset)] = (words, ptrs)
    return out
