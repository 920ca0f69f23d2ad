// SPDX-License-Identifier: GPL-2.0
/*
 * BSS_IOC_CALL: user space calls a function of an instance. Linux is the
 * caller: references are instance IDs turned into temporaries of the
 * outermost frame, blocks go through kernel copies (out blocks start
 * zeroed, so a callee that fills one partly leaks nothing stale), and a
 * returned reference comes back as the instance ID it names.
 */
#include <linux/irq_work.h>
#include <linux/security.h>
#include <linux/slab.h>
#include <linux/timer.h>
#include <linux/workqueue.h>
#include <linux/uaccess.h>
#include <linux/bss.h>
#include <bss/services.h>

#include "call.h"
#include "image.h"
#include "instance.h"
#include "ioctl.h"
#include "thread.h"

struct call_ctx {
	struct bss_call c;
	const struct bss_sig *sig;
	struct bss_instance *inst;
	u64 args[BSS_MAX_ARGS];
	void *blocks[BSS_MAX_ARGS];
	struct bss_thread *et;		/* the thread elsewhere */
	long ret;
	struct completion done;
	struct timer_list timer;
	struct irq_work iw;
	struct work_struct work;
};

static long call_elsewhere(struct call_ctx *x);

static __printf(3, 4) long call_fail(struct call_ctx *x, long err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(x->c.msg, sizeof(x->c.msg), fmt, ap);
	va_end(ap);
	return err;
}

static long scalar_call_elsewhere(struct call_ctx *x, struct bss_thread *t)
{
	u32 i;

	for (i = 0; i < x->sig->nargs; i++)
		if (x->sig->arg[i] > BSS_T_U64)
			return call_fail(x, -EINVAL, "context %u: scalar arguments only",
					 x->c.context);
	if (x->sig->ret == BSS_T_REF || x->c.context > BSS_CALL_WORKQUEUE)
		return call_fail(x, -EINVAL, "context %u: not supported for this call",
				 x->c.context);
	return call_elsewhere(x);
}

static long block_in(struct call_ctx *x, u32 i)
{
	u8 k = x->sig->arg[i];
	u64 len = x->c.args[i + 1];
	void __user *u = u64_to_user_ptr(x->c.args[i]);

	if (len > BSS_MAX_BLOCK)
		return call_fail(x, -E2BIG, "argument %u: block of %llu bytes exceeds %d",
				 i, len, BSS_MAX_BLOCK);
	if (k == BSS_T_OUT)
		x->blocks[i] = kzalloc(len ?: 1, GFP_KERNEL);
	else
		x->blocks[i] = memdup_user(u, len ?: 1);
	if (IS_ERR_OR_NULL(x->blocks[i])) {
		x->blocks[i] = NULL;
		return call_fail(x, -EFAULT, "argument %u: cannot copy block", i);
	}
	return 0;
}

static long blocks_out(struct call_ctx *x)
{
	u32 i;

	for (i = 0; i < x->sig->nargs; i++) {
		u8 k = x->sig->arg[i];

		if ((k == BSS_T_OUT || k == BSS_T_INOUT) &&
		    copy_to_user(u64_to_user_ptr(x->c.args[i]), x->blocks[i],
				 x->c.args[i + 1]))
			return call_fail(x, -EFAULT, "argument %u: cannot copy block back", i);
	}
	return 0;
}

static void blocks_free(struct call_ctx *x)
{
	u32 i;

	for (i = 0; i < BSS_MAX_ARGS; i++)
		kfree(x->blocks[i]);
}

/* Arguments in the kernel's terms: temporaries and kernel blocks. */
static long prepare_args(struct call_ctx *x, struct bss_thread *t, u64 *args)
{
	struct bss_instance *ref;
	long ret;
	u32 i;

	for (i = 0; i < x->sig->nargs; i++) {
		args[i] = x->c.args[i];
		switch (x->sig->arg[i]) {
		case BSS_T_REF:
			ref = bss_instance_find_get(x->c.args[i]);
			if (!ref)
				return call_fail(x, -ENOENT, "argument %u: no instance %llu",
						 i, x->c.args[i]);
			args[i] = bss_temp_push(t, ref, true);
			break;
		case BSS_T_IN:
		case BSS_T_OUT:
		case BSS_T_INOUT:
			ret = block_in(x, i);
			if (ret)
				return ret;
			args[i] = (unsigned long)x->blocks[i];
			break;
		}
	}
	return 0;
}

static long call_body(struct bss_thread *t, void *arg)
{
	struct call_ctx *x = arg;

	x->c.ret = bss_call_instance(t, x->inst, x->inst->impl->svc, x->c.fn, x->args);
	return 0;
}

static long do_call(struct call_ctx *x, struct bss_thread *t,
		    struct bss_instance *inst)
{
	const struct bss_service *svc = inst->impl->svc;
	struct bss_instance *r;
	long ret;

	if (x->c.fn >= svc->nfns)
		return call_fail(x, -EINVAL, "fn: %s has no function %u", svc->name, x->c.fn);
	/*
	 * Under lockdown user space may not drive a PCI device itself: sysfs
	 * refuses it config writes and BAR mappings, and register writes with
	 * bus mastering reach any memory by DMA. Through a device's pcidev
	 * kernel server it could do all of that, so a call from user space
	 * into one is refused the same way; the driver graph's servers, code
	 * the module loader admitted, still call it.
	 */
	if (svc->id == BSS_SVC_pcidev && !inst->img->owner) {
		ret = security_locked_down(LOCKDOWN_PCI_ACCESS);
		if (ret)
			return call_fail(x, ret, "%s.%s: %s", svc->name, svc->fn_names[x->c.fn],
					 "no PCI device access from user space under lockdown");
	}
	x->sig = &svc->sigs[x->c.fn];
	if (x->c.nargs != x->sig->nargs)
		return call_fail(x, -EINVAL, "nargs: %s.%s takes %u arguments, %u given",
				 svc->name, svc->fn_names[x->c.fn], x->sig->nargs,
				 x->c.nargs);
	ret = prepare_args(x, t, x->args);
	if (ret)
		return ret;
	if (x->c.context != BSS_CALL_PROCESS)
		return scalar_call_elsewhere(x, t);
	x->inst = inst;
	ret = bss_thread_run(t, call_body, x);
	if (ret) {
		x->c.err_id = t->err_id;
		return call_fail(x, ret, "%s", bss_thread_msg(t));
	}
	if (x->sig->ret == BSS_T_REF) {
		r = bss_ref_resolve(t, x->c.ret);
		x->c.ret = r ? r->id : 0;
	}
	return blocks_out(x);
}

/* Runs in the target context with a thread of that context. */
static void run_there(struct call_ctx *x, struct bss_thread *t)
{
	if (!t) {
		x->ret = call_fail(x, -EBUSY, "context %u: no BSS thread free", x->c.context);
		return;
	}
	x->ret = bss_thread_run(t, call_body, x);
	if (x->ret) {
		x->c.err_id = t->err_id;
		call_fail(x, x->ret, "%s", bss_thread_msg(t));
	}
}

static void atomic_call(struct call_ctx *x, enum bss_context ctx)
{
	struct bss_thread *t = bss_thread_enter_atomic(ctx);

	run_there(x, t);
	if (t)
		bss_thread_leave_atomic(t);
	complete(&x->done);
}

static void softirq_fn(struct timer_list *tl)
{
	struct call_ctx *x;

	atomic_call(from_timer(x, tl, timer), BSS_CTX_SOFTIRQ);
}

static void hardirq_fn(struct irq_work *iw)
{
	atomic_call(container_of(iw, struct call_ctx, iw), BSS_CTX_HARDIRQ);
}

static void work_fn(struct work_struct *w)
{
	struct call_ctx *x = container_of(w, struct call_ctx, work);
	struct bss_thread *t = bss_thread_create();

	run_there(x, t);
	if (t)
		bss_thread_destroy(t);
	complete(&x->done);
}

static long call_elsewhere(struct call_ctx *x)
{
	init_completion(&x->done);
	switch (x->c.context) {
	case BSS_CALL_SOFTIRQ:
		timer_setup(&x->timer, softirq_fn, 0);
		mod_timer(&x->timer, jiffies);
		wait_for_completion(&x->done);
		del_timer_sync(&x->timer);
		break;
	case BSS_CALL_HARDIRQ:
		init_irq_work(&x->iw, hardirq_fn);
		irq_work_queue(&x->iw);
		wait_for_completion(&x->done);
		irq_work_sync(&x->iw);
		break;
	default:
		INIT_WORK(&x->work, work_fn);
		schedule_work(&x->work);
		wait_for_completion(&x->done);
		flush_work(&x->work);
		break;
	}
	return x->ret;
}

static void release_temps(struct bss_thread *t)
{
	while (t->top) {
		struct bss_temp *tmp = &t->temps[--t->top];

		if (tmp->target && tmp->owned)
			bss_instance_put(tmp->target);
	}
}

long bss_ioc_call(void __user *arg)
{
	struct call_ctx *x = kzalloc(sizeof(*x), GFP_KERNEL);
	struct bss_instance *inst;
	struct bss_thread *t;
	long ret;

	if (!x)
		return -ENOMEM;
	ret = bss_ioc_copy_in(&x->c, sizeof(x->c), arg);
	if (ret)
		goto out_free;
	t = bss_thread_create();
	if (!t) {
		ret = -ENOMEM;
		goto out_free;
	}
	inst = bss_instance_find_get(x->c.id);
	x->inst = inst;
	if (inst) {
		ret = do_call(x, t, inst);
		release_temps(t);
		bss_instance_put(inst);
	} else {
		ret = call_fail(x, -ENOENT, "no instance %u", x->c.id);
	}
	bss_thread_destroy(t);
	blocks_free(x);
	ret = ret ?: bss_ioc_copy_out(arg, &x->c, sizeof(x->c));
	if (ret)
		bss_ioc_copy_out(arg, &x->c, sizeof(x->c));
out_free:
	kfree(x);
	return ret;
}
