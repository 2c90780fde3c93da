#include "store/heap.h"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <vector>

namespace duban {

namespace {

constexpr std::uint64_t kMiB = 1 << 20;
constexpr std::uint64_t kHugePage = 2 * kMiB;
// Below tune_malloc's M_MMAP_THRESHOLD (32 MiB), so that each piece comes from the heap's top;
// large, since the header malloc writes at each piece's start takes a 4 KiB page where a 2 MiB one
// would have gone.
constexpr std::uint64_t kPiece = 30 * kMiB;
// Three times the largest file duban reads (kMaxReadBytes, 256 MiB), and below tune_malloc's
// M_TRIM_THRESHOLD (1 GiB), so that freeing the pieces does not give them back.
constexpr std::uint64_t kMostReserved = 768 * kMiB;

std::uintptr_t align_up(std::uintptr_t at) {
    return (at + kHugePage - 1) & ~(kHugePage - 1);
}

}  // namespace

void tune_malloc() {
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
    mallopt(M_TOP_PAD, 16 << 20);
}

void ready_heap_for(std::uint64_t file_bytes) {
    if (file_bytes < 4 * kMiB) return;
    const std::uint64_t want = std::min(3 * file_bytes, kMostReserved);
    std::vector<void*> pieces;
    pieces.reserve(want / kPiece + 1);
    for (std::uint64_t got = 0; got < want; got += kPiece) {
        void* p = std::malloc(kPiece);
        if (!p) break;
        pieces.push_back(p);
    }
    if (pieces.empty()) return;
    const auto lowest =
        reinterpret_cast<std::uintptr_t>(*std::min_element(pieces.begin(), pieces.end()));
    const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));  // the heap's end, not a change
    for (auto it = pieces.rbegin(); it != pieces.rend(); ++it) std::free(*it);
    // From the lowest piece to the heap's end: memory no one has touched yet. Pieces that went
    // to mmap (a process without tune_malloc) lie above the heap's end and are left out.
    const std::uintptr_t from = align_up(lowest);
    if (end == UINTPTR_MAX || end <= from) return;
    madvise(reinterpret_cast<void*>(from), end - from, MADV_HUGEPAGE);
}

void ready_thread_heap() {
    // glibc gives each thread that allocates an arena of its own: a mapping of kThreadHeap bytes
    // aligned to its size, made usable as it grows. The first block allocated lies in it.
    constexpr std::uintptr_t kThreadHeap = 64 * kMiB;  // glibc's HEAP_MAX_SIZE on 64-bit
    void* first = std::malloc(1);
    if (!first) return;
    const auto at = reinterpret_cast<std::uintptr_t>(first);
    std::free(first);
    const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
    if (end != UINTPTR_MAX && at < end) return;  // the main heap (one arena only): done already
    madvise(reinterpret_cast<void*>(at & ~(kThreadHeap - 1)), kThreadHeap, MADV_HUGEPAGE);
}

void hold_until_exit(const void* kept) {
    // Never destroyed: the list and what it points to stay reachable until the process ends.
    static auto* held = new std::vector<const void*>;
    held->push_back(kept);
}

}  // namespace duban
