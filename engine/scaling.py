"""From what the file holds to top-of-atmosphere-like reflectance (0–1), the models' unit."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

import numpy as np

from .errors import QT_TRANSLATE_NOOP, LulcError, Message

#: Processing baseline 04.00 (25 Jan 2022) adds this to every digital number, L1C and L2A.
BASELINE_04_OFFSET = 1000.0
#: Share of pixels in which B10 (cirrus, 1375 nm: the water vapour below absorbs it) must be darker than
#: both B01 (aerosol) and B09 (water vapour): 100 % of the pixels of all 469 EuroSAT MS patches, the demo
#: scene and both SEN12MS patches; bands in another order break it for ~70 % of random orders. A
#: relation between bands, so neither the +1000 offset nor the scale changes it.
CIRRUS_DARKEST_SHARE = 0.9
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


def raw_offset_and_divisor(scale: InputScale) -> tuple[float, float]:
    """(offset, divisor) with reflectance = (raw − offset) / divisor. The offset is subtracted first,
    exactly (digital numbers are integers), so data with and without the baseline-04.00 offset give the
    same reflectance to the last bit."""
    if scale is InputScale.REFLECTANCE:
        return 0.0, 1.0
    if scale is InputScale.DIGITAL_NUMBERS:
        return 0.0, QUANTIFICATION
    if scale is InputScale.DIGITAL_NUMBERS_OFFSET:
        return BASELINE_04_OFFSET, QUANTIFICATION
    raise ValueError(f"resolve {scale} with detect_scale() first")


def to_reflectance(values: np.ndarray, scale: InputScale) -> np.ndarray:
    """Convert raw pixel values (any dtype) to float32 reflectance."""
    offset, divisor = raw_offset_and_divisor(scale)
    values = values.astype(np.float32, copy=False)
    if offset:
        values = values - offset
    return values / divisor if divisor != 1 else values


@dataclass(frozen=True)
class ScaleDecision:
    scale: InputScale
    reason: str
    warnings: tuple[str, ...] = ()  # doubts about the data worth a line in the log, with the evidence


def _eight_bit_warning(dtype: str) -> tuple[str, ...]:
    if dtype != "uint8":
        return ()
    return (Message(QT_TRANSLATE_NOOP("engine", "8-bit data (uint8) cannot hold Sentinel-2 digital numbers: this "
                                                "looks like a display product (stretched true colour). The models "
                                                "expect reflectance; expect poor results, and use the 16-bit product "
                                                "where you can.")),)


def check_scale(requested: InputScale, sample: np.ndarray, band_names: tuple[str, ...], is_float: bool,
                dtype: str = "uint16") -> ScaleDecision:
    """An explicit INPUT_SCALE, refused when the values clearly contradict it and warned about when
    they only look odd; the evidence goes into the message."""
    high = float(np.percentile(sample, 99))
    warnings = list(_eight_bit_warning(dtype))
    if requested is InputScale.REFLECTANCE and high > 10:
        raise LulcError(QT_TRANSLATE_NOOP("engine", "INPUT_SCALE says reflectance (0–1), but 1 % of the values "
                                          "exceed {high:.0f}: these are digital numbers. Choose auto or digital "
                                          "numbers."), high=high)
    if requested in (InputScale.DIGITAL_NUMBERS, InputScale.DIGITAL_NUMBERS_OFFSET) and is_float and high <= 1.5:
        raise LulcError(QT_TRANSLATE_NOOP("engine", "INPUT_SCALE says digital numbers, but the values are "
                                          "floating point up to {high:.3f} (99th percentile): this is reflectance "
                                          "(0–1). Choose auto or reflectance."), high=high)
    if requested is InputScale.DIGITAL_NUMBERS_OFFSET:
        if "B10" in band_names:  # cirrus: ~0 without the offset, ~1000 with it (noise straddles 1000)
            median = float(np.median(sample[band_names.index("B10")]))
            if median < BASELINE_04_OFFSET / 2:
                raise LulcError(QT_TRANSLATE_NOOP("engine", "INPUT_SCALE says digital numbers with the +1000 "
                                                  "offset, but the cirrus band B10 has a median of {median:.0f}: "
                                                  "with the offset it sits near 1000 or above, without it near 0. "
                                                  "The data has no offset: choose auto or digital numbers."),
                                median=median)
        optical = [i for i, band in enumerate(band_names) if band != "B10"] or list(range(len(sample)))
        below = float((sample[optical] < BASELINE_04_OFFSET).mean())
        if below > 0.2:
            raise LulcError(QT_TRANSLATE_NOOP("engine", "INPUT_SCALE says digital numbers with the +1000 offset, "
                                              "but {share:.0f} % of the values are below 1000, which the offset "
                                              "makes impossible: the data has no offset. Choose auto or digital "
                                              "numbers."), share=100 * below)
        if below > 0.02:
            warnings.append(Message(QT_TRANSLATE_NOOP("engine", "{share:.1f} % of the values are below 1000, which "
                                                      "the +1000 offset should make rare: check that the product "
                                                      "really carries the offset"), share=100 * below))
    if requested is InputScale.REFLECTANCE and high > 1.5:
        warnings.append(Message(QT_TRANSLATE_NOOP("engine", "the 99th percentile of the values is {high:.2f}, above "
                                                  "reflectance's usual range (0–1.5)"), high=high))
    if requested is InputScale.DIGITAL_NUMBERS and not is_float and high < 100:
        warnings.append(Message(QT_TRANSLATE_NOOP("engine", "the 99th percentile of the values is only {high:.0f}; "
                                                  "digital numbers are usually in the hundreds to thousands"),
                                high=high))
    return ScaleDecision(requested, Message(QT_TRANSLATE_NOOP("engine", "as requested")), tuple(warnings))


def cirrus_darkest_share(sample: np.ndarray) -> float:
    """Share of the pixels of ``sample`` (B01, B09, B10 × pixels) in which B10 is darker than B01 and B09."""
    aerosol, vapour, cirrus = sample
    return float(((cirrus < aerosol) & (cirrus < vapour)).mean()) if sample.shape[1] else 1.0


def detect_scale(
    sample: np.ndarray, band_names: tuple[str, ...], is_float: bool, offset_in_metadata: bool,
    dtype: str = "uint16",
) -> ScaleDecision:
    """Decide the scale of a raster from a sample of its valid pixels (bands × pixels).

    Float data up to about 1.5 is reflectance. Digital numbers carry the baseline-04.00
    offset when the metadata says so, or when the cirrus band B10 (near 0 over almost all
    of a scene without the offset) sits above 1000. Without B10 the values cannot tell
    reliably (hazy winter scenes have no value below 1000 either), so no offset is assumed.
    """
    decision = _detect_scale(sample, band_names, is_float, offset_in_metadata)
    warnings = _eight_bit_warning(dtype)
    return ScaleDecision(decision.scale, decision.reason, warnings) if warnings else decision


def _detect_scale(sample: np.ndarray, band_names: tuple[str, ...], is_float: bool,
                  offset_in_metadata: bool) -> ScaleDecision:
    if sample.size == 0:
        return ScaleDecision(InputScale.DIGITAL_NUMBERS, Message(QT_TRANSLATE_NOOP("engine", "no valid pixel sampled")))
    high = float(np.percentile(sample, 99))
    if is_float and high <= 1.5:
        return ScaleDecision(InputScale.REFLECTANCE, Message(QT_TRANSLATE_NOOP(
            "engine", "float data, 99th percentile {high:.3f} ≤ 1.5: reflectance"), high=high))
    if offset_in_metadata:
        return ScaleDecision(InputScale.DIGITAL_NUMBERS_OFFSET,
                             Message(QT_TRANSLATE_NOOP("engine", "the metadata declares the +1000 offset")))
    if "B10" in band_names:
        cirrus_low = float(np.percentile(sample[band_names.index("B10")], 5))
        if cirrus_low >= BASELINE_04_OFFSET:
            return ScaleDecision(InputScale.DIGITAL_NUMBERS_OFFSET, Message(QT_TRANSLATE_NOOP(
                "engine", "B10 5th percentile {cirrus:.0f} ≥ 1000: digital numbers with the +1000 offset of "
                          "processing baseline ≥ 04.00"), cirrus=cirrus_low))
        return ScaleDecision(InputScale.DIGITAL_NUMBERS, Message(QT_TRANSLATE_NOOP(
            "engine", "B10 5th percentile {cirrus:.0f} < 1000: digital numbers without offset"), cirrus=cirrus_low))
    return ScaleDecision(InputScale.DIGITAL_NUMBERS, Message(QT_TRANSLATE_NOOP(
        "engine", "integer data: digital numbers without offset assumed (for products acquired from 25 Jan 2022 "
                  "on, choose the +1000 offset in INPUT_SCALE)")))
