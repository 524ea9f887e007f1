#!/usr/bin/env python3
"""Fits the link model of src/align/model.rs: a logistic regression from the link features of
statement pairs (written by tests/dump_features.rs) to whether the careful reader of the real
gold pairs (tests/gold/real, tests/gold/real-heldout) links them.

  PARALLAX_FEATURES=/tmp/features.jsonl cargo test --release --test dump_features -- --ignored
  python3 scripts/fit_links.py /tmp/features.jsonl

Prints leave-one-pair-out figures on the development pairs (tests/gold/real), the figures on
the held-out pairs with the model fitted on all development pairs, and the weights to paste.
Needs numpy and scikit-learn."""
import json, os, sys
from collections import defaultdict
import numpy as np
from sklearn.linear_model import LogisticRegression

NAMES = None

def load(path):
    rows = [json.loads(l) for l in open(path)]
    gold = {}
    for r in rows:
        d = r["pair"]
        if d not in gold:
            g = json.load(open(os.path.join(d, "gold.json")))
            lt = open(os.path.join(d, "left.txt"), "rb").read()
            rt = open(os.path.join(d, "right.txt"), "rb").read()
            sp = lambda t, n: (t.find(n.encode()), t.find(n.encode()) + len(n.encode()))
            gold[d] = [(sp(lt, x["left"]), sp(rt, x["right"]), x["must"]) for x in g["links"]]
    for r in rows:
        ov = lambda a, b: a[0] < b[1] and b[0] < a[1]
        musts = [m for ls, rs, m in gold[r["pair"]] if ov(ls, r["ls"]) and ov(rs, r["rs"])]
        r["y"] = int(bool(musts))
    return rows, gold

def select(rows, p, theta, per=3):
    """Pairs kept: probability >= theta, and among the `per` best of its left or right statement."""
    by_l, by_r = defaultdict(list), defaultdict(list)
    for k, r in enumerate(rows):
        by_l[(r["pair"], r["i"])].append((p[k], k))
        by_r[(r["pair"], r["j"])].append((p[k], k))
    rank_ok = set()
    for groups in (by_l, by_r):
        for v in groups.values():
            v.sort(reverse=True)
            rank_ok.update(k for _, k in v[:per])
    return [k for k in range(len(rows)) if p[k] >= theta and k in rank_ok]

def figures(rows, gold, chosen):
    """Link recall / precision as score-real.py counts them."""
    ov = lambda a, b: a[0] < b[1] and b[0] < a[1]
    by_pair = defaultdict(list)
    for k in chosen:
        by_pair[rows[k]["pair"]].append(rows[k])
    found = total = sup = sys_ = 0
    for d, links in gold.items():
        for ls, rs, m in links:
            total += 1
            found += any(ov(ls, r["ls"]) and ov(rs, r["rs"]) for r in by_pair[d])
        for r in by_pair[d]:
            sys_ += 1
            sup += any(ov(ls, r["ls"]) and ov(rs, r["rs"]) for ls, rs, m in links)
    return found / max(total, 1), sup / max(sys_, 1)

def main():
    rows, gold = load(sys.argv[1])
    X = np.array([r["f"] for r in rows])
    y = np.array([r["y"] for r in rows])
    dev = np.array(["heldout" not in r["pair"] for r in rows])
    cand = np.array([r["cand"] for r in rows])
    print(f"pairs with a gold link: {y.sum()} (dev {y[dev].sum()}), candidates cover {y[cand].sum()}")
    C = float(os.environ.get("C", "1.0"))
    mk = lambda: LogisticRegression(C=C, fit_intercept=False, max_iter=5000, class_weight=None)
    # Leave one dev pair out.
    p = np.zeros(len(rows))
    pairs = sorted(set(r["pair"] for r in rows if "heldout" not in r["pair"]))
    for d in pairs:
        test = np.array([r["pair"] == d for r in rows])
        m = mk().fit(X[dev & ~test], y[dev & ~test])
        p[test] = m.predict_proba(X[test])[:, 1]
    m = mk().fit(X[dev], y[dev])
    p[~dev] = m.predict_proba(X[~dev])[:, 1]
    dev_gold = {d: g for d, g in gold.items() if "heldout" not in d}
    held_gold = {d: g for d, g in gold.items() if "heldout" in d}
    for theta in [0.2, 0.25, 0.3, 0.35, 0.4, 0.5]:
        for per in [1, 2, 3]:
            ch = select(rows, p, theta, per)
            dv = figures(rows, dev_gold, [k for k in ch if dev[k]])
            hd = figures(rows, held_gold, [k for k in ch if not dev[k]])
            print(f"theta {theta:.2f} per {per}: dev (LOPO) R {dv[0]:.2f} P {dv[1]:.2f} | held-out R {hd[0]:.2f} P {hd[1]:.2f}")
    print("weights:", dict(zip(json.loads(os.environ.get("NAMES", "null")) or range(X.shape[1]), np.round(m.coef_[0], 3))))

if __name__ == "__main__":
    main()
