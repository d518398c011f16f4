"""How a long run reports progress and learns it was cancelled, without knowing QGIS."""
from __future__ import annotations

from .errors import Cancelled


class Monitor:
    """Silent by default; the QGIS side adapts ``QgsProcessingFeedback`` to this."""

    def progress(self, fraction: float) -> None:
        """Called after each batch of tiles with the fraction done (0–1)."""

    def cancelled(self) -> bool:
        return False

    def info(self, message: str) -> None:
        """A line for the log."""

    def check_cancelled(self) -> None:
        if self.cancelled():
            raise Cancelled()


class PrintMonitor(Monitor):
    """For scripts: log lines to stdout."""

    def info(self, message: str) -> None:
        print(message, flush=True)
