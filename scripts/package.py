"""`make package`: an installable plugin zip (QGIS ▸ Plugins ▸ Install from ZIP).

Holds only what QGIS runs, under the folder ``explainable_lulc/``: the Python modules the plugin imports
(followed from ``__init__.py`` through every ``import``, also those inside functions), the data they read
(metadata, icon, model cards and weights, the pins the dependency installer installs) and the compiled
translations. Tests, scripts, training and evaluation code, the demo scene and the docs stay out.
"""
from __future__ import annotations

import ast
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLUGIN = "explainable_lulc"
ENTRY = "__init__.py"  # what QGIS imports (classFactory)
#: Files and folders (trailing /) of data the running plugin reads.
RUNTIME_DATA = ("metadata.txt", "README.md", "requirements.txt", "requirements-no-deps.txt", "constraints.txt",
                "icons/", "models/cards/", "models/weights/")


def _module_file(parts: list[str], tracked: set[str]) -> str | None:
    """The tracked file of the plugin module ``parts`` (relative to the plugin folder), if any."""
    for candidate in ("/".join(parts) + ".py", "/".join(parts + ["__init__.py"])):
        if candidate in tracked:
            return candidate
    return None


def imported_modules(entry: str, tracked: set[str]) -> set[str]:
    """Every plugin module reachable from ``entry`` through its imports (relative or ``explainable_lulc.…``),
    with the packages (``__init__.py``) on the way."""
    seen, todo = set(), [entry]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        package = name.split("/")[:-1]
        for position in range(1, len(package) + 1):  # importing a.b.c runs a/__init__.py and a/b/__init__.py
            init = _module_file(package[:position], tracked)
            if init:
                todo.append(init)
        for node in ast.walk(ast.parse((ROOT / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level:  # from .x import y, from ..engine.x import y
                    module = package[:len(package) - node.level + 1] + (node.module.split(".") if node.module else [])
                elif node.module and node.module.split(".")[0] == PLUGIN:
                    module = node.module.split(".")[1:]
                else:
                    continue
                targets = [module] + [module + [alias.name] for alias in node.names]
            elif isinstance(node, ast.Import):
                targets = [alias.name.split(".")[1:] for alias in node.names if alias.name.split(".")[0] == PLUGIN]
            else:
                continue
            todo += [found for found in (_module_file(target, tracked) for target in targets if target) if found]
    return seen


def tracked_files() -> set[str]:
    listed = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return {name for name in listed.split("\n") if name and (ROOT / name).exists()}


def plugin_files() -> list[str]:
    tracked = tracked_files()
    data = {name for name in tracked if not name.endswith(".py") and name.startswith(RUNTIME_DATA)}
    translations = {str(p.relative_to(ROOT)) for p in (ROOT / "i18n").glob("*.qm")}
    return sorted(imported_modules(ENTRY, tracked) | data | translations)


def main(target: str) -> None:
    out = ROOT / target
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in plugin_files():
            archive.write(ROOT / name, f"{PLUGIN}/{name}")
    print(f"{out} ({out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main(sys.argv[1])
