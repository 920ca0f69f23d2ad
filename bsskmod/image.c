// SPDX-License-Identifier: GPL-2.0
/*
 * Server images: server modules register their description from the module
 * init that BSS_SERVER() generates. It is validated completely before any
 * of the server's own code runs; a refusal fails the module load with an
 * errno, and the message waits for BSS_IOC_LOAD_ERROR.
 */
#include <linux/mutex.h>
#include <linux/slab.h>

#include <bss/runtime.h>

#include "event.h"
#include "image.h"
#include "svcreg.h"
#include "validate.h"

#define LOAD_ERRORS	8

static LIST_HEAD(images);
static DEFINE_MUTEX(images_lock);
static u32 next_id = 1;
static struct bss_load_error load_errors[LOAD_ERRORS];
static unsigned int load_error_next;

static void record_error(const char *name, int err, const char *msg)
{
	struct bss_load_error *le;

	mutex_lock(&images_lock);
	le = &load_errors[load_error_next++ % LOAD_ERRORS];
	le->err = err;
	strscpy(le->name, name, sizeof(le->name));
	strscpy(le->msg, msg, sizeof(le->msg));
	mutex_unlock(&images_lock);
	pr_err_ratelimited("image %s refused: %s (%d)\n", name, msg, err);
}

int bss_image_load_error(struct bss_load_error *le)
{
	int i, ret = -ENOENT;

	mutex_lock(&images_lock);
	for (i = 0; i < LOAD_ERRORS; i++) {
		if (!load_errors[i].err || strcmp(load_errors[i].name, le->name))
			continue;
		le->err = load_errors[i].err;
		strscpy(le->msg, load_errors[i].msg, sizeof(le->msg));
		ret = 0;
	}
	mutex_unlock(&images_lock);
	return ret;
}

/* Each service the image implements or calls, checked against the registry. */
static void services_put(const struct bss_image_desc *d, u32 nimp, u32 nloc, bool impl)
{
	while (nimp--)
		if (d->imports[nimp].svc)
			bss_svcreg_put(d->imports[nimp].svc->id);
	while (nloc--)
		bss_svcreg_put(d->locals[nloc].svc->id);
	if (impl)
		bss_svcreg_put(d->impl->svc->id);
}

static int services_get(const struct bss_image_desc *d, char *msg, size_t len)
{
	u32 i, j;
	int ret;

	ret = bss_svcreg_get(d->impl->svc, d->name, msg, len);
	if (ret)
		return ret;
	for (i = 0; i < d->nlocals; i++) {
		ret = bss_svcreg_get(d->locals[i].svc, d->name, msg, len);
		if (ret)
			goto err_put;
	}
	for (j = 0; j < d->nimports; j++) {
		if (!d->imports[j].svc)
			continue;
		ret = bss_svcreg_get(d->imports[j].svc, d->name, msg, len);
		if (ret)
			goto err_put_imports;
	}
	return 0;

err_put_imports:
	services_put(d, j, 0, false);
err_put:
	services_put(d, 0, i, true);
	return ret;
}

static struct bss_image *image_create(struct module *owner,
				      const struct bss_image_desc *d)
{
	struct bss_image *img = kzalloc(sizeof(*img), GFP_KERNEL);

	if (!img)
		return NULL;
	img->owner = owner;
	img->desc = d;
	strscpy(img->name, d->name, sizeof(img->name));
	mutex_lock(&images_lock);
	img->id = next_id++;
	list_add_tail(&img->node, &images);
	mutex_unlock(&images_lock);
	bss_event_create("image", img->id);
	return img;
}

int bss_image_register(struct module *owner, const struct bss_image_desc *d)
{
	char msg[BSS_MSG_LEN] = "";
	struct bss_vctx v = { .mod = owner, .msg = msg, .msglen = sizeof(msg) };
	int ret;

	ret = bss_validate_desc(&v, d);
	if (!ret)
		ret = services_get(d, msg, sizeof(msg));
	if (ret) {
		record_error(owner->name, ret, msg);
		return ret;
	}
	if (!image_create(owner, d)) {
		services_put(d, d->nimports, d->nlocals, true);
		return -ENOMEM;
	}
	return 0;
}
EXPORT_SYMBOL_NS_GPL(bss_image_register, BSS);

void bss_image_unregister(const struct bss_image_desc *d)
{
	struct bss_image *img, *found = NULL;

	mutex_lock(&images_lock);
	list_for_each_entry(img, &images, node) {
		if (img->desc == d) {
			found = img;
			list_del(&img->node);
			break;
		}
	}
	mutex_unlock(&images_lock);
	if (!found)
		return;
	services_put(d, d->nimports, d->nlocals, true);
	bss_event_destroy("image", found->id);
	kfree(found);
}
EXPORT_SYMBOL_NS_GPL(bss_image_unregister, BSS);

/*
 * Kernel servers: images whose code is bss.ko's own. They are trusted and
 * not validated, but their services enter the registry like any other, so
 * a server calling them is checked against their signatures. They hold no
 * module reference (owner NULL): bss.ko cannot pin itself.
 */
struct bss_image *bss_kimage_register(const struct bss_image_desc *d)
{
	char msg[BSS_MSG_LEN];
	struct bss_image *img;

	if (services_get(d, msg, sizeof(msg))) {
		pr_err("kernel image %s: %s\n", d->name, msg);
		return NULL;
	}
	img = image_create(NULL, d);
	if (!img)
		services_put(d, d->nimports, d->nlocals, true);
	return img;
}

void bss_kimage_unregister(struct bss_image *img)
{
	bss_image_unregister(img->desc);
}

/* An image with a module reference: it cannot unload while held. */
struct bss_image *bss_image_get(const char *name)
{
	struct bss_image *img, *found = NULL;

	mutex_lock(&images_lock);
	list_for_each_entry(img, &images, node) {
		if (!strcmp(img->name, name) && try_module_get(img->owner)) {
			found = img;
			break;
		}
	}
	mutex_unlock(&images_lock);
	return found;
}

void bss_image_put(struct bss_image *img)
{
	module_put(img->owner);
}

static void fill_info(struct bss_image_info *info, const struct bss_image *img)
{
	const struct bss_image_desc *d = img->desc;

	memset(info, 0, sizeof(*info));
	strscpy(info->name, img->name, sizeof(info->name));
	strscpy(info->service, d->impl->svc->name, sizeof(info->service));
	info->service_id = d->impl->svc->id;
	info->nfns = d->impl->svc->nfns;
	info->priv_size = d->priv_size;
	info->stack_need = d->stack_need;
	info->attrs = d->attrs;
	info->nrequired = d->nrequired;
	memcpy(info->required, d->required, d->nrequired * sizeof(u32));
	info->nimports = d->nimports;
	info->nlocals = d->nlocals;
	info->instances = atomic_read(&img->instances);
	info->ctor_calls = atomic64_read(&img->ctor_calls);
	info->dtor_calls = atomic64_read(&img->dtor_calls);
}

int bss_image_list(struct bss_image_info *out, u32 max, u32 *count)
{
	struct bss_image *img;
	u32 n = 0;

	mutex_lock(&images_lock);
	list_for_each_entry(img, &images, node) {
		if (n < max)
			fill_info(&out[n], img);
		n++;
	}
	mutex_unlock(&images_lock);
	*count = n;
	return 0;
}

u32 bss_image_count(void)
{
	struct bss_image *img;
	u32 n = 0;

	mutex_lock(&images_lock);
	list_for_each_entry(img, &images, node)
		n++;
	mutex_unlock(&images_lock);
	return n;
}

int bss_image_init(void)
{
	return 0;
}

void bss_image_uninit(void)
{
	WARN_ON_ONCE(!list_empty(&images));
}
