// SPDX-License-Identifier: GPL-2.0
/*
 * The /dev/bss commands that act on images, instances and references.
 * Each copies its versioned structure in, enters BSS as a thread where
 * server code may run, and copies the result and any message back.
 */
#include <linux/slab.h>
#include <linux/uaccess.h>
#include <linux/vmalloc.h>
#include <linux/bss.h>

#include "bind.h"
#include "call.h"
#include "elfcheck.h"
#include "error.h"
#include "graph.h"
#include "image.h"
#include "instance.h"
#include "ioctl.h"
#include "svcreg.h"
#include "thread.h"

#define LIST_MAX	65536

int bss_ioc_copy_in(void *k, size_t ksize, void __user *arg)
{
	u32 usize;

	if (get_user(usize, (u32 __user *)arg))
		return -EFAULT;
	return copy_struct_from_user(k, ksize, arg, usize);
}

int bss_ioc_copy_out(void __user *arg, const void *k, size_t ksize)
{
	u32 usize;

	if (get_user(usize, (u32 __user *)arg))
		return -EFAULT;
	return copy_to_user(arg, k, min_t(size_t, usize, ksize)) ? -EFAULT : 0;
}

/* Finish a command: the structure goes back even on failure, for msg. */
static long finish(void __user *arg, const void *k, size_t ksize, long ret)
{
	int cret = bss_ioc_copy_out(arg, k, ksize);

	return ret ?: cret;
}

long bss_ioc_image_check(void __user *arg)
{
	struct bss_image_check c;
	struct bss_elf_info info;
	void *buf;
	long ret;

	ret = bss_ioc_copy_in(&c, sizeof(c), arg);
	if (ret)
		return ret;
	if (c.len > BSS_ELF_MAX_SIZE) {
		snprintf(c.msg, sizeof(c.msg), "file of %u bytes exceeds %u", c.len,
			 BSS_ELF_MAX_SIZE);
		return finish(arg, &c, sizeof(c), -E2BIG);
	}
	buf = vmemdup_user(u64_to_user_ptr(c.data), c.len);
	if (IS_ERR(buf))
		return PTR_ERR(buf);
	ret = bss_elf_check(buf, c.len, &info, c.msg, sizeof(c.msg));
	kvfree(buf);
	if (!ret)
		strscpy(c.name, info.name, sizeof(c.name));
	return finish(arg, &c, sizeof(c), ret);
}

long bss_ioc_load_error(void __user *arg)
{
	struct bss_load_error le;
	long ret;

	ret = bss_ioc_copy_in(&le, sizeof(le), arg);
	if (ret)
		return ret;
	le.name[sizeof(le.name) - 1] = 0;
	ret = bss_image_load_error(&le);
	return finish(arg, &le, sizeof(le), ret);
}

static int list_fill(unsigned int cmd, u32 id, void *buf, u32 max, u32 *count)
{
	switch (cmd) {
	case BSS_IOC_IMAGE_LIST:
		return bss_image_list(buf, max, count);
	case BSS_IOC_INSTANCE_LIST:
		return bss_instance_list(buf, max, count);
	case BSS_IOC_FN_LIST:
		return bss_fn_list(id, buf, max, count);
	case BSS_IOC_ERROR_LIST:
		return bss_error_list(buf, max, count);
	case BSS_IOC_GRAPH_LIST:
		return bss_graph_list(buf, max, count);
	default:
		return bss_ref_list(id, buf, max, count);
	}
}

static size_t list_entsize(unsigned int cmd)
{
	switch (cmd) {
	case BSS_IOC_IMAGE_LIST:
		return sizeof(struct bss_image_info);
	case BSS_IOC_INSTANCE_LIST:
		return sizeof(struct bss_instance_info);
	case BSS_IOC_FN_LIST:
		return sizeof(struct bss_fn_info);
	case BSS_IOC_ERROR_LIST:
		return sizeof(struct bss_error_info);
	case BSS_IOC_GRAPH_LIST:
		return sizeof(struct bss_graph_node);
	default:
		return sizeof(struct bss_ref_info);
	}
}

/*
 * Entries a list can have, which bounds what a caller makes the kernel
 * allocate for it: the error log keeps 64 (a caller asking for 65536
 * would get 23 MB allocated and copied for nothing).
 */
static u32 list_cap(unsigned int cmd)
{
	return cmd == BSS_IOC_ERROR_LIST ? BSS_ERROR_LOG : LIST_MAX;
}

long bss_ioc_list(unsigned int cmd, void __user *arg)
{
	size_t esz = list_entsize(cmd);
	u32 max, count = 0;
	struct bss_list l;
	void *buf;
	long ret;

	ret = bss_ioc_copy_in(&l, sizeof(l), arg);
	if (ret)
		return ret;
	if (l.entsize != esz)
		return -EINVAL;
	max = min(l.count, list_cap(cmd));
	buf = kvcalloc(max ?: 1, esz, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	ret = list_fill(cmd, l.id, buf, max, &count);
	if (!ret && copy_to_user(u64_to_user_ptr(l.buf), buf, min(max, count) * esz))
		ret = -EFAULT;
	kvfree(buf);
	/* A list that failed (no such instance, service) counts nothing. */
	l.count = ret ? 0 : count;
	return finish(arg, &l, sizeof(l), ret);
}

static void put_binds(struct bss_instance **bind, u32 n)
{
	while (n--)
		bss_instance_put(bind[n]);
}

static int get_binds(struct bss_instance_create *c, struct bss_instance **bind)
{
	u32 i;

	if (c->nbind > ARRAY_SIZE(c->bind)) {
		snprintf(c->msg, sizeof(c->msg), "nbind: %u exceeds %zu", c->nbind,
			 ARRAY_SIZE(c->bind));
		return -E2BIG;
	}
	for (i = 0; i < c->nbind; i++) {
		bind[i] = bss_instance_find_get(c->bind[i]);
		if (!bind[i]) {
			snprintf(c->msg, sizeof(c->msg), "binding %u: no instance %u", i,
				 c->bind[i]);
			put_binds(bind, i);
			return -ENOENT;
		}
	}
	return 0;
}

static long instance_create(struct bss_instance_create *c)
{
	struct bss_instance *bind[ARRAY_SIZE(c->bind)], *inst;
	struct bss_image *img;
	long ret;

	c->image[sizeof(c->image) - 1] = 0;
	img = bss_image_get(c->image);
	if (!img) {
		snprintf(c->msg, sizeof(c->msg), "no image %s (load it with bssctl image load)",
			 c->image);
		return -ENOENT;
	}
	ret = get_binds(c, bind);
	if (ret)
		goto err_put_image;
	inst = bss_instance_create(img, bind, c->nbind, c->msg, sizeof(c->msg));
	put_binds(bind, c->nbind);
	if (IS_ERR(inst)) {
		ret = PTR_ERR(inst);
		goto err_put_image;
	}
	c->id = inst->id;
	return 0;

err_put_image:
	bss_image_put(img);
	return ret;
}

long bss_ioc_instance_create(void __user *arg)
{
	struct bss_instance_create c;
	struct bss_thread *t;
	bool made;
	size_t n;
	long ret;

	ret = bss_ioc_copy_in(&c, sizeof(c), arg);
	if (ret)
		return ret;
	t = bss_thread_create();
	if (!t)
		return -ENOMEM;
	ret = instance_create(&c);
	made = !ret;
	/* A failed constructor: the throw's own message says why. */
	if (ret && t->err && t->msg[0]) {
		n = strlen(c.msg);
		snprintf(c.msg + n, sizeof(c.msg) - n, ": %s", bss_thread_msg(t));
	}
	/* A caller that cannot be told the ID gets nothing made. */
	ret = finish(arg, &c, sizeof(c), ret);
	if (made && ret)
		bss_instance_user_put(c.id, c.msg, sizeof(c.msg));
	bss_thread_destroy(t);
	bss_instance_reap();
	return ret;
}

long bss_ioc_instance_destroy(void __user *arg)
{
	struct bss_instance_destroy d;
	struct bss_thread *t;
	long ret;

	ret = bss_ioc_copy_in(&d, sizeof(d), arg);
	if (ret)
		return ret;
	if (d.flags & ~BSS_DESTROY_FORCE || d.pad) {
		snprintf(d.msg, sizeof(d.msg), "unknown flags 0x%x", d.flags & ~BSS_DESTROY_FORCE);
		return finish(arg, &d, sizeof(d), -EINVAL);
	}
	t = bss_thread_create();
	if (!t)
		return -ENOMEM;
	if (d.flags & BSS_DESTROY_FORCE)
		ret = bss_instance_force(d.id, d.msg, sizeof(d.msg));
	else
		ret = bss_instance_user_put(d.id, d.msg, sizeof(d.msg));
	bss_thread_destroy(t);
	bss_instance_reap();
	return finish(arg, &d, sizeof(d), ret);
}

long bss_ioc_stats(void __user *arg)
{
	struct bss_stats s;
	long ret;

	ret = bss_ioc_copy_in(&s, sizeof(s), arg);
	if (ret)
		return ret;
	s.images = bss_image_count();
	s.instances = bss_instance_count();
	s.services = bss_svcreg_count();
	s.calls = bss_calls_total();
	s.slots = bss_bind_slots_used();
	s.revokes = atomic_long_read(&bss_serial_revokes);
	return finish(arg, &s, sizeof(s), 0);
}

static long graph_load(struct bss_graph_load *gl)
{
	struct bss_graph_err e = { .msg = gl->msg, .msglen = sizeof(gl->msg),
				   .missing = gl->missing };
	struct bss_bundle *b;
	long ret;

	b = bss_bundle_from_user(gl, gl->msg, sizeof(gl->msg));
	if (IS_ERR(b))
		return PTR_ERR(b);
	ret = bss_graph_load(b, bss_bundle_main(b), NULL, &e, &gl->id);
	bss_bundle_put(b);
	return ret;
}

long bss_ioc_graph_load(void __user *arg)
{
	struct bss_graph_load gl;
	struct bss_thread *t;
	u32 leaked;
	bool made;
	long ret;

	ret = bss_ioc_copy_in(&gl, sizeof(gl), arg);
	if (ret)
		return ret;
	t = bss_thread_create();
	if (!t)
		return -ENOMEM;
	ret = graph_load(&gl);
	made = !ret;
	ret = finish(arg, &gl, sizeof(gl), ret);
	if (made && ret)
		bss_graph_unload(gl.id, &leaked);
	bss_thread_destroy(t);
	return ret;
}

long bss_ioc_graph_unload(void __user *arg)
{
	struct bss_graph_unload gu;
	struct bss_thread *t;
	long ret;

	ret = bss_ioc_copy_in(&gu, sizeof(gu), arg);
	if (ret)
		return ret;
	t = bss_thread_create();
	if (!t)
		return -ENOMEM;
	ret = bss_graph_unload(gu.id, &gu.leaked);
	if (ret)
		snprintf(gu.msg, sizeof(gu.msg), "no graph %u", gu.id);
	bss_thread_destroy(t);
	return finish(arg, &gu, sizeof(gu), ret);
}
