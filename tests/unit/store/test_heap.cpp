#include <doctest/doctest.h>

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "address_sanitizer.h"
#include "store/heap.h"

using namespace duban;

namespace {

struct Range {
    std::uintptr_t from = 0;
    std::uintptr_t to = 0;
};

// The mappings of this process that the kernel marks for huge pages ("hg" in VmFlags), read
// from /proc/self/smaps.
std::vector<Range> huge_page_mappings() {
    std::vector<Range> out;
    std::ifstream smaps("/proc/self/smaps");
    std::string line;
    Range r;
    while (std::getline(smaps, line)) {
        size_t dash = line.find('-');
        if (dash != std::string::npos && line.find(' ') > dash &&
            isxdigit(static_cast<unsigned char>(line[0]))) {
            r.from = std::stoull(line.substr(0, dash), nullptr, 16);
            r.to = std::stoull(line.substr(dash + 1), nullptr, 16);
        }
        if (line.rfind("VmFlags:", 0) == 0 && line.find(" hg") != std::string::npos)
            out.push_back(r);
    }
    return out;
}

bool kernel_has_huge_pages() {
    return std::ifstream("/sys/kernel/mm/transparent_hugepage/enabled").good();
}

}  // namespace

TEST_CASE("a small file leaves the heap as it is") {
    tune_malloc();
    void* end = sbrk(0);
    ready_heap_for(1 << 20);
    CHECK(sbrk(0) == end);
}

// AddressSanitizer replaces glibc's malloc, so allocations do not come from the brk heap this
// test watches.
constexpr bool kGlibcMalloc = !test::kAddressSanitizer;

TEST_CASE("a large file's load gets huge pages in the heap, and the memory is not touched") {
    if (!kernel_has_huge_pages() || !kGlibcMalloc) return;
    tune_malloc();
    const auto end_before = reinterpret_cast<std::uintptr_t>(sbrk(0));
    ready_heap_for(20 << 20);
    const auto end_after = reinterpret_cast<std::uintptr_t>(sbrk(0));
    CHECK(end_after >= end_before + (50 << 20));  // about three times the file, kept
    bool marked = false;
    for (Range r : huge_page_mappings())  // the part of the heap it grew is marked
        marked = marked || (r.from < end_after && r.to > end_before);
    CHECK(marked);
    // What a load allocates next comes from there.
    void* block = std::malloc(1 << 20);
    auto at = reinterpret_cast<std::uintptr_t>(block);
    CHECK(at < end_after);
    std::free(block);
}

TEST_CASE("a value kept until exit is neither destroyed nor moved from once kept") {
    static int destroyed = 0;
    struct Counted {
        Counted() = default;
        Counted(Counted&&) = default;
        ~Counted() { destroyed += !data.empty(); }
        std::vector<int> data;
    };
    Counted c;
    c.data = {1, 2, 3};
    const int* first = c.data.data();
    keep_until_exit(std::move(c));
    CHECK(c.data.empty());  // its contents went to the kept value
    CHECK(destroyed == 0);
    CHECK(first[2] == 3);  // and are still there: the kept value holds them
}
