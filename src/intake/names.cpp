#include "intake/names.h"

#include "text/encoding.h"

namespace duban {

namespace {

// Where names part: 、，,；;/／ and line breaks. Spaces are handled apart, since a space may
// also be padding inside a name.
bool is_separator(char32_t cp) {
    return cp == U'、' || cp == U'，' || cp == ',' || cp == U'；' || cp == ';' || cp == '/' ||
           cp == U'／' || cp == '\n' || cp == '\r';
}

bool is_space(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x3000;
}

bool is_cjk_ideograph(char32_t cp) {
    return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3134F);
}

bool is_single_ideograph(const std::string& token) {
    char32_t cp = 0;
    const int n = decode_utf8(token, 0, &cp);
    return n > 0 && static_cast<size_t>(n) == token.size() && is_cjk_ideograph(cp);
}

// Rejoins a run of single characters that padding pulled apart: pairs, with three at the end
// of an odd run, since Chinese names have two or three characters.
void rejoin_run(const std::vector<std::string>& run, std::vector<std::string>* names) {
    for (size_t i = 0; i < run.size();) {
        const size_t left = run.size() - i;
        const size_t take = left == 1 ? 1 : left == 3 ? 3 : 2;
        std::string name;
        for (size_t k = 0; k < take; ++k) name += run[i + k];
        names->push_back(std::move(name));
        i += take;
    }
}

}  // namespace

std::vector<std::string> split_names(std::string_view cell) {
    std::vector<std::string> names;
    for (const auto& part : split_on(cell, is_separator)) {
        std::vector<std::string> run;
        for (auto& token : split_on(part, is_space)) {
            if (is_single_ideograph(token)) {
                run.push_back(std::move(token));
                continue;
            }
            rejoin_run(run, &names);
            run.clear();
            names.push_back(std::move(token));
        }
        rejoin_run(run, &names);
    }
    return names;
}

}  // namespace duban
