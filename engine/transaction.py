"""Outputs written all-or-nothing, without ever touching the user's other files.

A run declares every file it will produce (rasters, previews, reports) before computing. The
:class:`OutputTransaction` then

- refuses outputs that name the input, each other, a directory, or a format we do not write,
  naming both parameters involved;
- takes a lock per output, so a second run on the same output fails at once with a clear message
  instead of mixing its tiles into the first run's file;
- creates each temporary file exclusively beside its final file (``mkstemp``: ``O_EXCL``, so a
  planted symbolic link is never followed), named ``.<final name>.<random>.partial`` so that a user
  recognises it, which also proves the folder writable before any computing starts;
- on success moves every temporary into place together (``os.replace``, atomic per file); on
  error or cancel deletes them all;
- removes temporaries that an earlier run left behind when it was killed (they are ours when their
  name has our pattern and nobody holds their output's lock).

Style sidecars (``.qml``) are named as QGIS looks for them (``<stem>.qml``) unless that name is
shared with another raster of the folder (``scene.tif`` beside ``scene.tiff``) or holds a style
the user wrote; then ``<file name>.qml``. A style file is only ever replaced when an earlier run of
ours wrote it for this very raster.
"""
from __future__ import annotations

import os
import re
import signal
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Mapping

from .errors import QT_TRANSLATE_NOOP, LulcError, Terminated

PARTIAL_PATTERN = re.compile(r"^\.(?P<final>.+)\.(?P<token>[A-Za-z0-9_]{8})\.partial(?P<suffix>(\.[A-Za-z]+)*)$")
RASTER_EXTENSIONS = (".tif", ".tiff")
#: Written into the styles we save, so a later run can tell its own sidecar from a user's.
STYLE_MARKER = "explainable_lulc/styled_file"
SIDE_FILES = (".aux.xml",)  # GDAL's side file of a raster: category names, attribute table, statistics


def _resolved(path: str | os.PathLike) -> Path:
    return Path(os.path.abspath(os.fspath(path))).resolve()


def _same_file(a: Path, b: Path) -> bool:
    if a == b:
        return True
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


class OutputLock:
    """An exclusive lock on one output, held for the run; a lock file ``.<name>.lock`` beside it."""

    def __init__(self, final: Path) -> None:
        self.path = final.with_name(f".{final.name}.lock")
        self.descriptor: int | None = None

    def acquire(self) -> bool:
        """Take the lock without waiting; False when another run holds it."""
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        while True:
            descriptor = os.open(self.path, flags, 0o600)
            if not _try_lock(descriptor):
                os.close(descriptor)
                return False
            try:  # the file may have been unlinked by its previous holder between open and lock
                if os.fstat(descriptor).st_ino == os.stat(self.path, follow_symlinks=False).st_ino:
                    self.descriptor = descriptor
                    return True
            except FileNotFoundError:
                pass
            os.close(descriptor)

    def release(self) -> None:
        if self.descriptor is None:
            return
        try:
            os.unlink(self.path)  # while still holding it: a newcomer then creates a fresh file
        except OSError:
            pass
        os.close(self.descriptor)  # closing releases the lock
        self.descriptor = None


def _try_lock(descriptor: int) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _exclusive_temporary(final: Path) -> Path:
    descriptor, name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".partial", dir=final.parent)
    try:
        os.fchmod(descriptor, 0o666 & ~_umask())  # mkstemp's 0600 would make the output private
    except (AttributeError, OSError):  # Windows
        pass
    os.close(descriptor)
    return Path(name)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def exclusive_companion(temporary: Path, suffix: str) -> Path:
    """``<temporary><suffix>``, created exclusively (never through an existing file or link)."""
    path = Path(f"{temporary}{suffix}")
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644))
    return path


def style_sidecar(final: Path) -> Path:
    """Where the style of raster ``final`` goes: ``<stem>.qml`` (QGIS loads it with the raster) when
    that name belongs to this raster alone, else ``<file name>.qml``."""
    usual = final.with_suffix(".qml")
    others = [p for p in final.parent.glob(f"{_glob_escape(final.stem)}.*")
              if p.suffix.lower() in (*RASTER_EXTENSIONS, ".vrt", ".jp2", ".img") and p.name != final.name]
    if others or (usual.exists() and not is_our_style(usual, final)):
        return final.with_name(f"{final.name}.qml")
    return usual


def _glob_escape(text: str) -> str:
    return re.sub(r"([*?\[\]])", r"[\1]", text)


def is_our_style(style: Path, raster: Path) -> bool:
    """Whether ``style`` is a sidecar an earlier run of ours wrote for ``raster``."""
    try:
        if not style.is_file() or style.stat().st_size > 5_000_000:
            return False
        text = style.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    for element in re.findall(r"<Option\b[^>]*>", text):  # QGIS writes the attributes in either order
        if f'name="{STYLE_MARKER}"' in element and f'value="{raster.name}"' in element:
            return True
    return False


@dataclass
class _Output:
    label: str  # the parameter's name, for messages
    given: str  # the final path as the caller gave it (QGIS knows the output by it)
    final: Path  # the same, resolved: what the checks compare and the commit replaces
    raster: bool
    temporary: Path | None = None
    style_temporary: Path | None = None
    style_final: Path | None = None


TERMINATED = "terminated (SIGTERM); the outputs begun were removed"


class SigtermAsError:
    """While it is installed, SIGTERM raises :class:`Terminated` instead of ending the process at once,
    so the run unwinds and deletes its temporaries. Only in the main thread (``qgis_process``,
    scripts: Python accepts handlers nowhere else; QGIS's own runs are in worker threads) and only where
    nobody else handles SIGTERM; the handler found is put back afterwards. Also a context manager, for
    a script that owns temporaries beyond one transaction (scripts/lulc_batch.py).

    The first SIGTERM raises; later ones are ignored, so the cleanup it starts is not cut short.
    :attr:`received` records it, for code where an exception cannot pass: a GDAL progress callback
    (GDAL swallows it and reports a failed write instead), see :meth:`OutputTransaction.__exit__`."""

    received = False  # process-wide, as signals are

    def __init__(self) -> None:
        self.previous = None
        if threading.current_thread() is threading.main_thread() and \
                signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
            SigtermAsError.received = False
            self.previous = signal.signal(signal.SIGTERM, self._raise)

    @staticmethod
    def _raise(signum, frame) -> None:
        SigtermAsError.received = True
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        raise Terminated(TERMINATED)

    def restore(self) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGTERM, self.previous)
            self.previous = None

    def __enter__(self) -> SigtermAsError:
        return self

    def __exit__(self, *exc_info) -> None:
        self.restore()


@contextmanager
def sigterm_deferred() -> Iterator[None]:
    """SIGTERM held back until the block is done (committing or discarding must not stop half-way);
    a handler of ours then raises right after it. Main thread, POSIX; elsewhere a no-op."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "pthread_sigmask"):
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})


class OutputTransaction:
    """The files one run produces, committed together (``with OutputTransaction(...) as outputs:``).

    ``outputs`` maps a label (the parameter's name) to the final path; ``rasters`` names the labels
    that are GeoTIFF rasters (they get GDAL side files and a style sidecar); ``inputs`` maps the
    input parameter's name to the files it reads (a raster and its side files, a VRT's sources).
    """

    def __init__(self, outputs: Mapping[str, str | os.PathLike], rasters: Iterable[str] = (),
                 inputs: Mapping[str, Iterable[str]] | None = None) -> None:
        rasters = set(rasters)
        self.outputs = {label: _Output(label, os.fspath(path), _resolved(path), label in rasters)
                        for label, path in outputs.items()}
        self.locks: list[OutputLock] = []
        self._check(inputs or {})

    # -- checks ---------------------------------------------------------------------------------

    def _check(self, inputs: Mapping[str, Iterable[str]]) -> None:
        produced = [(output.label, path) for output in self.outputs.values() for path in self._produced(output)]
        for i, (label, path) in enumerate(produced):
            for input_label, files in inputs.items():
                for source in files:
                    if _same_file(path, _resolved(source)):
                        raise LulcError(QT_TRANSLATE_NOOP("engine", "{parameter} would overwrite {input} ({path}), "
                                                          "which this run reads. Choose another output file."),
                                        parameter=label, input=input_label, path=str(source))
            for other_label, other in produced[:i]:
                if label != other_label and _same_file(path, other):
                    raise LulcError(QT_TRANSLATE_NOOP("engine", "{first} and {second} name the same file ({path}): "
                                                      "one would overwrite the other. Choose another file name for "
                                                      "one of them."), first=other_label, second=label,
                                    path=str(path))
        for output in self.outputs.values():
            if output.final.is_dir():
                raise LulcError(QT_TRANSLATE_NOOP("engine", "{parameter} names the folder {path}; give a file name "
                                                  "inside it instead."), parameter=output.label,
                                path=str(output.final))
            if output.raster and output.final.suffix.lower() not in RASTER_EXTENSIONS:
                raise LulcError(QT_TRANSLATE_NOOP("engine", "{parameter} must be a GeoTIFF file (.tif or .tiff), not "
                                                  "'{name}': other formats cannot hold the georeferencing, nodata "
                                                  "and class names this output carries."),
                                parameter=output.label, name=output.final.name)

    @classmethod
    def for_rasters(cls, paths: Iterable[str], input_files: Iterable[str] = ()) -> OutputTransaction:
        """A transaction for raster outputs known only by their paths (engine callers, scripts)."""
        labels = {Path(path).name: path for path in paths}  # messages name outputs by their file names
        return cls(labels, rasters=labels, inputs={"INPUT": list(input_files)})

    @staticmethod
    def _produced(output: _Output) -> list[Path]:
        if not output.raster:
            return [output.final]
        return [output.final, *(Path(f"{output.final}{s}") for s in SIDE_FILES)]

    # -- life cycle -----------------------------------------------------------------------------

    def __enter__(self) -> OutputTransaction:
        self._terminate = SigtermAsError()
        try:
            self._begin()
        except BaseException:
            self._terminate.restore()
            self.discard()
            raise
        return self

    def __exit__(self, exc_type, exc, traceback) -> None:
        self._terminate.restore()
        with sigterm_deferred():
            if exc_type is None:
                self.commit()
            else:
                self.discard()
        if exc is not None and not isinstance(exc, Terminated) and SigtermAsError.received:
            # e.g. GDAL's progress callback swallowed the Terminated and the write "failed"
            raise Terminated(TERMINATED) from exc

    def _begin(self) -> None:
        for output in self.outputs.values():
            try:
                output.final.parent.mkdir(parents=True, exist_ok=True)
                lock = OutputLock(output.final)
                if not lock.acquire():
                    raise LulcError(QT_TRANSLATE_NOOP("engine", "Another run is writing {path} ({parameter}) right "
                                                      "now. Wait for it to finish, or choose another output file."),
                                    path=str(output.final), parameter=output.label)
                self.locks.append(lock)
                remove_stale_temporaries(output.final.parent, held={output.final.name})
                output.temporary = _exclusive_temporary(output.final)
                if output.raster:
                    output.style_final = style_sidecar(output.final)
                    output.style_temporary = exclusive_companion(output.temporary, ".qml")
            except OSError as error:
                raise LulcError(QT_TRANSLATE_NOOP("engine", "Cannot write {parameter} to {path}: {reason}. Choose a "
                                                  "folder you can write to."), parameter=output.label,
                                path=str(output.final), reason=error.strerror or str(error)) from error

    def _output(self, key: str) -> _Output:
        """An output by its label or by its final path."""
        if key in self.outputs:
            return self.outputs[key]
        final = _resolved(key)
        for output in self.outputs.values():
            if output.given == key or output.final == final:
                return output
        raise KeyError(f"{key} is not an output of this run")

    def path(self, key: str) -> str:
        """Where to write output ``key`` (label or final path) now: its temporary file."""
        return str(self._output(key).temporary)

    def final(self, key: str) -> str:
        """The final path of output ``key``, as the caller gave it."""
        return self._output(key).given

    def style_path(self, key: str) -> str:
        """Where to write the style of raster ``key`` now."""
        return str(self._output(key).style_temporary)

    def final_style(self, key: str) -> str:
        return str(self._output(key).style_final)

    def labels(self) -> list[str]:
        return list(self.outputs)

    def commit(self) -> None:
        """Move every temporary into place; side files the new output lacks are removed, since an
        earlier run's statistics or class names would contradict the new file."""
        try:
            for output in self.outputs.values():
                if output.temporary is None:
                    continue
                os.replace(output.temporary, output.final)
                if output.raster:
                    for suffix in SIDE_FILES:
                        temporary, final = Path(f"{output.temporary}{suffix}"), Path(f"{output.final}{suffix}")
                        if temporary.exists():
                            os.replace(temporary, final)
                        elif final.is_file():
                            final.unlink()
                    if output.style_temporary.stat().st_size:
                        os.replace(output.style_temporary, output.style_final)
                    else:
                        output.style_temporary.unlink()
                output.temporary = None
        finally:
            self.discard()

    def discard(self) -> None:
        """Delete what is still temporary and release the locks."""
        for output in self.outputs.values():
            for path in (output.temporary, output.style_temporary):
                if path is None:
                    continue
                for suffix in ("", *SIDE_FILES):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
            output.temporary = output.style_temporary = None
        for lock in self.locks:
            lock.release()
        self.locks.clear()


def remove_stale_temporaries(folder: Path, held: Iterable[str] = ()) -> list[Path]:
    """Delete temporaries of ours in ``folder`` that no running run owns: those of outputs whose
    lock we hold (``held``: final file names) or whose lock is free. Another process's run holds
    its lock for as long as it has temporaries, so those are left alone."""
    held = set(held)
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = PARTIAL_PATTERN.match(entry.name)
        if not match or not entry.is_file(follow_symlinks=False):
            continue
        lock = None
        if match.group("final") not in held:
            lock = OutputLock(folder / match.group("final"))
            try:
                if not lock.acquire():
                    continue
            except OSError:
                continue
        try:
            Path(entry.path).unlink(missing_ok=True)
            removed.append(Path(entry.path))
        finally:
            if lock is not None:
                lock.release()
    return removed
