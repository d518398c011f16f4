"""Pixel values → reflectance, and the auto decision on real data."""
import numpy as np
import rasterio
from helpers import write_like

from explainable_lulc.engine.scaling import InputScale, detect_scale, to_reflectance
from explainable_lulc.engine.source import decide_scale, open_raster

ESA = ("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B10", "B11", "B12")


def test_the_three_scales_agree_on_the_same_reflectance():
    dn = np.array([[0, 950, 2315]], np.uint16)
    expected = dn / 10000.0
    np.testing.assert_allclose(to_reflectance(dn, InputScale.DIGITAL_NUMBERS), expected, rtol=1e-6)
    np.testing.assert_allclose(to_reflectance(dn + 1000, InputScale.DIGITAL_NUMBERS_OFFSET), expected, atol=1e-6)
    np.testing.assert_allclose(to_reflectance(expected.astype(np.float32), InputScale.REFLECTANCE), expected)


def real_sample(path):
    with rasterio.open(path) as src:
        return src.read(out_shape=(src.count, 128, 128)).reshape(src.count, -1)


def test_auto_on_real_l1c_digital_numbers(sen12ms_scene):
    decision = detect_scale(real_sample(sen12ms_scene), ESA, is_float=False, offset_in_metadata=False)
    assert decision.scale is InputScale.DIGITAL_NUMBERS


def test_auto_sees_the_baseline_offset_in_b10(sen12ms_scene):
    sample = real_sample(sen12ms_scene).astype(np.uint16) + 1000
    assert detect_scale(sample, ESA, False, False).scale is InputScale.DIGITAL_NUMBERS_OFFSET


def test_auto_recognises_float_reflectance(sen12ms_scene):
    sample = real_sample(sen12ms_scene).astype(np.float32) / 10000
    assert detect_scale(sample, ESA, True, False).scale is InputScale.REFLECTANCE


def test_auto_trusts_offset_metadata(sen12ms_scene):
    decision = detect_scale(real_sample(sen12ms_scene)[:12], ESA[:10] + ESA[11:], False, offset_in_metadata=True)
    assert decision.scale is InputScale.DIGITAL_NUMBERS_OFFSET


def test_explicit_scale_is_kept_when_the_values_fit_it(demo_scene, tmp_path):
    info = open_raster(str(demo_scene))
    assert decide_scale(info, InputScale.DIGITAL_NUMBERS, ("B02", "B03", "B04")).scale is InputScale.DIGITAL_NUMBERS
    as_reflectance = write_like(demo_scene, tmp_path / "reflectance.tif", keep_descriptions=True,
                                transform_values=lambda d: (d / 10000.0).astype(np.float32))
    info = open_raster(str(as_reflectance))
    assert decide_scale(info, InputScale.REFLECTANCE, ("B02", "B03", "B04")).scale is InputScale.REFLECTANCE


def test_auto_on_the_demo_scene(demo_scene):
    info = open_raster(str(demo_scene))
    assert decide_scale(info, InputScale.AUTO, ESA).scale is InputScale.DIGITAL_NUMBERS


def test_the_offset_is_refused_when_the_cirrus_band_says_there_is_none(sen12ms_scene):
    import pytest

    from explainable_lulc.engine.errors import LulcError
    from explainable_lulc.engine.scaling import check_scale

    info = open_raster(str(sen12ms_scene))  # 2017: no offset, yet bright enough that few values are below 1000
    with pytest.raises(LulcError) as refused:
        decide_scale(info, InputScale.DIGITAL_NUMBERS_OFFSET, ESA)
    assert "cirrus band B10 has a median of" in str(refused.value)
    with_offset = real_sample(sen12ms_scene).astype(np.uint16) + 1000
    assert check_scale(InputScale.DIGITAL_NUMBERS_OFFSET, with_offset, ESA, False).scale is \
        InputScale.DIGITAL_NUMBERS_OFFSET
    # the offset exists to carry values below 0: clear-sky cirrus noise straddles 1000 and stays accepted
    with_offset[ESA.index("B10")] = 1000 + np.random.default_rng(0).integers(-15, 15, with_offset.shape[1])
    assert check_scale(InputScale.DIGITAL_NUMBERS_OFFSET, with_offset, ESA, False).scale is \
        InputScale.DIGITAL_NUMBERS_OFFSET


#: The demo scene's bands in the order a user stacked them (gdalbuildvrt -separate of the .jp2 files as
#: listed): file indexes of EuroSAT's order B01…B12, B8A.
SHUFFLED = {"B04": 4, "B03": 3, "B02": 2, "B08": 8, "B8A": 13, "B11": 11, "B12": 12, "B05": 5, "B06": 6, "B07": 7,
            "B01": 1, "B09": 9, "B10": 10}


def test_bands_in_another_order_than_the_standard_one_are_caught(demo_scene, tmp_path):
    """13 bands without descriptions are taken in ESA's order; here the slots of B01, B09 and B10 hold B04,
    B07 and B01, and the band read as cirrus is not the darkest of the three, as B10 is almost everywhere: the
    run stops and asks for BANDS (a warning when descriptions named the bands so)."""
    import pytest

    from explainable_lulc.engine.errors import LulcError

    shuffled = write_like(demo_scene, tmp_path / "shuffled.tif", bands=list(SHUFFLED.values()))
    with pytest.raises(LulcError) as refused:
        decide_scale(open_raster(str(shuffled)), InputScale.AUTO, ESA)
    assert "BANDS" in str(refused.value) and "read as B10" in str(refused.value)
    named = write_like(demo_scene, tmp_path / "named.tif", bands=list(SHUFFLED.values()),
                       descriptions=list(ESA))  # descriptions as wrong as the standard order
    decision = decide_scale(open_raster(str(named)), InputScale.AUTO, ESA)
    assert any("check the band order" in w for w in decision.warnings)
    assert not decide_scale(open_raster(str(demo_scene)), InputScale.AUTO, ESA).warnings  # the right order: no doubt
