#include "intake/units.h"

#include "intake/names.h"
#include "text/encoding.h"

namespace duban {

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The clauses of a cell: split at ，,；; and line breaks, the places a 牵头/配合 phrase ends.
std::vector<std::string> clauses(std::string_view cell) {
    return split_on(cell, [](char32_t cp) {
        return cp == U'，' || cp == ',' || cp == U'；' || cp == ';' || cp == '\n' || cp == U'。';
    });
}

// Cuts `word` off the end of `clause`; true when it was there.
bool cut_suffix(std::string& clause, std::string_view word) {
    if (!ends_with(clause, word) || clause.size() == word.size()) return false;
    clause.resize(clause.size() - word.size());
    return true;
}

void append_units(std::string_view text, std::vector<std::string>& out) {
    for (auto& u : read_units(text)) out.push_back(std::move(u));
}

}  // namespace

std::string drop_trailing_punctuation(std::string name) {
    static constexpr std::string_view kMarks[] = {"。", "；", "，", "、", ".", ";", ","};
    for (bool cut = true; cut;) {
        cut = false;
        for (auto m : kMarks)
            if (ends_with(name, m)) {
                name.resize(name.size() - m.size());
                cut = true;
            }
    }
    return name;
}

std::vector<std::string> read_units(std::string_view cell) {
    std::vector<std::string> out;
    for (auto& name : split_names(cell)) {
        std::string n = drop_trailing_punctuation(std::move(name));
        if (!n.empty()) out.push_back(std::move(n));
    }
    return out;
}

Units read_lead_units(std::string_view cell) {
    std::vector<std::string> leads, partners;
    for (std::string clause : clauses(cell)) {
        if (cut_suffix(clause, "牵头") || cut_suffix(clause, "负责")) {
            append_units(clause, leads);
        } else if (cut_suffix(clause, "配合") || cut_suffix(clause, "协助") ||
                   cut_suffix(clause, "协办") || cut_suffix(clause, "参与")) {
            append_units(clause, partners);
        } else {
            append_units(clause, leads);
        }
    }
    Units u;
    u.partners = std::move(partners);
    if (leads.empty()) return u;
    u.lead = leads.front();
    u.co_leads.assign(leads.begin() + 1, leads.end());
    return u;
}

}  // namespace duban
