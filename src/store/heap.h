// Readying the process's heap for loading a large file, so that the memory a load touches
// comes in 2 MiB pages rather than 4 KiB ones.
#pragma once

#include <cstdint>

namespace duban {

// Loading a plan allocates and frees many blocks; glibc's defaults hand large freed blocks back
// to the system and fetch them again page fault by page fault. Keeps them instead: blocks up
// to 32 MiB come from the heap (M_MMAP_THRESHOLD), and up to 256 MiB of freed heap is kept
// (M_TRIM_THRESHOLD), growing by 16 MiB at a time (M_TOP_PAD). main calls it first.
void tune_malloc();

// With tune_malloc's settings, before reading a file of `file_bytes`: for a file of 4 MiB or more,
// grows the heap by about three times the file's size (what loading it takes at most,
// docs/benchmarks.md) and asks the kernel for transparent huge pages there (madvise MADV_HUGEPAGE),
// which the kernel gives only where asked when /sys/kernel/mm/transparent_hugepage/enabled says
// "madvise". The memory is freed back to the heap at once and stays reserved, not touched: it costs
// address space, not memory. Listing a 21.7 MB plan then takes
// about 1,500 page faults instead of 15,300, and a third less processor time. Does nothing for
// smaller files (a 2 MiB page costs more to clear than a small command saves), and nothing harmful
// where huge pages are off or the heap cannot grow. This is what glibc's tunable
// glibc.malloc.hugetlb=1 does, which a program cannot set for itself once started.
void ready_heap_for(std::uint64_t file_bytes);

// ready_heap_for for the calling thread's own malloc arena (glibc gives a second thread one of
// its own, 64 MiB of address space): asks for huge pages over all of it. For a thread that loads
// half of a large plan; harmless where the thread shares the main heap.
void ready_thread_heap();

}  // namespace duban
