"""`make package`: an installable plugin zip (QGIS ▸ Plugins ▸ Install from ZIP).

Holds the files git tracks, under the folder ``explainable_lulc/``, plus the compiled
translations; leaves out what only developers need: tests, the reference implementations
(``reference/``), training and evaluation code (``training/``), scripts, figures, build and lint
configuration, translation sources.
"""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLUGIN = "explainable_lulc"
LEAVE_OUT = ("tests/", "reference/", "training/", "scripts/", "docs/", ".ci/", ".gitignore", "ruff.toml", "pytest.ini",
             "Makefile", "requirements.txt", "constraints.txt")


def plugin_files() -> list[str]:
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    files = [f for f in tracked.split("\n") if f and not f.startswith(LEAVE_OUT) and not f.endswith(".ts")]
    return files + [str(p.relative_to(ROOT)) for p in sorted((ROOT / "i18n").glob("*.qm"))]


def main(target: str) -> None:
    out = ROOT / target
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in plugin_files():
            archive.write(ROOT / name, f"{PLUGIN}/{name}")
    print(f"{out} ({out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main(sys.argv[1])
