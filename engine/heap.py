"""Keeping a run's large memory blocks in the heap for the next tile (glibc only).

A tile's largest arrays (the first convolutions' outputs: 43 MB at a 512-px tile) lie above glibc's
largest automatic mmap threshold (32 MB), so by default each one is mapped afresh and unmapped on
free: every tile pays for its memory again in page faults — 1.5 million of them per 16.8 Mpx
classified, a fifth of the time (README, "Benchmark"). While a run is inside
:func:`large_blocks_reused`, blocks up to 1 GB come from the heap and stay there for the next tile
(in a thread other than the main one, glibc's heaps hold blocks up to 64 MB: the default tile and
batch fit). When the last run ends, what the runs freed goes back to the system (a large block a run
returns and its caller frees later stays in the heap until the next trim: the runs write their results
to files) and the thresholds settle at mmap above 32 MB (where glibc's adaptive one stops; it cannot be
told to adapt again once set) and trim above 128 KB (its initial value). Elsewhere (Windows, macOS,
musl, another allocator preloaded, the user's own ``MALLOC_*`` or ``GLIBC_TUNABLES``, a glibc refusing
the values) nothing changes. See mallopt(3).
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
RUN_THRESHOLD = 1 << 30  # during a run, blocks below this come from the heap and stay there
SETTLED_MMAP_THRESHOLD = 32 << 20  # glibc's ceiling for its adaptive mmap threshold (64-bit)
SETTLED_TRIM_THRESHOLD = 128 << 10  # glibc's initial one: free memory above the heap's top goes back
CONSOLIDATION_BLOCK = 64 << 10  # freeing a block this large makes glibc trim its heap's top
USER_TUNING = ("MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_", "MALLOC_TOP_PAD_", "GLIBC_TUNABLES",
               "LD_PRELOAD")

_lock = threading.Lock()
_runs = 0


@lru_cache(maxsize=1)
def glibc() -> ctypes.CDLL | None:
    """The C library, when it is glibc, the user has not tuned or replaced its allocator, and it
    accepts a run's thresholds."""
    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return None
    if any(name in os.environ for name in USER_TUNING):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return None
    libc.mallopt.argtypes, libc.mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    libc.malloc_trim.argtypes, libc.malloc_trim.restype = [ctypes.c_size_t], ctypes.c_int
    libc.malloc.argtypes, libc.malloc.restype = [ctypes.c_size_t], ctypes.c_void_p
    libc.free.argtypes, libc.free.restype = [ctypes.c_void_p], None
    accepted = libc.mallopt(M_MMAP_THRESHOLD, RUN_THRESHOLD)  # some glibc versions refuse > 32 MB
    libc.mallopt(M_MMAP_THRESHOLD, SETTLED_MMAP_THRESHOLD)
    libc.mallopt(M_TRIM_THRESHOLD, SETTLED_TRIM_THRESHOLD)
    return libc if accepted else None


@contextmanager
def large_blocks_reused() -> Iterator[None]:
    """Within this block (nested or in parallel threads: the last one out restores), freed large
    blocks stay in the heap for reuse — in every thread of the process, so a run owns it only for
    computations that fragment little (measured: classification, a SHAP batch, a COG rewrite)."""
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
            last = _runs == 0
            if last:
                libc.mallopt(M_MMAP_THRESHOLD, SETTLED_MMAP_THRESHOLD)
                libc.mallopt(M_TRIM_THRESHOLD, SETTLED_TRIM_THRESHOLD)
        if last:  # outside the lock: it walks every heap of the process
            libc.malloc_trim(0)  # free blocks in every heap, and the main heap's top
            libc.free(libc.malloc(CONSOLIDATION_BLOCK))  # the top of this thread's heap (not main's)
