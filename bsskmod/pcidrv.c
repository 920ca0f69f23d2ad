// SPDX-License-Identifier: GPL-2.0
/*
 * The driver database (thesis 4.3): driver statements of loaded graphs map
 * PCI IDs to a driver configuration. bss.ko registers one pci_driver whose
 * IDs are added from the database as it grows, so the driver core offers
 * it only devices it can drive and that no other driver holds; `bssctl
 * bind` (driver_override) takes others when the user asks. A bound device
 * gets a pcidev kernel server and its driver graph; unbind and removal
 * unload the graph, then retire the pcidev server. Each entry's ID goes
 * when its graph does.
 */
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/pci.h>
#include <linux/slab.h>

#include "conf.h"
#include "graph.h"
#include "instance.h"
#include "ksrv.h"
#include "pcidrv.h"
#include "thread.h"

struct dbentry {
	struct list_head node;
	u16 vendor;
	u16 device;
	u32 class;			/* ~0: any */
	u32 graph;			/* the graph whose driver statement it is */
	bool dynid;			/* it added a dynamic ID to bss_pci_driver */
	struct bss_bundle *bundle;
	char file[BSS_CONF_PATH];
};

/*
 * A dynamic ID as drivers/pci/pci-driver.c keeps it in pci_driver.dynids
 * (struct pci_dynid, private to that file). The kernel exports no way to
 * remove one; its remove_id_store() unlinks and frees it under
 * dynids.lock, and so does remove_dynid().
 */
struct pci_dynid_entry {
	struct list_head node;
	struct pci_device_id id;
};

struct bound {
	struct list_head node;
	struct pci_dev *pdev;
	struct bss_instance *kpci;
	u32 graph;			/* the device's driver graph */
	u32 db_graph;			/* the graph whose entry bound it */
};

/* db_lock: the database (db, each entry's dynid) and bound_devices. */
static LIST_HEAD(db);
static LIST_HEAD(bound_devices);
static DEFINE_MUTEX(db_lock);
static struct pci_driver bss_pci_driver;
static bool registered;

static bool matches(const struct dbentry *e, const struct pci_dev *pdev)
{
	return e->vendor == pdev->vendor && e->device == pdev->device &&
	       (e->class == ~0u || e->class == pdev->class);
}

/* The entry's bundle and file for pdev, counted; NULL if none. */
static struct bss_bundle *lookup(struct pci_dev *pdev, char *file, u32 *db_graph)
{
	struct bss_bundle *b = NULL;
	struct dbentry *e;

	mutex_lock(&db_lock);
	list_for_each_entry(e, &db, node) {
		if (matches(e, pdev)) {
			b = bss_bundle_get(e->bundle);
			strscpy(file, e->file, BSS_CONF_PATH);
			*db_graph = e->graph;
			break;
		}
	}
	mutex_unlock(&db_lock);
	return b;
}

/* The dynamic ID of an entry: any subsystem, the class if it names one. */
static struct pci_device_id entry_id(const struct dbentry *e)
{
	return (struct pci_device_id) {
		.vendor = e->vendor,
		.device = e->device,
		.subvendor = PCI_ANY_ID,
		.subdevice = PCI_ANY_ID,
		.class = e->class == ~0u ? 0 : e->class,
		.class_mask = e->class == ~0u ? 0 : ~0u,
	};
}

static bool same_id(const struct pci_device_id *a, const struct pci_device_id *b)
{
	return a->vendor == b->vendor && a->device == b->device &&
	       a->subvendor == b->subvendor && a->subdevice == b->subdevice &&
	       a->class == b->class && a->class_mask == b->class_mask &&
	       a->driver_data == b->driver_data;
}

/*
 * Remove one dynamic ID equal to e's. Entries of other graphs with the
 * same ID added one each, so the others stay.
 */
static void remove_dynid(const struct dbentry *e)
{
	struct pci_dynids *ids = &bss_pci_driver.dynids;
	struct pci_device_id id = entry_id(e);
	struct pci_dynid_entry *d, *found = NULL;

	spin_lock(&ids->lock);
	list_for_each_entry(d, &ids->list, node) {
		if (same_id(&d->id, &id)) {
			list_del(&d->node);
			found = d;
			break;
		}
	}
	spin_unlock(&ids->lock);
	kfree(found);
}

static int pcidrv_add(u16 vendor, u16 device, u32 class, struct bss_bundle *b,
		      const char *file, u32 graph)
{
	struct dbentry *e = kzalloc(sizeof(*e), GFP_KERNEL);
	struct pci_device_id id;
	int ret;

	if (!e)
		return -ENOMEM;
	e->vendor = vendor;
	e->device = device;
	e->class = class;
	e->graph = graph;
	e->bundle = bss_bundle_get(b);
	strscpy(e->file, file, sizeof(e->file));
	id = entry_id(e);
	mutex_lock(&db_lock);
	list_add_tail(&e->node, &db);
	mutex_unlock(&db_lock);
	/* Offers matching unbound devices to probe() right away. */
	ret = pci_add_dynid(&bss_pci_driver, id.vendor, id.device, id.subvendor,
			    id.subdevice, id.class, id.class_mask, id.driver_data);
	/* The ID is in the list unless allocating it failed. */
	mutex_lock(&db_lock);
	e->dynid = ret != -ENOMEM;
	mutex_unlock(&db_lock);
	return ret;
}

/* One device bound through graph's entries, counted; NULL when none is left. */
static struct pci_dev *next_bound(u32 graph)
{
	struct pci_dev *pdev = NULL;
	struct bound *bd;

	mutex_lock(&db_lock);
	list_for_each_entry(bd, &bound_devices, node) {
		if (bd->db_graph == graph) {
			pdev = pci_dev_get(bd->pdev);
			bd->db_graph = 0;
			break;
		}
	}
	mutex_unlock(&db_lock);
	return pdev;
}

/* The entry goes, and its dynamic ID: no device is offered for it any more. */
static void entry_free_locked(struct dbentry *e)
{
	lockdep_assert_held(&db_lock);
	list_del(&e->node);
	if (e->dynid)
		remove_dynid(e);
	bss_bundle_put(e->bundle);
	kfree(e);
}

/* The graph goes: its entries and their IDs, and the devices they bound. */
static void pcidrv_remove_graph(u32 graph)
{
	struct dbentry *e, *tmp;
	struct pci_dev *pdev;

	mutex_lock(&db_lock);
	list_for_each_entry_safe(e, tmp, &db, node) {
		if (e->graph == graph)
			entry_free_locked(e);
	}
	mutex_unlock(&db_lock);
	while ((pdev = next_bound(graph))) {
		device_release_driver(&pdev->dev);
		pci_dev_put(pdev);
	}
}

static int enable(struct pci_dev *pdev)
{
	int ret = pci_enable_device(pdev);

	if (ret)
		return ret;
	ret = pci_request_regions(pdev, "bss");
	if (ret)
		pci_disable_device(pdev);
	return ret;
}

static void disable(struct pci_dev *pdev)
{
	pci_release_regions(pdev);
	pci_disable_device(pdev);
}

static int load_driver(struct pci_dev *pdev, struct bound *bd, struct bss_bundle *b,
		       const char *file)
{
	char msg[BSS_MSG_LEN] = "", missing[BSS_NAME_LEN] = "";
	struct bss_graph_err e = { .msg = msg, .msglen = sizeof(msg), .missing = missing };
	int ret;

	bd->kpci = bss_kpci_create(pdev, msg, sizeof(msg));
	if (IS_ERR(bd->kpci)) {
		ret = PTR_ERR(bd->kpci);
		goto err;
	}
	ret = bss_graph_load(b, file, bd->kpci, &e, &bd->graph);
	if (!ret)
		return 0;
	bss_kpci_gone(bd->kpci);
err:
	dev_err(&pdev->dev, "bss: driver graph %s: %s (%d)\n", file, msg, ret);
	return ret;
}

static int bss_pci_probe(struct pci_dev *pdev, const struct pci_device_id *id)
{
	char file[BSS_CONF_PATH];
	struct bss_thread *t;
	struct bss_bundle *b;
	struct bound *bd;
	int ret = -ENOMEM;
	u32 db_graph;

	b = lookup(pdev, file, &db_graph);
	if (!b)
		return -ENODEV;
	bd = kzalloc(sizeof(*bd), GFP_KERNEL);
	t = bss_thread_create();
	if (!bd || !t)
		goto err_free;
	ret = enable(pdev);
	if (ret)
		goto err_free;
	ret = load_driver(pdev, bd, b, file);
	if (ret)
		goto err_disable;
	pci_set_drvdata(pdev, bd);
	bd->pdev = pdev;
	bd->db_graph = db_graph;
	mutex_lock(&db_lock);
	list_add_tail(&bd->node, &bound_devices);
	mutex_unlock(&db_lock);
	bss_thread_destroy(t);
	bss_bundle_put(b);
	return 0;

err_disable:
	disable(pdev);
err_free:
	if (t)
		bss_thread_destroy(t);
	kfree(bd);
	bss_bundle_put(b);
	return ret;
}

/*
 * The driver graph goes first, all of it: its unload waits for servers
 * whose destruction was deferred (the last reference dropped by a NAPI
 * poll in the driver), so that no driver code runs once the device is
 * retired and disabled.
 */
static void bss_pci_remove(struct pci_dev *pdev)
{
	struct bound *bd = pci_get_drvdata(pdev);
	struct bss_thread *t = bss_thread_create();
	u32 leaked = 0;

	mutex_lock(&db_lock);
	list_del(&bd->node);
	mutex_unlock(&db_lock);
	bss_graph_unload(bd->graph, &leaked);
	if (leaked)
		dev_warn(&pdev->dev,
			 "bss: %u servers of driver graph %u still exist %d ms after its unload; retiring the device under them\n",
			 leaked, bd->graph, BSS_GRAPH_GONE_MS);
	bss_kpci_gone(bd->kpci);
	if (t)
		bss_thread_destroy(t);
	disable(pdev);
	kfree(bd);
}

static const struct pci_device_id no_ids[] = {
	{ }
};

static struct pci_driver bss_pci_driver = {
	.name = "bss",
	.id_table = no_ids,
	.probe = bss_pci_probe,
	.remove = bss_pci_remove,
};

static const struct bss_graph_drivers pcidrv_graph_drivers = {
	.add = pcidrv_add,
	.remove_graph = pcidrv_remove_graph,
};

int bss_pcidrv_init(void)
{
	int ret = pci_register_driver(&bss_pci_driver);

	registered = !ret;
	if (registered)
		bss_graph_drivers_set(&pcidrv_graph_drivers);
	return ret;
}

/*
 * The driver graphs go with the devices the driver unbinds; then the
 * entries of the graphs still loaded (they go after this, with no driver
 * database to tell), and the hooks.
 */
void bss_pcidrv_uninit(void)
{
	struct dbentry *e, *tmp;

	if (registered)
		pci_unregister_driver(&bss_pci_driver);
	registered = false;
	mutex_lock(&db_lock);
	list_for_each_entry_safe(e, tmp, &db, node)
		entry_free_locked(e);
	mutex_unlock(&db_lock);
	bss_graph_drivers_set(NULL);
}
