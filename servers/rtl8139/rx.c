// SPDX-License-Identifier: GPL-2.0
/*
 * The RTL-8139 driver's receive path, part of the main server: the ring
 * into the packet queue, from NAPI's poll (rtl_rx_poll()) or from the
 * interrupt handler (irq.c), whichever owns the ring (rx_masked, under the
 * lock); a new receive configuration; a restart after a bad frame header.
 */
#define BSS_PART
#include "rtl8139.h"

/*
 * A frame header that makes no sense: start the chip over. Toggling only
 * the receiver would not do: the chip (and QEMU's model of it) keeps its
 * ring write position, so only a reset brings both ends back to zero.
 * Called from the poll, which owns receiving: it stays masked until the
 * poll is done.
 */
static void rx_restart(struct rtl *r)
{
	r->counters[C_RX_RESTARTS]++;
	netdev_error(REF_net, BSS_NETDEV_ERR_RX);
	bss_lock();
	r->rx_masked = 1;
	rtl_chip_start(r);
	bss_unlock();
	netdev_wake(REF_net);
}

/*
 * A new receive configuration (promiscuous on or off). QEMU's model starts
 * its ring over at offset 0 on every write of it, so only the poll, which
 * owns the read position, writes it, and starts reading at 0 as well;
 * frames still in the ring are lost, as on a filter change in hardware.
 */
static void rx_mode_apply(struct rtl *r)
{
	r->rcr = READ_ONCE(r->rcr_want);
	rtl_w32(r, RCR, r->rcr);
	r->cur_rx = 0;
	rtl_w16(r, CAPR, (u16)(r->cur_rx - 16));
}

/*
 * Receive from the ring into the queue: each frame is a 4-byte header
 * (status, length with CRC; little-endian) and the frame, the next one
 * 4-byte aligned. Writing CAPR after each frame frees its space at once;
 * QEMU also delivers the frames it held back for lack of space only on
 * that write. A full queue leaves the frame in the ring (the chip drops
 * and counts what no longer fits: the flood protection). From the IRQ, a
 * busy consumer (NAPI already scheduled) ends it too: the poll will take
 * the rest, with receive interrupts masked meanwhile. RX_MORE: frames are
 * left, or may come while the consumer works.
 */
int rtl_rx(struct rtl *r, u32 budget, u32 *work, bool irq)
{
	u32 off, hdr, size, taken;

	while (!(rtl_r8(r, CR) & CR_BUFE)) {
		if (*work == budget)
			return RX_MORE;
		off = r->cur_rx % RX_LEN;
		hdr = le32_to_cpu(READ_ONCE(*(__le32 *)(r->rx + off)));
		size = hdr >> 16;
		if (!(hdr & RX_OK) || size < ETH_MIN + 4 || size > ETH_MAX + 4)
			return RX_BAD;
		taken = pktq_put(REF_rxq, r->rx + off + 4, size - 4);
		if (taken == BSS_PKTQ_FULL)
			return RX_MORE;
		(*work)++;
		r->cur_rx = (r->cur_rx + size + 4 + 3) & ~3u;
		rtl_w16(r, CAPR, (u16)(r->cur_rx - 16));
		if (irq && taken == BSS_PKTQ_BUSY)
			return RX_MORE;
	}
	return RX_EMPTY;
}

/* Hand receiving to the poll (or back, rx_masked 0), with the mask, under the lock. */
void rtl_rx_owner_locked(struct rtl *r, u32 poll)
{
	if (r->rx_masked == poll)
		return;
	r->rx_masked = poll;
	rtl_imr_update(r);
}

/*
 * The poll's receiving: it owns the ring until it is empty, then gives it
 * back to the interrupt handler. A frame that arrived after the
 * acknowledgment interrupts as soon as the mask is lifted.
 */
u32 rtl_rx_poll(struct rtl *r, u32 budget)
{
	u32 work = 0;
	int state;

	bss_lock();
	rtl_rx_owner_locked(r, 1);
	bss_unlock();
	if (READ_ONCE(r->rcr_want) != r->rcr)
		rx_mode_apply(r);
	rtl_w16(r, ISR, INT_ROK | INT_RER);
	state = rtl_rx(r, budget, &work, false);
	if (state == RX_BAD)
		rx_restart(r);
	if (state != RX_EMPTY) {
		netdev_schedule(REF_net);
		return work;
	}
	bss_lock();
	rtl_rx_owner_locked(r, 0);
	bss_unlock();
	return work;
}
