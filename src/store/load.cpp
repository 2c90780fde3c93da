#include "store/load.h"

#include <optional>

#include "store/load_two_cores.h"
#include "store/plan_reader.h"

namespace duban {

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
    if (std::optional<Plan> plan = load_on_two_cores(text, filename, each_task, keep_updates))
        return std::move(*plan);
    PlanReader reader(text, filename, &each_task, &keep_updates);
    yaml::ItemStream stream;
    stream.wants = [&](const yaml::Node& key, const yaml::Node& root) {
        return reader.wants(key, root);
    };
    stream.item = [&](yaml::Node&& task) { reader.item(std::move(task)); };
    yaml::Node root = yaml::parse(text, filename, stream);
    return reader.plan(root);
}

}  // namespace duban
