"""Scene-wide explanations of the dense classifier: one base, each method overrides one step.

Grad-CAM of the last convolutional layer equals the class activation map for our head (GAP +
linear): the gradient of a window's class score with respect to that layer is the class's
linear weight divided by the window's cell count, constant over the window. So the map of one
forward pass, ``W_c · A / n²`` per feature cell, *is* every window's Grad-CAM at once; captum's
``LayerGradCam`` on one window returns the same numbers for that window's cells (tested).

Values are in the model's logit units and are never rescaled per tile, so they compare across
the whole scene. Maps are interpolated bilinearly from feature-cell centres to pixels.
"""
from __future__ import annotations

from typing import ClassVar

import torch
from torch import nn

from .dense import DenseClassifier, cells_to_pixels

PREDICTED = None  # target: the class predicted at each place


class SceneExplainer:
    """Attribution maps for whole tiles, on the same pixel grid as the class probabilities."""

    name: ClassVar[str]
    label: ClassVar[str]

    def __init__(self, classifier: DenseClassifier) -> None:
        self.classifier = classifier
        self.model = classifier.model
        self.stride = classifier.stride
        self.cells = self.model.feature_cells

    def explain(self, x: torch.Tensor, target: int | None = PREDICTED) -> torch.Tensor:
        """Attribution (B, 1, P, P) for a batch of normalised tiles (B, C, R, R)."""
        with torch.no_grad():
            scores = self.model.class_score_map(x)  # one pass serves the CAMs and the prediction
            cam = self.scores_to_cams(scores)
            probabilities = cells_to_pixels(torch.softmax(self.model.pool_windows(scores), dim=1), self.stride)
            targets = self.targets(probabilities, target)
            cam_pixels = self.feature_cells_to_pixels(cam, probabilities.shape[-1])
            grad_cam = torch.relu(cam_pixels.gather(1, targets))
        return self.finish(x, grad_cam, targets)

    def class_activation_maps(self, x: torch.Tensor) -> torch.Tensor:
        """Grad-CAM of every class at every feature cell (B, K, h, w), before the ReLU."""
        return self.scores_to_cams(self.model.class_score_map(x))

    def scores_to_cams(self, scores: torch.Tensor) -> torch.Tensor:
        """``W_c · A / n²``: the class-score map without its bias, per window cell."""
        return (scores - self.model.classifier.bias[None, :, None, None]) / self.cells**2

    def feature_cells_to_pixels(self, maps: torch.Tensor, size: int) -> torch.Tensor:
        """Feature cell j is centred (cells − 1)/2 window cells before window cell j: shift so the
        pixels line up with the window-cell grid of the class probabilities."""
        shift = (self.cells - 1) * self.stride // 2
        return cells_to_pixels(maps, self.stride)[..., shift : shift + size, shift : shift + size]

    @staticmethod
    def targets(probabilities: torch.Tensor, target: int | None) -> torch.Tensor:
        """The class explained at each pixel (B, 1, P, P)."""
        if target is PREDICTED:
            return probabilities.argmax(dim=1, keepdim=True)
        return torch.full_like(probabilities[:, :1], target, dtype=torch.long)

    def finish(self, x: torch.Tensor, grad_cam: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
        return grad_cam


class GradCam(SceneExplainer):
    name = "gradcam"
    label = "Grad-CAM"


class GuidedGradCam(SceneExplainer):
    """Grad-CAM × guided backpropagation (Selvaraju et al. 2017), at full input resolution.

    One backward pass per tile: the gradient of the summed target scores of every feature cell,
    through ReLUs that pass only positive gradients. Gradients of overlapping cells add, so a
    pixel shows the evidence it gives to every window around it, not to one window alone.
    """

    name = "guided_gradcam"
    label = "Guided Grad-CAM"

    def finish(self, x: torch.Tensor, grad_cam: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
        guided = self.guided_backprop(x, targets)
        offset = self.classifier.window // 2 - self.stride // 2  # read grid → window-cell pixel grid
        size = grad_cam.shape[-1]
        return guided[..., offset : offset + size, offset : offset + size] * grad_cam

    def guided_backprop(self, x: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
        """Σ over bands of the guided gradient of the target scores (B, 1, R, R)."""
        hooks = [m.register_full_backward_hook(lambda m, grad_in, grad_out: (torch.clamp(grad_in[0], min=0),))
                 for m in self.model.modules() if isinstance(m, nn.ReLU)]
        try:
            with torch.enable_grad():
                x = x.detach().requires_grad_(True)
                scores = self.model.class_score_map(x)
                cell_targets = self.targets_at_feature_cells(targets, scores.shape[-1])
                scores.gather(1, cell_targets).sum().backward()
        finally:
            for hook in hooks:
                hook.remove()
        return x.grad.sum(dim=1, keepdim=True)

    def targets_at_feature_cells(self, targets: torch.Tensor, cells: int) -> torch.Tensor:
        """The pixel target at each feature cell's centre (B, 1, h, w)."""
        centres = (torch.arange(cells, device=targets.device) * self.stride
                   - (self.cells - 1) * self.stride // 2).clamp(0, targets.shape[-1] - 1)
        return targets[..., centres, :][..., centres]


#: Explanation methods by name; a new method is a new class here.
EXPLAINERS: dict[str, type[SceneExplainer]] = {cls.name: cls for cls in (GradCam, GuidedGradCam)}
