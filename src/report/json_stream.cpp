#include "report/json_stream.h"

#include <fmt/format.h>

namespace duban {

namespace {

constexpr size_t kFlushAt = 1 << 16;

}  // namespace

void JsonStream::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (counts_.empty()) return;
    buf_ += counts_.back()++ ? ",\n" : "\n";
    buf_.append(2 * counts_.size(), ' ');
}

void JsonStream::open(char bracket) {
    before_value();
    buf_ += bracket;
    counts_.push_back(0);
}

void JsonStream::close(char bracket) {
    bool empty = counts_.back() == 0;
    counts_.pop_back();
    if (!empty) {
        buf_ += '\n';
        buf_.append(2 * counts_.size(), ' ');
    }
    buf_ += bracket;
    maybe_flush();
}

void JsonStream::key(std::string_view name) {
    before_value();
    string(name);
    buf_ += ": ";
    after_key_ = true;
}

void JsonStream::value(std::string_view text) {
    before_value();
    string(text);
}

void JsonStream::value(int number) {
    before_value();
    fmt::format_to(std::back_inserter(buf_), "{}", number);
}

void JsonStream::value(bool truth) {
    before_value();
    buf_ += truth ? "true" : "false";
}

void JsonStream::value(const std::vector<std::string>& texts) {
    begin_array();
    for (const auto& t : texts) value(std::string_view(t));
    end_array();
}

// As nlohmann::json escapes with ensure_ascii off: the short escapes, \u00xx in lower-case hex
// for the other control characters, every other byte as it is.
void JsonStream::string(std::string_view text) {
    buf_ += '"';
    // Runs of bytes that need no escape go in whole: nearly every byte of a plan's text.
    size_t plain = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (static_cast<unsigned char>(c) >= 0x20 && c != '"' && c != '\\') continue;
        buf_.append(text.data() + plain, i - plain);
        plain = i + 1;
        escape(c);
    }
    buf_.append(text.data() + plain, text.size() - plain);
    buf_ += '"';
}

void JsonStream::escape(char c) {
    switch (c) {
        case '"':
            buf_ += "\\\"";
            break;
        case '\\':
            buf_ += "\\\\";
            break;
        case '\b':
            buf_ += "\\b";
            break;
        case '\f':
            buf_ += "\\f";
            break;
        case '\n':
            buf_ += "\\n";
            break;
        case '\r':
            buf_ += "\\r";
            break;
        case '\t':
            buf_ += "\\t";
            break;
        default:
            fmt::format_to(std::back_inserter(buf_), "\\u{:04x}", static_cast<int>(c));
    }
}

void JsonStream::maybe_flush() {
    if (buf_.size() < kFlushAt) return;
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
}

void JsonStream::finish() {
    buf_ += '\n';
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
    out_.flush();
}

namespace {

void write_update(JsonStream& out, const Update& u) {
    out.begin_object();
    out.key("date"), out.value(u.date.str());
    out.key("progress"), out.value(u.progress);
    out.key("status"), out.value(status_keyword(u.status));
    out.key("note"), out.value(u.note);
    out.key("problems"), out.value(u.problems);
    out.key("next"), out.value(u.next);
    out.key("by"), out.value(u.by);
    out.key("evidence"), out.value(u.evidence);
    out.end_object();
}

}  // namespace

void write_judged_task(JsonStream& out, const Task& t, const Plan& plan, Date as_of) {
    Judgement judged = judge(plan, t, as_of);
    out.begin_object();
    out.key("id"), out.value(t.id);
    out.key("category"), out.value(t.category);
    out.key("title"), out.value(t.title);
    out.key("leaders"), out.value(t.leaders);
    out.key("office"), out.value(t.office);
    out.key("partners"), out.value(t.partners);
    out.key("due"), out.value(plan.due_of(t).str());
    out.key("milestones"), out.begin_array();
    for (const auto& m : t.milestones) {
        out.begin_object();
        out.key("date"), out.value(m.date.str());
        out.key("target"), out.value(m.target);
        out.key("what"), out.value(m.what);
        out.end_object();
    }
    out.end_array();
    out.key("updates"), out.begin_array();
    for (const auto& u : t.updates) write_update(out, u);
    out.end_array();
    out.key("status"), out.value(status_keyword(judged.state.status));
    out.key("progress"), out.value(judged.state.progress);
    out.key("expected"), out.value(judged.expected);
    out.key("light"), out.value(light_keyword(judged.light));
    out.key("light_reason"), out.value(judged.reason);
    out.key("overdue_days"), out.value(judged.overdue_days);
    out.key("reported"), out.value(judged.reported);
    out.key("escalation"), out.begin_array();
    for (const auto& e : judged.escalation) {
        out.begin_object();
        out.key("keyword"), out.value(e.keyword);
        out.key("label"), out.value(e.label);
        out.key("wording"), out.value(e.wording);
        out.key("reason"), out.value(e.reason);
        out.end_object();
    }
    out.end_array();
    out.end_object();
}

}  // namespace duban
