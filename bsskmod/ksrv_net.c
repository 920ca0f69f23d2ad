// SPDX-License-Identifier: GPL-2.0
/*
 * The netdev kernel server: the Linux side of a BSS network driver. The
 * driver registers a net_device through it and implements the nic service,
 * which this server calls (through a weak reference) from the net_device
 * operations and from NAPI poll; received frames come through the driver's
 * packet queue (nic.rxq), which NAPI drains. Everything Linux-specific
 * about a network interface lives here; the driver server sees only
 * services.
 */
#include <linux/crc32.h>
#include <linux/etherdevice.h>
#include <linux/ethtool.h>
#include <linux/netdevice.h>
#include <linux/pci.h>
#include <linux/rtnetlink.h>
#include <bss/runtime.h>
#include <bss/services.h>

#include "call.h"
#include "instance.h"
#include "ksrv.h"
#include "thread.h"
#include "version.h"

/* What became of a frame handed to the driver (send()). */
#define XMIT_QUEUED	0
#define XMIT_DROPPED	1
#define XMIT_FULL	2

#define POLL_DRIVER	0	/* the driver asked for a nic.poll */

struct knet {
	struct net_device *ndev;
	struct napi_struct napi;
	struct pci_dev *pdev;
	struct bss_instance *self;
	bss_ref_t nic;			/* weak, in our own table */
	bss_ref_t tx;			/* weak: the driver's transmit side */
	u8 *txmem;			/* its transmit buffer (a dmabuf we keep) */
	u64 txlen;
	u64 txnext;			/* where the next frame goes, if known */
	struct bss_kpktq *rxq;		/* its receive queue (kept too) */
	unsigned long flags;
	u32 msg_enable;
	u32 ncounters;			/* the driver's, as ethtool was told: RTNL */
	atomic64_t rx_packets, rx_bytes, tx_packets, tx_bytes, tx_dropped, rx_dropped;
	atomic64_t errors[BSS_NETDEV_ERR_MAX];
};

struct knet_priv {
	struct knet *k;
};

struct nic_call {
	struct knet *k;
	u32 fn;
	u64 args[BSS_MAX_ARGS];
	u64 ret;
};

struct xmit {
	struct knet *k;
	struct sk_buff *skb;
	u64 ret;
};

static struct bss_image *knet_image;

static long nic_body(struct bss_thread *t, void *arg)
{
	struct nic_call *c = arg;

	return bss_upcall(t, c->k->self, c->k->nic, &bss_svc_nic, c->fn, c->args, &c->ret);
}

/* Copy the frame into the driver's buffer at off and send it. */
static u64 send(struct bss_thread *t, struct bss_instance *tx, struct knet *k,
		struct sk_buff *skb, u64 off)
{
	u64 args[BSS_MAX_ARGS] = { off, skb->len };
	u64 next;

	skb_copy_and_csum_dev(skb, k->txmem + off);
	next = bss_call_instance(t, tx, &bss_svc_nictx, BSS_FN_nictx_send, args);
	WRITE_ONCE(k->txnext, next < k->txlen ? next : BSS_NICTX_NO_SLOT);
	if (next == BSS_NICTX_REFUSED)
		return XMIT_DROPPED;
	return next == BSS_NICTX_NO_SLOT ? XMIT_FULL : XMIT_QUEUED;
}

/*
 * Transmit: the frame is copied and checksummed in one pass (paged or
 * not, as 8139too does) into the slot the driver named, by its last send
 * or by a reserve, and the driver sends it. An offset outside the buffer
 * drops the frame, and a stale one is refused by the driver.
 */
static long xmit_body(struct bss_thread *t, void *arg)
{
	struct xmit *x = arg;
	struct knet *k = x->k;
	u64 args[BSS_MAX_ARGS] = { x->skb->len };
	struct bss_instance *tx;
	u64 off;

	bss_frame_push(t, k->self, NULL);
	tx = bss_ref_resolve(t, k->tx);
	if (!tx) {
		bss_frame_leave(t);
		return -ENODEV;
	}
	off = READ_ONCE(k->txnext);
	if (off == BSS_NICTX_NO_SLOT)
		off = bss_call_instance(t, tx, &bss_svc_nictx, BSS_FN_nictx_reserve, args);
	if (off == BSS_NICTX_NO_SLOT || off > k->txlen || k->txlen - off < x->skb->len)
		x->ret = off == BSS_NICTX_NO_SLOT ? BSS_NICTX_NO_SLOT : XMIT_DROPPED;
	else
		x->ret = send(t, tx, k, x->skb, off);
	bss_frame_leave(t);
	return 0;
}

static long nic_call(struct nic_call *c)
{
	return bss_enter(nic_body, c);
}

static struct knet *knet_of(struct net_device *ndev)
{
	return ((struct knet_priv *)netdev_priv(ndev))->k;
}

/*
 * NAPI first: the driver enables its interrupts in open, and one that
 * schedules a still-disabled NAPI would be lost with receiving masked.
 */
static int knet_open(struct net_device *ndev)
{
	struct nic_call c = { .k = knet_of(ndev), .fn = BSS_FN_nic_open };
	long ret;

	c.k->txnext = BSS_NICTX_NO_SLOT;
	napi_enable(&c.k->napi);
	ret = nic_call(&c);
	if (ret || c.ret) {
		napi_disable(&c.k->napi);
		return ret ?: -EIO;
	}
	netif_start_queue(ndev);
	return 0;
}

static int knet_stop(struct net_device *ndev)
{
	struct nic_call c = { .k = knet_of(ndev), .fn = BSS_FN_nic_stop };

	netif_stop_queue(ndev);
	napi_disable(&c.k->napi);
	nic_call(&c);
	bss_kpktq_purge(c.k->rxq);
	clear_bit(POLL_DRIVER, &c.k->flags);
	netif_carrier_off(ndev);
	return 0;
}

/*
 * The driver is full. Its completions may all have been reclaimed between
 * its answer and this stop, and with nothing left in flight no interrupt
 * would come to wake the queue: poll once more. That poll starts after the
 * stop (a new one, or the running one again), sees the queue stopped and
 * tells the driver, which wakes it if it has room.
 */
static void stop_queue(struct knet *k)
{
	netif_stop_queue(k->ndev);
	napi_schedule(&k->napi);
}

static netdev_tx_t knet_xmit(struct sk_buff *skb, struct net_device *ndev)
{
	struct xmit x = { .k = knet_of(ndev), .skb = skb };
	unsigned int len = skb->len;

	if (len > ETH_FRAME_LEN || bss_enter(xmit_body, &x) || x.ret == XMIT_DROPPED)
		goto drop;
	if (x.ret == BSS_NICTX_NO_SLOT) {
		stop_queue(x.k);
		return NETDEV_TX_BUSY;
	}
	if (x.ret == XMIT_FULL)
		stop_queue(x.k);
	atomic64_inc(&x.k->tx_packets);
	atomic64_add(len, &x.k->tx_bytes);
	dev_consume_skb_any(skb);
	return NETDEV_TX_OK;
drop:
	atomic64_inc(&x.k->tx_dropped);
	dev_kfree_skb_any(skb);
	return NETDEV_TX_OK;
}

/*
 * GRO merges packets that arrive together: a lone one, with nothing
 * held back before it (so that order is kept), goes up at once.
 */
static void receive(struct knet *k, struct sk_buff *skb, bool lone)
{
	skb->protocol = eth_type_trans(skb, k->ndev);
	atomic64_add(skb->len + ETH_HLEN, &k->rx_bytes);
	if (lone && !k->napi.gro_bitmask && !k->napi.rx_count)
		netif_receive_skb(skb);
	else
		napi_gro_receive(&k->napi, skb);
}

/* Up to budget received packets from the driver's queue. */
static int deliver(struct knet *k, int budget)
{
	struct sk_buff_head list;
	struct sk_buff *skb;
	bool lone;
	int n = 0;

	__skb_queue_head_init(&list);
	bss_kpktq_take(k->rxq, &list, budget);
	lone = skb_queue_len(&list) == 1;
	while ((skb = __skb_dequeue(&list))) {
		receive(k, skb, lone);
		n++;
	}
	atomic64_add(n, &k->rx_packets);
	return n;
}

/*
 * The driver's poll, when it asked for one or the transmit queue is
 * stopped. One that could not enter keeps the request for the next.
 */
static long poll_driver(struct knet *k, int budget)
{
	struct nic_call c = { .k = k, .fn = BSS_FN_nic_poll, .args = { budget } };
	long ret;

	c.args[1] = netif_queue_stopped(k->ndev);
	if (!test_and_clear_bit(POLL_DRIVER, &k->flags) && !c.args[1])
		return 0;
	bss_kpktq_consuming(k->rxq, true);
	ret = nic_call(&c);
	bss_kpktq_consuming(k->rxq, false);
	if (ret)
		set_bit(POLL_DRIVER, &k->flags);
	return ret;
}

/*
 * NAPI: what the driver's interrupt handler queued, then the driver's own
 * poll if it asked for one (it masked receiving, or has work for this
 * context), then what that queued. Done when nothing is left and nobody
 * asked again; a poll that could not enter the driver keeps NAPI
 * scheduled rather than lose the interrupt it masked.
 */
static int knet_poll(struct napi_struct *napi, int budget)
{
	struct knet *k = container_of(napi, struct knet, napi);
	int work = deliver(k, budget);

	if (work < budget) {
		if (poll_driver(k, budget - work))
			return budget;
		work += deliver(k, budget - work);
	}
	if (work < budget && !bss_kpktq_len(k->rxq) &&
	    !test_bit(POLL_DRIVER, &k->flags)) {
		napi_complete_done(napi, work);
		return work;
	}
	return budget;
}

/* Receive filter: promiscuous, all multicast, or the 64-bit hash of the list. */
static void knet_set_rx_mode(struct net_device *ndev)
{
	struct nic_call c = { .k = knet_of(ndev), .fn = BSS_FN_nic_set_rx_mode };
	struct netdev_hw_addr *ha;
	u64 filter = 0;
	u32 flags = 0;

	if (ndev->flags & IFF_PROMISC)
		flags |= BSS_NIC_RX_PROMISC;
	if ((ndev->flags & IFF_ALLMULTI) || netdev_mc_count(ndev) > 64)
		flags |= BSS_NIC_RX_ALLMULTI;
	netdev_for_each_mc_addr(ha, ndev)
		filter |= 1ULL << (ether_crc(ETH_ALEN, ha->addr) >> 26);
	c.args[0] = flags;
	c.args[1] = filter;
	nic_call(&c);
}

static u64 mac_u64(const u8 *mac)
{
	u64 v = 0;
	int i;

	for (i = 0; i < ETH_ALEN; i++)
		v |= (u64)mac[i] << (8 * i);
	return v;
}

static int knet_set_mac(struct net_device *ndev, void *p)
{
	struct nic_call c = { .k = knet_of(ndev), .fn = BSS_FN_nic_set_mac };
	struct sockaddr *sa = p;
	int ret = eth_prepare_mac_addr_change(ndev, p);

	if (ret)
		return ret;
	c.args[0] = mac_u64(sa->sa_data);
	if (nic_call(&c) || c.ret)
		return -EIO;
	eth_commit_mac_addr_change(ndev, p);
	return 0;
}

static void knet_stats(struct net_device *ndev, struct rtnl_link_stats64 *s)
{
	struct knet *k = knet_of(ndev);

	s->rx_packets = atomic64_read(&k->rx_packets);
	s->rx_bytes = atomic64_read(&k->rx_bytes);
	s->tx_packets = atomic64_read(&k->tx_packets);
	s->tx_bytes = atomic64_read(&k->tx_bytes);
	s->tx_dropped = atomic64_read(&k->tx_dropped);
	s->rx_dropped = atomic64_read(&k->rx_dropped) + bss_kpktq_dropped(k->rxq);
	s->rx_errors = atomic64_read(&k->errors[BSS_NETDEV_ERR_RX]);
	s->rx_missed_errors = atomic64_read(&k->errors[BSS_NETDEV_ERR_RX_MISSED]);
	s->rx_fifo_errors = atomic64_read(&k->errors[BSS_NETDEV_ERR_RX_FIFO]);
	s->tx_errors = atomic64_read(&k->errors[BSS_NETDEV_ERR_TX]);
}

static const struct net_device_ops knet_ops = {
	.ndo_open = knet_open,
	.ndo_stop = knet_stop,
	.ndo_start_xmit = knet_xmit,
	.ndo_set_rx_mode = knet_set_rx_mode,
	.ndo_set_mac_address = knet_set_mac,
	.ndo_get_stats64 = knet_stats,
	.ndo_validate_addr = eth_validate_addr,
};

static void knet_drvinfo(struct net_device *ndev, struct ethtool_drvinfo *info)
{
	struct knet *k = knet_of(ndev);
	struct bss_instance *nic;
	unsigned long flags;

	strscpy(info->driver, "bss", sizeof(info->driver));
	strscpy(info->version, BSS_VERSION_STRING, sizeof(info->version));
	strscpy(info->bus_info, pci_name(k->pdev), sizeof(info->bus_info));
	/* A weak reference: its target is cleared under bss_weak_lock. */
	spin_lock_irqsave(&bss_weak_lock, flags);
	nic = bss_reftab_entry(&k->self->tab, k->nic) ?
	      READ_ONCE(bss_reftab_entry(&k->self->tab, k->nic)->target) : NULL;
	snprintf(info->fw_version, sizeof(info->fw_version), "server %s",
		 nic ? nic->img->name : "gone");
	spin_unlock_irqrestore(&bss_weak_lock, flags);
}

static int knet_get_ksettings(struct net_device *ndev, struct ethtool_link_ksettings *ks)
{
	ethtool_link_ksettings_zero_link_mode(ks, supported);
	ks->base.speed = netif_carrier_ok(ndev) ? SPEED_100 : SPEED_UNKNOWN;
	ks->base.duplex = netif_carrier_ok(ndev) ? DUPLEX_FULL : DUPLEX_UNKNOWN;
	ks->base.port = PORT_MII;
	ks->base.autoneg = AUTONEG_ENABLE;
	return 0;
}

static u32 knet_get_msglevel(struct net_device *ndev)
{
	return knet_of(ndev)->msg_enable;
}

static void knet_set_msglevel(struct net_device *ndev, u32 v)
{
	knet_of(ndev)->msg_enable = v;
}

/* netdev's own counters, then the driver's (nic.counter_name). */
static const char knet_counters[][ETH_GSTRING_LEN] = {
	[BSS_NETDEV_ERR_RX] = "rx_errors",
	[BSS_NETDEV_ERR_RX_MISSED] = "rx_missed",
	[BSS_NETDEV_ERR_TX] = "tx_errors",
	[BSS_NETDEV_ERR_RX_FIFO] = "rx_fifo",
	[BSS_NETDEV_ERR_MAX] = "rxq.full",
};

static_assert(BSS_NIC_COUNTER_NAME_LEN == ETH_GSTRING_LEN);

/* The name of the driver's counter i into name; false past its last. */
static bool knet_counter_name(struct knet *k, u32 i, u8 *name)
{
	struct nic_call c = {
		.k = k, .fn = BSS_FN_nic_counter_name,
		.args = { i, (unsigned long)name, ETH_GSTRING_LEN },
	};

	memset(name, 0, ETH_GSTRING_LEN);
	if (i >= BSS_NIC_COUNTERS || nic_call(&c) || c.ret != 1)
		return false;
	name[ETH_GSTRING_LEN - 1] = 0;
	return true;
}

/* How many counters the driver has, asked each time: it may have gone. */
static u32 knet_driver_counters(struct knet *k)
{
	u8 name[ETH_GSTRING_LEN];
	u32 n = 0;

	while (knet_counter_name(k, n, name))
		n++;
	return n;
}

/*
 * The ethtool operations run under RTNL, which keeps the driver's count as
 * the last get_sset_count() told it, for the strings and values sized by
 * it.
 */
static int knet_sset_count(struct net_device *ndev, int sset)
{
	struct knet *k = knet_of(ndev);

	ASSERT_RTNL();
	if (sset != ETH_SS_STATS)
		return -EOPNOTSUPP;
	k->ncounters = knet_driver_counters(k);
	return ARRAY_SIZE(knet_counters) + k->ncounters;
}

static void knet_strings(struct net_device *ndev, u32 sset, u8 *data)
{
	struct knet *k = knet_of(ndev);
	u32 i;

	ASSERT_RTNL();
	if (sset != ETH_SS_STATS)
		return;
	memcpy(data, knet_counters, sizeof(knet_counters));
	data += sizeof(knet_counters);
	for (i = 0; i < k->ncounters; i++)
		knet_counter_name(k, i, data + i * ETH_GSTRING_LEN);
}

static void knet_ethtool_stats(struct net_device *ndev, struct ethtool_stats *st, u64 *data)
{
	struct knet *k = knet_of(ndev);
	struct nic_call c = { .k = k, .fn = BSS_FN_nic_counter };
	u32 i;

	ASSERT_RTNL();
	for (i = 0; i < BSS_NETDEV_ERR_MAX; i++)
		data[i] = atomic64_read(&k->errors[i]);
	data[BSS_NETDEV_ERR_MAX] = bss_kpktq_full(k->rxq);
	data += ARRAY_SIZE(knet_counters);
	for (i = 0; i < k->ncounters; i++) {
		c.args[0] = i;
		data[i] = nic_call(&c) ? 0 : c.ret;
	}
}

static const struct ethtool_ops knet_ethtool = {
	.get_drvinfo = knet_drvinfo,
	.get_link = ethtool_op_get_link,
	.get_link_ksettings = knet_get_ksettings,
	.get_msglevel = knet_get_msglevel,
	.set_msglevel = knet_set_msglevel,
	.get_sset_count = knet_sset_count,
	.get_strings = knet_strings,
	.get_ethtool_stats = knet_ethtool_stats,
};

BSS_IMPL_netdev(kn, struct knet);

static struct bss_thread *here(void)
{
	return bss_thread_current();
}

/* The driver's transmit buffer: kept, its kernel address learned once. */
static void keep_txbuf(struct bss_thread *t, struct knet *k, bss_ref_t txbuf)
{
	struct bss_instance *buf = bss_ref_resolve(t, txbuf);
	u64 args[BSS_MAX_ARGS] = {};

	if (!buf)
		bss_throw(t, BSS_E_BAD_REF, -EBADF, "netdev: register without a transmit buffer");
	k->txmem = (u8 *)(unsigned long)bss_call_instance(t, buf, &bss_svc_dmabuf,
							  BSS_FN_dmabuf_vaddr, args);
	k->txlen = bss_call_instance(t, buf, &bss_svc_dmabuf, BSS_FN_dmabuf_size, args);
	bss_sys_ref_keep(txbuf);
}

/* The driver's receive queue: the kernel's packet queue, kept. */
static void keep_rxq(struct bss_thread *t, struct knet *k, bss_ref_t nic)
{
	struct bss_instance *drv = bss_ref_resolve(t, nic);
	u64 args[BSS_MAX_ARGS] = {};
	bss_ref_t rxq;

	if (!drv)
		bss_throw(t, BSS_E_BAD_REF, -EBADF, "netdev: register without a nic");
	rxq = bss_call_instance(t, drv, &bss_svc_nic, BSS_FN_nic_rxq, args);
	k->rxq = bss_kpktq_of(bss_ref_resolve(t, rxq));
	if (!k->rxq)
		bss_throw(t, BSS_E_ARG, -EINVAL,
			  "netdev: nic.rxq must name a kernel packet queue (kernel_pktq)");
	bss_sys_ref_keep(rxq);
}

static u32 kn_attach(struct knet *k, u64 mac, bss_ref_t nic, bss_ref_t tx, bss_ref_t txbuf)
{
	struct bss_thread *t = here();
	struct net_device *ndev;
	u8 addr[ETH_ALEN];
	int i, ret;

	if (k->ndev)
		bss_throw(t, BSS_E_ARG, -EBUSY, "netdev: already attached");
	bss_need_process(t, "netdev.attach");
	keep_txbuf(t, k, txbuf);
	keep_rxq(t, k, nic);
	ndev = alloc_etherdev(sizeof(struct knet_priv));
	if (!ndev)
		bss_throw(t, BSS_E_NOMEM, -ENOMEM, "netdev: out of memory");
	((struct knet_priv *)netdev_priv(ndev))->k = k;
	SET_NETDEV_DEV(ndev, &k->pdev->dev);
	for (i = 0; i < ETH_ALEN; i++)
		addr[i] = mac >> (8 * i);
	eth_hw_addr_set(ndev, addr);
	ndev->netdev_ops = &knet_ops;
	ndev->ethtool_ops = &knet_ethtool;
	ndev->features |= NETIF_F_SG | NETIF_F_HW_CSUM | NETIF_F_HIGHDMA;
	/* nic.set_mac takes effect at once, up or down (8139cp's too). */
	ndev->priv_flags |= IFF_LIVE_ADDR_CHANGE;
	netif_napi_add(ndev, &k->napi, knet_poll);
	k->nic = bss_sys_ref_weak(nic);
	k->tx = bss_sys_ref_weak(tx);
	k->ndev = ndev;
	bss_kpktq_attach(k->rxq, &k->napi);
	ret = register_netdev(ndev);
	if (ret) {
		bss_kpktq_detach(k->rxq);
		netif_napi_del(&k->napi);
		k->ndev = NULL;
		free_netdev(ndev);
		bss_throw(t, BSS_E_ARG, ret, "netdev: register_netdev failed (%d)", ret);
	}
	netif_carrier_off(ndev);
	return ndev->ifindex;
}

static void teardown(struct knet *k)
{
	if (!k->ndev)
		return;
	unregister_netdev(k->ndev);
	bss_kpktq_detach(k->rxq);
	netif_napi_del(&k->napi);
	free_netdev(k->ndev);
	k->ndev = NULL;
}

static void kn_detach(struct knet *k)
{
	struct bss_thread *t = here();

	bss_need_process(t, "netdev.detach");
	teardown(k);
}

/* The driver wants its poll: flag first, so the poll that runs sees it. */
static void kn_schedule(struct knet *k)
{
	if (!k->ndev)
		return;
	set_bit(POLL_DRIVER, &k->flags);
	napi_schedule(&k->napi);
}

static void kn_carrier(struct knet *k, u32 on)
{
	if (!k->ndev)
		return;
	if (on)
		netif_carrier_on(k->ndev);
	else
		netif_carrier_off(k->ndev);
}

static void kn_wake(struct knet *k)
{
	if (k->ndev && netif_queue_stopped(k->ndev))
		netif_wake_queue(k->ndev);
}

static void kn_error(struct knet *k, u32 kind)
{
	if (kind < BSS_NETDEV_ERR_MAX)
		atomic64_inc(&k->errors[kind]);
}

static const struct kn_netdev_ops kn_netdev_ops = {
	.attach = kn_attach,
	.detach = kn_detach,
	.schedule = kn_schedule,
	.carrier = kn_carrier,
	.wake = kn_wake,
	.error = kn_error,
};

static void kn_dtor(void *self)
{
	teardown(self);
}

static const struct bss_image_desc knet_desc = {
	.magic = BSS_DESC_MAGIC,
	.abi = BSS_DESC_ABI,
	.name = "kernel_netdev",
	.impl = &__bss_impl_kn,
	.priv_size = sizeof(struct knet),
	.attrs = BSS_ATTR_THREAD_SAFE | BSS_ATTR_CALLBACKS,
	.dtor = kn_dtor,
};

/* The netdev server of a driver graph's device. */
struct bss_instance *bss_knet_create(struct bss_instance *kpci)
{
	char msg[BSS_MSG_LEN];
	struct bss_instance *inst;
	struct knet *k;

	if (!knet_image)
		return NULL;
	inst = bss_instance_create(knet_image, NULL, 0, msg, sizeof(msg));
	if (IS_ERR(inst))
		return NULL;
	inst->user_held = false;
	k = inst->priv;
	k->self = inst;
	k->pdev = bss_kpci_pdev(kpci);
	k->nic = BSS_REF_NULL;
	k->tx = BSS_REF_NULL;
	k->txnext = BSS_NICTX_NO_SLOT;
	return inst;
}

int bss_knet_init(void)
{
	knet_image = bss_kimage_register_device(&knet_desc);
	return knet_image ? 0 : -ENOMEM;
}

void bss_knet_uninit(void)
{
	if (knet_image)
		bss_kimage_unregister(knet_image);
	knet_image = NULL;
}
