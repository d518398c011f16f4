"""Sentinel-2 band names: recognising them, and deciding which layer band is which."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .errors import QT_TRANSLATE_NOOP, LulcError

#: ESA's order, as in SAFE products, SNAP and GDAL's SENTINEL2 driver.
ESA_ORDER: tuple[str, ...] = (
    "B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B10", "B11", "B12",
)

#: Band order assumed from the band count alone, when neither BANDS nor descriptions say.
STANDARD_ORDERS: dict[int, tuple[str, ...]] = {
    13: ESA_ORDER,
    12: tuple(b for b in ESA_ORDER if b != "B10"),  # L2A: no cirrus band
    10: ("B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12"),  # 10 m + 20 m
    4: ("B02", "B03", "B04", "B08"),  # the 10 m bands
}

#: Where a layer's band names came from (BandMapping.source), as the log names them (translated there).
BAND_SOURCES = (QT_TRANSLATE_NOOP("engine", "parameter"), QT_TRANSLATE_NOOP("engine", "descriptions"),
                QT_TRANSLATE_NOOP("engine", "colour interpretation"), QT_TRANSLATE_NOOP("engine", "band count"))
# "B2", "b02", "S2_B8A", and GDAL's SENTINEL2 driver's "B4, central wavelength 665 nm".
# Not "Band 1": generic descriptions number layer bands, they do not name Sentinel-2 bands.
_BAND_PATTERN = re.compile(r"^\s*(?:S2_?)?B0*(8A|1[0-2]|[1-9])(?![0-9A-Z])", re.IGNORECASE)


def canonical_band_name(text: str) -> str | None:
    """``"B2"``, ``"b02"`` → ``"B02"``; ``"b8a"`` → ``"B8A"``; else ``None``."""
    match = _BAND_PATTERN.match(text or "")
    if not match:
        return None
    number = match.group(1).upper()
    return "B8A" if number == "8A" else f"B{int(number):02d}"


@dataclass(frozen=True)
class BandMapping:
    """The Sentinel-2 band name of each layer band, in layer order, and where it came from."""

    names: tuple[str, ...]
    source: str  # one of BAND_SOURCES

    def indexes_of(self, wanted: Sequence[str]) -> list[int]:
        """1-based layer band indexes of ``wanted`` bands, for rasterio's ``read``."""
        missing = [band for band in wanted if band not in self.names]
        if missing:
            raise LulcError(
                QT_TRANSLATE_NOOP("engine", "The model needs band(s) {missing}, which the layer lacks (its bands: "
                    "{present}). Choose a model that uses only these bands, or correct BANDS."),
                missing=", ".join(missing),
                present=", ".join(self.names),
            )
        return [self.names.index(band) + 1 for band in wanted]


def parse_band_list(text: str, band_count: int) -> tuple[str, ...]:
    """Parse the BANDS parameter: one Sentinel-2 band name per layer band, comma-separated."""
    items = [item.strip() for item in text.split(",") if item.strip()]
    names = []
    for item in items:
        name = canonical_band_name(item)
        if name is None:
            raise LulcError(
                QT_TRANSLATE_NOOP("engine", "BANDS: '{item}' is not a Sentinel-2 band name. Use names such as "
                    "B02, B8A or B11, one per layer band."),
                item=item,
            )
        if name in names:
            raise LulcError(
                QT_TRANSLATE_NOOP("engine", "BANDS: {band} is given twice; each band may appear once."
                ),
                band=name,
            )
        names.append(name)
    if len(names) != band_count:
        raise LulcError(
            QT_TRANSLATE_NOOP("engine", "BANDS names {given} band(s) but the layer has {count}: give one name per "
                "layer band, in the layer's order."),
            given=len(names),
            count=band_count,
        )
    return tuple(names)


#: GDAL's colour interpretations of a true-colour image, and the Sentinel-2 bands they are.
COLOUR_BANDS = {"red": "B04", "green": "B03", "blue": "B02"}


def resolve_bands(bands_text: str, descriptions: Sequence[str | None],
                  colours: Sequence[str | None] = ()) -> BandMapping:
    """Decide the band names: BANDS if given, else band descriptions, else the colour interpretation of a
    true-colour image (red, green, blue), else the band count. A layer with an alpha band is refused."""
    count = len(descriptions)
    if count < 3:
        raise LulcError(
            QT_TRANSLATE_NOOP("engine", "The layer has {count} band(s); a land-cover model needs at least the "
                "blue, green and red bands (B02, B03, B04). Load a multi-band Sentinel-2 "
                "stack or a VRT of its bands."),
            count=count,
        )
    alpha = alpha_bands(colours)
    if alpha:  # no Sentinel-2 band: read by the band count, it would take another band's place
        kept = [index for index in range(1, count + 1) if index not in alpha]
        raise LulcError(
            QT_TRANSLATE_NOOP("engine", "Band {alpha} of the layer is an alpha band: it holds transparency, not a "
                "Sentinel-2 band. Save the other bands alone (Raster ▸ Conversion ▸ Translate, or gdal_translate "
                "{keep}) and use that layer."),
            alpha=", ".join(map(str, alpha)), keep=" ".join(f"-b {index}" for index in kept),
        )
    if bands_text and bands_text.strip():
        return BandMapping(parse_band_list(bands_text, count), "parameter")
    named = [canonical_band_name(d or "") for d in descriptions]
    if all(named) and len(set(named)) == count:
        return BandMapping(tuple(named), "descriptions")  # type: ignore[arg-type]
    by_colour = [COLOUR_BANDS.get((colour or "").lower()) for colour in colours]
    if len(by_colour) == count and all(by_colour) and len(set(by_colour)) == count:
        return BandMapping(tuple(by_colour), "colour interpretation")  # type: ignore[arg-type]
    if count in STANDARD_ORDERS:
        return BandMapping(STANDARD_ORDERS[count], "band count")
    if not any(d and d.strip() for d in descriptions):
        raise LulcError(
            QT_TRANSLATE_NOOP("engine", "Cannot tell which Sentinel-2 band each of the layer's {count} bands is: they "
                "have no band descriptions and there is no standard order for {count} bands. Give them in BANDS, "
                "in the layer's order (a true-colour image is B04,B03,B02)."),
            count=count,
        )
    raise LulcError(
        QT_TRANSLATE_NOOP("engine", "Cannot tell which Sentinel-2 band each of the layer's {count} bands is: its "
            "band descriptions are not band names and there is no standard order for {count} "
            "bands. Give them in BANDS, e.g. B02,B03,B04."),
        count=count,
    )


def alpha_bands(colours: Sequence[str | None]) -> list[int]:
    """1-based indexes of the bands whose colour interpretation is alpha (transparency)."""
    return [index for index, colour in enumerate(colours, start=1) if (colour or "").lower() == "alpha"]
