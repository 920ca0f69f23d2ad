// SPDX-License-Identifier: GPL-2.0
/*
 * Service calls. Every call site of a server is bound by the module loader
 * to bss_call(); the import it passes names the service and function, whose
 * signature was matched against the service registry when the image was
 * registered. Per call, the stub only resolves the reference, checks that
 * the target implements the service, switches the current server and opens
 * a frame for the callee's temporaries.
 */
#include <linux/percpu.h>

#include "call.h"
#include "instance.h"
#include "thread.h"

static DEFINE_PER_CPU(u64, calls);

u64 bss_calls_total(void)
{
	u64 n = 0;
	int cpu;

	for_each_possible_cpu(cpu)
		n += per_cpu(calls, cpu);
	return n;
}

bss_ref_t bss_temp_push(struct bss_thread *t, struct bss_instance *target,
			bool owned)
{
	struct bss_temp *tmp;

	if (unlikely(t->top >= BSS_MAX_TEMPS)) {
		bss_thread_error(t, -EMFILE, "more than %d temporary references in one thread",
				 BSS_MAX_TEMPS);
		if (owned)
			bss_instance_put(target);
		return BSS_REF_NULL;
	}
	tmp = &t->temps[t->top];
	tmp->target = target;
	tmp->owned = owned;
	return BSS_REF_TEMP | t->top++;
}

/* A weak reference yields a strong temporary while its target lives. */
static struct bss_instance *resolve_weak(struct bss_thread *t, struct bss_pref *e)
{
	struct bss_instance *target;

	spin_lock(&bss_weak_lock);
	target = e->target;
	if (target && !refcount_inc_not_zero(&target->refs))
		target = NULL;
	spin_unlock(&bss_weak_lock);
	if (target && bss_temp_push(t, target, true) == BSS_REF_NULL)
		return NULL;
	return target;
}

struct bss_instance *bss_ref_resolve(struct bss_thread *t, bss_ref_t ref)
{
	struct bss_pref *e;
	u32 i;

	if (ref & BSS_REF_TEMP) {
		i = ref & ~BSS_REF_TEMP;
		if (unlikely(i < t->base || i >= t->top))
			return NULL;
		return t->temps[i].target;
	}
	if (unlikely(!t->cur))
		return NULL;
	e = bss_reftab_entry(&t->cur->owner->tab, ref);
	if (unlikely(!e))
		return NULL;
	if (unlikely(e->weak))
		return resolve_weak(t, e);
	return READ_ONCE(e->target);
}

/* Close the callee's frame: its owned temporaries go. */
static void frame_pop(struct bss_thread *t, u32 base)
{
	struct bss_temp *tmp;

	while (t->top > t->base) {
		tmp = &t->temps[--t->top];
		if (tmp->target && tmp->owned)
			bss_instance_put(tmp->target);
	}
	t->base = base;
}

/*
 * A returned reference moves into the caller's frame: an owned temporary
 * changes frames without touching the count, anything else gains one.
 */
static bss_ref_t return_ref(struct bss_thread *t, u32 base, bss_ref_t r)
{
	struct bss_instance *target;
	bool owned = false;

	if (r == BSS_REF_NULL) {
		frame_pop(t, base);
		return r;
	}
	target = bss_ref_resolve(t, r);
	if (target && (r & BSS_REF_TEMP) && t->temps[r & ~BSS_REF_TEMP].owned) {
		t->temps[r & ~BSS_REF_TEMP].target = NULL;
		owned = true;
	} else if (target) {
		bss_instance_get(target);
		owned = true;
	}
	frame_pop(t, base);
	if (!target) {
		bss_thread_error(t, -EBADF, "returned reference 0x%x is not valid", r);
		return BSS_REF_NULL;
	}
	return bss_temp_push(t, target, owned);
}

static u64 call_error(struct bss_thread *t, const struct bss_sig *sig, int err,
		      const char *what, bss_ref_t ref)
{
	bss_thread_error(t, err, "%s: reference 0x%x", what, ref);
	return sig->ret == BSS_T_REF ? BSS_REF_NULL : 0;
}

/* References become borrowed temporaries of the callee; blocks are bounded. */
static int translate_args(struct bss_thread *t, const struct bss_sig *sig,
			  u64 *args, struct bss_instance **refs)
{
	u32 i;

	for (i = 0; i < sig->nargs; i++) {
		if (sig->arg[i] == BSS_T_REF && args[i] != BSS_REF_NULL) {
			refs[i] = bss_ref_resolve(t, args[i]);
			if (!refs[i] || refs[i]->impl->svc->id != sig->arg_svc[i])
				return -EBADF;
		}
		if (sig->arg[i] == BSS_T_SIZE && args[i] > BSS_MAX_BLOCK)
			return -E2BIG;
	}
	return 0;
}

static void push_arg_refs(struct bss_thread *t, const struct bss_sig *sig,
			  u64 *args, struct bss_instance **refs)
{
	u32 i;

	for (i = 0; i < sig->nargs; i++)
		if (refs[i])
			args[i] = bss_temp_push(t, refs[i], false);
}

/* Any reference, block or size in the signature: bytes 3..7 of a kind. */
static bool sig_special(const struct bss_sig *sig)
{
	u32 w;

	memcpy(&w, sig->arg, sizeof(w));
	return sig->ret == BSS_T_REF || ((w + 0x7d7d7d7d) & 0x80808080);
}

u64 bss_call_instance(struct bss_thread *t, struct bss_instance *callee,
		      const struct bss_service *svc, u32 fn, u64 *args)
{
	struct bss_instance *refs[BSS_MAX_ARGS] = {};
	const struct bss_sig *sig = &svc->sigs[fn];
	struct bss_instance *caller = t->cur;
	u32 base = t->base;
	u64 ret;
	int err;

	if (unlikely(sig_special(sig))) {
		err = translate_args(t, sig, args, refs);
		if (err)
			return call_error(t, sig, err, "argument", 0);
	}
	t->base = t->top;
	push_arg_refs(t, sig, args, refs);
	t->cur = callee;
	ret = callee->impl->entries[fn](callee->priv, args[0], args[1], args[2],
					args[3]);
	if (sig->ret == BSS_T_REF)
		ret = return_ref(t, base, ret);
	else
		frame_pop(t, base);
	t->cur = caller;
	return ret;
}

u64 bss_call(const struct bss_import *imp, bss_ref_t ref, u64 a0, u64 a1,
	     u64 a2, u64 a3)
{
	struct bss_thread *t = bss_thread_current();
	struct bss_instance *callee = bss_ref_resolve(t, ref);
	const struct bss_sig *sig = &imp->svc->sigs[imp->fn];
	struct bss_instance *caller;
	u64 ret;
	u32 base;

	this_cpu_inc(calls);
	if (unlikely(!callee))
		return call_error(t, sig, -EBADF, "no such reference", ref);
	if (unlikely(callee->impl->svc->id != imp->svc->id))
		return call_error(t, sig, -EPROTOTYPE, "target implements another service", ref);
	if (unlikely(sig_special(sig))) {
		u64 args[BSS_MAX_ARGS] = { a0, a1, a2, a3 };

		return bss_call_instance(t, callee, imp->svc, imp->fn, args);
	}
	/* The common case: scalars only, nothing to translate. */
	caller = t->cur;
	base = t->base;
	t->base = t->top;
	t->cur = callee;
	ret = callee->impl->entries[imp->fn](callee->priv, a0, a1, a2, a3);
	frame_pop(t, base);
	t->cur = caller;
	return ret;
}
EXPORT_SYMBOL_NS_GPL(bss_call, BSS);
