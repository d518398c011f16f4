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
        """A warning for the log."""

    def check_cancelled(self) -> None:
        if self.cancelled():
            raise Cancelled()


class PrintMonitor(Monitor):
    """For scripts: log lines to stdout."""

    def info(self, message: str) -> None:
        print(message, flush=True)


class PhaseMonitor(Monitor):
    """One phase of a longer run: progress 0–1 of the phase maps to ``start``–``end`` of the whole."""

    def __init__(self, whole: Monitor, start: float, end: float) -> None:
        self.whole, self.start, self.end = whole, start, end

    def progress(self, fraction: float) -> None:
        self.whole.progress(self.start + fraction * (self.end - self.start))

    def cancelled(self) -> bool:
        return self.whole.cancelled()

    def info(self, message: str) -> None:
        self.whole.info(message)

    def warning(self, message: str) -> None:
        self.whole.warning(message)
