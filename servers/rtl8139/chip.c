// SPDX-License-Identifier: GPL-2.0
/*
 * The RTL-8139 chip itself, for every part of the driver: reset, bring-up
 * from reset with the driver's state, shutdown, the interrupt mask and
 * the station address. It uses nothing of the servers but struct rtl.
 */
#define BSS_PART
#include "rtl8139.h"

void rtl_chip_reset(struct rtl *r)
{
	int i;

	rtl_w8(r, CR, CR_RST);
	for (i = 0; i < 1000 && (rtl_r8(r, CR) & CR_RST); i++)
		time_delay_us(REF_time, 10);
}

/*
 * The interrupt mask for who owns what, under the lock (or before the
 * chip is started): receiving masked while NAPI has it (rx_masked), and
 * transmit interrupts only while Linux's queue may be stopped (tx_full).
 * Otherwise sent buffers are reclaimed by the next transmit, with no
 * interrupt per frame.
 */
void rtl_imr_update(struct rtl *r)
{
	u16 imr = INT_HANDLED;

	if (r->rx_masked)
		imr &= ~INT_RX;
	if (!r->tx_full)
		imr &= ~INT_TX;
	rtl_w16(r, IMR, imr);
}

/*
 * The station address into IDR0-5, in config-write mode (CFG9346_WRITE):
 * the datasheet makes them writable only there, 4 bytes at a time.
 */
void rtl_idr_write(struct rtl *r)
{
	rtl_w32(r, IDR0, (u32)r->mac);
	rtl_w32(r, IDR0 + 4, (u32)(r->mac >> 32) & 0xffff);
}

/*
 * Bring the chip up from reset with the address, buffers, receive
 * configuration, filter and interrupt owners of r. The address is written
 * every time: QEMU's model goes back to its own on a reset. The ring base
 * is set before the receiver is on, so that no frame goes anywhere else;
 * the receive configuration after, as the datasheet orders (QEMU's model
 * also starts its ring over on that write).
 */
void rtl_chip_start(struct rtl *r)
{
	int i;

	rtl_chip_reset(r);
	rtl_w8(r, CFG9346, CFG9346_WRITE);
	rtl_idr_write(r);
	rtl_w32(r, RBSTART, r->rx_bus);
	for (i = 0; i < TX_SLOTS; i++)
		rtl_w32(r, TSAD0 + 4 * i, r->tx_bus + i * TX_BUF);
	rtl_w8(r, CR, CR_RE | CR_TE);
	rtl_w32(r, RCR, r->rcr);
	rtl_w32(r, MAR0, (u32)r->mar);
	rtl_w32(r, MAR0 + 4, r->mar >> 32);
	rtl_w32(r, TCR, TCR_BASE);
	rtl_w8(r, CFG9346, CFG9346_NORMAL);
	rtl_w32(r, MPC, 0);
	r->cur_rx = 0;
	r->cur_tx = 0;
	r->dirty_tx = 0;
	/*
	 * QEMU holds back frames it had no room for, and after a reset a
	 * "receive disabled" state, until the read pointer is written: write
	 * it now, or an empty ring would never be refilled
	 * (docs/rtl8139-qemu.md).
	 */
	rtl_w16(r, CAPR, (u16)(r->cur_rx - 16));
	rtl_imr_update(r);
}

void rtl_chip_stop(struct rtl *r)
{
	rtl_w16(r, IMR, 0);
	rtl_w8(r, CR, 0);
	rtl_w16(r, ISR, 0xffff);
}
