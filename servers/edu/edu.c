// SPDX-License-Identifier: GPL-2.0
/*
 * edu: a driver server for QEMU's educational PCI device (1234:11e8), built
 * only on BSS services: its registers through pcidev (BAR 0), its
 * interrupt through an irqh local server that pcidev calls from the hard
 * IRQ, and its DMA engine on dmabuf memory. It exercises the kernel
 * services for real; register facts come from QEMU's docs/specs/edu.rst.
 */
#define BSS_REQUIRED(X) X(dev, pcidev) X(time, time)
#define BSS_IMPORTS(X, S) X(pcidev, read) X(pcidev, write) X(pcidev, map) X(pcidev, bar_len) \
	X(pcidev, irq_attach) X(pcidev, irq_detach) X(pcidev, dma_alloc) X(pcidev, dma_mask) \
	X(pcidev, bus_master) X(dmabuf, vaddr) X(dmabuf, busaddr) \
	X(time, delay_us) X(time, now_ns) \
	S(local_create) S(ref_keep) S(ref_release) S(lock) S(unlock)
#define BSS_LOCALS(X) X(irq, irqh, eh, struct edu, eh_put)
#include <bss/server.h>

#define EDU_IDENT	0x00
#define EDU_LIVENESS	0x04
#define EDU_FACTORIAL	0x08
#define EDU_STATUS	0x20
#define EDU_IRQ_STATUS	0x24
#define EDU_IRQ_RAISE	0x60
#define EDU_IRQ_ACK	0x64
#define EDU_DMA_SRC	0x80
#define EDU_DMA_DST	0x88
#define EDU_DMA_COUNT	0x90
#define EDU_DMA_CMD	0x98
#define EDU_BUF		0x40000
#define EDU_BUF_SIZE	4096

#define STATUS_COMPUTING	0x01
#define DMA_START		0x01
#define DMA_FROM_DEVICE		0x02
#define DMA_IRQ			0x04
#define DMA_IRQ_VALUE		0x100
#define POLL_US			10
#define POLL_MAX		100000
#define POLL_NS			(5ULL * 1000 * 1000 * 1000)

struct edu {
	bss_ref_t irq;			/* our irqh local server, kept */
	bss_ref_t dma;			/* DMA buffer, kept */
	u8 *buf;
	u64 bus;
	u32 irqs;
	u32 last_status;
};

BSS_IMPL_edu(ed, struct edu);
BSS_IMPL_irqh(eh, struct edu);

static u32 rd(u32 off)
{
	return pcidev_read(REF_dev, 0, off, 4);
}

static void wr(u32 off, u32 v)
{
	pcidev_write(REF_dev, 0, off, 4, v);
}

/* Hard IRQ: read and acknowledge what the device raised. */
static u32 eh_handle(struct edu *e)
{
	u32 status = rd(EDU_IRQ_STATUS);

	if (!status)
		return 0;
	wr(EDU_IRQ_ACK, status);
	bss_lock();
	e->irqs++;
	e->last_status = status;
	bss_unlock();
	return 1;
}

static const struct eh_irqh_ops eh_irqh_ops = {
	.handle = eh_handle,
};

static void eh_put(struct edu *e)
{
}

static u32 ed_ident(struct edu *e)
{
	return rd(EDU_IDENT);
}

static u32 ed_liveness(struct edu *e, u32 v)
{
	wr(EDU_LIVENESS, v);
	return rd(EDU_LIVENESS);
}

/* Poll until the bits clear, for up to POLL_NS of kernel time. */
static bool wait_clear(u32 off, u32 bits)
{
	u64 end = time_now_ns(REF_time) + POLL_NS;

	while (rd(off) & bits) {
		if (time_now_ns(REF_time) > end)
			return false;
		time_delay_us(REF_time, POLL_US);
	}
	return true;
}

static u32 ed_factorial(struct edu *e, u32 n)
{
	wr(EDU_FACTORIAL, n);
	if (!wait_clear(EDU_STATUS, STATUS_COMPUTING))
		return 0;
	return rd(EDU_FACTORIAL);
}

static u32 handled(struct edu *e)
{
	u32 n;

	bss_lock();
	n = e->irqs;
	bss_unlock();
	return n;
}

/* Raise an interrupt with value v and wait for our handler to take it. */
static u32 ed_irq_raise(struct edu *e, u32 v)
{
	u32 before = handled(e);
	int i;

	wr(EDU_IRQ_RAISE, v);
	for (i = 0; i < POLL_MAX && handled(e) == before; i++)
		time_delay_us(REF_time, POLL_US);
	return handled(e) == before ? 0 : e->last_status;
}

static u32 ed_irqs(struct edu *e)
{
	return handled(e);
}

static bool dma(struct edu *e, u64 src, u64 dst, u32 len, u32 cmd)
{
	wr(EDU_DMA_SRC, (u32)src);
	wr(EDU_DMA_SRC + 4, src >> 32);
	wr(EDU_DMA_DST, (u32)dst);
	wr(EDU_DMA_DST + 4, dst >> 32);
	wr(EDU_DMA_COUNT, len);
	wr(EDU_DMA_CMD, cmd | DMA_START);
	return wait_clear(EDU_DMA_CMD, DMA_START);
}

/*
 * Fill the first half of our buffer with a pattern seeded by seed, DMA it
 * into the device, DMA it back into the second half, compare byte for
 * byte. Returns the bytes that matched.
 */
static u32 ed_dma_check(struct edu *e, u32 seed)
{
	u32 half = EDU_BUF_SIZE / 2, i, same = 0;
	u8 *out = e->buf, *in = e->buf + half;

	for (i = 0; i < half; i++) {
		out[i] = (u8)(seed + i * 7 + (i >> 8));
		in[i] = ~out[i];
	}
	if (!dma(e, e->bus, EDU_BUF, half, DMA_IRQ))
		return 0x80000001;
	if (!dma(e, EDU_BUF, e->bus + half, half, DMA_FROM_DEVICE))
		return 0x80000002;
	for (i = 0; i < half; i++)
		same += in[i] == out[i];
	return same;
}

/* Read at any BAR 0 offset: the kernel server refuses what is outside. */
static u32 ed_peek(struct edu *e, u32 bar, u32 off)
{
	return pcidev_read(REF_dev, bar, off, 4);
}

/* The same read through pcidev.map, with the server's own bounds check. */
static u32 ed_map_peek(struct edu *e, u32 bar, u32 off)
{
	u64 base = pcidev_map(REF_dev, bar);

	if ((u64)off + 4 > pcidev_bar_len(REF_dev, bar))
		return ~0u;
	return bss_mmio_read(base, off, 4);
}

static const struct ed_edu_ops ed_edu_ops = {
	.ident = ed_ident,
	.liveness = ed_liveness,
	.factorial = ed_factorial,
	.irq_raise = ed_irq_raise,
	.irqs = ed_irqs,
	.dma_check = ed_dma_check,
	.peek = ed_peek,
	.map_peek = ed_map_peek,
};

static int ed_ctor(struct edu *e)
{
	bss_ref_t tmp;

	if ((rd(EDU_IDENT) & 0xff) != 0xed)
		return -ENODEV;
	pcidev_dma_mask(REF_dev, 28);
	pcidev_bus_master(REF_dev, 1);
	tmp = pcidev_dma_alloc(REF_dev, EDU_BUF_SIZE);
	e->dma = bss_ref_keep(tmp);
	e->buf = (u8 *)(unsigned long)dmabuf_vaddr(e->dma);
	e->bus = dmabuf_busaddr(e->dma);
	e->irq = bss_ref_keep(bss_local_create(irq, e));
	pcidev_irq_attach(REF_dev, e->irq);
	return 0;
}

static void ed_dtor(struct edu *e)
{
	pcidev_irq_detach(REF_dev);
	pcidev_bus_master(REF_dev, 0);
}

BSS_CTOR(struct edu, ed_ctor);
BSS_DTOR(struct edu, ed_dtor);

BSS_SERVER(ed, struct edu,
	   .ctor = __bss_ctor,
	   .dtor = __bss_dtor,
	   .attrs = BSS_ATTR_THREAD_SAFE | BSS_ATTR_CALLBACKS,
	   .stack_need = 256);
MODULE_DESCRIPTION("BSS server: driver for QEMU's edu device");
