"""The plugin zip and metadata.txt, as the QGIS plugin repository checks them; the zip holds what QGIS runs."""
import ast
import configparser
import sys
import zipfile
from pathlib import PurePosixPath

from conftest import REPO

REQUIRED = ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email", "repository")


def read_metadata(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(text)
    return parser["general"]


def test_metadata_has_every_required_field():
    metadata = read_metadata((REPO / "metadata.txt").read_text(encoding="utf-8"))
    for field in REQUIRED:
        assert metadata.get(field, "").strip(), field
    assert metadata["qgisMinimumVersion"] == "3.22"
    assert metadata["hasProcessingProvider"] == "yes"
    assert (REPO / metadata["icon"]).exists()


def build_zip(tmp_path) -> list[str]:
    sys.path.insert(0, str(REPO / "scripts"))
    import package

    target = tmp_path / "plugin.zip"
    package.main(str(target))
    with zipfile.ZipFile(target) as archive:
        return archive.namelist()


def runtime_modules() -> set[str]:
    """The plugin's Python files QGIS can import: those reachable by import from ``classFactory`` (the root
    ``__init__.py``), following the package's relative and absolute imports at any depth, lazy ones inside
    functions included."""
    def file_of(parts: tuple[str, ...]):
        module, package = REPO.joinpath(*parts).with_suffix(".py"), REPO.joinpath(*parts, "__init__.py")
        return module if parts and module.is_file() else package if package.is_file() else None

    reached: set[str] = set()
    todo = [()]
    while todo:
        parts = todo.pop()
        path = file_of(parts)
        if path is None or str(path.relative_to(REPO)) in reached:
            continue
        reached.add(str(path.relative_to(REPO)))
        package = parts if path.name == "__init__.py" else parts[:-1]
        for parents in ((), *(parts[:i] for i in range(1, len(parts)))):  # a module's packages run first
            todo.append(parents)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package[:len(package) - node.level + 1]
                elif (node.module or "").split(".")[0] == "explainable_lulc":
                    base = ()
                    node.module = node.module.partition("explainable_lulc")[2].lstrip(".")
                else:
                    continue
                target = base + tuple(filter(None, (node.module or "").split(".")))
                todo.append(target)
                todo.extend(target + (alias.name,) for alias in node.names)  # ``from . import module``
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.split(".")[0] == "explainable_lulc":
                        todo.append(tuple(alias.name.split(".")[1:]))
    return reached


def test_zip_holds_only_what_qgis_runs(tmp_path):
    names = [PurePosixPath(n).relative_to("explainable_lulc").as_posix() for n in build_zip(tmp_path)]
    python = {n for n in names if n.endswith(".py")}
    assert python == runtime_modules()  # every module QGIS can reach, and nothing else
    assert not any(n.startswith(("training/", "scripts/", "tests/", "docs/", ".ci/")) for n in names)
    others = sorted(n for n in names if not n.endswith(".py"))
    allowed = ("metadata.txt", "README.md", "icons/", "i18n/", "models/cards/", "models/weights/", "demo/")
    assert all(n.startswith(allowed) for n in others), [n for n in others if not n.startswith(allowed)]
    assert not any(n.endswith(".ts") for n in others)  # translation sources; the compiled .qm ship


def test_zip_installs_as_explainable_lulc(tmp_path):
    target = tmp_path / "plugin.zip"
    build_zip(tmp_path)
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        assert all(name.startswith("explainable_lulc/") for name in names)
        for needed in ("metadata.txt", "__init__.py", "processing_provider/provider.py",
                       "models/cards/eurosat_s2_13band.json", "models/weights/eurosat_s2_13band.pt",
                       "demo/T33UUU_20170216_L1C_13band.tif"):
            assert f"explainable_lulc/{needed}" in names, needed
        assert not any(name.startswith("explainable_lulc/tests/") for name in names)
        metadata = read_metadata(archive.read("explainable_lulc/metadata.txt").decode("utf-8"))
    assert metadata["name"] == "Explainable LULC"
