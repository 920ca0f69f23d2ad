// SPDX-License-Identifier: GPL-2.0
/*
 * The RTL-8139 driver's interrupt handler, a local server (irqh) that
 * pcidev calls from the hard IRQ.
 */
#define BSS_PART
#include "rtl8139.h"

BSS_IMPL_irqh(ri, struct rtl);

/*
 * Receiving in the hard IRQ: a few frames straight into the queue, which
 * schedules NAPI to take them on, with no poll into the driver (one entry
 * per received frame where 8139too and NAPI take two). More than a few
 * waiting, NAPI already busy, a bad frame, a full queue or a new receive
 * configuration: mask receiving and let the poll take over, as NAPI
 * drivers do under load. rx_masked says who owns the ring; it changes
 * only together with IMR and under the lock, which this holds while it
 * reads the ring, so the poll never reads it at the same time.
 */
static void rx_irq(struct rtl *r)
{
	u32 work = 0;

	bss_lock();
	if (!r->rx_masked && (rtl_rx(r, RX_IRQ_FRAMES, &work, true) != RX_EMPTY ||
			      READ_ONCE(r->rcr_want) != r->rcr)) {
		rtl_rx_owner_locked(r, 1);
		netdev_schedule(REF_net);
	}
	bss_unlock();
}

/*
 * Hard IRQ: acknowledge everything, reclaim sent buffers while full (a
 * few register reads), count an overflow once, and receive (rx_irq()).
 */
static u32 ri_handle(struct rtl *r)
{
	u16 status = rtl_r16(r, ISR);

	if (!status || status == 0xffff) {
		r->counters[C_IRQ_SPURIOUS]++;
		return 0;
	}
	r->counters[C_IRQ_HANDLED]++;
	rtl_w16(r, ISR, status);
	if (status & INT_LINK)
		rtl_link_check(r);
	if (status & INT_RX_OVER)
		netdev_error(REF_net, BSS_NETDEV_ERR_RX_FIFO);
	if ((status & INT_TX) && READ_ONCE(r->tx_full))
		rtl_tx_reclaim(r, false);
	if (status & INT_RX)
		rx_irq(r);
	return 1;
}

static const struct ri_irqh_ops ri_irqh_ops = {
	.handle = ri_handle,
};
