// SPDX-License-Identifier: GPL-2.0
/*
 * Service calls. Every call site of a server is bound by the module loader
 * to bss_call(); the import it passes names the service and function, whose
 * signature was matched against the service registry when the image was
 * registered. Per call, the stub resolves the reference, checks that the
 * target implements the service, and pushes a frame that switches the
 * current server and opens a window for the callee's temporaries. Only
 * servers that are serialized or refuse callbacks pay for more.
 */
#include <linux/mutex.h>
#include <linux/percpu.h>
#include <linux/rcupdate.h>

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

static const char *name_of(struct bss_instance *inst)
{
	return inst ? inst->img->name : "linux";
}

bss_ref_t bss_temp_push(struct bss_thread *t, struct bss_instance *target,
			bool owned)
{
	struct bss_temp *tmp;

	if (unlikely(t->top >= BSS_MAX_TEMPS)) {
		if (owned)
			bss_instance_put(target);
		bss_throw(t, BSS_E_TEMPS, -EMFILE, "%s: more than %d temporary references",
			  name_of(t->cur), BSS_MAX_TEMPS);
	}
	tmp = &t->temps[t->top];
	tmp->target = target;
	tmp->owned = owned;
	return BSS_REF_TEMP | t->top++;
}

void bss_temps_release(struct bss_thread *t, u32 to)
{
	struct bss_temp *tmp;

	while (t->top > to) {
		tmp = &t->temps[--t->top];
		if (tmp->target && tmp->owned)
			bss_instance_put(tmp->target);
	}
}

/* A weak reference yields a strong temporary while its target lives. */
/*
 * Lockless: a target whose count reached zero refuses the increment before
 * notify_weak() clears the entry, and its memory is freed only after an
 * RCU grace period (free_instance()), so reading it here is safe.
 */
struct bss_instance *bss_resolve_weak(struct bss_thread *t, struct bss_pref *e)
{
	struct bss_instance *target;

	rcu_read_lock();
	target = READ_ONCE(e->target);
	if (target && !refcount_inc_not_zero(&target->refs))
		target = NULL;
	rcu_read_unlock();
	if (target)
		bss_temp_push(t, target, true);
	return target;
}

struct bss_instance *bss_ref_resolve(struct bss_thread *t, bss_ref_t ref)
{
	return ref_resolve(t, ref);
}

/* The filter said "maybe": scan the frames, and refuse a real callback. */
static noinline void callback_check(struct bss_thread *t, struct bss_instance *o)
{
	u32 i;

	for (i = 0; i < t->depth; i++)
		if (t->frames[i].callee->owner == o)
			bss_throw(t, BSS_E_NO_CALLBACK, -EDEADLK,
				  "%s: callback into %s (instance %u) is not allowed",
				  name_of(t->cur), o->img->name, o->id);
}

/*
 * Serialization (thesis 3.4.1): a serialized server's lock is held while
 * its code runs and dropped at each outgoing call, unless the called
 * service is atomic; re-entry by the same thread is refused when the
 * server does not allow callbacks. Taking the lock may sleep, so atomic
 * contexts are refused rather than put to sleep.
 */
static noinline void enter_slow(struct bss_thread *t, struct bss_frame *f,
				struct bss_instance *o, const struct bss_service *svc)
{
	struct bss_instance *c = t->cur ? t->cur->owner : NULL;

	if (o->mode & BSS_MODE_SERIAL) {
		if (o->serial_owner == t)
			bss_throw(t, BSS_E_NO_CALLBACK, -EDEADLK,
				  "%s: re-entry into serialized %s (instance %u) while it holds its lock",
				  name_of(t->cur), o->img->name, o->id);
		if (!bss_may_block())
			bss_throw(t, BSS_E_WOULD_BLOCK, -EWOULDBLOCK,
				  "%s: entering serialized %s would block in atomic context",
				  name_of(t->cur), o->img->name);
	}
	if (c && c != o && c->serial_owner == t && !(svc && svc->flags & BSS_SVC_ATOMIC)) {
		c->serial_owner = NULL;
		mutex_unlock(&c->serial);
		f->dropped = 1;
	}
	if (o->mode & BSS_MODE_SERIAL) {
		mutex_lock(&o->serial);
		o->serial_owner = t;
		f->locked = 1;
	}
}

static noinline void leave_slow(struct bss_thread *t, struct bss_frame *f)
{
	struct bss_instance *o = f->callee->owner;

	if (f->spin) {
		__acquire(&o->xlock);	/* taken by bss_sys_lock(), for sparse */
		spin_unlock_irqrestore(&o->xlock, f->irqflags);
	}
	if (f->locked) {
		o->serial_owner = NULL;
		mutex_unlock(&o->serial);
	}
	if (f->dropped) {
		mutex_lock(&f->caller->owner->serial);
		f->caller->owner->serial_owner = t;
	}
}

static __always_inline void frame_enter(struct bss_thread *t,
					struct bss_instance *callee,
					const struct bss_service *svc, bool hook)
{
	struct bss_instance *o = callee->owner;
	struct bss_frame *f;
	u8 mode;

	if (unlikely(t->depth >= BSS_MAX_DEPTH))
		bss_throw(t, BSS_E_DEPTH, -ELOOP, "%s: call depth exceeds %d",
			  name_of(t->cur), BSS_MAX_DEPTH);
	f = &t->frames[t->depth];
	f->callee = callee;
	f->caller = t->cur;
	f->base = t->base;
	f->undo = 0;
	if (!hook) {
		if (unlikely((o->mode & BSS_MODE_NOCALLBACK) && t->onstack[o->slot]))
			callback_check(t, o);
		mode = o->mode | (t->cur ? t->cur->owner->mode : 0);
		if (unlikely(mode & BSS_MODE_SERIAL))
			enter_slow(t, f, o, svc);
	}
	t->onstack[o->slot]++;
	t->depth++;
	t->base = t->top;
	t->cur = callee;
}

static __always_inline void frame_leave(struct bss_thread *t)
{
	struct bss_frame *f = &t->frames[--t->depth];

	if (unlikely(t->top != t->base))
		bss_temps_release(t, t->base);
	if (unlikely(t->tries && t->tries->depth > t->depth))
		bss_try_close(t, t->depth);
	t->onstack[f->callee->owner->slot]--;
	t->base = f->base;
	t->cur = f->caller;
	if (unlikely(f->undo))
		leave_slow(t, f);
}

/* For the runtime's own hooks (constructor, destructor, weak death). */
void bss_frame_push(struct bss_thread *t, struct bss_instance *callee,
		    const struct bss_service *svc)
{
	frame_enter(t, callee, svc, !svc);
}

void bss_frame_leave(struct bss_thread *t)
{
	frame_leave(t);
}

/*
 * A returned reference moves into the caller's frame: an owned temporary
 * changes frames without touching the count, anything else gains one.
 */
static struct bss_instance *take_ret(struct bss_thread *t, bss_ref_t r, bool *owned)
{
	struct bss_instance *target = bss_ref_resolve(t, r);

	*owned = false;
	if (!target)
		return NULL;
	if ((r & BSS_REF_TEMP) && t->temps[r & ~BSS_REF_TEMP].owned) {
		t->temps[r & ~BSS_REF_TEMP].target = NULL;
		*owned = true;
	} else {
		bss_instance_get(target);
		*owned = true;
	}
	return target;
}

/* References become borrowed temporaries of the callee; blocks are bounded. */
static void translate_args(struct bss_thread *t, const struct bss_sig *sig,
			   u64 *args, struct bss_instance **refs)
{
	u32 i;

	for (i = 0; i < sig->nargs; i++) {
		if (sig->arg[i] == BSS_T_REF && args[i] != BSS_REF_NULL) {
			refs[i] = bss_ref_resolve(t, args[i]);
			if (!refs[i] || (sig->arg_svc[i] != BSS_SVC_ANY &&
					 refs[i]->impl->svc->id != sig->arg_svc[i]))
				bss_throw(t, BSS_E_BAD_REF, -EBADF,
					  "%s: argument %u: reference 0x%llx is not a valid 0x%x",
					  name_of(t->cur), i, args[i], sig->arg_svc[i]);
		}
		if (sig->arg[i] == BSS_T_SIZE && args[i] > BSS_MAX_BLOCK)
			bss_throw(t, BSS_E_ARG, -E2BIG,
				  "%s: argument %u: block of %llu bytes exceeds %d",
				  name_of(t->cur), i, args[i], BSS_MAX_BLOCK);
	}
}

static void push_arg_refs(struct bss_thread *t, const struct bss_sig *sig,
			  u64 *args, struct bss_instance **refs)
{
	u32 i;

	for (i = 0; i < sig->nargs; i++)
		if (refs[i])
			args[i] = bss_temp_push(t, refs[i], false);
}

u64 bss_call_instance(struct bss_thread *t, struct bss_instance *callee,
		      const struct bss_service *svc, u32 fn, u64 *args)
{
	struct bss_instance *refs[BSS_MAX_ARGS];
	const struct bss_sig *sig = &svc->sigs[fn];
	struct bss_instance *target;
	bool owned;
	u64 ret;

	/* The kernel's own entries (interrupts, NAPI, transmit): scalars. */
	if (likely(!(sig->flags & BSS_SIG_SPECIAL))) {
		frame_enter(t, callee, svc, false);
		ret = callee->entries[fn](callee->priv, args[0], args[1], args[2], args[3]);
		frame_leave(t);
		return ret;
	}
	memset(refs, 0, sizeof(refs));
	translate_args(t, sig, args, refs);
	frame_enter(t, callee, svc, false);
	push_arg_refs(t, sig, args, refs);
	ret = callee->entries[fn](callee->priv, args[0], args[1], args[2], args[3]);
	if (sig->ret != BSS_T_REF || ret == BSS_REF_NULL) {
		frame_leave(t);
		return ret;
	}
	target = take_ret(t, ret, &owned);
	frame_leave(t);
	if (!target)
		bss_throw(t, BSS_E_BAD_REF, -EBADF, "%s.%s returned an invalid reference 0x%llx",
			  callee->img->name, svc->fn_names[fn], ret);
	return bss_temp_push(t, target, owned);
}

static noinline void call_refused(struct bss_thread *t, const struct bss_import *imp,
				  bss_ref_t ref, struct bss_instance *callee)
{
	if (!callee)
		bss_throw(t, BSS_E_BAD_REF, -EBADF, "%s: %s.%s through invalid reference 0x%x",
			  name_of(t->cur), imp->svc->name, imp->svc->fn_names[imp->fn], ref);
	bss_throw(t, BSS_E_WRONG_SERVICE, -EPROTOTYPE,
		  "%s: %s.%s through reference 0x%x to a %s server",
		  name_of(t->cur), imp->svc->name, imp->svc->fn_names[imp->fn],
		  ref, callee->impl->svc->name);
}

/* References or blocks: the general path, with the arguments in an array. */
static noinline u64 call_special(struct bss_thread *t, struct bss_instance *callee,
				 const struct bss_import *imp, u64 a0, u64 a1, u64 a2, u64 a3)
{
	u64 args[BSS_MAX_ARGS] = { a0, a1, a2, a3 };

	return bss_call_instance(t, callee, imp->svc, imp->fn, args);
}

u64 bss_call(const struct bss_import *imp, bss_ref_t ref, u64 a0, u64 a1,
	     u64 a2, u64 a3)
{
	struct bss_thread *t = bss_thread_current();
	struct bss_instance *callee = ref_resolve(t, ref);
	u32 fn = imp->fn;
	u64 ret;

	this_cpu_inc(calls);
	if (unlikely(!callee || callee->svc_id != imp->svc->id))
		call_refused(t, imp, ref, callee);
	if (unlikely(imp->svc->sigs[fn].flags & BSS_SIG_SPECIAL))
		return call_special(t, callee, imp, a0, a1, a2, a3);
	/* The common case: scalars only, nothing to translate. */
	frame_enter(t, callee, imp->svc, false);
	ret = callee->entries[fn](callee->priv, a0, a1, a2, a3);
	frame_leave(t);
	return ret;
}
EXPORT_SYMBOL_NS_GPL(bss_call, BSS);
