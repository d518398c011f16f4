"""*Install dependencies…*: what is missing, where it will go, which PyTorch build; then the install runs
as a QGIS task (progress and cancel in the status bar, log in the Log Messages panel)."""
from __future__ import annotations

import html

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout

from ..processing_provider.dependencies import (
    EXPLAIN_EXTRAS,
    REQUIRED,
    missing_packages,
    rasterio_advice,
    rasterio_bundled_gdal,
)
from .dependency_installer import (
    LOG_TAG,
    TORCH_BUILDS,
    InstallPlan,
    InstallTask,
    find_python,
    pip_problem,
    private_packages_dir,
    runtime_requirements,
    tr,
    unresolved_requirements,
)


def missing_python_packages() -> list[str]:
    """What the algorithms lack that the installer can install (everything but rasterio)."""
    return [name for name in missing_packages({**REQUIRED, **EXPLAIN_EXTRAS}) if name != "rasterio"]


def rasterio_status() -> str | None:
    """What is wrong with rasterio, with the platform's fix; None when it is usable."""
    bundled = rasterio_bundled_gdal()
    if "rasterio" in missing_packages():
        problem = tr("rasterio is missing.")
    elif bundled:
        problem = tr("The installed rasterio carries its own GDAL ({folder}); two GDALs in one process crash QGIS. "
                     "Remove it (python -m pip uninstall rasterio).").format(folder=bundled)
    else:
        return None
    return problem + " " + tr("It is not installed from PyPI, whose rasterio brings a GDAL of its own. ") + \
        rasterio_advice()


class DependencyDialog(QDialog):
    """Explains what the plugin needs, and starts :class:`InstallTask` when the user agrees."""

    def __init__(self, iface, parent=None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.task: InstallTask | None = None
        self.python = find_python()
        self.setWindowTitle(tr("Explainable LULC: install Python packages"))
        layout = QVBoxLayout(self)
        self.text = QLabel(self.describe())
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(True)
        layout.addWidget(self.text)
        self.build = QComboBox()
        for key, build in TORCH_BUILDS.items():
            self.build.addItem(tr(build.label), key)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("PyTorch build:")))
        row.addWidget(self.build, 1)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.install_button = self.buttons.addButton(tr("Install"), QDialogButtonBox.AcceptRole)
        self.install_button.setEnabled(self.python is not None and pip_problem(self.python) is None)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self.adjustSize()

    def describe(self) -> str:
        missing = missing_python_packages()
        parts = []
        if missing:
            parts.append(tr("The algorithms need these Python packages, which QGIS's Python lacks: <b>{names}</b>.")
                         .format(names=html.escape(", ".join(missing))))
        else:
            parts.append(tr("Every Python package the algorithms need can be imported. Installing again puts the "
                            "pinned versions into the plugin's own folder."))
        if self.python is None:
            parts.append(tr("QGIS's Python interpreter was not found, so nothing can be installed here. See the "
                            "README, section 'Installing the Python dependencies'."))
        else:
            problem = pip_problem(self.python)
            if problem:
                parts.append(html.escape(problem))
            parts.append(tr("<b>Install</b> runs <code>{python} -m pip</code> to put the pinned versions of {pins} "
                            "into <code>{folder}</code>: a folder of your QGIS profile that only this plugin "
                            "uses; QGIS's own Python stays untouched. Progress and <i>Cancel</i> are in QGIS's "
                            "status bar, pip's messages in the Log Messages panel (tab {tag}).").format(
                python=html.escape(self.python), folder=html.escape(str(private_packages_dir())),
                pins=html.escape(", ".join(runtime_requirements() + unresolved_requirements())), tag=LOG_TAG))
        status = rasterio_status()
        if status:
            parts.append("<b>rasterio</b>: " + html.escape(status))
        return "".join(f"<p>{part}</p>" for part in parts)

    def start(self) -> None:
        plan = InstallPlan(self.python, runtime_requirements(), private_packages_dir(),
                           torch_build=self.build.currentData(), without_dependencies=unresolved_requirements())
        self.task = InstallTask(plan, done=self.report)
        QgsApplication.taskManager().addTask(self.task)
        self.iface.messageBar().pushMessage(
            tr("Explainable LULC"), tr("Installing Python packages in the background (progress and Cancel in "
                                       "the status bar)."), Qgis.Info, 10)
        self.accept()

    def report(self, task: InstallTask) -> None:
        bar = self.iface.messageBar()
        if task.error:
            bar.pushMessage(tr("Explainable LULC"), tr("{error} QGIS's own Python was not changed. pip's messages "
                                                       "are in the Log Messages panel (tab {tag}).").format(
                error=task.error, tag=LOG_TAG), Qgis.Critical, 0)
            return
        still = missing_python_packages()
        if task.shadowed or still:
            text = tr("Installed into {folder}. Restart QGIS to use them.").format(folder=task.installed)
        else:
            text = tr("Installed into {folder}. The algorithms are ready.").format(folder=task.installed)
        status = rasterio_status()
        bar.pushMessage(tr("Explainable LULC"), text + (" " + status if status else ""),
                        Qgis.Warning if status else Qgis.Success, 0)
