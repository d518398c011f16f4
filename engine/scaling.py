"""From what the file holds to top-of-atmosphere-like reflectance (0–1), the models' unit."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

import numpy as np

from .errors import QT_TRANSLATE_NOOP

#: Processing baseline 04.00 (25 Jan 2022) adds this to every digital number, L1C and L2A.
BASELINE_04_OFFSET = 1000.0
QUANTIFICATION = 10000.0


class InputScale(Enum):
    """How pixel values relate to reflectance; the order is that of the INPUT_SCALE enum."""

    AUTO = "auto"
    DIGITAL_NUMBERS = "dn"
    DIGITAL_NUMBERS_OFFSET = "dn_offset"
    REFLECTANCE = "reflectance"

    @classmethod
    def from_index(cls, index: int) -> InputScale:
        return list(cls)[index]


SCALE_LABELS = {
    InputScale.AUTO: QT_TRANSLATE_NOOP("engine", "Auto (from data type and values)"),
    InputScale.DIGITAL_NUMBERS: QT_TRANSLATE_NOOP("engine", "Digital numbers (reflectance × 10000)"),
    InputScale.DIGITAL_NUMBERS_OFFSET: QT_TRANSLATE_NOOP("engine", "Digital numbers + 1000 offset "
                                                         "(processing baseline ≥ 04.00, 2022 on)"),
    InputScale.REFLECTANCE: QT_TRANSLATE_NOOP("engine", "Reflectance (0–1)"),
}


def to_reflectance(values: np.ndarray, scale: InputScale) -> np.ndarray:
    """Convert raw pixel values (any dtype) to float32 reflectance."""
    values = values.astype(np.float32, copy=False)
    if scale is InputScale.REFLECTANCE:
        return values
    if scale is InputScale.DIGITAL_NUMBERS:
        return values / QUANTIFICATION
    if scale is InputScale.DIGITAL_NUMBERS_OFFSET:
        return (values - BASELINE_04_OFFSET) / QUANTIFICATION
    raise ValueError(f"resolve {scale} with detect_scale() first")


@dataclass(frozen=True)
class ScaleDecision:
    scale: InputScale
    reason: str


def detect_scale(
    sample: np.ndarray, band_names: tuple[str, ...], is_float: bool, offset_in_metadata: bool
) -> ScaleDecision:
    """Decide the scale of a raster from a sample of its valid pixels (bands × pixels).

    Float data up to about 1.5 is reflectance. Digital numbers carry the baseline-04.00
    offset when the metadata says so, or when the cirrus band B10 (near 0 over almost all
    of a scene without the offset) sits above 1000. Without B10 the values cannot tell
    reliably (hazy winter scenes have no value below 1000 either), so no offset is assumed.
    """
    if sample.size == 0:
        return ScaleDecision(InputScale.DIGITAL_NUMBERS, "no valid pixel sampled")
    high = float(np.percentile(sample, 99))
    if is_float and high <= 1.5:
        return ScaleDecision(
            InputScale.REFLECTANCE, f"float data, 99th percentile {high:.3f} ≤ 1.5: reflectance"
        )
    if offset_in_metadata:
        return ScaleDecision(InputScale.DIGITAL_NUMBERS_OFFSET, "the metadata declares the +1000 offset")
    if "B10" in band_names:
        cirrus_low = float(np.percentile(sample[band_names.index("B10")], 5))
        if cirrus_low >= BASELINE_04_OFFSET:
            return ScaleDecision(
                InputScale.DIGITAL_NUMBERS_OFFSET,
                f"B10 5th percentile {cirrus_low:.0f} ≥ 1000: digital numbers with the +1000 "
                "offset of processing baseline ≥ 04.00",
            )
        return ScaleDecision(
            InputScale.DIGITAL_NUMBERS,
            f"B10 5th percentile {cirrus_low:.0f} < 1000: digital numbers without offset",
        )
    return ScaleDecision(
        InputScale.DIGITAL_NUMBERS,
        "integer data: digital numbers without offset assumed (for products acquired from "
        "25 Jan 2022 on, choose the +1000 offset in INPUT_SCALE)",
    )
