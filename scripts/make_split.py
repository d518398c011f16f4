"""Write the fixed, stratified, leak-free EuroSAT evaluation split (run once; committed).

20 % of the MS patches of each class, plus 20 % of each class of the RGB-only patches.
Ids are shared by a patch's MS GeoTIFF and RGB JPEG, so no patch is on both sides.
"""
from __future__ import annotations

import sys
import tarfile
from pathlib import Path

from headless import ROOT, plugin_parent

sys.path.insert(0, str(plugin_parent()))
from explainable_lulc.training import eurosat  # noqa: E402

data = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
ms_ids = eurosat.list_patches(data / "eurosat_ms" / "EuroSAT_MS", ".tif")
with tarfile.open(data / "eurosat_rgb" / "EuroSAT_RGB.tar.gz") as archive:
    rgb_ids = sorted(Path(n).stem for n in archive.getnames() if n.endswith(".jpg"))
rgb_only = sorted(set(rgb_ids) - set(ms_ids))
chosen = eurosat.stratified_sample(ms_ids, 0.2, seed=2024) | eurosat.stratified_sample(rgb_only, 0.2, seed=2025)
out = ROOT / "training" / "splits" / "eurosat_eval.txt"
out.write_text(
    "# EuroSAT evaluation split: patch ids never used in training (see scripts/make_split.py)\n"
    + "\n".join(sorted(chosen)) + "\n"
)
print(f"{len(chosen)} evaluation ids ({len(set(chosen) & set(ms_ids))} with MS GeoTIFFs) -> {out}")
