// SPDX-License-Identifier: GPL-2.0
/*
 * rtl8139: a driver server for the RealTek RTL-8139 in its classic
 * (ring-buffer) mode, built only on BSS services: registers through
 * pcidev (BAR 1, MMIO), DMA memory for the receive ring and the four
 * transmit buffers, received frames into a packet queue (pktq), Linux
 * through netdev. As in the thesis (4.4) it is a main server (nic: control
 * and receive) with local servers for the interrupt handler (irqh, called
 * from the hard IRQ), the transmit side (nictx, called by Linux's transmit
 * path) and the link (tick, called by a timer every second). Register and
 * ring facts come from the RTL8139 datasheet (and agree with Linux's
 * 8139too).
 */
#define BSS_REQUIRED(X) X(dev, pcidev) X(net, netdev) X(time, time) X(timer, timer) \
	X(rxq, pktq)
#define BSS_IMPORTS(X, S) X(pcidev, map) X(pcidev, irq_attach) \
	X(pcidev, irq_detach) X(pcidev, dma_alloc) X(pcidev, dma_mask) \
	X(pcidev, bus_master) X(dmabuf, vaddr) X(dmabuf, busaddr) \
	X(netdev, attach) X(netdev, detach) X(netdev, schedule) X(netdev, carrier) \
	X(netdev, wake) X(netdev, error) X(pktq, put) X(time, delay_us) \
	X(timer, start) X(timer, stop) \
	S(local_create) S(ref_keep) S(self) S(lock) S(unlock)
#define BSS_LOCALS(X) X(irq, irqh, ri, struct rtl, part_put) \
	X(tx, nictx, rtx, struct rtl, part_put) X(link, tick, rl, struct rtl, part_put)
#include <bss/server.h>

/* Registers (BAR 1). */
#define IDR0		0x00
#define MAR0		0x08
#define TSD0		0x10
#define TSAD0		0x20
#define RBSTART		0x30
#define CR		0x37
#define CAPR		0x38
#define IMR		0x3c
#define ISR		0x3e
#define TCR		0x40
#define RCR		0x44
#define MPC		0x4c
#define CFG9346		0x50
#define CFG9346_WRITE	0xc0	/* config write: IDR0-5 and CONFIG* writable */
#define CFG9346_NORMAL	0x00
#define BMSR		0x64

#define CR_RST		0x10
#define CR_RE		0x08
#define CR_TE		0x04
#define CR_BUFE		0x01

#define INT_ROK		0x0001
#define INT_RER		0x0002
#define INT_TOK		0x0004
#define INT_TER		0x0008
#define INT_RXOVW	0x0010
#define INT_LINK	0x0020
#define INT_FOVW	0x0040
#define INT_TIMEOUT	0x4000
#define INT_SERR	0x8000
#define INT_RX		(INT_ROK | INT_RER | INT_RXOVW | INT_FOVW)
#define INT_RX_OVER	(INT_RXOVW | INT_FOVW)
#define INT_TX		(INT_TOK | INT_TER)
#define INT_ALL		(INT_RX | INT_TX | INT_LINK | INT_TIMEOUT | INT_SERR)

#define TSD_OWN		0x00002000
#define TSD_TUN		0x00004000
#define TSD_TOK		0x00008000
#define TSD_TABT	0x40000000
#define TSD_THRESH	(8 << 16)	/* start sending after 256 bytes */

#define RCR_AAP		0x01
#define RCR_APM		0x02
#define RCR_AM		0x04
#define RCR_AB		0x08
#define RCR_WRAP	0x80
#define RCR_BASE	((7 << 13) | (2 << 11) | (7 << 8) | RCR_WRAP)	/* 32K ring */
#define RCR_DEFAULT	(RCR_BASE | RCR_AB | RCR_APM | RCR_AM)
#define TCR_BASE	((3 << 24) | (6 << 8))
#define BMSR_LINK	0x0004
#define RX_OK		0x0001

#define RX_LEN		32768
#define RX_ALLOC	(RX_LEN + 16 + 1536)	/* WRAP: a frame may run past the end */
#define TX_SLOTS	4
#define TX_BUF		1536
#define ETH_MIN		60
#define ETH_MAX		1514

/* Per-server counters: rt_counter_name() gives their names. */
enum {
	C_RX_RESTARTS, C_IRQ_HANDLED, C_IRQ_SPURIOUS, C_TX_QUEUED, C_TX_BUSY,
	C_TX_ERRORS, C_LINK_CHECKS, C_LINK_CHANGES, C_MAX
};

#define LINK_PERIOD_MS	1000
#define RX_IRQ_FRAMES	4	/* more waiting: the poll takes over */

enum { RX_EMPTY, RX_MORE, RX_BAD };

struct rtl {
	bss_ref_t rxbuf, txbuf, irq, txs, link;
	u8 *rx;
	u8 *tx;
	u64 rx_bus;
	u64 tx_bus;
	u32 cur_rx;
	u32 cur_tx;			/* under bss_lock() */
	u32 dirty_tx;
	u64 regs;			/* BAR 1, by pcidev.map */
	u32 rcr;			/* programmed receive configuration */
	u32 rcr_want;			/* what Linux asked for; the poll applies it */
	u64 mar;			/* multicast hash filter */
	u64 mac;			/* station address; changed under bss_lock() */
	u32 carrier;
	u32 rx_masked;			/* the poll owns receiving, not the IRQ */
	u32 tx_full;			/* Linux may have stopped its queue */
	u64 counters[C_MAX];
};

BSS_IMPL_nic(rt, struct rtl);
BSS_IMPL_irqh(ri, struct rtl);
BSS_IMPL_nictx(rtx, struct rtl);
BSS_IMPL_tick(rl, struct rtl);

static u32 rd(struct rtl *r, u32 off, u32 size)
{
	return bss_mmio_read(r->regs, off, size);
}

static void wr(struct rtl *r, u32 off, u32 size, u32 v)
{
	bss_mmio_write(r->regs, off, size, v);
}

static void chip_reset(struct rtl *r)
{
	int i;

	wr(r, CR, 1, CR_RST);
	for (i = 0; i < 1000 && (rd(r, CR, 1) & CR_RST); i++)
		time_delay_us(REF_time, 10);
}

/*
 * The interrupt mask for who owns what, under the lock (or before the
 * chip is started): receiving masked while NAPI has it (rx_masked), and
 * transmit interrupts only while Linux's queue may be stopped (tx_full).
 * Otherwise sent buffers are reclaimed by the next transmit, with no
 * interrupt per frame.
 */
static void imr_update(struct rtl *r)
{
	u32 imr = INT_ALL;

	if (r->rx_masked)
		imr &= ~INT_RX;
	if (!r->tx_full)
		imr &= ~INT_TX;
	wr(r, IMR, 2, imr);
}

/*
 * The station address into IDR0-5, in config-write mode (CFG9346_WRITE):
 * the datasheet makes them writable only there, 4 bytes at a time.
 */
static void idr_write(struct rtl *r)
{
	wr(r, IDR0, 4, (u32)r->mac);
	wr(r, IDR0 + 4, 4, (u32)(r->mac >> 32) & 0xffff);
}

/*
 * Bring the chip up from reset with the address, buffers, receive
 * configuration, filter and interrupt owners of r. The address is written
 * every time: QEMU's model goes back to its own on a reset. The ring base
 * is set before the receiver is on, so that no frame goes anywhere else;
 * the receive configuration after, as the datasheet orders (QEMU's model
 * also starts its ring over on that write).
 */
static void chip_start(struct rtl *r)
{
	int i;

	chip_reset(r);
	wr(r, CFG9346, 1, CFG9346_WRITE);
	idr_write(r);
	wr(r, RBSTART, 4, r->rx_bus);
	for (i = 0; i < TX_SLOTS; i++)
		wr(r, TSAD0 + 4 * i, 4, r->tx_bus + i * TX_BUF);
	wr(r, CR, 1, CR_RE | CR_TE);
	wr(r, RCR, 4, r->rcr);
	wr(r, MAR0, 4, (u32)r->mar);
	wr(r, MAR0 + 4, 4, r->mar >> 32);
	wr(r, TCR, 4, TCR_BASE);
	wr(r, CFG9346, 1, CFG9346_NORMAL);
	wr(r, MPC, 4, 0);
	r->cur_rx = 0;
	r->cur_tx = 0;
	r->dirty_tx = 0;
	/*
	 * QEMU holds back frames it had no room for, and after a reset a
	 * "receive disabled" state, until the read pointer is written: write
	 * it now, or an empty ring would never be refilled
	 * (docs/rtl8139-qemu.md).
	 */
	wr(r, CAPR, 2, (u16)(r->cur_rx - 16));
	imr_update(r);
}

/* The link server: carrier from the PHY, on a timer and on link interrupts. */
static void link_check(struct rtl *r)
{
	u32 up = !!(rd(r, BMSR, 2) & BMSR_LINK);

	r->counters[C_LINK_CHECKS]++;
	if (up != r->carrier)
		r->counters[C_LINK_CHANGES]++;
	r->carrier = up;
	netdev_carrier(REF_net, up);
}

static u32 rl_fire(struct rtl *r)
{
	link_check(r);
	return 0;
}

static const struct rl_tick_ops rl_tick_ops = {
	.fire = rl_fire,
};

static u32 rt_open(struct rtl *r)
{
	r->rx_masked = 0;
	r->tx_full = 0;
	r->rcr = READ_ONCE(r->rcr_want);
	chip_start(r);
	r->carrier = ~0u;
	link_check(r);
	timer_start(REF_timer, r->link, LINK_PERIOD_MS, LINK_PERIOD_MS);
	return 0;
}

static void chip_stop(struct rtl *r)
{
	wr(r, IMR, 2, 0);
	wr(r, CR, 1, 0);
	wr(r, ISR, 2, 0xffff);
}

static void rt_stop(struct rtl *r)
{
	timer_stop(REF_timer);
	chip_stop(r);
}

/* Under the lock: the buffers the chip is done with; true if one is free. */
static bool reclaim_locked(struct rtl *r)
{
	u32 status;

	while (r->dirty_tx != r->cur_tx) {
		status = rd(r, TSD0 + 4 * (r->dirty_tx % TX_SLOTS), 4);
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
	imr_update(r);
}

/*
 * Reclaim from the hard IRQ (transmit interrupts are on only while full)
 * and from the poll. The wake that cannot be lost is the poll's: netdev
 * polls once more after every stop and says that the queue is stopped,
 * and the poll wakes it if there is room, whoever freed it (stop_queue()
 * in ksrv_net.c).
 */
static void tx_reclaim(struct rtl *r, bool stopped)
{
	bool room;

	bss_lock();
	room = reclaim_locked(r);
	if (room && r->tx_full) {
		r->tx_full = 0;
		imr_update(r);
		stopped = true;
	}
	bss_unlock();
	if (room && stopped)
		netdev_wake(REF_net);
}

/*
 * The transmit server. Linux sends one frame at a time (its transmit
 * lock), so the slot reserve() names stays the next one until send(),
 * unless a chip restart came between: then the frame is dropped.
 */
static u64 rtx_reserve(struct rtl *r, u32 len)
{
	u32 cur = READ_ONCE(r->cur_tx);
	u64 off = BSS_NICTX_NO_SLOT;

	if (len > ETH_MAX)
		return BSS_NICTX_REFUSED;
	if (cur - READ_ONCE(r->dirty_tx) < TX_SLOTS)
		return (u64)(cur % TX_SLOTS) * TX_BUF;
	bss_lock();
	if (reclaim_locked(r)) {
		off = (u64)(r->cur_tx % TX_SLOTS) * TX_BUF;
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
	if (off != (u64)(r->cur_tx % TX_SLOTS) * TX_BUF || len > ETH_MAX ||
	    r->cur_tx - r->dirty_tx >= TX_SLOTS) {
		r->counters[C_TX_ERRORS]++;
		bss_unlock();
		return BSS_NICTX_REFUSED;
	}
	if (len < ETH_MIN) {
		__builtin_memset(r->tx + off + len, 0, ETH_MIN - len);
		len = ETH_MIN;
	}
	wr(r, TSD0 + 4 * (r->cur_tx % TX_SLOTS), 4, len | TSD_THRESH);
	r->cur_tx++;
	r->counters[C_TX_QUEUED]++;
	if (reclaim_locked(r)) {
		ret = (u64)(r->cur_tx % TX_SLOTS) * TX_BUF;
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
	chip_start(r);
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
	wr(r, RCR, 4, r->rcr);
	r->cur_rx = 0;
	wr(r, CAPR, 2, (u16)(r->cur_rx - 16));
}

/*
 * Receive from the ring into the queue: each frame is a 4-byte header
 * (status, length with CRC) and the frame, the next one 4-byte aligned.
 * Writing CAPR after each frame frees its space at once; QEMU also
 * delivers the frames it held back for lack of space only on that write.
 * A full queue leaves the frame in the ring (the chip drops and counts
 * what no longer fits: the flood protection). From the IRQ, a busy
 * consumer (NAPI already scheduled) ends it too: the poll will take the
 * rest, with receive interrupts masked meanwhile. RX_MORE: frames are
 * left, or may come while the consumer works.
 */
static int rx(struct rtl *r, u32 budget, u32 *work, bool irq)
{
	u32 off, hdr, size, taken;

	while (!(rd(r, CR, 1) & CR_BUFE)) {
		if (*work == budget)
			return RX_MORE;
		off = r->cur_rx % RX_LEN;
		hdr = READ_ONCE(*(u32 *)(r->rx + off));
		size = hdr >> 16;
		if (!(hdr & RX_OK) || size < ETH_MIN + 4 || size > ETH_MAX + 4)
			return RX_BAD;
		taken = pktq_put(REF_rxq, r->rx + off + 4, size - 4);
		if (!taken)
			return RX_MORE;
		(*work)++;
		r->cur_rx = (r->cur_rx + size + 4 + 3) & ~3u;
		wr(r, CAPR, 2, (u16)(r->cur_rx - 16));
		if (irq && taken == BSS_PKTQ_BUSY)
			return RX_MORE;
	}
	return RX_EMPTY;
}

/* Hand receiving to the poll (or back, rx_masked 0), with the mask, under the lock. */
static void rx_owner_locked(struct rtl *r, u32 poll)
{
	if (r->rx_masked == poll)
		return;
	r->rx_masked = poll;
	imr_update(r);
}

/*
 * The poll's receiving: it owns the ring until it is empty, then gives it
 * back to the interrupt handler. A frame that arrived after the
 * acknowledgment interrupts as soon as the mask is lifted.
 */
static u32 rx_poll(struct rtl *r, u32 budget)
{
	u32 work = 0;
	int state;

	bss_lock();
	rx_owner_locked(r, 1);
	bss_unlock();
	if (READ_ONCE(r->rcr_want) != r->rcr)
		rx_mode_apply(r);
	wr(r, ISR, 2, INT_ROK | INT_RER);
	state = rx(r, budget, &work, false);
	if (state == RX_BAD)
		rx_restart(r);
	if (state != RX_EMPTY) {
		netdev_schedule(REF_net);
		return work;
	}
	bss_lock();
	rx_owner_locked(r, 0);
	bss_unlock();
	return work;
}

/*
 * NAPI poll, when the interrupt handler handed receiving over (or a new
 * receive configuration waits), and when Linux stopped its transmit queue.
 */
static u32 rt_poll(struct rtl *r, u32 budget, u32 stopped)
{
	u32 work = 0;

	if (stopped)
		tx_reclaim(r, true);
	if (READ_ONCE(r->rx_masked) || READ_ONCE(r->rcr_want) != r->rcr)
		work = rx_poll(r, budget);
	return work;
}

/* The hash filter now; a new receive configuration through the poll. */
static void rt_set_rx_mode(struct rtl *r, u32 flags, u64 filter)
{
	u32 rcr = RCR_DEFAULT | (flags & BSS_NIC_RX_PROMISC ? RCR_AAP : 0);

	r->mar = flags & (BSS_NIC_RX_PROMISC | BSS_NIC_RX_ALLMULTI) ? ~0ULL : filter;
	wr(r, MAR0, 4, (u32)r->mar);
	wr(r, MAR0 + 4, 4, r->mar >> 32);
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
	wr(r, CFG9346, 1, CFG9346_WRITE);
	idr_write(r);
	wr(r, CFG9346, 1, CFG9346_NORMAL);
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

/*
 * Receiving in the hard IRQ: a few frames straight into the queue, which
 * schedules NAPI to take them on, with no poll into the driver (one entry
 * per received frame where 8139too and NAPI take two). More than a few
 * waiting, NAPI already busy, a bad frame, a full queue or a new receive
 * configuration: mask receiving and let the poll take over, as NAPI
 * drivers do under load. rx_masked says who owns the
 * ring; it changes only together with IMR and under the lock, which this
 * holds while it reads the ring, so the poll never reads it at the same
 * time.
 */
static void rx_irq(struct rtl *r)
{
	u32 work = 0;

	bss_lock();
	if (!r->rx_masked && (rx(r, RX_IRQ_FRAMES, &work, true) != RX_EMPTY ||
			      READ_ONCE(r->rcr_want) != r->rcr)) {
		rx_owner_locked(r, 1);
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
	u32 status = rd(r, ISR, 2);

	if (!status || status == 0xffff) {
		r->counters[C_IRQ_SPURIOUS]++;
		return 0;
	}
	r->counters[C_IRQ_HANDLED]++;
	wr(r, ISR, 2, status);
	if (status & INT_LINK)
		link_check(r);
	if (status & INT_RX_OVER)
		netdev_error(REF_net, BSS_NETDEV_ERR_RX_FIFO);
	if ((status & INT_TX) && READ_ONCE(r->tx_full))
		tx_reclaim(r, false);
	if (status & INT_RX)
		rx_irq(r);
	return 1;
}

static const struct ri_irqh_ops ri_irqh_ops = {
	.handle = ri_handle,
};

/* The local servers are parts of the main one: nothing of their own to free. */
static void part_put(struct rtl *r)
{
}

static u64 read_mac(struct rtl *r)
{
	return rd(r, IDR0, 4) | (u64)(rd(r, IDR0 + 4, 4) & 0xffff) << 32;
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
