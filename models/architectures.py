"""Network architectures, registered by name so that a model card can name its own.

Every architecture here is built for dense evaluation and for explanation:
- *valid* convolutions and 2×2 pooling only, so the features a 64×64 window produces on its
  own are exactly the features a whole tile produces over that window's footprint (no zero
  padding at window borders): scene-wide evaluation equals per-window evaluation;
- global-average pooling followed by one linear layer, so class activation maps exist and
  the classifier can be applied as a 1×1 convolution to a feature map;
- activations as separate, non-in-place modules, each used once (captum's and shap's hooks
  need that).

A model is built from its card (:meth:`from_card`), so an architecture can use what the card says
about its inputs (band names, normalisation).
"""
from __future__ import annotations

import copy
from typing import Callable, Sequence

import torch
from torch import nn
from torch.nn import functional as F


def _conv_block(in_channels: int, out_channels: int, groups: int = 1) -> list[nn.Module]:
    return [
        nn.Conv2d(in_channels, out_channels, kernel_size=3, bias=False, groups=groups),
        nn.BatchNorm2d(out_channels),
        nn.ReLU(inplace=False),
    ]


class LulcFCN(nn.Module):
    """A small fully convolutional classifier for 64×64 Sentinel-2 patches.

    64 → conv 62 → conv 60 → pool 30 → conv 28 → pool 14 → conv 12 → pool 6 → conv 4:
    a 4×4 feature map at output stride 8, averaged and classified.

    ``groups`` > 1 makes it that many trunks side by side, each with its share of every width: the
    first convolution reads every input, each later one only its own trunk's channels (grouped
    convolutions), and the linear head sums the trunks' logits. A weighted ensemble of trunks as one
    network, so dense evaluation, Grad-CAM and SHAP treat it as any model (see :func:`side_by_side`).
    """

    window_size = 64
    output_stride = 8
    feature_cells = 4  # the side of the feature map of one window

    def __init__(self, in_channels: int, num_classes: int, widths: tuple[int, ...] = (32, 64, 96, 128),
                 groups: int = 1):
        super().__init__()
        w1, w2, w3, w4 = widths
        self.features = nn.Sequential(
            *_conv_block(in_channels, w1),
            *_conv_block(w1, w1, groups),
            nn.MaxPool2d(2),
            *_conv_block(w1, w2, groups),
            nn.MaxPool2d(2),
            *_conv_block(w2, w3, groups),
            nn.MaxPool2d(2),
            *_conv_block(w3, w4, groups),
        )
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.flatten = nn.Flatten()
        self.classifier = nn.Linear(w4, num_classes)

    @classmethod
    def from_card(cls, card) -> LulcFCN:
        return cls(len(card.bands), len(card.classes), **card.architecture_args)

    def feature_map(self, x: torch.Tensor) -> torch.Tensor:
        """The last convolutional block's output (B, w4, h, w), ``h = H/8 − 4`` for valid convs."""
        return self.features(x)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.classifier(self.flatten(self.pool(self.feature_map(x))))

    @property
    def last_conv(self) -> nn.Module:
        """The layer Grad-CAM explains by default: the last convolution's activation."""
        return self.features[-1]

    def class_score_map(self, x: torch.Tensor) -> torch.Tensor:
        """Logits of every feature cell: the linear head applied as a 1×1 convolution.

        Averaging this map over a window's ``feature_cells``² footprint gives exactly the
        window's logits (the head is linear), so one pass serves every window of a tile.
        """
        features = self.feature_map(x)
        weight = self.classifier.weight[:, :, None, None]
        return F.conv2d(features, weight, self.classifier.bias)

    def window_logits(self, x: torch.Tensor) -> torch.Tensor:
        """Logits of every 64×64 window whose origin lies on the stride-8 grid of ``x``."""
        return self.pool_windows(self.class_score_map(x))

    def pool_windows(self, scores: torch.Tensor) -> torch.Tensor:
        """Window logits from a class-score map: the mean over each window's cells."""
        return F.avg_pool2d(scores, self.feature_cells, stride=1)


#: Normalised differences the spectral branch can compute, by name: (a, b) → (a − b) / (a + b).
NORMALISED_DIFFERENCES: dict[str, tuple[str, str]] = {
    "NDVI": ("B08", "B04"),  # vegetation: red absorbed, near-infrared scattered
    "NDWI": ("B03", "B08"),  # open water (McFeeters): near-infrared absorbed
    "NDMI": ("B08", "B11"),  # moisture: short-wave infrared absorbed by water in leaves and soil
}


class NormalisedDifferences(nn.Module):
    """Per pixel, normalised differences of reflectance computed from the normalised input.

    The network is fed ``(reflectance − mean) / std``; the indices need reflectance, so the card's
    normalisation is kept as buffers. Ratios are insensitive to illumination and to a common gain,
    which is what makes them robust across seasons and processing levels. The band positions and the
    normalisation are the card's, never a weights file's (non-persistent buffers): a file cannot
    make an index read other bands than the card says.
    """

    def __init__(self, bands: Sequence[str], mean: Sequence[float], std: Sequence[float],
                 indices: Sequence[str]) -> None:
        super().__init__()
        self.names = tuple(indices)
        pairs = [NORMALISED_DIFFERENCES[name] for name in self.names]
        derived = dict(persistent=False)
        self.register_buffer("first", torch.tensor([bands.index(a) for a, _ in pairs], dtype=torch.long), **derived)
        self.register_buffer("second", torch.tensor([bands.index(b) for _, b in pairs], dtype=torch.long), **derived)
        self.register_buffer("mean", torch.tensor(mean, dtype=torch.float32).view(1, -1, 1, 1), **derived)
        self.register_buffer("std", torch.tensor(std, dtype=torch.float32).view(1, -1, 1, 1), **derived)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        reflectance = x * self.std + self.mean
        a, b = reflectance[:, self.first], reflectance[:, self.second]
        return ((a - b) / (a + b).abs().clamp(min=0.01)).clamp(-1.0, 1.0)


class SpectralSpatialFCN(LulcFCN):
    """A per-pixel spectral branch fused with the spatial trunk of :class:`LulcFCN`.

    The spectral branch (1×1 convolutions over every band and, where the bands exist, normalised
    differences computed in the network) describes each pixel's spectrum; its features join the
    bands as input of the valid-convolution trunk, so texture and spectrum are learnt together and
    everything downstream (dense evaluation, CAM/Grad-CAM, SHAP) is unchanged. A per-pixel head on
    the spectral features classifies every pixel on its own: trained on every labelled pixel, it
    is the full-resolution evidence that refines the window-scale map.
    """

    def __init__(self, in_channels: int, num_classes: int, widths: tuple[int, ...] = (32, 64, 128, 256),
                 spectral_widths: tuple[int, ...] = (32, 16), bands: Sequence[str] = (),
                 mean: Sequence[float] = (), std: Sequence[float] = (), indices: Sequence[str] = (),
                 groups: int = 1) -> None:
        spectral_out = spectral_widths[-1]
        super().__init__(in_channels + spectral_out, num_classes, tuple(widths), groups)
        self.in_channels = in_channels
        self.indices = NormalisedDifferences(bands, mean, std, indices) if indices else None
        layers: list[nn.Module] = []
        width = in_channels + len(indices)
        for out in spectral_widths:
            layers += [nn.Conv2d(width, out, kernel_size=1, bias=False), nn.BatchNorm2d(out), nn.ReLU(inplace=False)]
            width = out
        self.spectral = nn.Sequential(*layers)
        self.pixel_head = nn.Conv2d(spectral_out, num_classes, kernel_size=1)

    @classmethod
    def from_card(cls, card) -> SpectralSpatialFCN:
        args = dict(card.architecture_args)
        args = {key: tuple(value) if isinstance(value, list) else value for key, value in args.items()}
        return cls(len(card.bands), len(card.classes), bands=card.bands, mean=card.mean, std=card.std, **args)

    def spectral_features(self, x: torch.Tensor) -> torch.Tensor:
        """Per-pixel features of the spectrum (B, S, H, W)."""
        if self.indices is not None:
            x = torch.cat([x, self.indices(x)], dim=1)
        return self.spectral(x)

    def pixel_logits(self, x: torch.Tensor) -> torch.Tensor:
        """Class logits of every pixel from its spectrum alone (B, K, H, W)."""
        return self.pixel_head(self.spectral_features(x))

    def feature_map(self, x: torch.Tensor) -> torch.Tensor:
        return self.features(torch.cat([x, self.spectral_features(x)], dim=1))

    def feature_map_and_pixel_logits(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Both outputs from one spectral pass (training and refinement need both)."""
        spectral = self.spectral_features(x)
        return self.features(torch.cat([x, spectral], dim=1)), self.pixel_head(spectral)


def side_by_side(target: LulcFCN, members: Sequence[LulcFCN], weights: Sequence[float]) -> LulcFCN:
    """``target`` (built with ``groups = len(members)`` and the members' widths summed) given the members'
    weights, so that its logits are ``Σ weights[g] · logits of member g`` exactly: each member's trunk in
    its own group of channels (a member without a spectral branch reads none of the spectral features),
    the heads concatenated and weighted. At most one member may have a spectral branch: it is kept
    with its per-pixel head, and ``target`` has one exactly then."""
    spectral = [member for member in members if isinstance(member, SpectralSpatialFCN)]
    widths = {tuple(conv.out_channels for conv in member.features if isinstance(conv, nn.Conv2d)) for member in members}
    target_convs = [conv for conv in target.features if isinstance(conv, nn.Conv2d)]
    if len(weights) != len(members) or len(widths) != 1 or len(spectral) > 1 or \
            isinstance(target, SpectralSpatialFCN) != bool(spectral) or \
            [conv.out_channels for conv in target_convs] != [width * len(members) for width in next(iter(widths))] or \
            any(conv.groups != len(members) for conv in target_convs[1:]):
        raise ValueError("side by side: one weight per member, members of equal widths, at most one with a "
                         "spectral branch, and a target of their summed widths in as many groups")
    states = [member.state_dict() for member in members]
    state = target.state_dict()
    for key in state:
        if key.startswith("features."):
            parts = [member_state[key] for member_state in states]
            if parts[0].dim() == 0:  # a batch norm's batch counter
                state[key] = parts[0]
                continue
            if key == "features.0.weight":  # the trunk reads the bands, then the spectral features
                parts = [F.pad(part, (0, 0, 0, 0, 0, state[key].shape[1] - part.shape[1])) for part in parts]
            state[key] = torch.cat(parts, 0)
        elif key.startswith("classifier."):
            weighted = [weight * member_state[key] for weight, member_state in zip(weights, states)]
            state[key] = torch.cat(weighted, 1) if key.endswith("weight") else torch.stack(weighted).sum(0)
        else:  # the spectral branch and its per-pixel head
            state[key] = states[members.index(spectral[0])][key]
    target.load_state_dict(state)
    return target


ARCHITECTURES: dict[str, Callable[..., nn.Module]] = {
    "lulc_fcn": LulcFCN,
    "spectral_spatial_fcn": SpectralSpatialFCN,
}


class TrunksApart(nn.Module):
    """A grouped trunk (batch norms folded) as its trunks run one after the other, their feature maps
    concatenated once at the end: oneDNN's grouped convolutions on CPU are slower than the same work as
    plain ones (the side-by-side ensemble: 0.69 → 0.86 Mpx/s). Same outputs up to float rounding."""

    def __init__(self, features: nn.Sequential, groups: int) -> None:
        super().__init__()
        self.trunks = nn.ModuleList(nn.Sequential(*[self._share(module, g, groups) for module in features])
                                    for g in range(groups))

    @staticmethod
    def _share(module: nn.Module, g: int, groups: int) -> nn.Module:
        """Trunk ``g``'s part of ``module``: a convolution's output channels of the group (reading every input
        where it is not grouped, the trunk's own channels where it is); other layers work per channel and are
        copied."""
        if not isinstance(module, nn.Conv2d):
            return copy.deepcopy(module)
        step_out = module.out_channels // groups
        step_in = module.in_channels // module.groups
        part = nn.Conv2d(step_in, step_out, module.kernel_size, module.stride, module.padding, module.dilation,
                         bias=module.bias is not None)
        part.weight.data = module.weight.data[g * step_out : (g + 1) * step_out].clone()
        if module.bias is not None:
            part.bias.data = module.bias.data[g * step_out : (g + 1) * step_out].clone()
        return part

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.cat([trunk(x) for trunk in self.trunks], dim=1)


def for_inference(model: nn.Module, hookable: bool = False) -> nn.Module:
    """A copy of ``model`` for fast evaluation: each batch norm folded into the convolution before it by
    torch's ``fuse_conv_bn_eval`` (one pass over the activations fewer) and channels-last weights (the
    layout oneDNN's CPU convolutions run fastest in). Same outputs up to float rounding; layer names are
    kept (a folded batch norm becomes an ``Identity``), so a ReLU's output is the model's, a folded
    convolution's is not. ``hookable``: activations stay separate, non-in-place modules in their places
    (gradients and hooks: Grad-CAM); else they work in place, after the max-pooling that follows them, and a
    grouped trunk's trunks run apart (:class:`TrunksApart`; inference only). Weights never require gradients."""
    from torch.nn.utils.fusion import fuse_conv_bn_eval

    fast = copy.deepcopy(model).eval()
    for sequence in [module for module in fast.modules() if isinstance(module, nn.Sequential)]:
        for i in range(len(sequence) - 1):
            if isinstance(sequence[i], nn.Conv2d) and isinstance(sequence[i + 1], nn.BatchNorm2d):
                sequence[i] = fuse_conv_bn_eval(sequence[i], sequence[i + 1])
                sequence[i + 1] = nn.Identity()
    if not hookable:
        for sequence in [module for module in fast.modules() if isinstance(module, nn.Sequential)]:
            for i in range(len(sequence) - 1):  # max-pool first: ReLU commutes with max, on a quarter of the data
                if isinstance(sequence[i], nn.ReLU) and isinstance(sequence[i + 1], nn.MaxPool2d):
                    sequence[i], sequence[i + 1] = sequence[i + 1], sequence[i]
        groups = max(module.groups for module in fast.features if isinstance(module, nn.Conv2d))
        if groups > 1:  # trunks side by side: each on its own, end to end (layer names change: no hooks here)
            fast.features = TrunksApart(fast.features, groups)
        for module in fast.modules():
            if isinstance(module, nn.ReLU):
                module.inplace = True  # no hooks on this copy: no need to keep each activation's input
    for parameter in fast.parameters():
        parameter.requires_grad_(False)
    return fast.to(memory_format=torch.channels_last)
