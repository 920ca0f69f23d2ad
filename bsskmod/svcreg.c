// SPDX-License-Identifier: GPL-2.0
/*
 * The service registry: with unique IDs, a signature is checked once per
 * image at load time against the first image that used the service, and
 * never per call.
 */
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/bss.h>

#include "svcreg.h"

struct svc_entry {
	struct list_head node;
	u32 id;
	u32 nfns;
	u32 users;
	char name[BSS_NAME_LEN];
	char first[BSS_NAME_LEN];	/* image that registered it */
	struct bss_sig sigs[];
};

static LIST_HEAD(services);
static DEFINE_MUTEX(services_lock);

static struct svc_entry *find(u32 id)
{
	struct svc_entry *e;

	list_for_each_entry(e, &services, node)
		if (e->id == id)
			return e;
	return NULL;
}

static int compare(const struct svc_entry *e, const struct bss_service *svc,
		   char *msg, size_t msglen)
{
	u32 i;

	if (e->nfns != svc->nfns || strcmp(e->name, svc->name)) {
		snprintf(msg, msglen,
			 "service 0x%x: '%s' with %u functions; image %s registered '%s' with %u",
			 svc->id, svc->name, svc->nfns, e->first, e->name, e->nfns);
		return -EINVAL;
	}
	for (i = 0; i < e->nfns; i++) {
		if (!memcmp(&e->sigs[i], &svc->sigs[i], sizeof(e->sigs[i])))
			continue;
		snprintf(msg, msglen,
			 "service 0x%x (%s) function %u (%s): signature differs from image %s's",
			 svc->id, svc->name, i, svc->fn_names[i], e->first);
		return -EINVAL;
	}
	return 0;
}

static int add(const struct bss_service *svc, const char *image)
{
	struct svc_entry *e;

	e = kzalloc(struct_size(e, sigs, svc->nfns), GFP_KERNEL);
	if (!e)
		return -ENOMEM;
	e->id = svc->id;
	e->nfns = svc->nfns;
	e->users = 1;
	strscpy(e->name, svc->name, sizeof(e->name));
	strscpy(e->first, image, sizeof(e->first));
	memcpy(e->sigs, svc->sigs, svc->nfns * sizeof(*e->sigs));
	list_add(&e->node, &services);
	return 0;
}

int bss_svcreg_get(const struct bss_service *svc, const char *image,
		   char *msg, size_t msglen)
{
	struct svc_entry *e;
	int ret;

	mutex_lock(&services_lock);
	e = find(svc->id);
	if (!e) {
		ret = add(svc, image);
	} else {
		ret = compare(e, svc, msg, msglen);
		if (!ret)
			e->users++;
	}
	mutex_unlock(&services_lock);
	return ret;
}

void bss_svcreg_put(u32 id)
{
	struct svc_entry *e;

	mutex_lock(&services_lock);
	e = find(id);
	if (e && !--e->users) {
		list_del(&e->node);
		kfree(e);
	}
	mutex_unlock(&services_lock);
}

u32 bss_svcreg_count(void)
{
	struct svc_entry *e;
	u32 n = 0;

	mutex_lock(&services_lock);
	list_for_each_entry(e, &services, node)
		n++;
	mutex_unlock(&services_lock);
	return n;
}

/* The name a registered service goes by, for configuration lookups. */
int bss_svcreg_name(u32 id, char *name, size_t len)
{
	struct svc_entry *e;
	int ret = -ENOENT;

	mutex_lock(&services_lock);
	e = find(id);
	if (e) {
		strscpy(name, e->name, len);
		ret = 0;
	}
	mutex_unlock(&services_lock);
	return ret;
}
