"""Would a learned layer beat the hand-written section rules? Cross-validated by article on the labelled set.

    python bench/bench_learned_sections.py [--folds 10] [--data ../shared/data] [--train-fraction 0.5] [--report]

A multinomial logistic regression (fitted with scipy's L-BFGS, L2-regularised) reads what the rules see for
each sentence: the per-label rule scores and flags of ``brief.sections``, the rule label of the sentence and of
its neighbours, position, number of facts, length, the first characters, and optionally the words and character
pairs. Each fold is fitted on the other articles; the rules' own labels on the same held-out sentences are scored
beside it. As in ``brief.sections``, a sentence the rules call ``other`` stays ``other`` (``either_other``), and the
layer calls one ``other`` when surer of that than of any section by ``--other-margin`` (``decide``).
``--balance`` weights the classes toward equal shares (macro-F1 counts each class alike). ``--write`` fits the
shipped layer on every labelled sentence (tests/labels/README.md).
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_sections as bs  # noqa: E402

from brief import clean, load, sections, segment, stats  # noqa: E402
from brief.config import BriefConfig  # noqa: E402
from brief.models import SectionKind  # noqa: E402

KINDS = [kind.value for kind in SectionKind]


def rows(gold: dict, raw: str, title: str, cfg: BriefConfig) -> list[tuple[dict[str, float], str, str, str]]:
    """(features, article id, gold label, rule label) for each gold sentence, from the predicted sentence that
    overlaps it most (as bench_sections scores it); the features are ``brief.sections.layer_features`` of the
    rules alone (``cfg.section_model`` off)."""
    captured = []
    features = sections._features

    def capture(sentence, facts, cues, *, lead):
        found = features(sentence, facts, cues, lead=lead)
        captured.append((facts, found))
        return found

    sections._features = capture
    try:
        article = clean.clean(load.from_text(raw, gold["id"], cfg), cfg, title=title or None)
        sents = segment.segment(article, cfg)
        labels = [s.kind for s in sections.classify(sents, stats.extract_statistics(sents, cfg), article, cfg)]
    finally:
        sections._features = features
    mapping = bs.align(article.body, raw)
    spans = [bs._span(mapping, s.start, s.end) for s in sents]
    out = []
    for g in gold["sentences"]:
        overlaps = [(min(sp[1], g["end"]) - max(sp[0], g["start"]), j) for j, sp in enumerate(spans) if sp]
        shared, best = max(overlaps, default=(0, -1))
        if shared <= 0:
            continue
        facts, found = captured[best]
        x = sections.layer_features(sents, best, facts, found, labels).features()
        out.append((x, gold["id"], g["label"], labels[best].value))
    return out


def fit(X: np.ndarray, y: np.ndarray, l2: float, class_weight: np.ndarray | None = None) -> np.ndarray:
    n, d = X.shape
    Y = np.zeros((n, len(KINDS)))
    Y[np.arange(n), y] = 1
    if class_weight is not None:
        Y *= class_weight[y][:, None]  # each sentence's loss weighted by its class

    def loss(w):
        W = w.reshape(d, len(KINDS))
        Z = X @ W
        Z -= Z.max(1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(1, keepdims=True)
        weight = Y.sum(1, keepdims=True)
        return (-(Y * np.log(P + 1e-12)).sum() / n + l2 * (W**2).sum(),
                (X.T @ (weight * P - Y) / n + 2 * l2 * W).ravel())

    return minimize(loss, np.zeros(d * len(KINDS)), jac=True, method="L-BFGS-B", options={"maxiter": 300}).x.reshape(d, -1)


def word_scales(X: sparse.csr_matrix, y: np.ndarray, vocab: dict[str, int], power: float) -> np.ndarray:
    """A factor per column (1 for the bias and the named features): each word and character pair weighted by how
    strongly it tells one class from the rest in the training rows, its largest |log-count ratio| of one class against
    the others (add-one smoothed), relative to the mean over words and pairs, to ``power``; 0 leaves all at 1. The
    naive-Bayes weighting of a logistic layer (Wang & Manning 2012): a rare word that always means one label counts for
    more than a common one, under the same L2 penalty."""
    scale = np.ones(X.shape[1])
    sparse_cols = np.array([k.startswith(("word_", "pair_")) for k in sorted(vocab, key=vocab.get)] + [False])
    if power == 0 or not sparse_cols.any():
        return scale
    Y = np.zeros((len(y), len(KINDS)))
    Y[np.arange(len(y)), y] = 1
    counts = np.asarray((X != 0).astype(np.float64).T @ Y)  # feature × class: sentences with the feature
    n = Y.sum(0)
    inside = (counts + 1) / (n + 2)
    outside = (counts.sum(1, keepdims=True) - counts + 1) / (n.sum() - n + 2)
    ratio = np.abs(np.log(inside / outside)).max(1)
    scale[sparse_cols] = (ratio[sparse_cols] / ratio[sparse_cols].mean()) ** power
    return scale


def fit_scaled(X: sparse.csr_matrix, y: np.ndarray, vocab: dict[str, int], l2: float, class_weight: np.ndarray,
               power: float) -> np.ndarray:
    """``fit`` on the columns scaled by ``word_scales``, the factors folded back into the weights: the layer then
    reads a word's presence as 1, as before."""
    scale = word_scales(X, y, vocab, power)
    return fit(X @ sparse.diags(scale), y, l2, class_weight) * scale[:, None]


def matrix(part: list, vocab: dict[str, int]) -> sparse.csr_matrix:
    """The rows' features as a sparse matrix, with a constant column last (the bias)."""
    indptr, indices, values = [0], [], []
    for r in part:
        for k, v in r[0].items():
            if k in vocab:
                indices.append(vocab[k])
                values.append(v)
        indices.append(len(vocab))
        values.append(1.0)
        indptr.append(len(indices))
    return sparse.csr_matrix((values, indices, indptr), shape=(len(part), len(vocab) + 1))


def vocabulary(rows_: list, words: bool, min_count: int = 2) -> dict[str, int]:
    """Features seen in at least ``min_count`` sentences (words and character pairs only with ``words``), in a fixed
    order."""
    seen = Counter(k for r in rows_ for k in r[0] if words or not k.startswith(("word_", "pair_")))
    return {k: i for i, k in enumerate(sorted(k for k, c in seen.items() if c >= min_count))}


def labelled_rows(data_dir: Path, label_paths: list[Path] | None = None) -> list:
    """``rows`` of every labelled article whose text is in ``data_dir``, in file order."""
    cfg = BriefConfig(section_model=False)
    texts = bs.raw_texts(data_dir)
    data = []
    for gold in (g for path in label_paths or [bs.LABELS_FILE] for g in bs._records(path)):
        if gold["id"] in texts:
            data += rows(gold, *texts[gold["id"]], cfg)
    return data


def class_weights(data: list, balance: float) -> np.ndarray:
    """Each class weighted by (n / (5 · n_class)) ** ``balance``."""
    counts = Counter(r[2] for r in data)
    return np.array([(len(data) / (len(KINDS) * max(counts[k], 1))) ** balance for k in KINDS])


def cross_validate(data: list, *, l2: float, balance: float, words: bool = True, folds: int = 10, seed: int = 0,
                   train_fraction: float = 1.0, min_count: int = 2, other_margin: float | None = None,
                   word_power: float = 0.0) -> list[tuple[str, str]]:
    """(gold, layer) label pairs of every sentence, each predicted by a layer fitted without its article."""
    class_weight = class_weights(data, balance)
    ids = sorted({r[1] for r in data})
    random.Random(seed).shuffle(ids)
    pairs = []
    for held in (set(ids[i::folds]) for i in range(folds)):
        pool = [i for i in ids if i not in held]
        kept = set(random.Random(seed + 1).sample(pool, max(1, round(train_fraction * len(pool)))))
        train = [r for r in data if r[1] in kept]
        test = [r for r in data if r[1] in held]
        vocab = vocabulary(train, words, min_count)
        W = fit_scaled(matrix(train, vocab), np.array([KINDS.index(r[2]) for r in train]), vocab, l2, class_weight,
                       word_power)
        predicted = sections.decide(matrix(test, vocab) @ W, other_margin)
        pairs += [(r[2], sections.either_other(SectionKind(r[3]), p).value) for r, p in zip(test, predicted, strict=True)]
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--balance", type=float, default=0.0,
                        help="weight each class by (n / (5 · n_class)) ** BALANCE: 0 none, 1 fully balanced (macro-F1)")
    parser.add_argument("--words", choices=("yes", "no", "both"), default="both", help="word features")
    parser.add_argument("--l2", type=float, nargs="+", default=[0.001, 0.003, 0.01, 0.03])
    parser.add_argument("--min-count", type=int, default=2, help="keep features seen in at least this many sentences")
    parser.add_argument("--seed", type=int, default=0, help="how articles are dealt to the folds")
    parser.add_argument("--other-margin", type=float, help="how much surer of other than of any section the layer "
                        "must be to call a sentence other (log-odds; default: the shipped sections.OTHER_MARGIN)")
    parser.add_argument("--word-power", type=float, default=0.0,
                        help="weight words and character pairs by how well each tells a label, to this power (0: not)")
    parser.add_argument("--train-fraction", type=float, default=1.0,
                        help="fit each fold on this share of its training articles (a learning curve)")
    parser.add_argument("--write", type=Path, help="fit on every labelled sentence (first --l2, --words yes/no) and "
                        "write the model here (brief/data/sections_model.json)")
    parser.add_argument("--report", action="store_true",
                        help="print per-label scores and the confusion matrix of the cross-validated labels")
    parser.add_argument("--labels", type=Path, action="append", help="label file(s) (default: tests/labels/sections.jsonl)")
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    args = parser.parse_args()
    data = labelled_rows(args.data, args.labels)
    ids = sorted({r[1] for r in data})
    if args.write:
        words = args.words != "no"
        vocab = vocabulary(data, words, args.min_count)
        W = fit_scaled(matrix(data, vocab), np.array([KINDS.index(r[2]) for r in data]), vocab, args.l2[0],
                       class_weights(data, args.balance), args.word_power)
        kept = [(k, i) for k, i in sorted(vocab.items()) if np.abs(W[i]).max() >= 5e-4]
        rows_ = W[[i for _, i in kept]]
        scale = float(np.abs(rows_).max()) / 32767
        packed = np.round(rows_ / scale).astype("<i2").tobytes()  # 16-bit weights: quick to load
        model = {
            "kinds": KINDS, "bias": [round(float(w), 6) for w in W[-1]], "features": "\n".join(k for k, _ in kept),
            "scale": scale, "weights": base64.b64encode(packed).decode("ascii"),
            "fitted_on": f"{len(ids)} articles, {len(data)} sentences", "l2": args.l2[0], "balance": args.balance,
            "words": words, "min_count": args.min_count, "word_power": args.word_power,
        }
        args.write.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {args.write}: {len(kept)} features, fitted on {len(ids)} articles, {len(data)} sentences")
        return
    print(f"{len(ids)} articles, {len(data)} sentences, {args.folds} folds by article")
    rules = bs.section_scores([(r[2], r[3]) for r in data])[0]
    for words in {"no": (False,), "yes": (True,), "both": (False, True)}[args.words]:
        for l2 in args.l2:
            pairs = cross_validate(data, l2=l2, balance=args.balance, words=words, folds=args.folds, seed=args.seed,
                                   train_fraction=args.train_fraction, min_count=args.min_count,
                                   other_margin=args.other_margin, word_power=args.word_power)
            print(f"learned layer, words={'yes' if words else 'no '} l2={l2:<6} balance={args.balance} "
                  f"word power={args.word_power}: section macro-F1 "
                  f"{bs.section_scores(pairs)[0]:.3f}   rules alone: {rules:.3f}")
            if args.report:
                print("\n".join(["", *bs.section_report(pairs), ""]))


if __name__ == "__main__":
    main()
