"""What the learned event filter and the target ranker share: weights of a logistic
regression over string features, shipped as JSON, read without any machine-learning library
(scikit-learn is imported only when fitting), and the fitted model turned into those weights."""
from __future__ import annotations

import json
import math
from importlib import resources
from pathlib import Path


def load_model(model: str | Path | dict | None, default_name: str) -> dict:
    """A model given as a dict, read from a path, or the shipped ``eventwire/data`` file."""
    if isinstance(model, dict):
        return model
    if model is None:
        return json.loads(resources.files("eventwire.data").joinpath(default_name).read_text("utf-8"))
    return json.loads(Path(model).read_text(encoding="utf-8"))


def probability(weights: dict[str, float], feats: list[str]) -> float:
    """The logistic of the summed weights of the features present (clipped, so no overflow)."""
    z = sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def fitted_weights(vectorizer, model) -> dict[str, float]:
    """A scikit-learn DictVectorizer + LogisticRegression as feature -> weight, with the
    intercept folded into ``bias`` (near-zero weights dropped, 5 decimals)."""
    weights = {f: round(float(w), 5) for f, w in zip(vectorizer.get_feature_names_out(), model.coef_[0])
               if abs(w) > 1e-5}
    weights["bias"] = round(weights.get("bias", 0.0) + float(model.intercept_[0]), 5)
    return weights
