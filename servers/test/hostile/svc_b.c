// SPDX-License-Identifier: GPL-2.0
/* The other definition of service 0x7f01: 32-bit where svc_a.c has 64. */
#define PAIR_KIND	BSS_T_U32
#include "svc_a.c"
