"""Network architectures, registered by name so that a model card can name its own.

Every architecture here is built for dense evaluation and for explanation:
- *valid* convolutions and 2×2 pooling only, so the features a 64×64 window produces on its
  own are exactly the features a whole tile produces over that window's footprint (no zero
  padding at window borders): scene-wide evaluation equals per-window evaluation;
- global-average pooling followed by one linear layer, so class activation maps exist and
  the classifier can be applied as a 1×1 convolution to a feature map;
- activations as separate, non-in-place modules, each used once (captum's and shap's hooks
  need that).
"""
from __future__ import annotations

from typing import Callable

import torch
from torch import nn
from torch.nn import functional as F


def _conv_block(in_channels: int, out_channels: int) -> list[nn.Module]:
    return [
        nn.Conv2d(in_channels, out_channels, kernel_size=3, bias=False),
        nn.BatchNorm2d(out_channels),
        nn.ReLU(inplace=False),
    ]


class LulcFCN(nn.Module):
    """A small fully convolutional classifier for 64×64 Sentinel-2 patches.

    64 → conv 62 → conv 60 → pool 30 → conv 28 → pool 14 → conv 12 → pool 6 → conv 4:
    a 4×4 feature map at output stride 8, averaged and classified.
    """

    window_size = 64
    output_stride = 8
    feature_cells = 4  # the side of the feature map of one window

    def __init__(self, in_channels: int, num_classes: int, widths: tuple[int, ...] = (32, 64, 96, 128)):
        super().__init__()
        w1, w2, w3, w4 = widths
        self.features = nn.Sequential(
            *_conv_block(in_channels, w1),
            *_conv_block(w1, w1),
            nn.MaxPool2d(2),
            *_conv_block(w1, w2),
            nn.MaxPool2d(2),
            *_conv_block(w2, w3),
            nn.MaxPool2d(2),
            *_conv_block(w3, w4),
        )
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.flatten = nn.Flatten()
        self.classifier = nn.Linear(w4, num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.classifier(self.flatten(self.pool(self.features(x))))

    @property
    def last_conv(self) -> nn.Module:
        """The layer Grad-CAM explains by default: the last convolution's activation."""
        return self.features[-1]

    def class_score_map(self, x: torch.Tensor) -> torch.Tensor:
        """Logits of every feature cell: the linear head applied as a 1×1 convolution.

        Averaging this map over a window's ``feature_cells``² footprint gives exactly the
        window's logits (the head is linear), so one pass serves every window of a tile.
        """
        features = self.features(x)
        weight = self.classifier.weight[:, :, None, None]
        return F.conv2d(features, weight, self.classifier.bias)

    def window_logits(self, x: torch.Tensor) -> torch.Tensor:
        """Logits of every 64×64 window whose origin lies on the stride-8 grid of ``x``."""
        return self.pool_windows(self.class_score_map(x))

    def pool_windows(self, scores: torch.Tensor) -> torch.Tensor:
        """Window logits from a class-score map: the mean over each window's cells."""
        return F.avg_pool2d(scores, self.feature_cells, stride=1)


ARCHITECTURES: dict[str, Callable[..., nn.Module]] = {
    "lulc_fcn": LulcFCN,
}
