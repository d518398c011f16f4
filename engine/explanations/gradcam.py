"""Scene-wide Grad-CAM and Guided Grad-CAM: one base, each method overriding one step.

Two ways to explain a whole tile, both equal to captum's per-window results (tested):

*Dense* (Grad-CAM of the last convolutional layer). For our head (GAP + linear) the gradient
of a window's class score with respect to that layer is the class's linear weight divided by
the window's cell count, constant over the window. So ``W_c · A / n²`` per feature cell, from
one forward pass, *is* every window's Grad-CAM at once: captum's ``LayerGradCam`` on any one
window returns the same numbers for that window's cells. Cells are interpolated bilinearly to
pixels at their receptive-field centres, for every window of the stride grid.

*Patch mosaic* (Guided Grad-CAM, and Grad-CAM of any other layer). Gradients there depend on
the window (ReLU masks, guided clamping), and overlapping windows do not add. Windows that do
not overlap, though, have disjoint gradient paths through valid convolutions: one backward pass
of the summed scores of a grid of non-overlapping 64×64 windows returns each window's own
gradients. So each tile yields, exactly, captum's result for every patch of a fixed 64-pixel
grid: the scene map is a mosaic of EuroSAT-sized patches, each explained on its own, for the
class predicted for that patch (or the chosen class). The grid is the classifier's: each patch
is the window whose centre 8×8 block the class map labels with that patch's prediction.

Units are the model's: logits per feature cell (a window's cells add up to its class logit
minus the bias), times the input gradient for Guided Grad-CAM. Nothing is rescaled per tile
or per patch, so values compare across the scene.
"""
from __future__ import annotations

from functools import cached_property

import torch
from torch import nn
from torch.nn import functional as F

from ..dense import DenseClassifier, cells_to_pixels
from ..errors import QT_TRANSLATE_NOOP, LulcError
from .base import (
    PATCH_HALO,
    PATCH_TILE_MULTIPLE,
    PREDICTED,
    Attribution,
    SceneExplainer,
    class_targets,
    patch_values_to_pixels,
    read_grid_to_pixels,
    whole_patches,
)
from .catalogue import GRADCAM, PREDICTED_NAME


def explainable_layers(model: nn.Module) -> dict[str, nn.Module]:
    """Layers Grad-CAM can explain, by name: convolutions and the activations of conv blocks."""
    return {name: module for name, module in model.named_modules()
            if name.startswith("features.") and isinstance(module, (nn.Conv2d, nn.ReLU))}


def default_layer_name(model: nn.Module) -> str:
    return next(name for name, module in model.named_modules() if module is model.last_conv)


class GradCamExplainer(SceneExplainer):
    """Grad-CAM-style maps of one layer: the dense path for the last layer, the patch mosaic else."""

    units = "class logit per feature cell"

    def __init__(self, classifier: DenseClassifier, layer: str | None = None, **_) -> None:
        self.classifier = classifier
        self.model = classifier.model
        self.stride = classifier.stride
        self.window = classifier.window
        self.cells = self.model.feature_cells
        layers = explainable_layers(self.model)
        self.layer_name = layer or default_layer_name(self.model)
        if self.layer_name not in layers:
            raise LulcError(
                QT_TRANSLATE_NOOP("engine", "LAYER '{layer}' is not a convolutional layer of model {model}. "
                                  "Choose one of: {names} (empty: the last, {default})."),
                layer=self.layer_name, model=classifier.card.name, names=", ".join(layers),
                default=default_layer_name(self.model),
            )
        self.layer = layers[self.layer_name]
        if isinstance(self.layer, nn.ReLU):  # an activation's output is the same in the fast copy
            self.model = classifier.hookable_model
            self.layer = dict(self.model.named_modules())[self.layer_name]

    @property
    def explains_last_layer(self) -> bool:
        return self.layer is self.model.last_conv

    def band_names(self, target_name: str) -> tuple[str, ...]:
        explained = "each pixel's predicted class" if target_name == PREDICTED_NAME else target_name
        return (f"{self.label} for {explained}",)

    def tags(self) -> dict[str, str]:
        return {"METHOD": self.name, "LAYER": self.layer_name}

    # -- dense: every window at once (last layer) ------------------------------------------

    def dense_grad_cam(self, x: torch.Tensor, target: int | None) -> Attribution:
        with torch.no_grad():
            scores = self.model.class_score_map(x)  # one pass serves the CAMs and the prediction
            probabilities = cells_to_pixels(torch.softmax(self.model.pool_windows(scores), dim=1), self.stride)
            targets = class_targets(probabilities, target)
            cam_pixels = self.feature_cells_to_pixels(self.scores_to_cams(scores), probabilities.shape[-1])
            confidence, predicted = probabilities.max(dim=1, keepdim=True)
            return Attribution(torch.relu(cam_pixels.gather(1, targets)), predicted=predicted, confidence=confidence,
                               output=probabilities.gather(1, targets))

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

    # -- patch mosaic: non-overlapping windows, one backward pass ----------------------------

    def patch_mosaic(self, x: torch.Tensor, target: int | None, guided: bool) -> Attribution:
        """Captum's (Guided) Grad-CAM of every 64×64 patch at read offsets 0, 64, 128, …,
        as a mosaic on the tile's pixel grid (B, 1, P, P)."""
        read_size = x.shape[-1]
        mosaic, patch_logits = self.patch_maps(whole_patches(x, self.window), target, guided)
        probabilities = torch.softmax(patch_logits.detach(), dim=1)
        confidence, predicted = probabilities.max(dim=1, keepdim=True)
        output = probabilities.gather(1, class_targets(probabilities, target))
        to_pixels = self.read_grid_to_pixels
        return Attribution(
            to_pixels(mosaic, read_size),
            predicted=patch_values_to_pixels(predicted, read_size, self.window, self.stride).long(),
            confidence=patch_values_to_pixels(confidence, read_size, self.window, self.stride),
            output=patch_values_to_pixels(output, read_size, self.window, self.stride),
        )

    def patch_maps(self, x: torch.Tensor, target: int | None, guided: bool) -> tuple[torch.Tensor, torch.Tensor]:
        """For whole patches (B, C, 64n, 64n): the (Guided) Grad-CAM mosaic (B, 1, 64n, 64n) and each
        patch's logits (B, K, n, n)."""
        activations: list[torch.Tensor] = []
        capture = self.layer.register_forward_hook(lambda module, inputs, output: activations.append(output))
        guiding = [False]  # guided backprop's ReLU rule applies to the input gradient only

        def guided_relu(module, grad_input, grad_output):
            return (torch.clamp(grad_input[0], min=0),) if guiding[0] else None

        relu_hooks = [m.register_full_backward_hook(guided_relu) for m in self.model.modules()
                      if isinstance(m, nn.ReLU)] if guided else []
        try:
            with torch.enable_grad():
                # the input always records the graph: the fast copy's weights do not (only the needed
                # gradients are computed)
                x = x.detach().contiguous(memory_format=torch.channels_last).requires_grad_(True)
                scores = self.model.class_score_map(x)
                patch_logits = F.avg_pool2d(scores, self.cells, stride=self.window // self.stride)
                objective = patch_logits.gather(1, class_targets(patch_logits, target)).sum()
                layer_output = activations[0]
                (layer_gradient,) = torch.autograd.grad(objective, layer_output, retain_graph=guided)
                mosaic = self.patch_grad_cams(layer_output.detach(), layer_gradient, patch_logits.shape[-1])
                if guided:
                    guiding[0] = True
                    (input_gradient,) = torch.autograd.grad(objective, x)
                    size = mosaic.shape[-1]
                    mosaic = mosaic * input_gradient.sum(dim=1, keepdim=True)[..., :size, :size]
        finally:
            for hook in (capture, *relu_hooks):
                hook.remove()
        return mosaic.detach(), patch_logits.detach()

    def patch_grad_cams(self, layer_output: torch.Tensor, gradient: torch.Tensor, patches: int) -> torch.Tensor:
        """Per patch: ReLU(Σ_k mean(∂score/∂A_k) · A_k) on its own part of the layer, upsampled
        bilinearly to 64×64 as captum's GuidedGradCam does; as a mosaic (B, 1, 64n, 64n)."""
        size, step = self.layer_geometry
        alpha = F.avg_pool2d(gradient, size, stride=step)[..., :patches, :patches]
        blocks = layer_output.unfold(2, size, step).unfold(3, size, step)[:, :, :patches, :patches]
        cams = torch.relu(torch.einsum("bcij,bcijuv->bijuv", alpha, blocks))
        batch = cams.shape[0]
        pixels = F.interpolate(cams.reshape(-1, 1, size, size), size=(self.window, self.window), mode="bilinear")
        pixels = pixels.reshape(batch, patches, patches, self.window, self.window).permute(0, 1, 3, 2, 4)
        return pixels.reshape(batch, 1, patches * self.window, patches * self.window)

    @cached_property
    def layer_geometry(self) -> tuple[int, int]:
        """(side of one window's part of the layer, layer cells between windows 64 px apart),
        probed once by running the trunk on a window and on a window twice as wide."""
        sides = []
        capture = self.layer.register_forward_hook(lambda module, inputs, output: sides.append(output.shape[-1]))
        channels = len(self.classifier.card.bands)
        try:
            with torch.no_grad():
                for side in (self.window, 2 * self.window):
                    self.model.feature_map(torch.zeros(1, channels, side, side, device=self.device))
        finally:
            capture.remove()
        return sides[0], sides[1] - sides[0]

    def read_grid_to_pixels(self, mosaic: torch.Tensor, read_size: int) -> torch.Tensor:
        return read_grid_to_pixels(mosaic, read_size, self.window, self.stride)

    guided = False

    def window_attribution(self, windows: torch.Tensor, target: int | None = PREDICTED) -> torch.Tensor:
        """The map of single 64×64 windows (N, C, 64, 64) → (N, 1, 64, 64), as captum gives it for each."""
        mosaic, _ = self.patch_maps(windows, target, self.guided)
        return mosaic


class GradCam(GradCamExplainer):
    method = GRADCAM.method("gradcam")

    def __init__(self, classifier: DenseClassifier, layer: str | None = None, **_) -> None:
        super().__init__(classifier, layer)
        if not self.explains_last_layer:  # other layers need per-window gradients
            self.halo, self.tile_multiple = PATCH_HALO, PATCH_TILE_MULTIPLE

    def explain(self, x: torch.Tensor, target: int | None = PREDICTED) -> Attribution:
        if self.explains_last_layer:
            return self.dense_grad_cam(x, target)
        return self.patch_mosaic(x, target, guided=False)


class GuidedGradCam(GradCamExplainer):
    """Grad-CAM × guided backpropagation (Selvaraju et al. 2017), at full input resolution,
    summed over bands: per 64×64 patch, exactly captum's ``GuidedGradCam`` of that patch."""

    method = GRADCAM.method("guided_gradcam")
    halo = PATCH_HALO
    tile_multiple = PATCH_TILE_MULTIPLE
    signed = True
    units = "class logit per feature cell x input gradient"

    guided = True

    def explain(self, x: torch.Tensor, target: int | None = PREDICTED) -> Attribution:
        return self.patch_mosaic(x, target, guided=True)
