// Compiled as part of the model library, which may use nothing above it: including a header of
// judge must fail to build. tests/CMakeLists.txt expects this file not to compile.
#include "judge/pace.h"
#include "model/plan.h"
