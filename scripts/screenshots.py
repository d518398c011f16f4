"""`make screenshots`: the real QGIS desktop on a fresh profile under a virtual X server walks through the
first minutes of a new user (scripts/screenshot_tour.py), with the Python packages and without them (QGIS's
Python as installed), and writes docs/screenshots/*.png. Safe to run
again: the profile and working folder are made afresh, the PNGs replaced. LOCALE=de for a German QGIS."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import numpy as np
from desktop import ROOT, run_desktop
from PIL import Image

SCENE = ROOT / "demo" / "T33UUU_20170216_L1C_13band.tif"
OUT = ROOT / "docs" / "screenshots"
WORK = ROOT / "build" / "screenshots"
EXPECTED = ("toolbox.png", "classify_dialog.png", "class_map.png", "gradcam.png", "shap_dialog.png",
            "first_start.png", "installer_dialog.png")


def looks_empty(path: Path) -> bool:
    """A blank or one-colour capture (nothing painted yet)."""
    pixels = np.asarray(Image.open(path).convert("L"), dtype=float)
    return pixels.std() < 8


def main() -> int:
    shutil.rmtree(WORK, ignore_errors=True)
    (WORK / "work").mkdir(parents=True)
    OUT.mkdir(parents=True, exist_ok=True)
    scene = shutil.copy2(SCENE, WORK / "work" / SCENE.name)  # QGIS writes statistics beside what it opens
    problems, written = [], []
    for tour, with_packages in (("with_packages", True), ("without_packages", False)):
        seen = run_desktop(ROOT / "scripts" / "screenshot_tour.py", WORK / tour, locale=os.environ.get("LOCALE"),
                           with_packages=with_packages,
                           arguments={"tour": tour, "out": str(OUT), "scene": str(scene), "work": str(WORK / "work")})
        problems += seen["exceptions"] + [f"{tag}: {message}" for tag, message in seen["errors"]]
        written += seen["written"]
        print(f"{tour}: Layers panel, top to bottom: {seen.get('panel')}")
        if seen["dialogs"]:
            print(f"{tour}: dialogs filled in INPUT with: {seen['dialogs']}")
    for name in EXPECTED:
        path = OUT / name
        if name not in written or not path.exists():
            problems.append(f"{name} was not written")
        elif looks_empty(path):
            problems.append(f"{name} looks empty")
    for name in written:
        print(f"  {OUT / name}")
    if problems:
        print("Problems:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
