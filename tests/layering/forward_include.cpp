// The control for backward_include.cpp: the same library, an include along the arrows.
#include "model/plan.h"
