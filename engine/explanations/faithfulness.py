"""How far to trust an explanation: does removing what it ranks highest change the model's mind more
than removing as much at random? (Deletion / pixel flipping, Bach et al. 2015, through quantus.)

For a sample of windows, each method's own attribution of the window (broadcast to every input value,
pixel × band) ranks the input values; quantus's ``PixelFlipping`` replaces them, in that order, in
steps of 1/8, by the training set's band means (0 in the model's normalised input: "this value says
nothing", the same removal as SHAP's and LIME's mean background) and records the probability of the
explained class after each step. The same is done with a random ranking *of the same shape*: the
method's own map moved by a random offset (a map's blobs stay blobs), or its spectral values given to
randomly permuted bands (a band stays a band) — scattered single values would be noise the model has
never seen, and would make any explanation look good. The headline: the mean drop of the probability
after the first step (12.5 % of the values removed), ranked vs random.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

STEPS = 8  # the deletion curve removes 1/STEPS of the input values per step
RANDOM_SEED = 0


@dataclass(frozen=True)
class Faithfulness:
    """Means over ``windows`` windows: the explained class's probability before any removal, after
    removing the top ``fraction`` of the input values by the explanation and at random, and the whole
    deletion curves (probability after each step of ``fraction``)."""

    windows: int
    fraction: float
    probability: float
    top_curve: tuple[float, ...]
    random_curve: tuple[float, ...]
    flat: int = 0  # windows left out: the method's map of them is flat (no evidence for the class), it ranks nothing

    @property
    def top_drop(self) -> float:
        return self.probability - self.top_curve[0]

    @property
    def random_drop(self) -> float:
        return self.probability - self.random_curve[0]

    @property
    def gap(self) -> float:
        """How much more the explanation's top values matter than random ones (probability)."""
        return self.top_drop - self.random_drop

    @property
    def deletion_area(self) -> float:
        """Mean probability along the explanation's deletion curve (lower: faster drop, more faithful)."""
        return float(np.mean(self.top_curve))

    @property
    def random_area(self) -> float:
        return float(np.mean(self.random_curve))


class _FlattenedBands(torch.nn.Module):
    """The model, fed (N, 1, C·H, W): quantus flips input values in steps that must divide the spatial
    size, so the bands are stacked into it (every value pixel × band can then be removed on its own)."""

    def __init__(self, model: torch.nn.Module, channels: int) -> None:
        super().__init__()
        self.model, self.channels = model, channels

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        n, _, height, width = x.shape
        return self.model(x.reshape(n, self.channels, height // self.channels, width))


def deletion_curves(model: torch.nn.Module, windows: torch.Tensor, attributions: np.ndarray,
                    targets: np.ndarray) -> np.ndarray:
    """quantus PixelFlipping: the probability of ``targets`` (N,) after each step of removing 1/STEPS of
    the input values of ``windows`` (N, C, H, W), highest ``attributions`` (broadcastable to the windows)
    first. (N, STEPS)."""
    import quantus

    n, channels, height, width = windows.shape
    x = windows.detach().cpu().numpy().astype(np.float32)
    a = np.broadcast_to(attributions, x.shape).astype(np.float32)
    metric = quantus.PixelFlipping(features_in_step=channels * height * width // STEPS, perturb_baseline=0.0,
                                   normalise=False, abs=False, disable_warnings=True, display_progressbar=False)
    device = next(model.parameters()).device
    flat = _FlattenedBands(model, channels).eval()
    curves = metric(model=flat, x_batch=x.reshape(n, 1, channels * height, width), y_batch=np.asarray(targets),
                    a_batch=a.reshape(n, 1, channels * height, width), channel_first=True, softmax=True,
                    device=str(device), batch_size=n)
    return np.asarray(curves, dtype=np.float64)


def random_like(attributions: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A random ranking of the same shape: spectral values (N, C, 1, 1) on randomly permuted bands, a map
    (N, ·, H, W) moved circularly by a random offset of a quarter to three quarters of the window."""
    out = np.empty_like(attributions)
    for i, a in enumerate(attributions):
        if a.shape[-2:] == (1, 1):
            out[i] = a[rng.permutation(a.shape[0])]
        else:
            height, width = a.shape[-2:]
            shift = tuple(int(rng.integers(size // 4, 3 * size // 4 + 1)) for size in (height, width))
            out[i] = np.roll(a, shift, axis=(-2, -1))
    return out


def measure(model: torch.nn.Module, windows: torch.Tensor, attributions: np.ndarray, targets: np.ndarray,
            random_rankings: int = 1, seed: int = RANDOM_SEED) -> Faithfulness | None:
    """The explanation's deletion curve against random rankings' (``random_rankings`` per window),
    averaged over the windows; None when its map is flat on every window."""
    return measure_many(model, windows, {"": attributions}, targets, random_rankings, seed)[""]


def ranking(attributions: np.ndarray) -> tuple[np.ndarray, int]:
    """Per window (N, …): whether its attribution orders anything, and how many windows are flat. A flat map
    (Grad-CAM of a class with no evidence in the window is all zero) has no top values to remove; quantus
    refuses it. Windows with NaN rank nothing and are not counted as flat."""
    if len(attributions) == 0:
        return np.zeros(0, bool), 0
    values = attributions.reshape(len(attributions), -1)
    finite, spread = np.isfinite(values).all(axis=1), np.ptp(values, axis=1)
    return finite & (spread > 0), int((finite & (spread == 0)).sum())


def measure_many(model: torch.nn.Module, windows: torch.Tensor, attributions: dict[str, np.ndarray],
                 targets: np.ndarray, random_rankings: int = 1,
                 seed: int = RANDOM_SEED) -> dict[str, Faithfulness | None]:
    """:func:`measure` for several explanations of the same windows, in one batch (one model call per
    deletion step for all of them). Each is measured on the windows its map ranks (:func:`ranking`);
    an explanation flat on every window gets None."""
    with torch.no_grad():
        probabilities = torch.softmax(model(windows), dim=1)
    targets = np.asarray(targets)
    explained = probabilities[torch.arange(len(targets)), torch.as_tensor(targets, device=windows.device)].cpu().numpy()
    rng = np.random.default_rng(seed)
    batch_x, batch_a, batch_y, parts, ranked, flats = [], [], [], [], {}, {}
    for name, a in attributions.items():
        a = np.broadcast_to(a, (len(targets), *a.shape[1:]))
        ranked[name], flats[name] = ranking(a)
        if not ranked[name].any():
            continue
        keep = torch.as_tensor(np.flatnonzero(ranked[name]), device=windows.device)
        a, kept, kept_targets = a[ranked[name]], windows[keep], targets[ranked[name]]
        repeated = np.repeat(a, random_rankings, axis=0)
        batch_x += [kept, kept.repeat_interleave(random_rankings, 0)]
        shuffled = random_like(repeated, rng)
        batch_a += [np.broadcast_to(a, kept.shape), np.broadcast_to(shuffled, (len(repeated), *kept.shape[1:]))]
        batch_y += [kept_targets, np.repeat(kept_targets, random_rankings)]
        parts += [(name, "top", len(kept_targets)), (name, "random", len(repeated))]
    means: dict[tuple[str, str], tuple[float, ...]] = {}
    if parts:
        curves = deletion_curves(model, torch.cat(batch_x), np.concatenate(batch_a), np.concatenate(batch_y))
        start = 0
        for name, kind, count in parts:
            means[name, kind] = tuple(curves[start : start + count].mean(axis=0).tolist())
            start += count
    return {name: Faithfulness(int(ranked[name].sum()), 1.0 / STEPS, float(explained[ranked[name]].mean()),
                               means[name, "top"], means[name, "random"], flat=flats[name])
            if ranked[name].any() else None
            for name in attributions}
