// SPDX-License-Identifier: GPL-2.0
/* The bench server serialized: the same code, entered under its lock. */
#define BENCH_SERIALIZED
#include "bench.c"
