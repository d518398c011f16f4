"""Accuracy of a class map from reference samples: the error matrix and what it says.

Two readings of one error matrix (rows: map class, columns: reference class):

- **The sample's**: overall accuracy (share of samples the map gets right) with a Wilson interval,
  Cohen's kappa, per-class user's and producer's accuracy and F1, all from the counts as they are.
  They describe the map only as far as the samples represent it.
- **Area-adjusted** (Olofsson et al. 2014, Remote Sensing of Environment 148:42–57, "Good practices
  for estimating area and assessing accuracy of land change"): each map class is a stratum weighted
  by its share of the map's pixels (W_i = N_i / N), so a class that covers most of the map counts for
  most of the accuracy whatever the number of samples it got. Overall, user's and producer's accuracy
  and each class's area, with the standard errors of stratified estimation (eq. 4–12 of the paper)
  and 95 % intervals of ±1.96 SE, as the paper computes them.

Pure numpy; the map's pixel counts and the samples come from :mod:`.reference`.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import numpy as np

#: The paper's multiplier for 95 % intervals (normal approximation).
Z_95 = 1.96


def error_matrix(mapped: np.ndarray, reference: np.ndarray, classes: int) -> np.ndarray:
    """Counts (map class, reference class) of paired class indices."""
    matrix = np.zeros((classes, classes), np.int64)
    np.add.at(matrix, (np.asarray(mapped, np.int64), np.asarray(reference, np.int64)), 1)
    return matrix


def wilson_interval(correct: int, total: int, z: float = Z_95) -> tuple[float, float]:
    """95 % confidence interval of a proportion (Wilson score), sensible for small samples."""
    if total == 0:
        return math.nan, math.nan
    p = correct / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return centre - half, centre + half


def f1_scores(matrix: np.ndarray) -> np.ndarray:
    """Per-class F1 (harmonic mean of user's and producer's accuracy; the same for either orientation
    of the matrix); 0 where a class is neither mapped nor in the reference."""
    true_positive = np.diag(matrix).astype(float)
    denominator = matrix.sum(axis=0) + matrix.sum(axis=1)
    return np.divide(2 * true_positive, denominator, out=np.zeros_like(true_positive), where=denominator > 0)


def cohen_kappa(matrix: np.ndarray) -> float:
    """Cohen's kappa: agreement beyond what the row and column totals would give by chance."""
    total = matrix.sum()
    if total == 0:
        return math.nan
    observed = float(np.trace(matrix)) / float(total)
    expected = float((matrix.sum(axis=1) * matrix.sum(axis=0)).sum()) / float(total) ** 2
    return math.nan if expected == 1 else (observed - expected) / (1 - expected)


@dataclass(frozen=True)
class Estimate:
    """A figure with its 95 % interval ``value ± half_width``; NaN where the samples cannot tell."""

    value: float
    half_width: float = math.nan

    @property
    def low(self) -> float:
        return self.value - self.half_width

    @property
    def high(self) -> float:
        return self.value + self.half_width


def _ratio(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    numerator, denominator = np.asarray(numerator, float), np.asarray(denominator, float)
    return np.divide(numerator, denominator, out=np.full(np.broadcast(numerator, denominator).shape, np.nan),
                     where=denominator != 0)


@dataclass(frozen=True)
class Assessment:
    """The error matrix of one map against its reference samples, read both ways (module docstring).

    ``counts[i, j]``: samples mapped as class ``i`` whose reference class is ``j``. ``mapped_pixels[i]``:
    the map's pixels of class ``i`` (the strata). Area-adjusted figures cover the strata that hold at
    least one sample; ``unsampled_pixels`` are the map's pixels in classes without any.
    """

    classes: tuple[str, ...]
    counts: np.ndarray
    mapped_pixels: np.ndarray
    pixel_area: float | None = None  # m² per pixel, for areas in hectares

    def __post_init__(self) -> None:
        counts, mapped = np.asarray(self.counts, np.int64), np.asarray(self.mapped_pixels, float)
        if counts.shape != (len(self.classes), len(self.classes)) or mapped.shape != (len(self.classes),):
            raise ValueError("counts must be K×K and mapped_pixels K long, K the number of classes")
        object.__setattr__(self, "counts", counts)
        object.__setattr__(self, "mapped_pixels", mapped)

    def trimmed(self) -> Assessment:
        """The same assessment without classes that have neither map pixels nor samples (a legend's
        unused entries)."""
        keep = (self.mapped_pixels > 0) | (self.counts.sum(axis=0) > 0) | (self.counts.sum(axis=1) > 0)
        return Assessment(tuple(c for c, k in zip(self.classes, keep) if k), self.counts[np.ix_(keep, keep)],
                          self.mapped_pixels[keep], self.pixel_area)

    # -- the sample's figures ------------------------------------------------------------------------

    @property
    def samples(self) -> int:
        return int(self.counts.sum())

    @property
    def overall(self) -> float:
        """Share of samples the map gets right."""
        return float(np.trace(self.counts)) / self.samples if self.samples else math.nan

    @property
    def overall_interval(self) -> tuple[float, float]:
        """Its 95 % interval (Wilson: not symmetric about it)."""
        return wilson_interval(int(np.trace(self.counts)), self.samples)

    @property
    def kappa(self) -> float:
        return cohen_kappa(self.counts)

    @property
    def users(self) -> np.ndarray:
        """Of the samples mapped as each class, the share that is that class (1 − commission error)."""
        return _ratio(np.diag(self.counts), self.counts.sum(axis=1))

    @property
    def producers(self) -> np.ndarray:
        """Of the samples of each reference class, the share mapped as it (1 − omission error)."""
        return _ratio(np.diag(self.counts), self.counts.sum(axis=0))

    @property
    def f1(self) -> np.ndarray:
        return f1_scores(self.counts)

    # -- area-adjusted (stratified) estimates, Olofsson et al. 2014 ---------------------------------------

    @property
    def sampled_strata(self) -> np.ndarray:
        """Map classes with at least one sample: the strata the estimates rest on."""
        return self.counts.sum(axis=1) > 0

    @property
    def unsampled_pixels(self) -> float:
        return float(self.mapped_pixels[~self.sampled_strata].sum())

    @property
    def stratum_pixels(self) -> np.ndarray:
        """N_i: pixels of each sampled stratum (0 for strata without samples)."""
        return np.where(self.sampled_strata, self.mapped_pixels, 0.0)

    @property
    def weights(self) -> np.ndarray:
        """W_i = N_i / N over the sampled strata."""
        total = self.stratum_pixels.sum()
        return self.stratum_pixels / total if total > 0 else np.full(len(self.classes), math.nan)

    @property
    def _row_totals(self) -> np.ndarray:
        return self.counts.sum(axis=1).astype(float)

    @property
    def _row_shares(self) -> np.ndarray:
        """n_ij / n_i. (0 in rows without samples)."""
        rows = self._row_totals[:, None]
        return np.divide(self.counts, rows, out=np.zeros(self.counts.shape), where=rows > 0)

    @property
    def _variance_denominator(self) -> np.ndarray:
        """n_i. − 1, NaN where a stratum has fewer than 2 samples (its variance cannot be estimated)."""
        rows = self._row_totals
        return np.where(rows >= 2, rows - 1, np.nan)

    @property
    def proportions(self) -> np.ndarray:
        """p_ij = W_i n_ij / n_i.: the error matrix as estimated shares of the map's area (eq. 4)."""
        return self.weights[:, None] * self._row_shares

    def _stratum_variance_terms(self) -> np.ndarray:
        """(n_ik/n_i.)(1 − n_ik/n_i.)/(n_i. − 1) per stratum i and class k; 0 for strata without samples."""
        shares = self._row_shares
        terms = shares * (1 - shares) / self._variance_denominator[:, None]
        return np.where(self.sampled_strata[:, None], terms, 0.0)

    @property
    def overall_adjusted(self) -> Estimate:
        """Ô = Σ p_jj, V(Ô) = Σ W_i² U_i (1 − U_i) / (n_i. − 1) (eq. 1, 5)."""
        diagonal_terms = np.diag(self._stratum_variance_terms())
        variance = float(np.sum(self.weights**2 * diagonal_terms))
        return Estimate(float(np.trace(self.proportions)), Z_95 * math.sqrt(variance))

    @property
    def users_adjusted(self) -> list[Estimate]:
        """Û_i = p_ii / p_i. (the sample's user's accuracy), V(Û_i) = U_i (1 − U_i) / (n_i. − 1) (eq. 2, 6)."""
        users = self.users
        variance = users * (1 - users) / self._variance_denominator
        return [Estimate(float(u), Z_95 * math.sqrt(v) if np.isfinite(v) else math.nan)
                for u, v in zip(users, variance)]

    @property
    def producers_adjusted(self) -> list[Estimate]:
        """P̂_j = p_jj / p_.j with the variance of eq. 7 (strata sizes N_i in pixels)."""
        counts, pixels, rows = self.counts, self.stratum_pixels, self._row_totals
        estimated_totals = (_ratio(pixels, rows)[:, None] * counts)  # N_i / n_i. × n_ij
        estimated_totals = np.nan_to_num(estimated_totals).sum(axis=0)  # N̂_.j
        producers = _ratio(np.diag(self.proportions), self.proportions.sum(axis=0))
        users = np.nan_to_num(self.users)
        terms = self._stratum_variance_terms()
        estimates = []
        for j, producer in enumerate(producers):
            if not np.isfinite(producer):
                estimates.append(Estimate(math.nan))
                continue
            own = pixels[j] ** 2 * (1 - producer) ** 2 * users[j] * (1 - users[j]) / self._variance_denominator[j] \
                if pixels[j] > 0 else 0.0
            others = sum(pixels[i] ** 2 * terms[i, j] for i in range(len(producers)) if i != j)
            variance = (own + producer**2 * others) / estimated_totals[j] ** 2
            estimates.append(Estimate(float(producer), Z_95 * math.sqrt(variance) if np.isfinite(variance)
                                      else math.nan))
        return estimates

    @property
    def area_proportions(self) -> list[Estimate]:
        """p̂_.k = Σ_i W_i n_ik / n_i., S(p̂_.k) = √(Σ_i W_i² (n_ik/n_i.)(1 − n_ik/n_i.)/(n_i. − 1)) (eq. 9, 10)."""
        shares = self.proportions.sum(axis=0)
        variance = (self.weights[:, None] ** 2 * self._stratum_variance_terms()).sum(axis=0)
        return [Estimate(float(p), Z_95 * math.sqrt(v) if np.isfinite(v) else math.nan)
                for p, v in zip(shares, variance)]

    @property
    def areas_pixels(self) -> list[Estimate]:
        """Each class's area in pixels, Â_k = N p̂_.k ± N 1.96 S(p̂_.k) (eq. 11, 12), N the sampled strata's pixels."""
        total = float(self.stratum_pixels.sum())
        return [Estimate(total * e.value, total * e.half_width) for e in self.area_proportions]

    @property
    def areas_hectares(self) -> list[Estimate] | None:
        if self.pixel_area is None:
            return None
        to_ha = self.pixel_area / 10_000.0
        return [Estimate(e.value * to_ha, e.half_width * to_ha) for e in self.areas_pixels]

    @property
    def mapped_hectares(self) -> np.ndarray | None:
        return None if self.pixel_area is None else self.mapped_pixels * self.pixel_area / 10_000.0


def _estimates(values: Sequence[Estimate]) -> list[list[float | None]]:
    return [[_number(e.value), _number(e.half_width)] for e in values]


def _number(value: float) -> float | None:
    return float(value) if np.isfinite(value) else None


def assessment_figures(a: Assessment) -> dict:
    """Every figure of an assessment as plain numbers (JSON): NaN as None, estimates as [value, half width]."""
    low, high = a.overall_interval
    hectares = a.areas_hectares
    return {
        "classes": list(a.classes),
        "counts": a.counts.tolist(),
        "mapped_pixels": a.mapped_pixels.tolist(),
        "pixel_area_m2": a.pixel_area,
        "samples": a.samples,
        "overall": _number(a.overall),
        "overall_interval": [_number(low), _number(high)],
        "kappa": _number(a.kappa),
        "users": [_number(v) for v in a.users],
        "producers": [_number(v) for v in a.producers],
        "f1": [_number(v) for v in a.f1],
        "weights": [_number(v) for v in a.weights],
        "proportions": [[_number(v) for v in row] for row in a.proportions],
        "overall_adjusted": _estimates([a.overall_adjusted])[0],
        "users_adjusted": _estimates(a.users_adjusted),
        "producers_adjusted": _estimates(a.producers_adjusted),
        "area_proportions": _estimates(a.area_proportions),
        "areas_pixels": _estimates(a.areas_pixels),
        "areas_hectares": None if hectares is None else _estimates(hectares),
        "unsampled_pixels": a.unsampled_pixels,
    }


def assess(mapped: Sequence[int], reference: Sequence[int], classes: Sequence[str], mapped_pixels: Sequence[float],
           pixel_area: float | None = None) -> Assessment:
    """The assessment of paired class indices (map, reference) with the map's pixel count per class."""
    return Assessment(tuple(classes), error_matrix(np.asarray(mapped), np.asarray(reference), len(classes)),
                      np.asarray(mapped_pixels, float), pixel_area)
