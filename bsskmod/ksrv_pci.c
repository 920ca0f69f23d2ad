// SPDX-License-Identifier: GPL-2.0
/*
 * The pcidev kernel server: one per PCI device bound to a driver graph.
 * Register access is confined to the device's own BARs, interrupts become
 * a service call into the driver's irqh server from the hard IRQ (held
 * through a weak reference, so the handler registration is no cycle), and
 * DMA-coherent buffers are handed out as dmabuf local servers. Once the
 * device is gone every call fails with -ENODEV.
 */
#include <linux/dma-mapping.h>
#include <linux/interrupt.h>
#include <linux/io.h>
#include <linux/pci.h>
#include <linux/slab.h>
#include <bss/runtime.h>
#include <bss/services.h>

#include "call.h"
#include "image.h"
#include "instance.h"
#include "ksrv.h"
#include "thread.h"

#define DMA_MAX		(1024 * 1024)	/* bytes */

struct kpci {
	struct pci_dev *pdev;
	struct bss_instance *self;
	void __iomem *bar[PCI_STD_NUM_BARS];
	u64 len[PCI_STD_NUM_BARS];
	bss_ref_t handler;		/* weak, in our own table */
	u32 kept;			/* BARs handed out by map */
	bool irq_on;
	bool gone;
};

struct kdma {
	struct device *dev;
	void *vaddr;
	dma_addr_t bus;
	u64 size;
};

static struct bss_image *kpci_image;

static struct bss_thread *live(struct kpci *kp)
{
	struct bss_thread *t = bss_thread_current();

	if (READ_ONCE(kp->gone))
		bss_throw(t, BSS_E_ARG, -ENODEV, "pcidev: device is gone");
	return t;
}

BSS_IMPL_pcidev(kp, struct kpci);
BSS_IMPL_dmabuf(kd, struct kdma);

static u32 kp_vendor(struct kpci *kp)
{
	live(kp);
	return kp->pdev->vendor;
}

static u32 kp_device(struct kpci *kp)
{
	live(kp);
	return kp->pdev->device;
}

static void check_cfg(struct bss_thread *t, u32 off, u32 size)
{
	if ((size != 1 && size != 2 && size != 4) || off & (size - 1) ||
	    off + size > PCI_CFG_SPACE_EXP_SIZE)
		bss_throw(t, BSS_E_ARG, -EINVAL, "pcidev: config access %u bytes at 0x%x",
			  size, off);
}

static u32 kp_config_read(struct kpci *kp, u32 off, u32 size)
{
	struct bss_thread *t = live(kp);
	u32 v = 0;
	u16 w;
	u8 b;

	check_cfg(t, off, size);
	if (size == 1) {
		pci_read_config_byte(kp->pdev, off, &b);
		v = b;
	} else if (size == 2) {
		pci_read_config_word(kp->pdev, off, &w);
		v = w;
	} else {
		pci_read_config_dword(kp->pdev, off, &v);
	}
	return v;
}

static u32 kp_config_write(struct kpci *kp, u32 off, u32 size, u32 v)
{
	struct bss_thread *t = live(kp);

	check_cfg(t, off, size);
	if (size == 1)
		return pci_write_config_byte(kp->pdev, off, v);
	if (size == 2)
		return pci_write_config_word(kp->pdev, off, v);
	return pci_write_config_dword(kp->pdev, off, v);
}

static u64 kp_bar_len(struct kpci *kp, u32 bar)
{
	live(kp);
	return bar < PCI_STD_NUM_BARS && kp->bar[bar] ? kp->len[bar] : 0;
}

/* The one gate to the hardware: inside a mapped BAR of this device, or refused. */
static void __iomem *reg(struct kpci *kp, u32 bar, u32 off, u32 size)
{
	struct bss_thread *t = live(kp);

	if (bar >= PCI_STD_NUM_BARS || !kp->bar[bar])
		bss_throw(t, BSS_E_ARG, -EFAULT, "pcidev: BAR %u is not mapped", bar);
	if ((size != 1 && size != 2 && size != 4) || off & (size - 1) ||
	    (u64)off + size > kp->len[bar])
		bss_throw(t, BSS_E_ARG, -EFAULT,
			  "pcidev: %u bytes at BAR %u offset 0x%x outside its %llu bytes",
			  size, bar, off, kp->len[bar]);
	return kp->bar[bar] + off;
}

static u32 kp_read(struct kpci *kp, u32 bar, u32 off, u32 size)
{
	void __iomem *p = reg(kp, bar, off, size);

	if (size == 1)
		return ioread8(p);
	if (size == 2)
		return ioread16(p);
	return ioread32(p);
}

static u32 kp_write(struct kpci *kp, u32 bar, u32 off, u32 size, u32 v)
{
	void __iomem *p = reg(kp, bar, off, size);

	if (size == 1)
		iowrite8(v, p);
	else if (size == 2)
		iowrite16(v, p);
	else
		iowrite32(v, p);
	return 0;
}

/*
 * A memory BAR for the server to access directly. It stays mapped until
 * this server is destroyed, even when the device goes: the server may
 * still hold the address (reads then return all ones).
 */
static u64 kp_map(struct kpci *kp, u32 bar)
{
	struct bss_thread *t = live(kp);

	if (bar >= PCI_STD_NUM_BARS || !kp->bar[bar] ||
	    !(pci_resource_flags(kp->pdev, bar) & IORESOURCE_MEM))
		bss_throw(t, BSS_E_ARG, -EINVAL, "pcidev: map: BAR %u is not a memory BAR", bar);
	kp->kept |= BIT(bar);
	return (unsigned long)kp->bar[bar];
}

static void kp_bus_master(struct kpci *kp, u32 on)
{
	live(kp);
	if (on)
		pci_set_master(kp->pdev);
	else
		pci_clear_master(kp->pdev);
}

static long isr_body(struct bss_thread *t, void *arg)
{
	struct kpci *kp = arg;
	u64 args[BSS_MAX_ARGS] = {}, handled = 0;

	return bss_upcall(t, kp->self, kp->handler, &bss_svc_irqh, BSS_FN_irqh_handle, args,
			  &handled) ?: handled;
}

/* Hard IRQ: the driver's handler runs as a service call, in a try. */
static irqreturn_t kp_isr(int irq, void *arg)
{
	return bss_enter(isr_body, arg) > 0 ? IRQ_HANDLED : IRQ_NONE;
}

static u32 kp_irq_attach(struct kpci *kp, bss_ref_t handler)
{
	struct bss_thread *t = live(kp);
	int ret;

	bss_need_process(t, "pcidev.irq_attach");
	if (kp->irq_on)
		bss_throw(t, BSS_E_ARG, -EBUSY, "pcidev: an interrupt handler is attached");
	kp->handler = bss_sys_ref_weak(handler);
	ret = request_irq(pci_irq_vector(kp->pdev, 0), kp_isr, IRQF_SHARED,
			  kp->self->img->name, kp);
	if (ret) {
		bss_sys_ref_release(kp->handler);
		bss_throw(t, BSS_E_ARG, ret, "pcidev: request_irq failed (%d)", ret);
	}
	kp->irq_on = true;
	return pci_irq_vector(kp->pdev, 0);
}

static void irq_off(struct kpci *kp)
{
	if (!kp->irq_on)
		return;
	free_irq(pci_irq_vector(kp->pdev, 0), kp);
	kp->irq_on = false;
}

static void kp_irq_detach(struct kpci *kp)
{
	struct bss_thread *t = live(kp);

	bss_need_process(t, "pcidev.irq_detach");
	if (!kp->irq_on)
		return;
	irq_off(kp);
	bss_sys_ref_release(kp->handler);
}

static bss_ref_t kp_dma_alloc(struct kpci *kp, u64 size)
{
	struct bss_thread *t = live(kp);
	struct kdma *d;

	bss_need_process(t, "pcidev.dma_alloc");
	if (!size || size > DMA_MAX)
		bss_throw(t, BSS_E_ARG, -EINVAL, "pcidev: dma_alloc of %llu bytes (1..%d)",
			  size, DMA_MAX);
	d = kzalloc(sizeof(*d), GFP_KERNEL);
	if (d)
		d->vaddr = dma_alloc_coherent(&kp->pdev->dev, size, &d->bus, GFP_KERNEL);
	if (!d || !d->vaddr) {
		kfree(d);
		bss_throw(t, BSS_E_NOMEM, -ENOMEM, "pcidev: dma_alloc of %llu bytes failed", size);
	}
	d->dev = get_device(&kp->pdev->dev);
	d->size = size;
	return bss_sys_local_create(0, d);
}

static u32 kp_dma_mask(struct kpci *kp, u32 bits)
{
	struct bss_thread *t = live(kp);

	if (bits < 24 || bits > 64)
		bss_throw(t, BSS_E_ARG, -EINVAL, "pcidev: DMA mask of %u bits (24..64)", bits);
	return dma_set_mask_and_coherent(&kp->pdev->dev, DMA_BIT_MASK(bits));
}

static const struct kp_pcidev_ops kp_pcidev_ops = {
	.vendor = kp_vendor,
	.device = kp_device,
	.config_read = kp_config_read,
	.config_write = kp_config_write,
	.bar_len = kp_bar_len,
	.read = kp_read,
	.write = kp_write,
	.bus_master = kp_bus_master,
	.irq_attach = kp_irq_attach,
	.irq_detach = kp_irq_detach,
	.dma_alloc = kp_dma_alloc,
	.dma_mask = kp_dma_mask,
	.map = kp_map,
};

static u64 kd_vaddr(struct kdma *d)
{
	return (unsigned long)d->vaddr;
}

static u64 kd_busaddr(struct kdma *d)
{
	return d->bus;
}

static u64 kd_size(struct kdma *d)
{
	return d->size;
}

static const struct kd_dmabuf_ops kd_dmabuf_ops = {
	.vaddr = kd_vaddr,
	.busaddr = kd_busaddr,
	.size = kd_size,
};

static void kd_free(void *obj)
{
	struct kdma *d = obj;

	dma_free_coherent(d->dev, d->size, d->vaddr, d->bus);
	put_device(d->dev);
	kfree(d);
}

static void kp_weak_dead(void *self, bss_ref_t ref)
{
	struct kpci *kp = self;

	/* The handler died without detaching: its IRQs now go unanswered. */
	if (ref == kp->handler)
		kp->handler = BSS_REF_NULL;
}

/* Unmap the BARs, except those in keep. */
static void unmap_bars(struct kpci *kp, u32 keep)
{
	int i;

	for (i = 0; i < PCI_STD_NUM_BARS; i++) {
		if (!kp->bar[i] || (keep & BIT(i)))
			continue;
		pci_iounmap(kp->pdev, kp->bar[i]);
		kp->bar[i] = NULL;
	}
}

/* Last reference gone: the BARs map handed out, and the device itself. */
static void kp_dtor(void *self)
{
	struct kpci *kp = self;

	unmap_bars(kp, 0);
	pci_dev_put(kp->pdev);
}

static const struct bss_impl kpci_locals[] = {
	{ .svc = &bss_svc_dmabuf, .entries = __bss_entries_kd, .dtor = kd_free },
};

static const struct bss_image_desc kpci_desc = {
	.magic = BSS_DESC_MAGIC,
	.abi = BSS_DESC_ABI,
	.name = "kernel_pcidev",
	.impl = &__bss_impl_kp,
	.locals = kpci_locals,
	.nlocals = ARRAY_SIZE(kpci_locals),
	.priv_size = sizeof(struct kpci),
	.attrs = BSS_ATTR_THREAD_SAFE | BSS_ATTR_CALLBACKS,
	.dtor = kp_dtor,
	.weak_dead = kp_weak_dead,
};

static int map_bars(struct kpci *kp)
{
	int i;

	for (i = 0; i < PCI_STD_NUM_BARS; i++) {
		kp->len[i] = pci_resource_len(kp->pdev, i);
		if (!kp->len[i] ||
		    !(pci_resource_flags(kp->pdev, i) & (IORESOURCE_MEM | IORESOURCE_IO)))
			continue;
		kp->bar[i] = pci_iomap(kp->pdev, i, 0);
		if (!kp->bar[i]) {
			unmap_bars(kp, 0);
			return -ENOMEM;
		}
	}
	return 0;
}

/* The pcidev server of a device the driver core gave us; already enabled. */
struct bss_instance *bss_kpci_create(struct pci_dev *pdev, char *msg, size_t msglen)
{
	struct bss_instance *inst;
	struct kpci *kp;

	if (!kpci_image)
		return ERR_PTR(-ENODEV);
	inst = bss_instance_create(kpci_image, NULL, 0, msg, msglen);
	if (IS_ERR(inst))
		return inst;
	inst->user_held = false;
	kp = inst->priv;
	kp->pdev = pci_dev_get(pdev);
	kp->self = inst;
	kp->handler = BSS_REF_NULL;
	if (map_bars(kp) || pci_alloc_irq_vectors(pdev, 1, 1, PCI_IRQ_ALL_TYPES) < 1) {
		snprintf(msg, msglen, "%s: cannot map BARs or get an interrupt", pci_name(pdev));
		bss_kpci_gone(inst);
		return ERR_PTR(-ENOMEM);
	}
	return inst;
}

/*
 * The device is going: interrupts off, BARs unmapped (but those map handed
 * out), every later call refused; the server itself lives on while
 * anything references it.
 */
void bss_kpci_gone(struct bss_instance *inst)
{
	struct kpci *kp = inst->priv;

	WRITE_ONCE(kp->gone, true);
	irq_off(kp);
	unmap_bars(kp, kp->kept);
	pci_free_irq_vectors(kp->pdev);
	bss_instance_put(inst);
}

struct pci_dev *bss_kpci_pdev(struct bss_instance *kpci)
{
	return ((struct kpci *)kpci->priv)->pdev;
}

int bss_kpci_init(void)
{
	kpci_image = bss_kimage_register_device(&kpci_desc);
	return kpci_image ? 0 : -ENOMEM;
}

void bss_kpci_uninit(void)
{
	if (kpci_image)
		bss_kimage_unregister(kpci_image);
	kpci_image = NULL;
}
