// Whether this test binary is built with AddressSanitizer, which replaces glibc's malloc and takes
// SIGBUS for its own reports: the tests that watch either skip themselves under it (the sanitizer
// pass of CI), and the ordinary build runs them.
#pragma once

namespace duban::test {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kAddressSanitizer = true;
#else
inline constexpr bool kAddressSanitizer = false;
#endif
#else
inline constexpr bool kAddressSanitizer = false;
#endif

}  // namespace duban::test
