// SPDX-License-Identifier: GPL-2.0
/*
 * Server images: server modules register their description from the module
 * init that BSS_SERVER() generates. It is validated completely before any
 * of the server's own code runs; a refusal fails the module load with an
 * errno, and the message waits for BSS_IOC_LOAD_ERROR.
 */
#include <linux/moduleparam.h>
#include <linux/mutex.h>
#include <linux/slab.h>

#include <bss/runtime.h>

#include "bind.h"
#include "elfcheck.h"
#include "event.h"
#include "image.h"
#include "svcreg.h"
#include "validate.h"

#define LOAD_ERRORS	8

static LIST_HEAD(images);
static DEFINE_MUTEX(images_lock);	/* images, nimages, next_id */
static u32 next_id = 1;
static u32 nimages;

static unsigned int max_images = 1024;
module_param(max_images, uint, 0644);
MODULE_PARM_DESC(max_images, "server images registered at once (ENOSPC beyond)");

#ifdef CONFIG_FAULT_INJECTION
/*
 * Fault injection into registration alone (fault_test, debug kernel):
 * with this set, bss_image_register() runs as if its caller had written 1
 * to /proc/self/make-it-fail, so that failslab's task filter fails the
 * runtime's allocations of the load path and none of the module loader's
 * before it (whose vmalloc() warns with a stack trace of each failure).
 */
static bool fault_register;
module_param(fault_register, bool, 0600);
MODULE_PARM_DESC(fault_register, "image registration fails like a make-it-fail task (failslab)");

static int fault_enter(void)
{
	int was = current->make_it_fail;

	if (READ_ONCE(fault_register))
		current->make_it_fail = 1;
	return was;
}

static void fault_exit(int was)
{
	current->make_it_fail = was;
}
#else
static int fault_enter(void) { return 0; }
static void fault_exit(int was) { }
#endif
static struct bss_load_error load_errors[LOAD_ERRORS];
static unsigned int load_error_next;
static u32 load_error_seq;

static void record_error(const char *name, int err, const char *msg)
{
	struct bss_load_error *le;

	mutex_lock(&images_lock);
	le = &load_errors[load_error_next++ % LOAD_ERRORS];
	le->err = err;
	/* 0 is an older runtime's (no number): never one of ours. */
	le->seq = ++load_error_seq ?: ++load_error_seq;
	strscpy(le->name, name, sizeof(le->name));
	strscpy(le->msg, msg, sizeof(le->msg));
	mutex_unlock(&images_lock);
	pr_err_ratelimited("image %s refused: %s (%d)\n", name, msg, err);
}

/* The newest refusal of le->name: the ring is walked oldest first. */
int bss_image_load_error(struct bss_load_error *le)
{
	int k, i, ret = -ENOENT;

	mutex_lock(&images_lock);
	for (k = 0; k < LOAD_ERRORS; k++) {
		i = (load_error_next + k) % LOAD_ERRORS;
		if (!load_errors[i].err || strcmp(load_errors[i].name, le->name))
			continue;
		le->err = load_errors[i].err;
		le->seq = load_errors[i].seq;
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

/* The system calls an image may make: those it declared; kernel images all. */
static u16 sysmask_of(struct module *owner, const struct bss_image_desc *d)
{
	u16 mask = 0;
	u32 i;

	BUILD_BUG_ON(BSS_SYS_MAX > 16);
	if (!owner)
		return GENMASK(BSS_SYS_MAX - 1, 0);
	for (i = 0; i < d->nimports; i++)
		if (!d->imports[i].svc)
			mask |= BIT(d->imports[i].fn);
	return mask;
}

static struct bss_image *image_create(struct module *owner,
				      const struct bss_image_desc *d, bool device)
{
	struct bss_image *img = kzalloc(sizeof(*img), GFP_KERNEL);

	if (!img)
		return ERR_PTR(-ENOMEM);
	img->owner = owner;
	img->desc = d;
	img->device = device;
	img->sysmask = sysmask_of(owner, d);
	strscpy(img->name, d->name, sizeof(img->name));
	if (bss_bind_image_init(img)) {
		kfree(img);
		return ERR_PTR(-ENOMEM);
	}
	mutex_lock(&images_lock);
	if (nimages >= READ_ONCE(max_images)) {
		mutex_unlock(&images_lock);
		bss_bind_image_uninit(img);
		kfree(img);
		return ERR_PTR(-ENOSPC);
	}
	nimages++;
	img->id = next_id++;
	list_add_tail(&img->node, &images);
	mutex_unlock(&images_lock);
	bss_event_create("image", img->id);
	return img;
}

/*
 * Whichever way the server module came in (bssctl image load checks its
 * file first, plain insmod does not), its imports are checked here, in
 * the symbol table the module loader keeps while the module's init runs:
 * the whole table, undefined symbols included, in init memory the loader
 * has made read-only. Once init returns only the core symbols are left,
 * so registration is taken only while the module is coming (its init is
 * running); the module cannot change the table it is judged by.
 */
static int check_loaded_imports(struct module *mod, char *msg, size_t len)
{
	const struct mod_kallsyms *ks;
	const struct elf64_sym *sym;
	unsigned int i;
	int ret = 0;

	if (!mod || mod->state != MODULE_STATE_COMING) {
		snprintf(msg, len, "registration is taken only from the module's own init");
		return -EPERM;
	}
#ifndef CONFIG_KALLSYMS
	snprintf(msg, len, "kernel without kallsyms: imports cannot be checked");
	return -EPERM;
#else
	preempt_disable();
	ks = rcu_dereference_sched(mod->kallsyms);
	for (i = 1; i < ks->num_symtab; i++) {
		sym = &ks->symtab[i];
		if (sym->st_shndx != SHN_UNDEF || !ks->strtab[sym->st_name])
			continue;
		if (!bss_elf_import_allowed(ks->strtab + sym->st_name)) {
			snprintf(msg, len, "undefined symbol '%s' is not a BSS import",
				 ks->strtab + sym->st_name);
			ret = -EPERM;
			break;
		}
	}
	preempt_enable();
	return ret;
#endif
}

static int image_register(struct module *owner, const struct bss_image_desc *d)
{
	char msg[BSS_MSG_LEN] = "";
	struct bss_vctx v = { .mod = owner, .msg = msg, .msglen = sizeof(msg) };
	struct bss_image *img;
	int ret;

	ret = check_loaded_imports(owner, msg, sizeof(msg));
	if (!ret)
		ret = bss_validate_desc(&v, d);
	if (!ret)
		ret = services_get(d, msg, sizeof(msg));
	if (ret) {
		if (!msg[0])
			snprintf(msg, sizeof(msg), "no memory for the image's services");
		record_error(owner ? owner->name : "?", ret, msg);
		return ret;
	}
	img = image_create(owner, d, false);
	if (IS_ERR(img)) {
		services_put(d, d->nimports, d->nlocals, true);
		ret = PTR_ERR(img);
		if (ret == -ENOSPC)
			snprintf(msg, sizeof(msg),
				 "%u images are registered already (bss.max_images)",
				 READ_ONCE(max_images));
		else
			snprintf(msg, sizeof(msg), "no memory for the image's tables");
		record_error(owner ? owner->name : "?", ret, msg);
		return ret;
	}
	return 0;
}

/**
 * bss_image_register() - register a server image from its module's init
 * @owner: the server module (THIS_MODULE of BSS_SERVER()), while coming
 * @d: its description, in the module's core sections
 *
 * Checks the module's imports and the description, then enters the
 * image's services in the registry and the image in the image list.
 *
 * Return: 0, or a negative errno whose message waits for
 * BSS_IOC_LOAD_ERROR under the module's name.
 */
int bss_image_register(struct module *owner, const struct bss_image_desc *d)
{
	int fault = fault_enter();
	int ret = image_register(owner, d);

	fault_exit(fault);
	return ret;
}
EXPORT_SYMBOL_NS_GPL(bss_image_register, BSS);

/**
 * bss_image_unregister() - take a server image out, from its module's exit
 * @d: the description bss_image_register() took
 *
 * The module loader calls the exit only once nothing holds the module:
 * no server of the image is left. A description that was refused, or
 * never registered, is ignored.
 */
void bss_image_unregister(const struct bss_image_desc *d)
{
	struct bss_image *img, *found = NULL;

	mutex_lock(&images_lock);
	list_for_each_entry(img, &images, node) {
		if (img->desc == d) {
			found = img;
			list_del(&img->node);
			nimages--;
			break;
		}
	}
	mutex_unlock(&images_lock);
	if (!found)
		return;
	bss_bind_image_uninit(found);
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
static struct bss_image *kimage_register(const struct bss_image_desc *d, bool device)
{
	char msg[BSS_MSG_LEN];
	struct bss_image *img;

	if (services_get(d, msg, sizeof(msg))) {
		pr_err("kernel image %s: %s\n", d->name, msg);
		return NULL;
	}
	img = image_create(NULL, d, device);
	if (IS_ERR(img)) {
		services_put(d, d->nimports, d->nlocals, true);
		return NULL;
	}
	return img;
}

struct bss_image *bss_kimage_register(const struct bss_image_desc *d)
{
	return kimage_register(d, false);
}

/*
 * A kernel server of one device (pcidev, netdev): bss.ko makes each
 * instance for a device it drives. Made by name (an instance create, a
 * configuration) it would have no device, and its first call would
 * dereference none: bss_image_get() does not find it.
 */
struct bss_image *bss_kimage_register_device(const struct bss_image_desc *d)
{
	return kimage_register(d, true);
}

void bss_kimage_unregister(struct bss_image *img)
{
	bss_image_unregister(img->desc);
}

/*
 * An image with a module reference: it cannot unload while held. A
 * device's kernel server is not found by name.
 */
struct bss_image *bss_image_get(const char *name)
{
	struct bss_image *img, *found = NULL;

	mutex_lock(&images_lock);
	list_for_each_entry(img, &images, node) {
		if (!strcmp(img->name, name) && !img->device && try_module_get(img->owner)) {
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
