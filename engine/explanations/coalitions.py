"""Attributions as a linear map of coalition values: a plan says which coalitions (feature masks)
to evaluate and how to weigh them, so any number of outputs (every window of a tile) share the
same evaluations. Shapley plans are here; LIME's, which are linear in the same way, in
:mod:`.lime_weights`.

Both estimators below are linear in the value function ``v``: ``φ = weights @ v(masks)``.

* Exact: all ``2^M`` coalitions, weighted ``|S|!(M−|S|−1)!/M!`` (+ for ``S ∪ {i}``, − for ``S``).
* Permutation sampling: for random permutations, each feature's marginal contribution when it joins
  the features before it; antithetic (each permutation and its reverse) as shap's
  PermutationExplainer does. Marginal contributions telescope, so additivity holds exactly.

Additivity in both: ``Σ_i φ_i = v(all) − v(none)``; ``v(none)`` is the base value.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np
import torch

from ..errors import QT_TRANSLATE_NOOP, LulcError

#: Beyond this many features exact enumeration is never attempted, whatever the budget.
MAX_EXACT_FEATURES = 16


@dataclass(frozen=True)
class CoalitionPlan:
    """Coalitions to evaluate (N, M) and the weights (M, N) turning their values into Shapley values."""

    masks: np.ndarray
    weights: np.ndarray
    exact: bool

    @property
    def evaluations(self) -> int:
        return len(self.masks)

    @property
    def features(self) -> int:
        return self.masks.shape[1]

    def empty_index(self) -> int:
        return int(np.flatnonzero(~self.masks.any(axis=1))[0])

    def full_index(self) -> int:
        return int(np.flatnonzero(self.masks.all(axis=1))[0])


def exact_plan(features: int) -> CoalitionPlan:
    masks = ((np.arange(2**features)[:, None] >> np.arange(features)) & 1).astype(bool)
    sizes = masks.sum(axis=1)
    weights = np.zeros((features, len(masks)))
    for i in range(features):
        with_i = masks[:, i]
        # A coalition S ∋ i enters with +w(|S|−1), a coalition S ∌ i with −w(|S|).
        weights[i, with_i] = [_shapley_weight(s - 1, features) for s in sizes[with_i]]
        weights[i, ~with_i] = [-_shapley_weight(s, features) for s in sizes[~with_i]]
    return CoalitionPlan(masks, weights, exact=True)


def _shapley_weight(size: int, features: int) -> float:
    return math.factorial(size) * math.factorial(features - size - 1) / math.factorial(features)


def permutation_plan(features: int, permutations: int, seed: int = 0) -> CoalitionPlan:
    """Antithetic permutation sampling: ``permutations`` (even) orders, each costing ``features − 1``
    new coalitions besides the shared empty and full ones."""
    rng = np.random.default_rng(seed)
    index: dict[bytes, int] = {}
    masks: list[np.ndarray] = []
    columns: list[tuple[int, int, float]] = []  # (feature, coalition, weight)

    def coalition(mask: np.ndarray) -> int:
        key = mask.tobytes()
        if key not in index:
            index[key] = len(masks)
            masks.append(mask.copy())
        return index[key]

    for _ in range(permutations // 2):
        order = rng.permutation(features)
        for sequence in (order, order[::-1]):
            mask = np.zeros(features, dtype=bool)
            before = coalition(mask)
            for feature in sequence:
                mask[feature] = True
                after = coalition(mask)
                columns += [(feature, after, 1.0), (feature, before, -1.0)]
                before = after
    weights = np.zeros((features, len(masks)))
    for feature, column, weight in columns:
        weights[feature, column] += weight / (permutations // 2 * 2)
    return CoalitionPlan(np.array(masks), weights, exact=False)


def permutation_cost(features: int, permutations: int) -> int:
    """Evaluations an antithetic plan needs at most: empty, full, and ``features − 1`` per order."""
    return 2 + permutations * max(features - 1, 0)


def plan_for(features: int, budget: int, seed: int = 0) -> CoalitionPlan:
    """Exact when ``2^M`` coalitions fit the budget, else as many antithetic permutation pairs as fit."""
    if features <= MAX_EXACT_FEATURES and 2**features <= budget:
        return exact_plan(features)
    pairs = 0
    while permutation_cost(features, 2 * (pairs + 1)) <= budget:
        pairs += 1
    if pairs == 0:
        raise LulcError(
            QT_TRANSLATE_NOOP("engine", "N_SAMPLES={budget} is too small for {features} features: sampling needs at "
                              "least {minimum} model evaluations (one permutation and its reverse), exact values "
                              "{exact}. Raise N_SAMPLES or choose fewer features (band groups)."),
            budget=budget, features=features, minimum=permutation_cost(features, 2), exact=2**features,
        )
    return permutation_plan(features, 2 * pairs, seed)


@dataclass
class MappedValues:
    """``weights @ v(masks)`` per output (B, rows, …), the values of the coalitions asked to be kept
    (by plan index), and, when asked, ``Σ_n square_weights[n] · v_n²`` (B, …)."""

    mapped: torch.Tensor
    kept: dict[int, torch.Tensor]
    squares: torch.Tensor | None = None


def evaluate_linear_map(
    masks: np.ndarray,
    weights: np.ndarray,
    value_of: Callable[[torch.Tensor], torch.Tensor],
    chunk: int,
    keep: Sequence[int] = (),
    square_weights: np.ndarray | None = None,
) -> MappedValues:
    """Evaluate ``value_of`` on chunks of the coalitions ``masks`` (N, M) — it returns (n, B, …) on
    the model's device — and accumulate ``weights`` (rows, N) times those values, coalition chunk by
    chunk, so memory does not grow with N. The weights go to the values' device, in float64
    (additivity to rounding, whatever the number of coalitions)."""
    masks_cpu = torch.from_numpy(masks)
    mapped = squares = None
    kept: dict[int, torch.Tensor] = {}
    for start in range(0, len(masks), chunk):
        v = value_of(masks_cpu[start : start + chunk]).double()
        block = torch.from_numpy(weights[:, start : start + chunk]).to(v.device)
        part = torch.einsum("mn,nb...->bm...", block, v)
        mapped = part if mapped is None else mapped + part
        if square_weights is not None:
            s = torch.from_numpy(square_weights[start : start + chunk]).to(v.device)
            part = torch.einsum("n,nb...->b...", s, v * v)
            squares = part if squares is None else squares + part
        for index in keep:
            if start <= index < start + chunk:
                kept[index] = v[index - start]
    return MappedValues(mapped, kept, squares)


@dataclass
class ShapleyValues:
    """Shapley values (B, M, …) with the base value ``v(none)`` and the output ``v(all)`` (B, …)."""

    values: torch.Tensor
    base: torch.Tensor
    output: torch.Tensor


def shapley_values(plan: CoalitionPlan, value_of: Callable[[torch.Tensor], torch.Tensor], chunk: int) -> ShapleyValues:
    """The plan's Shapley values from the values (n, B, …) of chunks of its coalitions."""
    empty, full = plan.empty_index(), plan.full_index()
    result = evaluate_linear_map(plan.masks, plan.weights, value_of, chunk, keep=(empty, full))
    return ShapleyValues(result.mapped.float(), result.kept[empty].float(), result.kept[full].float())
