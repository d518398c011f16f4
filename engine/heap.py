"""Keeping a run's large memory blocks in the heap for the next tile (glibc only).

A tile's largest arrays (the first convolutions' outputs: 43 MB at a 512-px tile) lie above glibc's
largest automatic mmap threshold (32 MB), so by default each one is mapped afresh and unmapped on
free: every tile pays for its memory again in page faults — 1.5 million of them per 16.8 Mpx
classified, a fifth of the time (README, "Benchmark"). While a run's tiles are computed, blocks up
to 1 GB come from the heap and stay there for the next tile; when the last run ends, glibc's
defaults return and ``malloc_trim`` gives the memory back to the system. Elsewhere (Windows, macOS,
musl, another allocator preloaded, or the user's own ``MALLOC_*`` settings) nothing changes.
See mallopt(3).
"""
from __future__ import annotations

import ctypes
import os
import platform
import threading
from contextlib import contextmanager
from functools import lru_cache
from typing import Iterator

M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
GLIBC_DEFAULT_THRESHOLD = 128 * 1024  # both thresholds' documented default
RUN_THRESHOLD = 1 << 30  # blocks below this come from the heap and stay there during a run
USER_TUNING = ("MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_", "MALLOC_TOP_PAD_", "LD_PRELOAD")

_lock = threading.Lock()
_runs = 0


@lru_cache(maxsize=1)
def glibc() -> ctypes.CDLL | None:
    """The C library, when it is glibc and the user has not tuned or replaced its allocator."""
    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return None
    if any(name in os.environ for name in USER_TUNING):
        return None
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:
        return None


@contextmanager
def large_blocks_reused() -> Iterator[None]:
    """Within this block (nested or in parallel threads: the last one out restores), freed large
    blocks stay in the heap for reuse."""
    global _runs
    libc = glibc()
    if libc is None:
        yield
        return
    with _lock:
        if _runs == 0:
            libc.mallopt(M_MMAP_THRESHOLD, RUN_THRESHOLD)
            libc.mallopt(M_TRIM_THRESHOLD, RUN_THRESHOLD)
        _runs += 1
    try:
        yield
    finally:
        with _lock:
            _runs -= 1
            if _runs == 0:
                libc.mallopt(M_MMAP_THRESHOLD, GLIBC_DEFAULT_THRESHOLD)
                libc.mallopt(M_TRIM_THRESHOLD, GLIBC_DEFAULT_THRESHOLD)
                libc.malloc_trim(0)
