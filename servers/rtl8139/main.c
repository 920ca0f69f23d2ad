// SPDX-License-Identifier: GPL-2.0
/*
 * The RTL-8139 driver's main server (nic): what Linux asks of the
 * interface through netdev (open, stop, receive filter, station address,
 * counters, NAPI poll), and the constructor that builds the driver from
 * its pcidev and makes the three local servers. Receiving is in rx.c, the
 * chip's registers in chip.c.
 */
#include "rtl8139.h"

BSS_IMPL_nic(rt, struct rtl);

static u64 read_mac(struct rtl *r)
{
	return rtl_r32(r, IDR0) | (u64)(rtl_r32(r, IDR0 + 4) & 0xffff) << 32;
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
	rtl_chip_stop(r);
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
	rtl_idr_write(r);
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
	rtl_chip_reset(r);
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
		rtl_chip_stop(r);
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
