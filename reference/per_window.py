"""The naive references: each window cut out and run through the model (or captum) on its own."""
from __future__ import annotations

from typing import Sequence

import torch


@torch.inference_mode()
def per_window_logits(
    model: torch.nn.Module, x: torch.Tensor, origins: Sequence[tuple[int, int]], batch_size: int = 256
) -> torch.Tensor:
    """Each window of ``x`` (C, H, W) at ``origins`` classified on its own (N, K)."""
    size = model.window_size
    out = []
    for start in range(0, len(origins), batch_size):
        windows = torch.stack([x[:, r : r + size, c : c + size] for r, c in origins[start : start + batch_size]])
        out.append(model(windows))
    return torch.cat(out)


def captum_methods(model: torch.nn.Module) -> dict:
    """captum's Grad-CAM and Guided Grad-CAM of the last convolutional layer, with the options that
    match the scene maps: name → (attribution method, attribute() options)."""
    from captum.attr import GuidedGradCam, LayerGradCam

    return {"gradcam": (LayerGradCam(model, model.last_conv), {}),
            "guided_gradcam": (GuidedGradCam(model, model.last_conv), dict(interpolate_mode="bilinear"))}


def captum_per_window(method, options: dict, model: torch.nn.Module, x: torch.Tensor,
                      origins: Sequence[tuple[int, int]], batch_size: int = 64) -> list[torch.Tensor]:
    """captum's attributions of windows of ``x`` (C, H, W) cut out one by one (batched), each for the
    class the model predicts for it."""
    size = model.window_size
    out = []
    for start in range(0, len(origins), batch_size):
        batch = torch.stack([x[:, r : r + size, c : c + size] for r, c in origins[start : start + batch_size]])
        targets = model(batch).argmax(1)
        out.append(method.attribute(batch, target=targets, **options))
    return out
