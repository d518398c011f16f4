"""A raster's work cut into blocks of tiles that can be computed anywhere: in this process, or as tasks
on the workers of a cluster (``scripts/lulc_batch.py`` runs them on Dask).

A :class:`Job` says what a run computes (classification, or one explanation method) the way the
algorithms compute it: the same tile grid, output specs and per-batch computation. A block is a run of
consecutive tiles; :func:`compute_block` computes one with :func:`engine.pipeline.computed_tiles` (the
tile loop every algorithm uses), so each tile's pixels are those a Processing run writes, whichever
worker computed them and in whatever order they arrive. The writer (:func:`engine.pipeline.write_tiles`)
stays with the caller, who owns the files.

Everything here pickles small: a job and a resolved run carry names and numbers, never a loaded model;
each worker process loads a model once (:data:`WORKER_MODELS`) and keeps it for the blocks that follow.
"""
from __future__ import annotations

import dataclasses
import os
import threading
from contextlib import closing, nullcontext
from dataclasses import dataclass, field
from typing import Sequence

import rasterio

from .classify import ClassifyTiles, class_grid, classification_specs
from .pipeline import Compute, TileResult, computed_tiles
from .run import ResolvedRun, forget_other_versions
from .tiling import Tile, TileGrid
from .writer import OutputSpec

#: Loaded models of this process by (card version, device), and explainers by job: kept between blocks.
WORKER_MODELS: dict = {}
WORKER_EXPLAINERS: dict = {}
#: One block at a time per process: a worker with several threads shares its models, and Grad-CAM
#: hooks into them (its cores go to torch's own threads instead).
MODEL_LOCK = threading.Lock()


class Job:
    """What a run computes: its tile grid, its outputs and its per-batch computation."""

    def tiled(self, run: ResolvedRun) -> ResolvedRun:
        """``run`` with tiles the job can use (explanations may need whole 64-px patches)."""
        return run

    def grid(self, run: ResolvedRun) -> TileGrid:
        raise NotImplementedError

    def specs(self, run: ResolvedRun, path: str, masked: bool) -> list[OutputSpec]:
        raise NotImplementedError

    def compute(self, run: ResolvedRun) -> Compute:
        raise NotImplementedError

    def memory_profile(self, batch_size: int) -> tuple[int | None, bool]:
        """(images per model pass when more than the batch, whether gradients are kept), as the
        algorithm's: for RunRequest's memory check."""
        return None, False


@dataclass(frozen=True)
class ClassifyJob(Job):
    """classify_lulc: the class raster (with Cloud and Cloud shadow when clouds are masked)."""

    refine: bool = True

    def grid(self, run: ResolvedRun) -> TileGrid:
        return class_grid(run)

    def specs(self, run: ResolvedRun, path: str, masked: bool) -> list[OutputSpec]:
        return classification_specs(run, path, masked=masked)

    def compute(self, run: ResolvedRun) -> Compute:
        return ClassifyTiles(run, refine=self.refine)


@dataclass(frozen=True)
class ExplainJob(Job):
    """An explanation method of the catalogue (e.g. Grad-CAM, SHAP of band groups) for ``target``."""

    family: str  # catalogue.FAMILIES key
    method: str  # the method's id in its family
    target: str = "predicted"
    options: dict = field(default_factory=dict)  # the method's own (layer, background, budget, segments…)

    def explainer(self, run: ResolvedRun):
        from .explanations.catalogue import FAMILIES
        from .explanations.runner import make_explainer

        key = (run.card.version(), run.device, self.family, self.method, tuple(sorted(self.options.items())))
        if key not in WORKER_EXPLAINERS:
            forget_other_versions(WORKER_EXPLAINERS, key[0])
            method = FAMILIES[self.family].method(self.method)
            WORKER_EXPLAINERS[key] = make_explainer(method, run.classifier, **self.options)
        return WORKER_EXPLAINERS[key]

    def memory_profile(self, batch_size: int) -> tuple[int | None, bool]:
        from .explanations.catalogue import FAMILIES

        family = FAMILIES[self.family]
        return family.memory_profile(family.method(self.method), batch_size, self.options.get("layer", ""))

    def target_index(self, run: ResolvedRun) -> int | None:
        from .explanations.runner import resolve_target

        return resolve_target(self.target, run.card.class_names)

    def tiled(self, run: ResolvedRun) -> ResolvedRun:
        return run.tiled_for(self.explainer(run).tile_multiple)

    def grid(self, run: ResolvedRun) -> TileGrid:
        from .explanations.runner import explanation_grid

        return explanation_grid(run, self.explainer(run))

    def specs(self, run: ResolvedRun, path: str, masked: bool) -> list[OutputSpec]:
        return [self.explainer(run).output_spec(path, self.target_index(run))]

    def compute(self, run: ResolvedRun) -> Compute:
        from .explanations.runner import ExplainTiles

        return ExplainTiles(run, self.explainer(run), self.target_index(run))


def blocks(tiles: Sequence[Tile], tiles_per_block: int) -> list[tuple[Tile, ...]]:
    """Consecutive runs of ``tiles_per_block`` tiles (a multiple of the batch size keeps batches whole)."""
    return [tuple(tiles[start : start + tiles_per_block]) for start in range(0, len(tiles), tiles_per_block)]


def on_this_worker(run: ResolvedRun) -> ResolvedRun:
    """``run`` sharing this process's loaded models."""
    return dataclasses.replace(run, classifiers=WORKER_MODELS)


def shippable(run: ResolvedRun) -> ResolvedRun:
    """``run`` without loaded models, to send to another process."""
    return dataclasses.replace(run, classifiers={})


def compute_block(job: Job, run: ResolvedRun, tiles: Sequence[Tile], pixel_mask: str | None = None
                  ) -> list[TileResult]:
    """The results of ``tiles`` of ``run``, as the tile loop of the algorithms computes them (only the
    written arrays travel back)."""
    threads = os.environ.get("OMP_NUM_THREADS", "")
    if threads.isdigit() and int(threads) > 0:  # a worker's share of the cores (set after torch was imported)
        import torch

        torch.set_num_threads(int(threads))
    with MODEL_LOCK:
        return _compute_block(job, on_this_worker(run), tiles, pixel_mask)


def _compute_block(job: Job, run: ResolvedRun, tiles: Sequence[Tile], pixel_mask: str | None) -> list[TileResult]:
    specs = job.specs(run, "", masked=pixel_mask is not None)
    with rasterio.open(run.info.path) as source, \
            (rasterio.open(pixel_mask) if pixel_mask else nullcontext()) as mask_source:
        with closing(computed_tiles(run.info, run.indexes, tiles, specs, job.compute(run), run.settings.batch_size,
                                    source, mask_source)) as results:  # its reading thread and heap setting end here
            return [dataclasses.replace(result, cropped=None) for result in results]
