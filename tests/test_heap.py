"""A run keeps its large memory blocks in the heap for the next tile, and gives them back after."""
import ctypes
import resource

import pytest

from explainable_lulc.engine import heap

pytestmark = pytest.mark.skipif(heap.glibc() is None, reason="glibc's allocator only")

BLOCK = 64 * 2**20  # above glibc's largest automatic mmap threshold (32 MB), like a tile's activations


def page_faults_allocating(times: int = 2) -> int:
    """Minor page faults while a BLOCK is malloc'ed, written and freed ``times`` times."""
    libc = heap.glibc()
    libc.malloc.restype = ctypes.c_void_p
    libc.free.argtypes = [ctypes.c_void_p]
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


def test_large_blocks_are_reused_during_a_run_and_returned_after():
    outside = page_faults_allocating()
    baseline = resident_bytes()
    with heap.large_blocks_reused():
        page_faults_allocating(1)  # the first block is mapped once
        with heap.large_blocks_reused():  # a nested run (or a parallel one) ...
            pass
        reused = page_faults_allocating()  # ... leaves the outer one's setting alone
        kept = resident_bytes() - baseline
    returned = resident_bytes() - baseline
    after = page_faults_allocating()
    print(f"page faults for two blocks: outside a run {outside}, in a run {reused}, after {after}; "
          f"kept {kept / 2**20:.0f} MB in the run, {returned / 2**20:.0f} MB after")
    assert outside > BLOCK // resource.getpagesize(), "each block outside a run should be mapped afresh"
    assert reused * 10 < outside, "a run's large blocks are mapped afresh each time"
    assert kept >= BLOCK * 0.9, "the freed block did not stay in the heap during the run"
    assert returned < BLOCK / 4, "the heap kept the run's memory after it ended"
    assert after * 10 > outside, "glibc's defaults did not come back after the run"
