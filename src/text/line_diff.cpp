#include "text/line_diff.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

namespace duban {

namespace {

constexpr size_t kContext = 3;

using Lines = std::vector<std::string_view>;

Lines split_lines(std::string_view text) {
    Lines out;
    for (size_t start = 0; start < text.size();) {
        size_t nl = text.find('\n', start);
        size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
        out.push_back(text.substr(start, end - start));
        start = end;
    }
    return out;
}

// One step of the edit script: keep (' '), delete ('-') or insert ('+') a line; `a` and `b`
// count the lines of each side consumed before it.
struct Op {
    char kind;
    size_t a;
    size_t b;
};

// Myers' greedy shortest edit script between a[lo_a, hi_a) and b[lo_b, hi_b), appended to
// `out` in order.
void myers(const Lines& a, size_t lo_a, size_t hi_a, const Lines& b, size_t lo_b, size_t hi_b,
           std::vector<Op>& out) {
    const long n = static_cast<long>(hi_a - lo_a), m = static_cast<long>(hi_b - lo_b);
    const long off = n + m + 1;
    std::vector<long> v(static_cast<size_t>(2 * off + 1), 0);
    std::vector<std::vector<long>> trace;
    auto at = [&](const std::vector<long>& vs, long k) { return vs[static_cast<size_t>(off + k)]; };
    auto down = [&](const std::vector<long>& vs, long k, long d) {
        return k == -d || (k != d && at(vs, k - 1) < at(vs, k + 1));
    };
    for (long d = 0;; ++d) {
        trace.push_back(v);
        bool found = false;
        for (long k = -d; k <= d && !found; k += 2) {
            long x = down(v, k, d) ? at(v, k + 1) : at(v, k - 1) + 1;
            long y = x - k;
            while (x < n && y < m && a[lo_a + x] == b[lo_b + y]) ++x, ++y;
            v[static_cast<size_t>(off + k)] = x;
            found = x >= n && y >= m;
        }
        if (found) break;
    }
    std::vector<Op> rev;
    long x = n, y = m;
    for (long d = static_cast<long>(trace.size()) - 1; d >= 0; --d) {
        const std::vector<long>& vs = trace[static_cast<size_t>(d)];
        long k = x - y;
        long pk = down(vs, k, d) ? k + 1 : k - 1;
        long px = at(vs, pk), py = px - pk;
        for (; x > px && y > py; --x, --y) rev.push_back({' ', lo_a + x - 1, lo_b + y - 1});
        if (d == 0) break;
        rev.push_back(x == px ? Op{'+', lo_a + x, lo_b + y - 1} : Op{'-', lo_a + x - 1, lo_b + y});
        x = px, y = py;
    }
    out.insert(out.end(), rev.rbegin(), rev.rend());
}

std::vector<Op> edit_script(const Lines& a, const Lines& b) {
    size_t pre = 0;
    while (pre < a.size() && pre < b.size() && a[pre] == b[pre]) ++pre;
    size_t suf = 0;
    while (suf < a.size() - pre && suf < b.size() - pre &&
           a[a.size() - 1 - suf] == b[b.size() - 1 - suf])
        ++suf;
    std::vector<Op> ops;
    for (size_t i = 0; i < pre; ++i) ops.push_back({' ', i, i});
    myers(a, pre, a.size() - suf, b, pre, b.size() - suf, ops);
    for (size_t i = suf; i > 0; --i) ops.push_back({' ', a.size() - i, b.size() - i});
    return ops;
}

std::string line_out(char kind, std::string_view line) {
    std::string out = kind + std::string(line);
    if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
    return out;
}

// "start,count" the way diff -u and git write it: 1-based, the line before when empty, and
// the count left out when it is 1.
std::string range(size_t first, size_t count) {
    if (count == 1) return std::to_string(first + 1);
    return fmt::format("{},{}", count == 0 ? first : first + 1, count);
}

std::string hunk(const std::vector<Op>& ops, size_t from, size_t to, const Lines& a,
                 const Lines& b) {
    size_t a_count = 0, b_count = 0;
    std::string body;
    for (size_t i = from; i < to; ++i) {
        const Op& op = ops[i];
        a_count += op.kind != '+';
        b_count += op.kind != '-';
        body += line_out(op.kind, op.kind == '+' ? b[op.b] : a[op.a]);
    }
    return fmt::format("@@ -{} +{} @@\n", range(ops[from].a, a_count),
                       range(ops[from].b, b_count)) +
           body;
}

}  // namespace

std::string unified_diff(std::string_view before, std::string_view after, const std::string& name) {
    const Lines a = split_lines(before), b = split_lines(after);
    const std::vector<Op> ops = edit_script(a, b);
    std::vector<size_t> changes;
    for (size_t i = 0; i < ops.size(); ++i)
        if (ops[i].kind != ' ') changes.push_back(i);
    if (changes.empty()) return {};
    std::string out = fmt::format("--- {}\n+++ {}\n", name, name);
    for (size_t c = 0; c < changes.size();) {
        size_t from = changes[c] >= kContext ? changes[c] - kContext : 0;
        size_t last = changes[c];
        while (c + 1 < changes.size() && changes[c + 1] - last <= 2 * kContext + 1)
            last = changes[++c];
        ++c;
        size_t to = std::min(ops.size(), last + kContext + 1);
        out += hunk(ops, from, to, a, b);
    }
    return out;
}

}  // namespace duban
