"""The dense engine against the per-window reference, seams, memory bounds, nodata, cancel."""
import dataclasses
from pathlib import Path

import numpy as np
import pytest
import rasterio
import torch
from helpers import write_like
from rasterio.windows import Window

from explainable_lulc.engine import reader
from explainable_lulc.engine.classify import CLASS_NODATA, classify_raster
from explainable_lulc.engine.dense import DenseClassifier
from explainable_lulc.engine.errors import Cancelled, LulcError
from explainable_lulc.engine.monitor import Monitor
from explainable_lulc.engine.pipeline import COG_SHARE
from explainable_lulc.engine.run import RunRequest, resolve_run
from explainable_lulc.engine.scaling import InputScale, ScaleDecision
from explainable_lulc.engine.source import open_raster
from explainable_lulc.engine.tiling import TileGrid, mirror_indices
from explainable_lulc.models.registry import load_cards
from explainable_lulc.reference.per_window import per_window_logits

CARDS = load_cards()
DN = ScaleDecision(InputScale.DIGITAL_NUMBERS, "test")


@pytest.fixture(scope="module", params=sorted(CARDS))
def classifier(request):
    return DenseClassifier(CARDS[request.param])


def test_mirror_indices_match_numpy_reflect():
    for size in (5, 64):
        values = np.arange(size)
        np.testing.assert_array_equal(values[mirror_indices(-4, size + 4, size)], np.pad(values, 4, mode="reflect"))


def test_dense_map_equals_each_window_classified_alone(classifier, demo_scene):
    """Windows cut from the real scene and run alone vs the dense map at their cells."""
    info = open_raster(str(demo_scene))
    indexes = info.band_mapping.indexes_of(classifier.card.bands)
    grid = TileGrid(info.height, info.width, tile_size=256)
    tile = next(t for t in grid.tiles() if t.row == 256 and t.col == 512)  # away from the edges
    with rasterio.open(demo_scene) as src:
        raw = reader.read_tile(src, indexes, tile)
        x = classifier.prepare(raw, np.zeros(raw.shape[1:], bool), DN)
        dense = torch.log(classifier.window_probabilities(x[None])[0])  # log-softmax per cell
        cells = [(i, j) for i in range(0, dense.shape[1], 3) for j in range(0, dense.shape[2], 3)]
        r0, c0 = tile.read_rows[0], tile.read_cols[0]
        windows = []
        for i, j in cells:  # each window read from the file on its own
            window = Window(c0 + 8 * j, r0 + 8 * i, 64, 64)
            alone = src.read(indexes, window=window)
            windows.append(classifier.prepare(alone, np.zeros((64, 64), bool), DN))
    with torch.inference_mode():
        reference = torch.log_softmax(classifier.model(torch.stack(windows)), dim=1)
    dense_at_cells = torch.stack([dense[:, i, j] for i, j in cells])
    agreement = (dense_at_cells.argmax(1) == reference.argmax(1)).float().mean().item()
    assert len(cells) > 100
    assert agreement >= 0.99
    assert (dense_at_cells - reference).abs().max().item() < 1e-3


def test_per_window_reference_helper_matches_model(classifier):
    x = torch.randn(len(classifier.card.bands), 80, 80)  # synthetic input, only for this identity
    origins = [(0, 0), (8, 16), (16, 8)]
    expected = torch.cat([classifier.model(x[None, :, r:r + 64, c:c + 64]) for r, c in origins])
    torch.testing.assert_close(per_window_logits(classifier.model, x, origins), expected)


def run(path, out_dir, card="eurosat_s2_13band", tile=512, batch=2, monitor=Monitor(), bands="", confidence=True):
    resolved = resolve_run(RunRequest(str(path), bands, InputScale.DIGITAL_NUMBERS, card, "cpu", tile, batch))
    out_dir = Path(out_dir)
    report = classify_raster(resolved, str(out_dir / "classes.tif"),
                             str(out_dir / "confidence.tif") if confidence else None, monitor)
    return report, out_dir / "classes.tif", out_dir / "confidence.tif"


def test_no_seams_tile_size_does_not_change_the_result(demo_scene, tmp_path):
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    report_a, classes_a, confidence_a = run(demo_scene, tmp_path / "a", tile=128, batch=3)
    report_b, classes_b, confidence_b = run(demo_scene, tmp_path / "b", tile=384, batch=1)
    assert report_a.tiles == 72 and report_b.tiles == 8
    with rasterio.open(classes_a) as a, rasterio.open(classes_b) as b:
        np.testing.assert_array_equal(a.read(), b.read())
    with rasterio.open(confidence_a) as a, rasterio.open(confidence_b) as b:
        np.testing.assert_allclose(a.read(), b.read(), atol=1e-5)


class RecordingDataset:
    """A real rasterio dataset whose reads are recorded (to check their size)."""

    def __init__(self, dataset):
        self.dataset, self.windows = dataset, []

    def __getattr__(self, name):
        return getattr(self.dataset, name)

    def read(self, indexes, window):
        self.windows.append(window)
        return self.dataset.read(indexes, window=window)


def test_reads_are_bounded_by_the_tile_whatever_the_raster_size(demo_scene, tmp_path):
    vrt = tmp_path / "large.vrt"
    from osgeo import gdal

    gdal.Translate(str(vrt), str(demo_scene), format="VRT", width=6144, height=3072)  # a 16× larger raster
    grid = TileGrid(3072, 6144, tile_size=512)
    with rasterio.open(vrt) as src:
        recorder = RecordingDataset(src)
        for tile in list(grid.tiles())[::7]:
            assert reader.read_tile(recorder, [2, 3, 4], tile).shape == (3, grid.read_size, grid.read_size)
    assert all(w.width <= grid.read_size and w.height <= grid.read_size for w in recorder.windows)


def test_nodata_in_becomes_nodata_out(demo_scene, tmp_path):
    def blank_corner(data):
        data = data.copy()
        data[:, :100, :300] = 0  # all bands zero: nodata
        return data

    scene = write_like(demo_scene, tmp_path / "with_nodata.tif", transform_values=blank_corner,
                       descriptions=open_raster(str(demo_scene)).band_mapping.names)
    _, classes, confidence = run(scene, tmp_path)
    with rasterio.open(classes) as c, rasterio.open(confidence) as p:
        assert c.nodata == CLASS_NODATA
        cls, conf = c.read(1), p.read(1)
    assert (cls[:100, :300] == CLASS_NODATA).all() and (conf[:100, :300] == -1).all()
    assert (cls[100:] < 10).all() and (conf[100:] > 0).all()


def test_all_nodata_is_an_error_and_leaves_nothing(demo_scene, tmp_path):
    scene = write_like(demo_scene, tmp_path / "empty.tif", transform_values=lambda d: d * 0,
                       crop=(256, 128), descriptions=open_raster(str(demo_scene)).band_mapping.names)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(LulcError, match="no valid pixel in an even sample"):  # refused before any tile is read
        run(scene, out)
    # the tile loop's own check, for what a sample could miss: a run resolved on real data, pointed at the empty file
    resolved = resolve_run(RunRequest(str(demo_scene), model="eurosat_s2_13band", device="cpu"))
    resolved = dataclasses.replace(resolved, info=open_raster(str(scene)))
    with pytest.raises(LulcError, match="Every pixel of the input is nodata"):
        classify_raster(resolved, str(out / "classes.tif"), str(out / "confidence.tif"))
    assert list(out.iterdir()) == []


class CancelAfterFirstBatch(Monitor):
    def __init__(self):
        self.batches = 0

    def progress(self, fraction):
        self.batches += 1

    def cancelled(self):
        return self.batches >= 1


def test_cancel_stops_within_a_batch_and_leaves_nothing(demo_scene, tmp_path):
    monitor = CancelAfterFirstBatch()
    with pytest.raises(Cancelled):
        run(demo_scene, tmp_path, tile=256, batch=2, monitor=monitor)
    assert monitor.batches == 1
    assert list(tmp_path.iterdir()) == []


class Recording(Monitor):
    """Records progress; cancels once it passes ``cancel_above``."""

    def __init__(self, cancel_above: float = 2.0):
        self.fractions, self.cancel_above = [], cancel_above

    def progress(self, fraction):
        self.fractions.append(fraction)

    def cancelled(self):
        return bool(self.fractions) and self.fractions[-1] > self.cancel_above


def test_progress_goes_on_while_the_outputs_become_cogs(demo_scene, tmp_path):
    monitor = Recording()
    report, _, _ = run(demo_scene, tmp_path, tile=512, batch=1, monitor=monitor)
    tiles_done = 1.0 - COG_SHARE
    assert monitor.fractions == sorted(monitor.fractions), "progress went backwards"
    assert monitor.fractions[report.tiles - 1] == pytest.approx(tiles_done)
    assert monitor.fractions[-1] == pytest.approx(1.0)
    assert any(tiles_done < f < 1.0 for f in monitor.fractions), "no progress reported while writing COGs"


def test_cancel_while_the_outputs_become_cogs_leaves_nothing(demo_scene, tmp_path):
    monitor = Recording(cancel_above=1.0 - COG_SHARE + 1e-6)
    with pytest.raises(Cancelled):
        run(demo_scene, tmp_path, tile=512, batch=1, monitor=monitor)
    assert max(monitor.fractions) > 1.0 - COG_SHARE, "cancelled before the COG rewrite began"
    assert list(tmp_path.iterdir()) == []


def test_unwritable_output_is_explained(demo_scene, tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    with pytest.raises(LulcError, match="Cannot write"):
        run(demo_scene, blocker / "sub", confidence=False)


def test_too_small_raster_is_explained(demo_scene, tmp_path):
    small = write_like(demo_scene, tmp_path / "small.tif", crop=(63, 200))
    with pytest.raises(LulcError, match="63×200 pixels"):
        open_raster(str(small))
