// C libraries that only some commands need, opened on first use instead of at start-up.
//
// Linking a library makes every run of duban map, relocate and initialise it and everything it
// depends on, whether the command uses it or not: libgsf alone brings GLib, GObject, GIO,
// libxml2 and ICU, which cost more than the rest of a `duban list` on the shipped plan
// (docs/benchmarks.md, "Start-up"). Such a library is instead opened by its SONAME with dlopen
// the first time one of its functions is called, and each function is looked up once.
//
// A source file that calls the library declares, inside namespace duban, one LazyFunction per
// function it calls, with the function's own name (DUBAN_LAZY_FUNCTION). Code in that namespace
// then calls them exactly as before: unqualified name lookup finds the nearer duban::name and
// stops there, so the library's header stays the one source of every signature, and a function
// not declared this way is an undefined reference when linking, since the library is not linked.
#pragma once

#include <atomic>
#include <string>

namespace duban {

// A C library opened with dlopen on first use; never closed.
class SharedLibrary {
  public:
    // `soname` as the dynamic loader finds it (libgsf-1.so.114); `purpose` says in a few
    // English words, translated when reported, what it is needed for ("read .xls workbooks");
    // `package` names the Debian package that provides it, or is empty.
    SharedLibrary(const char* soname, const char* purpose, const char* package);

    // The address of the function `name`, opening the library if it is not open yet. Throws an
    // Error (data/IO status) naming the library, what it is for and the package providing it,
    // when the library cannot be opened or lacks the function.
    void* symbol(const char* name);

    // True when the library is open in this process (opened here or by anyone else).
    bool loaded() const;

  private:
    void* open();

    const char* soname_;
    const char* purpose_;
    const char* package_;
    std::atomic<void*> handle_{nullptr};
};

template <typename F>
class LazyFunction;

// One function of a SharedLibrary, looked up on its first call.
template <typename R, typename... A>
class LazyFunction<R (*)(A...)> {
  public:
    constexpr LazyFunction(SharedLibrary& (*library)(), const char* name)
        : library_(library), name_(name) {}

    R operator()(A... args) const { return get()(args...); }

  private:
    using Pointer = R (*)(A...);
    Pointer get() const {
        Pointer f = function_.load(std::memory_order_acquire);
        if (!f) {
            f = reinterpret_cast<Pointer>(library_().symbol(name_));
            function_.store(f, std::memory_order_release);
        }
        return f;
    }

    SharedLibrary& (*library_)();
    const char* name_;
    mutable std::atomic<Pointer> function_{nullptr};
};

}  // namespace duban

// Declares, in the enclosing namespace (duban or one inside it), `name` as the C function
// ::name of the library `library()` returns, opened on first call. Constant-initialised:
// declaring it costs nothing at start-up.
#define DUBAN_LAZY_FUNCTION(library, name)                 \
    inline ::duban::LazyFunction<decltype(&::name)> name { \
        library, #name                                     \
    }
