// SPDX-License-Identifier: GPL-2.0
/*
 * The service registry: with unique IDs, a signature is checked once per
 * image at load time, never per call. The services of the catalogue
 * (servers/services.cat) are built into bss.ko and are the authority for
 * their IDs; a service outside it is defined by the first image that uses
 * it, for as long as any image does.
 */
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/bss.h>

#define BSS_CATALOGUE
#include <bss/services.h>

#include "svcreg.h"

struct svc_entry {
	struct list_head node;
	u32 id;
	u32 nfns;
	u32 users;			/* images using it, plus one if catalogued */
	u32 flags;
	bool catalogued;
	char (*fn_names)[BSS_NAME_LEN];
	char name[BSS_NAME_LEN];
	char first[BSS_NAME_LEN];	/* the image that defined it */
	struct bss_sig sigs[];
};

/* services_lock protects the services list and every entry on it. */
static LIST_HEAD(services);
static DEFINE_MUTEX(services_lock);

static const char *definer(const struct svc_entry *e)
{
	return e->catalogued ? "the catalogue (servers/services.cat)" : e->first;
}

static struct svc_entry *find_locked(u32 id)
{
	struct svc_entry *e;

	lockdep_assert_held(&services_lock);
	list_for_each_entry(e, &services, node)
		if (e->id == id)
			return e;
	return NULL;
}

static int compare(const struct svc_entry *e, const struct bss_service *svc,
		   const char *image, char *msg, size_t msglen)
{
	u32 i;

	if (e->nfns != svc->nfns || strcmp(e->name, svc->name) || e->flags != svc->flags) {
		snprintf(msg, msglen,
			 "image %s: service 0x%x is '%s' with %u functions, flags 0x%x; %s has '%s' with %u, flags 0x%x",
			 image, svc->id, svc->name, svc->nfns, svc->flags, definer(e), e->name,
			 e->nfns, e->flags);
		return -EINVAL;
	}
	for (i = 0; i < e->nfns; i++) {
		if (memcmp(&e->sigs[i], &svc->sigs[i], sizeof(e->sigs[i]))) {
			snprintf(msg, msglen,
				 "image %s: service 0x%x (%s) function %u (%s): signature differs from %s",
				 image, svc->id, svc->name, i, svc->fn_names[i], definer(e));
			return -EINVAL;
		}
		if (strcmp(e->fn_names[i], svc->fn_names[i])) {
			snprintf(msg, msglen,
				 "image %s: service 0x%x (%s) function %u is '%s'; %s names it '%s'",
				 image, svc->id, svc->name, i, svc->fn_names[i], definer(e),
				 e->fn_names[i]);
			return -EINVAL;
		}
	}
	return 0;
}

static int add_locked(const struct bss_service *svc, const char *image)
{
	struct svc_entry *e;
	u32 i;

	lockdep_assert_held(&services_lock);
	e = kzalloc(struct_size(e, sigs, svc->nfns), GFP_KERNEL);
	if (!e)
		return -ENOMEM;
	e->fn_names = kcalloc(svc->nfns, BSS_NAME_LEN, GFP_KERNEL);
	if (!e->fn_names) {
		kfree(e);
		return -ENOMEM;
	}
	for (i = 0; i < svc->nfns; i++)
		strscpy(e->fn_names[i], svc->fn_names[i], BSS_NAME_LEN);
	e->flags = svc->flags;
	e->id = svc->id;
	e->nfns = svc->nfns;
	e->users = 1;
	strscpy(e->name, svc->name, sizeof(e->name));
	strscpy(e->first, image, sizeof(e->first));
	memcpy(e->sigs, svc->sigs, svc->nfns * sizeof(*e->sigs));
	lockdep_assert_held(&services_lock);
	list_add(&e->node, &services);
	return 0;
}

int bss_svcreg_get(const struct bss_service *svc, const char *image,
		   char *msg, size_t msglen)
{
	struct svc_entry *e;
	int ret;

	mutex_lock(&services_lock);
	e = find_locked(svc->id);
	if (!e) {
		ret = add_locked(svc, image);
	} else {
		ret = compare(e, svc, image, msg, msglen);
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
	e = find_locked(id);
	if (e && !--e->users) {
		list_del(&e->node);
		kfree(e->fn_names);
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
		n += e->users > e->catalogued;
	mutex_unlock(&services_lock);
	return n;
}

/* The name a registered service goes by, for configuration lookups. */
int bss_svcreg_name(u32 id, char *name, size_t len)
{
	struct svc_entry *e;
	int ret = -ENOENT;

	mutex_lock(&services_lock);
	e = find_locked(id);
	if (e) {
		strscpy(name, e->name, len);
		ret = 0;
	}
	mutex_unlock(&services_lock);
	return ret;
}

/* The catalogue's services, held from load to unload. */
int bss_svcreg_init(void)
{
	struct svc_entry *e;
	size_t i;
	int ret = 0;

	mutex_lock(&services_lock);
	for (i = 0; i < ARRAY_SIZE(bss_catalogue) && !ret; i++) {
		ret = add_locked(bss_catalogue[i], "");
		if (!ret) {
			e = list_first_entry(&services, struct svc_entry, node);
			e->catalogued = true;
		}
	}
	mutex_unlock(&services_lock);
	if (ret)
		bss_svcreg_uninit();
	return ret;
}

void bss_svcreg_uninit(void)
{
	struct svc_entry *e, *next;

	mutex_lock(&services_lock);
	list_for_each_entry_safe(e, next, &services, node) {
		WARN_ON_ONCE(e->users != e->catalogued);
		list_del(&e->node);
		kfree(e->fn_names);
		kfree(e);
	}
	mutex_unlock(&services_lock);
}
