// SPDX-License-Identifier: GPL-2.0
/* The counter without serialization: lost updates expected. */
#define COUNTER_UNSAFE
#include "counter.c"
