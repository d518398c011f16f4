"""A run keeps its large memory blocks in the heap for the next tile, and gives them back after."""
import ctypes
import resource
import threading

import pytest

from explainable_lulc.engine import heap

pytestmark = pytest.mark.skipif(heap.glibc() is None, reason="glibc's allocator, accepting a run's thresholds")

#: Above the mmap threshold glibc settles at after a run (32 MB), within a thread's heap (64 MB): like a
#: tile's activations (43 MB at the default tile).
BLOCK = 48 * 2**20


def page_faults_allocating(times: int = 2) -> int:
    """Minor page faults while a BLOCK is malloc'ed, written and freed ``times`` times."""
    libc = heap.glibc()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(times):
        block = libc.malloc(BLOCK)
        assert block, "malloc failed"
        ctypes.memset(block, 1, BLOCK)
        libc.free(block)
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before


def resident_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize()


def in_a_run() -> dict:
    """Page faults and resident memory of BLOCKs allocated outside, inside and after a run."""
    # Free memory earlier tests left resident would hide both what a fresh block costs (a block a run
    # handed out and its caller freed later lies in the heap, resident, and is reused without a fault)
    # and what the run keeps.
    heap.glibc().malloc_trim(0)
    figures = {"outside": page_faults_allocating()}
    heap.glibc().malloc_trim(0)
    baseline = resident_bytes()
    with heap.large_blocks_reused():
        page_faults_allocating(1)  # the first block is mapped once
        with heap.large_blocks_reused():  # a nested run (or a parallel one) ...
            pass
        figures["reused"] = page_faults_allocating()  # ... leaves the outer one's setting alone
        figures["kept"] = resident_bytes() - baseline
    figures["returned"] = resident_bytes() - baseline
    figures["after"] = page_faults_allocating()
    return figures


@pytest.mark.parametrize("thread", ["main", "worker"])  # QGIS runs Processing algorithms in a worker thread
def test_large_blocks_are_reused_during_a_run_and_returned_after(thread):
    if thread == "main":
        figures = in_a_run()
    else:
        results = []
        worker = threading.Thread(target=lambda: results.append(in_a_run()))
        worker.start()
        worker.join()
        figures = results[0]
    print(thread, figures)
    # Ratios, not counts: with transparent huge pages always on, a block takes a few dozen faults.
    assert figures["reused"] * 10 < figures["outside"], "a run's large blocks are mapped afresh each time"
    assert figures["kept"] >= BLOCK * 0.9, "the freed block did not stay in the heap during the run"
    assert figures["returned"] < BLOCK / 4, "the heap kept the run's memory after it ended"
    assert figures["after"] * 10 > figures["outside"], "blocks above 32 MB stay in the heap after the run"
