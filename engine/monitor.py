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

    def warning(self, message: str) -> None:
        """A line for the log that the user should not miss."""
        self.info(message)

    def check_cancelled(self) -> None:
        if self.cancelled():
            raise Cancelled()


class PrintMonitor(Monitor):
    """For scripts: log lines to stdout."""

    def info(self, message: str) -> None:
        print(message, flush=True)


class PartMonitor(Monitor):
    """One stage of a longer run: its progress 0–1 maps to ``start``…``start + span`` of the whole."""

    def __init__(self, whole: Monitor, start: float, span: float) -> None:
        self.whole, self.start, self.span = whole, start, span

    def progress(self, fraction: float) -> None:
        self.whole.progress(self.start + self.span * min(max(fraction, 0.0), 1.0))

    def cancelled(self) -> bool:
        return self.whole.cancelled()

    def info(self, message: str) -> None:
        self.whole.info(message)

    def warning(self, message: str) -> None:
        self.whole.warning(message)
