#include "store/load.h"

#include <optional>

#include "store/load_two_cores.h"
#include "store/plan_reader.h"

namespace duban {

namespace {

// load_plan, telling `passed` (when given) how far it has read.
Plan read_plan(std::string_view text, const std::string& filename,
               const std::function<void(const yaml::Node& task)>& each_task,
               const std::function<bool(int task_id)>& keep_updates, const yaml::Passed& passed) {
    if (std::optional<Plan> plan =
            load_on_two_cores(text, filename, each_task, keep_updates, passed))
        return std::move(*plan);
    PlanReader reader(text, filename, &each_task, &keep_updates);
    yaml::ItemStream stream;
    stream.wants = [&](const yaml::Node& key, const yaml::Node& root) {
        return reader.wants(key, root);
    };
    stream.item = [&](yaml::Node&& task) { reader.item(std::move(task)); };
    stream.passed = passed;
    return reader.plan(yaml::parse(text, filename, stream));
}

}  // namespace

Plan load_plan(std::string_view text, const std::string& filename) {
    return load_plan(text, filename, {});
}

Task load_task(std::string_view text, const std::string& filename, const Plan& plan) {
    return PlanReader(text, filename).lone_task(yaml::parse(text, filename), plan);
}

Plan load_plan(std::string_view text, const std::string& filename,
               const std::function<void(const yaml::Node& task)>& each_task) {
    return load_plan(text, filename, each_task, {});
}

Plan load_plan(std::string_view text, const std::string& filename,
               const std::function<void(const yaml::Node& task)>& each_task,
               const std::function<bool(int task_id)>& keep_updates) {
    return read_plan(text, filename, each_task, keep_updates, {});
}

Plan load_plan(const MappedFile& file, const std::string& filename) {
    const yaml::Passed release = [&file](size_t from, size_t to) { file.release(from, to); };
    return read_plan(file.text(), filename, {}, {}, release);
}

}  // namespace duban
