"""Device-clean explainers: every tensor an explainer makes lives on the model's device.

No GPU is lent to this project, so the check runs on the CPU with PyTorch's ``meta`` device standing in
for a second one: the model and the input live on ``meta`` and a dispatch mode refuses any operation
that mixes tensors of two devices (as CUDA would) — a weight or mask left on the CPU fails the test."""
from __future__ import annotations

import numpy as np
import pytest
import torch
from torch.utils._python_dispatch import TorchDispatchMode
from torch.utils._pytree import tree_flatten

from explainable_lulc.engine.dense import DenseClassifier
from explainable_lulc.engine.explanations.catalogue import all_methods
from explainable_lulc.engine.explanations.coalitions import evaluate_linear_map, exact_plan, shapley_values
from explainable_lulc.engine.explanations.lime_weights import fit_lime, lime_plan
from explainable_lulc.engine.explanations.runner import make_explainer
from explainable_lulc.models.registry import load_cards


class OneDevice(TorchDispatchMode):
    """Refuses operations whose tensor arguments live on more than one device (CPU scalars excepted,
    as PyTorch itself allows them), and records the devices of every result."""

    def __init__(self) -> None:
        super().__init__()
        self.results: set[str] = set()

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        tensors = [t for t in tree_flatten((args, kwargs or {}))[0] if isinstance(t, torch.Tensor)]
        devices = {t.device.type for t in tensors if not (t.device.type == "cpu" and t.dim() == 0)}
        if len(devices) > 1:
            raise AssertionError(f"{func} mixes devices {sorted(devices)}")
        out = func(*args, **(kwargs or {}))
        for t in tree_flatten(out)[0]:
            if isinstance(t, torch.Tensor):
                self.results.add(t.device.type)
        return out


def meta_segments(explainer):
    """SLIC needs pixel values, which meta tensors lack: three fixed superpixels per patch instead,
    made on the CPU and moved to the input's device as the explainer's own segmentation is."""
    def segment(x):
        labels = (torch.arange(x.shape[-1]) * 3 // explainer.window % 3).expand(x.shape[0], x.shape[-1], -1)
        return labels.contiguous().to(x.device), 3

    return segment


@pytest.mark.parametrize("method", all_methods(), ids=lambda m: f"{m.family}-{m.id}")
def test_explainers_keep_every_tensor_on_the_models_device(method):
    classifier = DenseClassifier(load_cards()["eurosat_s2_4band"], device="meta")
    assert classifier.device == "meta" and next(classifier.model.parameters()).device.type == "meta"
    explainer = make_explainer(method, classifier, budget=16, segments=3)
    assert explainer.device.type == "meta"
    if hasattr(explainer, "segment"):
        explainer.segment = meta_segments(explainer)
    x = torch.zeros(1, 4, 136, 136, device="meta")  # a tile with the patch mosaic's halo
    if method.family == "lime" and method.id == "superpixels":
        pytest.skip("groups patches by their superpixel count, which needs the labels' values")
    with OneDevice() as guard:
        attribution = explainer.explain(x, target=1)
    assert "meta" in guard.results
    for name, tensor in {"values": attribution.values, **attribution.extras()}.items():
        assert tensor.device.type == "meta", name


def test_linear_maps_move_their_weights_to_the_values_device():
    """Shapley and LIME weights are numpy (CPU); the values come from the model's device."""
    plan = exact_plan(3)
    values = torch.zeros(len(plan.masks), 2, 5, device="meta")

    def value_of(masks):
        assert masks.device.type == "cpu"  # the explainer moves them, once, to the input's device
        return values[: len(masks)]

    with OneDevice():
        shapley = shapley_values(plan, value_of, chunk=3)
        mapped = evaluate_linear_map(plan.masks, plan.weights, value_of, 4, square_weights=np.ones(len(plan.masks)))
        lime = fit_lime(lime_plan(3, 20), lambda masks: torch.zeros(len(masks), 2, 5, device="meta"), 4)
    assert {shapley.values.device.type, mapped.mapped.device.type, mapped.squares.device.type} == {"meta"}
    assert {lime.coefficients.device.type, lime.score.device.type} == {"meta"}


def test_the_guard_catches_a_cpu_tensor_mixed_with_the_device():
    """What shapley_values did before: CPU weights times values on the model's device."""
    plan = exact_plan(3)
    with pytest.raises(AssertionError, match="mixes devices"), OneDevice():
        torch.einsum("mn,nb->bm", torch.from_numpy(plan.weights), torch.zeros(len(plan.masks), 2, device="meta",
                                                                             dtype=torch.float64))
