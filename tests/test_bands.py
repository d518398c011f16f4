"""Band naming: BANDS, band descriptions, and the standard orders by band count."""
import pytest

from explainable_lulc.engine.bands import ESA_ORDER, STANDARD_ORDERS, BandMapping, canonical_band_name, resolve_bands
from explainable_lulc.engine.errors import LulcError


@pytest.mark.parametrize(
    "text, expected",
    [("B2", "B02"), ("b02", "B02"), ("B8A", "B8A"), ("b8a", "B8A"), ("S2_B11", "B11"), ("B1", "B01"),
     ("B4, central wavelength 665 nm", "B04"), ("Band 1", None), ("B13", None), ("B8B", None), ("", None)],
)
def test_canonical_band_name(text, expected):
    assert canonical_band_name(text) == expected


def test_bands_parameter_wins_over_descriptions():
    mapping = resolve_bands("b4, b3 ,B2", ["B02", "B03", "B04"])
    assert mapping.names == ("B04", "B03", "B02") and mapping.source == "parameter"


def test_descriptions_name_the_bands():
    eurosat_order = [*ESA_ORDER[:8], *ESA_ORDER[9:], "B8A"]
    mapping = resolve_bands("", eurosat_order)
    assert mapping.names == tuple(eurosat_order) and mapping.source == "descriptions"


@pytest.mark.parametrize("count", sorted(STANDARD_ORDERS))
def test_band_count_gives_esa_standard_order(count):
    mapping = resolve_bands("", [None] * count)
    assert mapping.names == STANDARD_ORDERS[count] and mapping.source == "band count"
    assert list(mapping.names) == sorted(mapping.names, key=ESA_ORDER.index)


def test_indexes_follow_the_layer_order():
    mapping = resolve_bands("B08,B04,B03,B02", [None] * 4)
    assert mapping.indexes_of(("B02", "B03", "B04")) == [4, 3, 2]


@pytest.mark.parametrize(
    "bands, count, words",
    [("B02,B03,B99", 3, "'B99' is not a Sentinel-2 band"), ("B02,B02,B03", 3, "B02 is given twice"),
     ("B02,B03", 3, "names 2 band(s) but the layer has 3"), ("", 1, "has 1 band(s)"), ("", 2, "has 2 band(s)"),
     ("", 5, "Give them in BANDS")],
)
def test_bad_band_input_is_explained(bands, count, words):
    with pytest.raises(LulcError, match=".*") as error:
        resolve_bands(bands, [None] * count)
    assert words in str(error.value)


def test_missing_band_names_what_is_missing():
    mapping = resolve_bands("", [None] * 4)
    with pytest.raises(LulcError) as error:
        mapping.indexes_of(ESA_ORDER)
    assert "B01" in str(error.value) and "B08" not in str(error.value).split("lacks")[0]


def test_a_true_colour_image_is_read_by_its_colour_interpretation(demo_scene, tmp_path):
    """A real true-colour export (red, green, blue; no descriptions) needs no BANDS; without colours or
    descriptions the message says so and gives the true-colour order."""
    import numpy as np
    import rasterio

    from explainable_lulc.engine.source import open_raster

    assert resolve_bands("", [None] * 3, ["Red", "Green", "Blue"]) == BandMapping(("B04", "B03", "B02"),
                                                                                  "colour interpretation")
    true_colour = tmp_path / "true_colour.tif"
    with rasterio.open(demo_scene) as src:
        data = np.clip(src.read([4, 3, 2]) / 10.9, 0, 255).astype(np.uint8)  # as EuroSAT's JPEGs scale them
        profile = src.profile | dict(count=3, dtype="uint8", photometric="RGB")
    with rasterio.open(true_colour, "w", **profile) as dst:
        dst.write(data)
    assert open_raster(str(true_colour)).band_mapping.names == ("B04", "B03", "B02")
    with_alpha = tmp_path / "true_colour_alpha.tif"  # an RGBA export: the alpha band is no B08
    with rasterio.open(with_alpha, "w", **(profile | dict(count=4, alpha="YES"))) as dst:
        dst.write(np.concatenate([data, np.full_like(data[:1], 255)]))
    with pytest.raises(LulcError) as error:
        open_raster(str(with_alpha))
    assert "Band 4 of the layer is an alpha band" in str(error.value) and "gdal_translate -b 1 -b 2 -b 3)" in \
        str(error.value)


@pytest.mark.parametrize("colours, alpha, keep", [
    (["Alpha", "Red", "Green", "Blue"], "1", "-b 2 -b 3 -b 4"),
    (["Gray", "Undefined", "Undefined", "Alpha"], "4", "-b 1 -b 2 -b 3"),
    (["Undefined"] * 12 + ["Alpha"], "13", " ".join(f"-b {i}" for i in range(1, 13))),  # gdalwarp -dstalpha
])
def test_a_layer_with_an_alpha_band_is_refused_with_the_bands_to_keep(colours, alpha, keep):
    """Read by the band count, the alpha band would take a band's place (4 bands: B08; 13: B12, the real
    B11 read as B10), whatever the descriptions or BANDS say."""
    names = [f"B{i:02d}" for i in range(1, len(colours))] + [""] if len(colours) == 13 else [None] * len(colours)
    for bands_text in ("", ",".join(f"B{i:02d}" for i in range(2, 2 + len(colours)))):
        with pytest.raises(LulcError) as error:
            resolve_bands(bands_text, names, colours)
        assert f"Band {alpha} of the layer is an alpha band" in str(error.value)
        assert f"gdal_translate {keep})" in str(error.value)
    with pytest.raises(LulcError) as error:
        resolve_bands("", [None] * 3)
    assert "no band descriptions" in str(error.value) and "B04,B03,B02" in str(error.value)
