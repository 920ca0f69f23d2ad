// SPDX-License-Identifier: GPL-2.0
/*
 * The RTL-8139 driver's link server (tick): carrier from the PHY's status,
 * every second from a timer, on open and on link interrupts.
 */
#define BSS_PART
#include "rtl8139.h"

BSS_IMPL_tick(rl, struct rtl);

void rtl_link_check(struct rtl *r)
{
	u32 up = !!(rtl_r16(r, BMSR) & BMSR_LINK);

	r->counters[C_LINK_CHECKS]++;
	if (up != r->carrier)
		r->counters[C_LINK_CHANGES]++;
	r->carrier = up;
	netdev_carrier(REF_net, up);
}

static u32 rl_fire(struct rtl *r)
{
	rtl_link_check(r);
	return 0;
}

static const struct rl_tick_ops rl_tick_ops = {
	.fire = rl_fire,
};
