// SPDX-License-Identifier: GPL-2.0
/*
 * The RTL-8139 driver's transmit side, a local server (nictx) that netdev
 * calls from Linux's transmit path: four buffers the chip sends from in
 * turn, cur_tx the next to fill, dirty_tx the oldest not yet reclaimed.
 */
#define BSS_PART
#include "rtl8139.h"

BSS_IMPL_nictx(rtx, struct rtl);

static u64 slot_offset(u32 n)
{
	return (u64)(n % TX_SLOTS) * TX_BUF;
}

/* Under the lock: the buffers the chip is done with; true if one is free. */
static bool reclaim_locked(struct rtl *r)
{
	u32 status;

	while (r->dirty_tx != r->cur_tx) {
		status = rtl_r32(r, TSD0 + 4 * (r->dirty_tx % TX_SLOTS));
		if (!(status & (TSD_TOK | TSD_TUN | TSD_TABT)))
			break;
		if (status & (TSD_TUN | TSD_TABT))
			r->counters[C_TX_ERRORS]++;
		r->dirty_tx++;
	}
	return r->cur_tx - r->dirty_tx < TX_SLOTS;
}

/*
 * Full: Linux's queue may stop, so transmit interrupts come on until a
 * buffer is free again. Under the lock.
 */
static void tx_stop(struct rtl *r)
{
	r->tx_full = 1;
	rtl_imr_update(r);
}

/*
 * Reclaim from the hard IRQ (transmit interrupts are on only while full)
 * and from the poll. The wake that cannot be lost is the poll's: netdev
 * polls once more after every stop and says that the queue is stopped,
 * and the poll wakes it if there is room, whoever freed it (stop_queue()
 * in ksrv_net.c).
 */
void rtl_tx_reclaim(struct rtl *r, bool stopped)
{
	bool room;

	bss_lock();
	room = reclaim_locked(r);
	if (room && r->tx_full) {
		r->tx_full = 0;
		rtl_imr_update(r);
		stopped = true;
	}
	bss_unlock();
	if (room && stopped)
		netdev_wake(REF_net);
}

/*
 * Linux sends one frame at a time (its transmit lock), so the slot
 * reserve() names stays the next one until send(), unless a chip restart
 * came between: then the frame is dropped.
 */
static u64 rtx_reserve(struct rtl *r, u32 len)
{
	u32 cur = READ_ONCE(r->cur_tx);
	u64 off = BSS_NICTX_NO_SLOT;

	if (len > ETH_MAX)
		return BSS_NICTX_REFUSED;
	if (cur - READ_ONCE(r->dirty_tx) < TX_SLOTS)
		return slot_offset(cur);
	bss_lock();
	if (reclaim_locked(r)) {
		off = slot_offset(r->cur_tx);
	} else {
		r->counters[C_TX_BUSY]++;
		tx_stop(r);
	}
	bss_unlock();
	return off;
}

/*
 * Start the frame, and reclaim what is done (QEMU: this one already).
 * Returns where the next frame goes, or that there is no room.
 */
static u64 rtx_send(struct rtl *r, u64 off, u32 len)
{
	u64 ret;

	bss_lock();
	if (off != slot_offset(r->cur_tx) || len > ETH_MAX ||
	    r->cur_tx - r->dirty_tx >= TX_SLOTS) {
		r->counters[C_TX_ERRORS]++;
		bss_unlock();
		return BSS_NICTX_REFUSED;
	}
	if (len < ETH_MIN) {
		__builtin_memset(r->tx + off + len, 0, ETH_MIN - len);
		len = ETH_MIN;
	}
	rtl_w32(r, TSD0 + 4 * (r->cur_tx % TX_SLOTS), len | TSD_ERTXTH(256));
	r->cur_tx++;
	r->counters[C_TX_QUEUED]++;
	if (reclaim_locked(r)) {
		ret = slot_offset(r->cur_tx);
	} else {
		tx_stop(r);
		ret = BSS_NICTX_NO_SLOT;
	}
	bss_unlock();
	return ret;
}

static const struct rtx_nictx_ops rtx_nictx_ops = {
	.reserve = rtx_reserve,
	.send = rtx_send,
};
