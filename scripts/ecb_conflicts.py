#!/usr/bin/env python3
"""Lists the conflicts Parallax reports on real article pairs no gold annotates: the first six
pairs of articles of every ECB+ event folder (../shared/data/ecbplus/articles), 345 pairs. Every
conflict there is one a reader would see, so each is worth a look: a false one is as harmful as
a missed one (docs/quality.md, "Conflicts on unseen real pairs").

  python3 scripts/ecb_conflicts.py target/release/parallax              # list them
  python3 scripts/ecb_conflicts.py target/release/parallax OTHER_BINARY # what changed

With a second binary, prints only the conflicts that are new, changed or gone in the first.
FROM=6 takes the next six pairs of every event instead (a second sample, to check that rules
made while reading the first hold on pairs never read).

Each conflict a blind reader judged shows the verdict (true, borderline or false) and why:
scripts/ecb_judged.jsonl holds the ten samples' 131 conflicts of the eighteenth session's start,
matched by the two statements' text (its ECB+ excerpts: scripts/ecb_judged.LICENSE-DATA.txt)."""
import glob, itertools, json, os, subprocess, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data", "ecbplus", "articles")
PAIRS_PER_EVENT = 6

def conflicts(binary, a, b):
    r = subprocess.run([binary, "report", a, b, "--format", "json"], capture_output=True)
    if r.returncode != 0:
        return None
    rep = json.loads(r.stdout)
    text = [{s["id"]: s["text"] for s in d["statements"]} for d in rep["reports"]]
    out = {}
    for l in rep["links"]:
        if l["relation"] == "conflict":
            out[(tuple(l["left"]), tuple(l["right"]))] = (
                " / ".join(text[0][i] for i in l["left"])[:220].replace("\n", " "),
                " / ".join(text[1][i] for i in l["right"])[:220].replace("\n", " "),
                [f"{f['kind']}: {f['note']}" for f in l["findings"]],
            )
    return out

JUDGED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ecb_judged.jsonl")

def judgements():
    """The blind reader's verdicts, by (article a, article b, left text, right text)."""
    if not os.path.exists(JUDGED):
        return {}
    rows = [json.loads(l) for l in open(JUDGED, encoding="utf-8")]
    return {(r["a"], r["b"], r["L"], r["R"]): f"{r['verdict']}: {r['why']}" for r in rows}

def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    new_bin, old_bin = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else None)
    pairs = total = total_old = 0
    judged = judgements()
    for event in sorted(os.listdir(ROOT)):
        files = sorted(glob.glob(os.path.join(ROOT, event, "*.txt")))
        start = int(os.environ.get("FROM", "0"))
        for a, b in list(itertools.combinations(files, 2))[start:start + PAIRS_PER_EVENT]:
            n = conflicts(new_bin, a, b)
            o = conflicts(old_bin, a, b) if old_bin else {}
            if n is None or o is None:
                continue
            pairs += 1
            total += len(n)
            total_old += len(o)
            name = f"{os.path.basename(a)} ~ {os.path.basename(b)}"
            for k, (lt, rt, fs) in n.items():
                if old_bin and k in o and o[k][2] == fs:
                    continue
                tag = "changed" if k in o else ("new" if old_bin else "")
                print(f"{tag} {name} {k[0]}~{k[1]}\n  L: {lt}\n  R: {rt}")
                for f in fs:
                    print(f"  -> {f}")
                rel = lambda path: os.path.relpath(path, ROOT)
                print(f"  judged {judged.get((rel(a), rel(b), lt, rt), 'unjudged')}")
            for k in o:
                if k not in n:
                    print(f"gone {name} {k[0]}~{k[1]}: {o[k][2]}")
    print(f"pairs {pairs}, conflicts {total}" + (f" (other binary {total_old})" if old_bin else ""))

if __name__ == "__main__":
    main()
