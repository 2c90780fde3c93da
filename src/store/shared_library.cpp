#include "store/shared_library.h"

#include <dlfcn.h>

#include "model/error.h"
#include "text/i18n.h"

namespace duban {

SharedLibrary::SharedLibrary(const char* soname, const char* purpose, const char* package)
    : soname_(soname), purpose_(purpose), package_(package) {}

bool SharedLibrary::loaded() const {
    if (handle_.load(std::memory_order_acquire)) return true;
    void* h = dlopen(soname_, RTLD_LAZY | RTLD_LOCAL | RTLD_NOLOAD);
    if (h) dlclose(h);
    return h != nullptr;
}

void* SharedLibrary::open() {
    void* h = handle_.load(std::memory_order_acquire);
    if (h) return h;
    // RTLD_LOCAL: its symbols are for the lookups below, not for other libraries to bind to.
    h = dlopen(soname_, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        const char* why = dlerror();
        std::string message = tr(N_("cannot {0}: the library {1} could not be loaded ({2})"),
                                 translate(purpose_), soname_, why ? why : "?");
        if (*package_) message += "\n" + tr(N_("Install the package {0}."), package_);
        throw Error(message);
    }
    // Another thread may have opened it too: dlopen counts references, the handle is the same.
    handle_.store(h, std::memory_order_release);
    return h;
}

void* SharedLibrary::symbol(const char* name) {
    void* h = open();
    dlerror();
    void* f = dlsym(h, name);
    if (!f) {
        throw Error(tr(N_("cannot {0}: the library {1} has no function {2}"), translate(purpose_),
                       soname_, name));
    }
    return f;
}

}  // namespace duban
