// Readying the process's heap for loading a large file, so that the memory a load touches
// comes in 2 MiB pages rather than 4 KiB ones.
#pragma once

#include <cstdint>
#include <type_traits>
#include <utility>

namespace duban {

// Loading a plan allocates and frees many blocks; glibc's defaults hand large freed blocks back
// to the system and fetch them again page fault by page fault. Keeps them instead: blocks up
// to 32 MiB come from the heap (M_MMAP_THRESHOLD), and up to 1 GiB of freed heap is kept
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

// Records `kept` as memory the process holds to its end (see keep_until_exit).
void hold_until_exit(const void* kept);

// Keeps `value` alive until the process ends instead of destroying it: for a command's plan once
// its output is written. Destroying a plan of 10,000 tasks frees some 400,000 blocks, 17 to 27 ms
// of a 300 ms listing (docs/benchmarks.md), for memory the system takes back at exit anyway. The
// value stays reachable (leak checkers do not report it). Call it last, once per command.
template <class T>
void keep_until_exit(T&& value) {
    hold_until_exit(new std::decay_t<T>(std::forward<T>(value)));
}

}  // namespace duban
