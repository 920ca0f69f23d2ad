// SPDX-License-Identifier: GPL-2.0
/*
 * The RTL-8139 driver's main server (nic): the chip's bring-up and
 * shutdown, what Linux asks of the interface through netdev (open, stop,
 * receive filter, station address, counters, NAPI poll), and the
 * constructor that builds the driver from its pcidev and makes the three
 * local servers. Receiving is in rx.c.
 */
#include "rtl8139.h"

BSS_IMPL_nic(rt, struct rtl);

static void chip_reset(struct rtl *r)
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
static void idr_write(struct rtl *r)
{
	rtl_w32(r, IDR0, (u32)r->mac);
	rtl_w32(r, IDR0 + 4, (u32)(r->mac >> 32) & 0xffff);
}

static u64 read_mac(struct rtl *r)
{
	return rtl_r32(r, IDR0) | (u64)(rtl_r32(r, IDR0 + 4) & 0xffff) << 32;
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

	chip_reset(r);
	rtl_w8(r, CFG9346, CFG9346_WRITE);
	idr_write(r);
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

static void chip_stop(struct rtl *r)
{
	rtl_w16(r, IMR, 0);
	rtl_w8(r, CR, 0);
	rtl_w16(r, ISR, 0xffff);
}

static u32 rt_open(struct rtl *r)
{
	r->rx_masked = 0;
	r->tx_full = 0;
	r->rcr = READ_ONCE(r->rcr_want);
	rtl_chip_start(r);
	r->carrier = ~0u;
	rtl_link_check(r);
	timer_start(REF_timer, r->link, LINK_PERIOD_MS, LINK_PERIOD_MS);
	return 0;
}

static void rt_stop(struct rtl *r)
{
	timer_stop(REF_timer);
	chip_stop(r);
}

/*
 * NAPI poll, when the interrupt handler handed receiving over (or a new
 * receive configuration waits), and when Linux stopped its transmit queue.
 */
static u32 rt_poll(struct rtl *r, u32 budget, u32 stopped)
{
	u32 work = 0;

	if (stopped)
		rtl_tx_reclaim(r, true);
	if (READ_ONCE(r->rx_masked) || READ_ONCE(r->rcr_want) != r->rcr)
		work = rtl_rx_poll(r, budget);
	return work;
}

/* The hash filter now; a new receive configuration through the poll. */
static void rt_set_rx_mode(struct rtl *r, u32 flags, u64 filter)
{
	u32 rcr = RCR_DEFAULT | (flags & BSS_NIC_RX_PROMISC ? RCR_AAP : 0);

	r->mar = flags & (BSS_NIC_RX_PROMISC | BSS_NIC_RX_ALLMULTI) ? ~0ULL : filter;
	rtl_w32(r, MAR0, (u32)r->mar);
	rtl_w32(r, MAR0 + 4, r->mar >> 32);
	if (rcr == READ_ONCE(r->rcr_want))
		return;
	WRITE_ONCE(r->rcr_want, rcr);
	netdev_schedule(REF_net);
}

/*
 * A new station address, up or down: written now, and kept for every
 * chip start (open, a receive restart). The lock keeps it whole against a
 * restart from the poll; open runs under the same rtnl as this.
 */
static u32 rt_set_mac(struct rtl *r, u64 mac)
{
	bss_lock();
	r->mac = mac;
	rtl_w8(r, CFG9346, CFG9346_WRITE);
	idr_write(r);
	rtl_w8(r, CFG9346, CFG9346_NORMAL);
	bss_unlock();
	return 0;
}

static const char rt_counter_names[C_MAX][BSS_NIC_COUNTER_NAME_LEN] = {
	[C_RX_RESTARTS] = "main.rx_restarts",
	[C_IRQ_HANDLED] = "irq.handled",
	[C_IRQ_SPURIOUS] = "irq.spurious",
	[C_TX_QUEUED] = "tx.queued",
	[C_TX_BUSY] = "tx.busy",
	[C_TX_ERRORS] = "tx.errors",
	[C_LINK_CHECKS] = "link.checks",
	[C_LINK_CHANGES] = "link.changes",
};

static u64 rt_counter(struct rtl *r, u32 i)
{
	return i < C_MAX ? r->counters[i] : 0;
}

static u32 rt_counter_name(struct rtl *r, u32 i, void *name, u64 len)
{
	if (i >= C_MAX || len < BSS_NIC_COUNTER_NAME_LEN)
		return 0;
	memcpy(name, rt_counter_names[i], BSS_NIC_COUNTER_NAME_LEN);
	return 1;
}

static bss_ref_t rt_rxq(struct rtl *r)
{
	return REF_rxq;
}

static const struct rt_nic_ops rt_nic_ops = {
	.open = rt_open,
	.stop = rt_stop,
	.poll = rt_poll,
	.set_rx_mode = rt_set_rx_mode,
	.set_mac = rt_set_mac,
	.counter = rt_counter,
	.rxq = rt_rxq,
	.counter_name = rt_counter_name,
};

/* The local servers are parts of the main one: nothing of their own to free. */
static void part_put(struct rtl *r)
{
}

static int rt_ctor(struct rtl *r)
{
	r->regs = pcidev_map(REF_dev, 1);
	pcidev_dma_mask(REF_dev, 32);
	pcidev_bus_master(REF_dev, 1);
	r->rxbuf = bss_ref_keep(pcidev_dma_alloc(REF_dev, RX_ALLOC));
	r->txbuf = bss_ref_keep(pcidev_dma_alloc(REF_dev, TX_SLOTS * TX_BUF));
	r->rx = (u8 *)(unsigned long)dmabuf_vaddr(r->rxbuf);
	r->rx_bus = dmabuf_busaddr(r->rxbuf);
	r->tx = (u8 *)(unsigned long)dmabuf_vaddr(r->txbuf);
	r->tx_bus = dmabuf_busaddr(r->txbuf);
	r->rcr = RCR_DEFAULT;
	r->rcr_want = RCR_DEFAULT;
	r->mar = ~0ULL;
	chip_reset(r);
	r->mac = read_mac(r);
	r->irq = bss_ref_keep(bss_local_create(irq, r));
	r->txs = bss_ref_keep(bss_local_create(tx, r));
	r->link = bss_ref_keep(bss_local_create(link, r));
	pcidev_irq_attach(REF_dev, r->irq);
	netdev_attach(REF_net, r->mac, bss_self(), r->txs, r->txbuf);
	return 0;
}

/* Also after a constructor that failed part way: nothing mapped, nothing to stop. */
static void rt_dtor(struct rtl *r)
{
	timer_stop(REF_timer);
	if (r->regs)
		chip_stop(r);
	netdev_detach(REF_net);
	pcidev_irq_detach(REF_dev);
	pcidev_bus_master(REF_dev, 0);
}

BSS_CTOR(struct rtl, rt_ctor);
BSS_DTOR(struct rtl, rt_dtor);

BSS_SERVER(rt, struct rtl,
	   .ctor = __bss_ctor,
	   .dtor = __bss_dtor,
	   .attrs = BSS_ATTR_THREAD_SAFE | BSS_ATTR_CALLBACKS,
	   .stack_need = 256);
MODULE_DESCRIPTION("BSS server: RealTek RTL-8139 network driver");
