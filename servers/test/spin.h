/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A bounded spin-wait for the test servers, built from inline CPU
 * primitives only (a server imports no Linux API).
 */
#ifndef _BSS_TEST_SPIN_H
#define _BSS_TEST_SPIN_H

#include <linux/compiler.h>
#include <asm/processor.h>
#include <asm/timex.h>

#define SPIN_LIMIT_CYCLES	(5ULL * 1000 * 1000 * 1000)

/* Wait until *flag is set or about five seconds of TSC cycles pass. */
static inline bool spin_until(const int *flag)
{
	cycles_t start = get_cycles();

	while (!READ_ONCE(*flag)) {
		if (get_cycles() - start > SPIN_LIMIT_CYCLES)
			return false;
		cpu_relax();
	}
	return true;
}

/* A gate or latch: hold() waits until open(); entered() counts waiters. */
struct spin_gate {
	int open;
	int entered;
};

static inline u64 spin_gate_hold(struct spin_gate *g)
{
	bool ok;

	__atomic_add_fetch(&g->entered, 1, __ATOMIC_SEQ_CST);
	ok = spin_until(&g->open);
	__atomic_sub_fetch(&g->entered, 1, __ATOMIC_SEQ_CST);
	return ok;
}

#endif /* _BSS_TEST_SPIN_H */
