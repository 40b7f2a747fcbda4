"""The learned pair model: how likely two claims state a figure for the same subject.

Gradient-boosted trees (scikit-learn's GradientBoostingClassifier) fitted on claim pairs
labelled by the development gold (``crosscheck.training``), for pairs whose figures can
both be true; for pairs whose figures cannot, a logistic regression fitted on those pairs
only (they are few and varied: trees fitted on them overfit, measured leave-one-event-out;
see docs/evaluation.md). The fitted trees are written as
plain arrays in a small versioned JSON file that ships inside the package, so a run needs
neither scikit-learn's pickles nor a download; prediction walks the trees with numpy.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType
from typing import Any, NamedTuple

from crosscheck.errors import ConfigError
from crosscheck.match.pairs import FEATURES

FORMAT = 1  # the layout of the JSON file
MODEL_FILE = "pair_model.json"
# The trees' settings: shallow, and leaves of 30 pairs at least (same-subject pairs are
# few; smaller leaves overfit them); every pair in every tree, so a fit does not depend on
# a seed (with 70% of the pairs a tree, seeds 0, 1, 2 gave 16 / 1, 16 / 0, 15 / 2 right /
# wrong leave-one-event-out; with all, 16 / 1 whatever the seed: docs/evaluation.md).
TREE_PARAMS: dict[str, Any] = {"n_estimators": 120, "max_depth": 3, "learning_rate": 0.1,
                               "subsample": 1.0, "min_samples_leaf": 30}  # fmt: skip
# A second opinion on a pair whose figures cannot both hold: the trees, reading it as if
# its figures could (the wording set aside), say whether it is one subject. When they give
# BLIND_SAME or more and the linear model BLIND_FLOOR or more, the pair gets BLIND_LINK,
# the probability at which such a pair links (cluster.LINK_DIFFER). Chosen on the
# development gold leave-one-event-out (0.6 and 0.7 alike, 0.5 and 0.8 worse; two seeds),
# see docs/evaluation.md.
BLIND_SAME = 0.7
BLIND_FLOOR = 0.2
BLIND_LINK = 0.5
# The features that read the two figures against each other, and the values they take for
# two figures that can both hold but are not equal ("at least 3,000" and "about 3,500").
VALUE_BLIND = {"intervals_meet": 1.0, "value_equal": 0.0}


@dataclass(frozen=True, slots=True)
class PairModel:
    """The trees for compatible pairs and the linear model for pairs whose figures differ
    (with the trees' value-blind second opinion, BLIND_SAME)."""

    agree: Trees
    differ: Linear
    meta: dict[str, Any]

    def predict(self, x: Any, compatible: Any) -> Any:
        import numpy as np

        out = np.zeros(x.shape[0])
        if compatible.any():
            out[compatible] = self.agree.predict(x[compatible])
        differs = ~compatible
        if differs.any():
            differ = x[differs]
            p = self.differ.predict(differ)
            floor = p >= BLIND_FLOOR  # only these can take the trees' second opinion
            if floor.any():
                blind = differ[floor]  # (a copy: fancy indexing)
                for name, value in VALUE_BLIND.items():
                    blind[:, FEATURES.index(name)] = value
                same = self.agree.predict(blind) >= BLIND_SAME
                p[np.flatnonzero(floor)[same]] = np.maximum(p[floor][same], BLIND_LINK)
            out[differs] = p
        return out

    def to_json(self) -> str:
        data = {"format": FORMAT, "features": list(FEATURES), "meta": self.meta,
                "agree": self.agree.to_data(), "differ": self.differ.to_data()}  # fmt: skip
        return json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n"

    @staticmethod
    def from_json(text: str, where: str) -> PairModel:
        try:
            data = json.loads(text)
            if data.get("format") != FORMAT:
                raise ConfigError(f"{where}: pair model format {data.get('format')!r}, "
                                  f"this crosscheck reads format {FORMAT}")  # fmt: skip
            if tuple(data["features"]) != FEATURES:
                raise ConfigError(f"{where}: the pair model was fitted on other features; "
                                  "rebuild it with `make model`")  # fmt: skip
            return PairModel(Trees.from_data(data["agree"]), Linear.from_data(data["differ"]),
                             dict(data.get("meta", {})))  # fmt: skip
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ConfigError(f"{where}: not a pair model file ({exc})") from None


@dataclass(frozen=True, slots=True)
class Linear:
    """A logistic regression on standardised features: p = sigmoid(w . (x - mean) / scale + b)."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float

    def predict(self, x: Any) -> Any:
        import numpy as np

        z = ((x - np.array(self.mean)) / np.array(self.scale)) @ np.array(self.weights)
        return 1.0 / (1.0 + np.exp(-np.clip(z + self.bias, -60, 60)))

    def to_data(self) -> dict[str, Any]:
        return {"mean": list(self.mean), "scale": list(self.scale),
                "weights": list(self.weights), "bias": self.bias}  # fmt: skip

    @staticmethod
    def from_data(data: dict[str, Any]) -> Linear:
        return Linear(tuple(float(v) for v in data["mean"]),
                      tuple(float(v) for v in data["scale"]),
                      tuple(float(v) for v in data["weights"]), float(data["bias"]))  # fmt: skip


class Walk(NamedTuple):
    """The trees' nodes in one set of arrays (read-only), each tree's nodes numbered past
    the trees' before it."""

    child: Any  # each node's two children side by side (a leaf is both its own children)
    feature: Any  # the feature each node splits on (0 at a leaf)
    threshold: Any
    value: Any
    roots: Any  # each tree's root
    depth: int  # the deepest tree's depth: the levels every walk takes


@dataclass(frozen=True, slots=True)
class Trees:
    """Trees as arrays: per tree, the children, the feature and threshold of each split
    and the value of each leaf; the score is ``prior + rate * sum(leaf values)``. A tree's
    arrays are kept read-only (a change to them would not reach ``walk``), and a tree whose
    arrays do not make a tree of the features raises ValueError."""

    prior: float
    rate: float
    trees: tuple[Mapping[str, Any], ...]
    walk: Walk = field(init=False, repr=False, compare=False)

    def predict(self, x: Any) -> Any:
        """The probability of 'same subject' for each row of a feature matrix: every tree
        walked at once, a level at a time (a loop per tree and level was most of matching
        a few stories), the trees' values then added in tree order, as one tree at a time
        adds them (the same floats)."""
        import numpy as np

        w = self.walk
        raw = np.full(x.shape[0], self.prior, dtype=float)
        for lo in range(0, x.shape[0], _PREDICT_ROWS):
            hi = min(x.shape[0], lo + _PREDICT_ROWS)
            part = np.ascontiguousarray(x[lo:hi], dtype=float)
            cells = part.ravel()
            first = (np.arange(hi - lo) * part.shape[1])[None, :]  # each row's first cell
            node = np.repeat(w.roots[:, None], hi - lo, axis=1)  # (trees, rows)
            for _ in range(w.depth):
                right = ~(cells[first + w.feature[node]] <= w.threshold[node])
                node = w.child[2 * node + right]
            leaf = self.rate * w.value[node]
            out = raw[lo:hi]
            for t in range(len(w.roots)):
                out += leaf[t]
        return 1.0 / (1.0 + np.exp(-np.clip(raw, -60, 60)))

    def __post_init__(self) -> None:
        """Each tree checked and kept read-only, then all trees' nodes in one ``Walk``."""
        import numpy as np

        trees = tuple(MappingProxyType(_checked(t, i)) for i, t in enumerate(self.trees))
        object.__setattr__(self, "trees", trees)
        offsets = np.cumsum([0] + [len(t["left"]) for t in trees]).astype(np.int64)
        child, feat, thr, val = [], [], [], []
        for t, at in zip(trees, offsets[:-1], strict=True):
            own = np.arange(len(t["left"]), dtype=np.int64) + at
            leaf = t["left"] < 0
            pair = [np.where(leaf, own, t["left"] + at), np.where(leaf, own, t["right"] + at)]
            child.append(np.stack(pair, axis=1).ravel())
            feat.append(np.where(leaf, 0, t["feature"]))
            thr.append(t["threshold"])
            val.append(t["value"])

        def joined(parts: list[Any], dtype: Any) -> Any:
            out = np.concatenate(parts) if parts else np.zeros(0, dtype=dtype)
            out.setflags(write=False)
            return out

        roots = offsets[:-1]
        roots.setflags(write=False)
        depth = max((t["depth"] for t in trees), default=0)
        walk = Walk(joined(child, np.int64), joined(feat, np.int64), joined(thr, float),
                    joined(val, float), roots, depth)  # fmt: skip
        object.__setattr__(self, "walk", walk)

    def to_data(self) -> dict[str, Any]:
        trees = [
            {k: (v.tolist() if hasattr(v, "tolist") else v) for k, v in t.items()}
            for t in self.trees
        ]
        return {"prior": self.prior, "rate": self.rate, "trees": trees}

    @staticmethod
    def from_data(data: dict[str, Any]) -> Trees:
        return Trees(float(data["prior"]), float(data["rate"]), tuple(data["trees"]))


def fit(x: Any, y: Any, compatible: Any, meta: dict[str, Any], seed: int = 0) -> PairModel:
    """Fit both parts on a feature matrix, 0/1 labels and the compatibility of each pair's
    figures."""
    return PairModel(_fit_trees(x[compatible], y[compatible], seed),
                     _fit_linear(x[~compatible], y[~compatible]), meta)  # fmt: skip


def _fit_linear(x: Any, y: Any) -> Linear:
    """L2-regularised logistic regression on standardised features."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(x)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    clf = LogisticRegression(C=0.1, max_iter=2000).fit((x - scaler.mean_) / scale, y)
    return Linear(tuple(scaler.mean_.tolist()), tuple(scale.tolist()),
                  tuple(clf.coef_[0].tolist()), float(clf.intercept_[0]))  # fmt: skip


def _fit_trees(x: Any, y: Any, seed: int) -> Trees:
    """Gradient-boosted trees, kept as arrays."""
    import numpy as np
    from sklearn.ensemble import GradientBoostingClassifier

    clf = GradientBoostingClassifier(**TREE_PARAMS, random_state=seed)
    clf.fit(x, y)
    p = float(np.clip(np.mean(y), 1e-6, 1 - 1e-6))
    trees = []
    for est in clf.estimators_[:, 0]:
        t = est.tree_
        trees.append({
            "left": t.children_left.astype(np.int64),
            "right": t.children_right.astype(np.int64),
            "feature": t.feature.astype(np.int64),
            "threshold": t.threshold.astype(float),
            "value": t.value[:, 0, 0].astype(float),
            "depth": int(t.max_depth),
        })  # fmt: skip
    return Trees(float(np.log(p / (1 - p))), float(clf.learning_rate), tuple(trees))


def _checked(tree: Any, index: int) -> dict[str, Any]:
    """A tree's arrays as read-only copies, once they make a tree: arrays of one length,
    each node a leaf (both children -1) or split on a feature into two nodes of the tree,
    every leaf reached from the root (node 0) within the tree's depth. Anything else would
    walk into another tree's nodes, read another feature or pair, or stop short of a leaf,
    and answer wrong."""
    import numpy as np

    arrays = {"left": np.int64, "right": np.int64, "feature": np.int64,
              "threshold": float, "value": float}  # fmt: skip
    t: dict[str, Any] = {}
    for name, dtype in arrays.items():
        a = np.array(tree[name], dtype=dtype)  # a copy
        a.setflags(write=False)
        t[name] = a
    t["depth"] = depth = int(tree["depth"])
    where, size = f"tree {index}", t["left"].size
    if any(t[name].ndim != 1 or t[name].size != size for name in arrays):
        raise ValueError(f"{where}: its arrays differ in length")
    if size == 0:
        raise ValueError(f"{where} has no nodes")
    leaf = (t["left"] == -1) & (t["right"] == -1)
    inner = (t["left"] >= 0) & (t["left"] < size) & (t["right"] >= 0) & (t["right"] < size)
    if not (leaf | inner).all():
        raise ValueError(f"{where}: a node's children are not two of its nodes, nor both -1")
    if not ((t["feature"][inner] >= 0) & (t["feature"][inner] < len(FEATURES))).all():
        raise ValueError(f"{where}: a split on a feature the model does not have")
    level, real = np.zeros(1, dtype=np.int64), 0  # the splits at each depth from the root
    while (level := level[inner[level]]).size:
        if real == size:  # deeper than it has nodes: a node is its own descendant
            raise ValueError(f"{where}: a node is its own descendant")
        level = np.unique(np.concatenate([t["left"][level], t["right"][level]]))
        real += 1
    if depth < real:
        raise ValueError(f"{where}: depth {depth}, but it is {real} deep")
    return t


_PREDICT_ROWS = 4096  # pairs walked through the trees at a time
_SHIPPED: PairModel | None = None


def shipped_model() -> PairModel:
    """The model that ships with crosscheck (read once per process)."""
    global _SHIPPED
    if _SHIPPED is None:
        path = resources.files("crosscheck.match").joinpath(MODEL_FILE)
        _SHIPPED = PairModel.from_json(path.read_text(encoding="utf-8"), f"crosscheck:{MODEL_FILE}")
    return _SHIPPED
