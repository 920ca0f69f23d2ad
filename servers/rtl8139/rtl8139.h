/* SPDX-License-Identifier: GPL-2.0 */
/*
 * rtl8139: a driver server for the RealTek RTL-8139 in its classic
 * (ring-buffer) mode, built only on BSS services: registers through
 * pcidev (BAR 1, MMIO), DMA memory for the receive ring and the four
 * transmit buffers, received frames into a packet queue (pktq), Linux
 * through netdev. As in the thesis (4.4) it is a main server (nic: control
 * and receive, main.c and rx.c) with local servers for the interrupt
 * handler (irqh, irq.c, called from the hard IRQ), the transmit side
 * (nictx, tx.c, called by Linux's transmit path) and the link (tick,
 * link.c, called by a timer every second); chip.c has the chip's
 * bring-up and shutdown, which they all use. Register and ring facts come
 * from the RTL8139 datasheet (and agree with Linux's 8139too).
 *
 * The four servers share one struct rtl (a local server's object is its
 * main server's). What each part owns, and the lock (bss_lock(), the
 * main server's own spinlock) that guards what they share:
 *   - main: rx, tx, rx_bus, tx_bus, regs, rxbuf, txbuf, irq, txs, link,
 *     set in the constructor and read-only after it;
 *   - receive (the poll, or the IRQ while rx_masked is 0): cur_rx, rcr;
 *     rx_masked changes only under the lock, with IMR;
 *   - transmit: cur_tx, dirty_tx, tx_full under the lock (reserve()
 *     reads the first two without it: Linux sends one frame at a time);
 *   - rcr_want and mar: written by set_rx_mode (rtnl), rcr_want read by
 *     the poll with READ_ONCE(); mac under the lock;
 *   - link: carrier;
 *   - counters[]: each written by the one part that counts it.
 */
#ifndef _RTL8139_H
#define _RTL8139_H

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
#define IDR0		0x00	/* station address, 6 bytes */
#define MAR0		0x08	/* multicast hash filter, 8 bytes */
#define TSD0		0x10	/* transmit status of buffer 0..3, 4 bytes each */
#define TSAD0		0x20	/* transmit buffer addresses */
#define RBSTART		0x30	/* receive ring address */
#define CR		0x37
#define CAPR		0x38	/* where the driver reads, 16 behind */
#define IMR		0x3c
#define ISR		0x3e
#define TCR		0x40
#define RCR		0x44
#define MPC		0x4c	/* missed packets */
#define CFG9346		0x50
#define BMSR		0x64

#define CR_RST		0x10
#define CR_RE		0x08
#define CR_TE		0x04
#define CR_BUFE		0x01	/* the ring is empty */

/* 93C46 command register: EEM1|EEM0 is config write (IDR0-5 writable). */
#define CFG9346_EEM0	0x40
#define CFG9346_EEM1	0x80
#define CFG9346_WRITE	(CFG9346_EEM1 | CFG9346_EEM0)
#define CFG9346_NORMAL	0x00

#define INT_ROK		0x0001
#define INT_RER		0x0002
#define INT_TOK		0x0004
#define INT_TER		0x0008
#define INT_RXOVW	0x0010
#define INT_LINK	0x0020
#define INT_FOVW	0x0040
#define INT_RX		(INT_ROK | INT_RER | INT_RXOVW | INT_FOVW)
#define INT_RX_OVER	(INT_RXOVW | INT_FOVW)
#define INT_TX		(INT_TOK | INT_TER)
/* The causes ri_handle() handles, and no other. */
#define INT_HANDLED	(INT_RX | INT_TX | INT_LINK)

#define TSD_OWN		0x00002000
#define TSD_TUN		0x00004000
#define TSD_TOK		0x00008000
#define TSD_TABT	0x40000000
#define TSD_ERTXTH(n)	(((n) / 32) << 16)	/* start sending after n bytes */

#define RCR_AAP		0x01	/* all physical addresses: promiscuous */
#define RCR_APM		0x02	/* physical match */
#define RCR_AM		0x04	/* multicast */
#define RCR_AB		0x08	/* broadcast */
#define RCR_WRAP	0x80	/* a frame may run past the ring's end */
#define RCR_RBLEN_32K	(2 << 11)
#define RCR_MXDMA_ANY	(7 << 8)	/* receive DMA bursts: unlimited */
#define RCR_RXFTH_NONE	(7 << 13)	/* no receive FIFO threshold */
#define RCR_BASE	(RCR_RXFTH_NONE | RCR_RBLEN_32K | RCR_MXDMA_ANY | RCR_WRAP)
#define RCR_DEFAULT	(RCR_BASE | RCR_AB | RCR_APM | RCR_AM)
#define TCR_IFG_STD	(3 << 24)	/* the standard interframe gap */
#define TCR_MXDMA_1K	(6 << 8)	/* transmit DMA bursts of 1024 bytes */
#define TCR_BASE	(TCR_IFG_STD | TCR_MXDMA_1K)
#define BMSR_LINK	0x0004
#define RX_OK		0x0001	/* receive status: a good frame */

#define RX_LEN		32768
#define RX_ALLOC	(RX_LEN + 16 + 1536)	/* WRAP: a frame may run past the end */
#define TX_SLOTS	4
#define TX_BUF		1536
#define ETH_MIN		60
#define ETH_MAX		1514

#define LINK_PERIOD_MS	1000
#define RX_IRQ_FRAMES	4	/* more waiting: the poll takes over */

/* Per-server counters: rt_counter_name() gives their names. */
enum {
	C_RX_RESTARTS, C_IRQ_HANDLED, C_IRQ_SPURIOUS, C_TX_QUEUED, C_TX_BUSY,
	C_TX_ERRORS, C_LINK_CHECKS, C_LINK_CHANGES, C_MAX
};

enum { RX_EMPTY, RX_MORE, RX_BAD };

struct rtl {
	bss_ref_t rxbuf, txbuf, irq, txs, link;
	u8 *rx;
	u8 *tx;
	u64 rx_bus;
	u64 tx_bus;
	u32 cur_rx;
	u32 cur_tx;
	u32 dirty_tx;
	u64 regs;			/* BAR 1, by pcidev.map */
	u32 rcr;			/* programmed receive configuration */
	u32 rcr_want;			/* what Linux asked for; the poll applies it */
	u64 mar;			/* multicast hash filter */
	u64 mac;			/* station address */
	u32 carrier;
	u32 rx_masked;			/* the poll owns receiving, not the IRQ */
	u32 tx_full;			/* Linux may have stopped its queue */
	u64 counters[C_MAX];
};

/* Register access, one MMIO instruction each. */
static inline u8 rtl_r8(struct rtl *r, u32 reg)
{
	return bss_mmio_read(r->regs, reg, 1);
}

static inline u16 rtl_r16(struct rtl *r, u32 reg)
{
	return bss_mmio_read(r->regs, reg, 2);
}

static inline u32 rtl_r32(struct rtl *r, u32 reg)
{
	return bss_mmio_read(r->regs, reg, 4);
}

static inline void rtl_w8(struct rtl *r, u32 reg, u8 v)
{
	bss_mmio_write(r->regs, reg, 1, v);
}

static inline void rtl_w16(struct rtl *r, u32 reg, u16 v)
{
	bss_mmio_write(r->regs, reg, 2, v);
}

static inline void rtl_w32(struct rtl *r, u32 reg, u32 v)
{
	bss_mmio_write(r->regs, reg, 4, v);
}

/* chip.c */
void rtl_chip_reset(struct rtl *r);
void rtl_chip_start(struct rtl *r);
void rtl_chip_stop(struct rtl *r);
void rtl_imr_update(struct rtl *r);
void rtl_idr_write(struct rtl *r);
/* rx.c */
int rtl_rx(struct rtl *r, u32 budget, u32 *work, bool irq);
void rtl_rx_owner_locked(struct rtl *r, u32 poll);
u32 rtl_rx_poll(struct rtl *r, u32 budget);
/* tx.c */
void rtl_tx_reclaim(struct rtl *r, bool stopped);
/* link.c */
void rtl_link_check(struct rtl *r);

#endif /* _RTL8139_H */
