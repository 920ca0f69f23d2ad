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
#include <linux/lockdep.h>
#include <linux/percpu.h>
#include <linux/rcupdate.h>
#include <linux/smp.h>

#include "bind.h"
#include "call.h"
#include "instance.h"
#include "thread.h"

DEFINE_PER_CPU(u64, bss_calls);
atomic_long_t bss_serial_revokes;	/* biases taken away (call.h) */

/*
 * Claiming a frame. A dying server refuses calls (svc_id 0), and its
 * destruction waits for an RCU grace period and then for every thread to
 * be out of it (bss_threads_running()). So a call looks its callee up,
 * checks it and writes it into its next frame with preemption disabled:
 * once the grace period is over, every call that saw the server accepting
 * has claimed its frame and is seen; every later one sees it refusing.
 * The claim is cleared when the frame is left, or when the call is
 * refused before it enters.
 */
static __always_inline void unclaim(struct bss_thread *t)
{
	if (t->depth < BSS_MAX_DEPTH)
		WRITE_ONCE(t->frames[t->depth].callee, NULL);
}

/* Claim callee's frame if it implements svc_id; its service ID either way. */
static __always_inline u32 claim(struct bss_thread *t, struct bss_instance *callee,
				 u32 svc_id)
{
	u32 id = READ_ONCE(callee->svc_id);

	if (likely(id == svc_id && t->depth < BSS_MAX_DEPTH))
		WRITE_ONCE(t->frames[t->depth].callee, callee);
	return id;
}

u64 bss_calls_total(void)
{
	u64 n = 0;
	int cpu;

	for_each_possible_cpu(cpu)
		n += per_cpu(bss_calls, cpu);
	return n;
}

static const char *name_of(struct bss_instance *inst)
{
	return inst ? inst->img->name : "linux";
}

/**
 * bss_temps_overflow() - a frame wanted one temporary more than the stack holds
 * @t: the running thread
 * @target: what the temporary was to name
 * @owned: whether it came with a count, which is dropped
 *
 * Throws BSS_E_TEMPS; never returns.
 */
noinline void bss_temps_overflow(struct bss_thread *t, struct bss_instance *target,
				bool owned)
{
	if (owned)
		bss_instance_put(target);
	bss_throw(t, BSS_E_TEMPS, -EMFILE, "%s: more than %d temporary references",
		  name_of(t->cur), BSS_MAX_TEMPS);
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
 * cut_holders() clears the entry, and its memory is freed only after an
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

	for (i = 0; i < t->depth; i++) {
		if (t->frames[i].callee->owner != o)
			continue;
		unclaim(t);
		bss_throw(t, BSS_E_NO_CALLBACK, -EDEADLK,
			  "%s: callback into %s (instance %u) is not allowed",
			  name_of(t->cur), o->img->name, o->id);
	}
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
		if (bss_serial_held(o, t) || !bss_may_block())
			unclaim(t);
		if (bss_serial_held(o, t))
			bss_throw(t, BSS_E_NO_CALLBACK, -EDEADLK,
				  "%s: re-entry into serialized %s (instance %u) while it holds its lock",
				  name_of(t->cur), o->img->name, o->id);
		if (!bss_may_block())
			bss_throw(t, BSS_E_WOULD_BLOCK, -EWOULDBLOCK,
				  "%s: entering serialized %s would block in atomic context",
				  name_of(t->cur), o->img->name);
	}
	if (c && c != o && bss_serial_held(c, t) && !(svc && svc->flags & BSS_SVC_ATOMIC)) {
		bss_serial_unlock(c, t);
		f->dropped = 1;
	}
	if (o->mode & BSS_MODE_SERIAL) {
		bss_serial_lock(o, t);
		f->locked = 1;
	}
}

static struct lock_class_key serial_key;

void bss_serial_init(struct bss_instance *o)
{
	o->serial = 0;
	lockdep_init_map(&o->serial_map, "bss_instance.serial", &serial_key, 0);
}

enum { SERIAL_WAIT, SERIAL_TAKEN, SERIAL_BIASED };

/* Take it, or mark that a sleeper waits for it; a biased one is the caller's. */
static int serial_take_or_wait(struct bss_instance *o, struct bss_thread *t)
{
	unsigned long old = READ_ONCE(o->serial);

	for (;;) {
		if (old & BSS_SERIAL_BIASED) {
			return SERIAL_BIASED;
		} else if (!(old & ~BSS_SERIAL_WAITERS)) {
			/* Free: a waiters bit stays, so its release wakes the rest. */
			if (try_cmpxchg(&o->serial, &old, (unsigned long)t | old))
				return SERIAL_TAKEN;
		} else if (old & BSS_SERIAL_WAITERS) {
			return SERIAL_WAIT;
		} else if (try_cmpxchg(&o->serial, &old, old | BSS_SERIAL_WAITERS)) {
			return SERIAL_WAIT;
		}
	}
}

/* The revoker's barrier on every CPU (call.h: "Biased"). */
static void serial_ipi_mb(void *unused)
{
	/* Orders this CPU's bias_running store before its next load of the word. */
	smp_mb();
}

/**
 * bss_serial_bias_undo() - a biased take saw the bias revoked: back off
 * @o: the server, whose revoker may have seen bias_running set
 */
void bss_serial_bias_undo(struct bss_instance *o)
{
	/* Pairs with the revoker's smp_load_acquire() of bias_running. */
	smp_store_release(&o->bias_running, 0);
	wake_up(&o->serial_wq);
}

/*
 * Take another thread's bias away (call.h): true with the lock taken;
 * false when somebody else revokes it, once that is over.
 */
static bool serial_revoke(struct bss_instance *o, struct bss_thread *t)
{
	unsigned long old = READ_ONCE(o->serial);

	for (;;) {
		if (!(old & BSS_SERIAL_BIASED))
			return false;
		if (old & BSS_SERIAL_REVOKING) {
			wait_event(o->serial_wq, !(READ_ONCE(o->serial) & BSS_SERIAL_BIASED));
			return false;
		}
		if (try_cmpxchg(&o->serial, &old, old | BSS_SERIAL_REVOKING))
			break;
	}
	/* A take or drop that missed REVOKING has stored bias_running by now. */
	on_each_cpu(serial_ipi_mb, NULL, 1);
	/* Pairs with the holder's release: what it wrote holding it is seen. */
	wait_event(o->serial_wq, !smp_load_acquire(&o->bias_running));
	WRITE_ONCE(o->nobias, 1);
	old = READ_ONCE(o->serial);
	while (!try_cmpxchg(&o->serial, &old, (unsigned long)t | (old & BSS_SERIAL_WAITERS)))
		;
	atomic_long_inc(&bss_serial_revokes);
	wake_up_all(&o->serial_wq);
	return true;
}

void bss_serial_lock(struct bss_instance *o, struct bss_thread *t)
{
	unsigned long old;
	int r;

	might_sleep();
	lock_map_acquire(&o->serial_map);
	for (;;) {
		old = 0;
		if (try_cmpxchg(&o->serial, &old, (unsigned long)t))
			return;
		if (old & BSS_SERIAL_BIASED) {
			/* Its own bias (it dropped it at an outgoing call), or another's. */
			if ((old & ~BSS_SERIAL_FLAGS) == (unsigned long)t) {
				if (bss_serial_bias_take(o, t))
					return;
				wait_event(o->serial_wq,
					   !(READ_ONCE(o->serial) & BSS_SERIAL_BIASED));
			} else if (serial_revoke(o, t)) {
				return;
			}
			continue;
		}
		wait_event(o->serial_wq, (r = serial_take_or_wait(o, t)) != SERIAL_WAIT);
		if (r == SERIAL_TAKEN)
			return;
	}
}

/* Released with sleepers waiting: wake them to try again. */
void bss_serial_wake(struct bss_instance *o)
{
	xchg(&o->serial, 0);
	wake_up(&o->serial_wq);
}

/*
 * What a frame must undo on the way out: locks taken or dropped. A frame
 * not in use has nothing to undo (threads start zeroed), so the fast path
 * leaves undo alone on the way in.
 */
void bss_frame_undo(struct bss_thread *t, struct bss_frame *f)
{
	struct bss_instance *o = f->callee->owner;

	if (f->spin) {
		__acquire(&o->xlock);	/* taken by bss_sys_lock(), for sparse */
		spin_unlock_irqrestore(&o->xlock, f->irqflags);
	}
	if (f->locked)
		bss_serial_unlock(o, t);
	if (f->dropped)
		bss_serial_lock(f->caller->owner, t);
	f->undo = 0;
}

/* The callee's declared stack need does not fit in what is left. */
static noinline void stack_refused(struct bss_thread *t, struct bss_instance *callee)
{
	long left = current_stack_pointer - t->sp_floor;

	unclaim(t);
	bss_throw(t, BSS_E_STACK, -EOVERFLOW,
		  "%s: calling %s needs %u bytes of kernel stack, %ld left",
		  name_of(t->cur), callee->img->name, callee->stack_need, left);
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
	if (unlikely(current_stack_pointer - callee->stack_need < t->sp_floor))
		stack_refused(t, callee);
	f = &t->frames[t->depth];
	f->callee = callee;
	f->caller = t->cur;
	f->base = t->base;
	if (!hook) {
		if (unlikely((o->mode & BSS_MODE_NOCALLBACK) && t->onstack[callee->slot]))
			callback_check(t, o);
		mode = o->mode | (t->cur ? t->cur->owner->mode : 0);
		if (unlikely(mode & BSS_MODE_SERIAL))
			enter_slow(t, f, o, svc);
	}
	t->onstack[callee->slot]++;
	t->depth++;
	t->base = t->top;
	t->cur = callee;
}

static __always_inline void frame_leave(struct bss_thread *t)
{
	bss_frame_pop(t);
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
	} else if (bss_instance_tryget(target)) {
		*owned = true;
	} else {
		return NULL;	/* a dying server handed itself out */
	}
	return target;
}

static noinline void arg_refused(struct bss_thread *t, u32 i, u64 arg, u32 svc)
{
	unclaim(t);
	bss_throw(t, BSS_E_BAD_REF, -EBADF, "%s: argument %u: reference 0x%llx is not a valid 0x%x",
		  name_of(t->cur), i, arg, svc);
}

static noinline void block_refused(struct bss_thread *t, u32 i, u64 len)
{
	unclaim(t);
	bss_throw(t, BSS_E_ARG, -E2BIG, "%s: argument %u: block of %llu bytes exceeds %d",
		  name_of(t->cur), i, len, BSS_MAX_BLOCK);
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
				arg_refused(t, i, args[i], sig->arg_svc[i]);
		}
		if (sig->arg[i] == BSS_T_SIZE && args[i] > BSS_MAX_BLOCK)
			block_refused(t, i, args[i]);
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

/* Call a claimed callee; the general path, with the arguments in an array. */
static u64 call_claimed(struct bss_thread *t, struct bss_instance *callee,
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
		ret = callee->entries[fn](callee->priv, 0, args[0], args[1], args[2], args[3]);
		frame_leave(t);
		return ret;
	}
	memset(refs, 0, sizeof(refs));
	translate_args(t, sig, args, refs);
	frame_enter(t, callee, svc, false);
	push_arg_refs(t, sig, args, refs);
	ret = callee->entries[fn](callee->priv, 0, args[0], args[1], args[2], args[3]);
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

static noinline void dead_refused(struct bss_thread *t, const struct bss_service *svc,
				  u32 fn, u32 id)
{
	if (!id)
		bss_throw(t, BSS_E_DEAD, -ENXIO, "%s: %s.%s: the server is dead",
			  name_of(t->cur), svc->name, svc->fn_names[fn]);
	bss_throw(t, BSS_E_WRONG_SERVICE, -EPROTOTYPE, "%s: %s.%s on a server of service 0x%x",
		  name_of(t->cur), svc->name, svc->fn_names[fn], id);
}

/**
 * bss_call_instance() - call a server the kernel side already holds
 * @t: the running thread
 * @callee: the server; the caller keeps it from being freed (a reference
 *	    of its own, or a temporary)
 * @svc: the service called, which @callee must implement
 * @fn: the function's index in @svc
 * @args: its BSS_MAX_ARGS arguments; references among them are the
 *	  running server's
 *
 * Throws like a call from a server: a dead callee, a bad argument, or
 * whatever the callee throws.
 *
 * Return: what the function returned.
 */
u64 bss_call_instance(struct bss_thread *t, struct bss_instance *callee,
		      const struct bss_service *svc, u32 fn, u64 *args)
{
	u32 id;

	preempt_disable();
	id = claim(t, callee, svc->id);
	preempt_enable();
	if (unlikely(id != svc->id))
		dead_refused(t, svc, fn, id);
	return call_claimed(t, callee, svc, fn, args);
}

/**
 * bss_upcall() - a kernel server calls a server it holds a reference to
 * @t: the running thread, entered from Linux (bss_enter())
 * @self: the kernel server, in whose frame the call is made
 * @ref: the reference, in @self's table (usually a weak one)
 * @svc: the service it is of
 * @fn: the function
 * @args: its arguments
 * @ret: what it returned
 *
 * Throws whatever the call throws, to the entry's try.
 *
 * Return: 0, or -ENODEV when @ref's server is gone.
 */
long bss_upcall(struct bss_thread *t, struct bss_instance *self, bss_ref_t ref,
		const struct bss_service *svc, u32 fn, u64 *args, u64 *ret)
{
	struct bss_instance *target;
	long err = -ENODEV;

	bss_frame_push(t, self, NULL);
	target = bss_ref_resolve(t, ref);
	if (target) {
		*ret = bss_call_instance(t, target, svc, fn, args);
		err = 0;
	}
	bss_frame_leave(t);
	return err;
}

/*
 * Not an entry of the calling image's own import table: refused unread.
 * Without a BSS thread there is no server to throw at (module code called
 * bss_call() from its own init or exit): nothing is called, 0 returned.
 */
static noinline u64 import_refused(struct bss_thread *t, const struct bss_import *imp)
{
	if (!t) {
		pr_err_ratelimited("bss_call() outside any server refused\n");
		return 0;
	}
	bss_throw(t, BSS_E_DENIED, -EPERM,
		  "%s: bss_call through an import that is not one of its own",
		  name_of(t->cur));
}

static noinline void call_refused(struct bss_thread *t, const struct bss_import *imp,
				  bss_ref_t ref, u32 id)
{
	if (!id)
		bss_throw(t, BSS_E_BAD_REF, -EBADF, "%s: %s.%s through invalid reference 0x%x",
			  name_of(t->cur), imp->svc->name, imp->svc->fn_names[imp->fn], ref);
	dead_refused(t, imp->svc, imp->fn, id == U32_MAX ? 0 : id);
}

/* A weak reference: a temporary of its target first, then the claim. */
static noinline struct bss_instance *claim_weak(struct bss_thread *t, struct bss_pref *e,
						u32 svc_id, u32 *id)
{
	struct bss_instance *callee = bss_resolve_weak(t, e);

	*id = 0;
	if (callee) {
		preempt_disable();
		*id = claim(t, callee, svc_id) ?: U32_MAX;
		preempt_enable();
	}
	return callee;
}

/* References or blocks: the general path, with the arguments in an array. */
static noinline u64 call_special(struct bss_thread *t, struct bss_instance *callee,
				 const struct bss_import *imp, u64 a0, u64 a1, u64 a2, u64 a3)
{
	u64 args[BSS_MAX_ARGS] = { a0, a1, a2, a3 };

	return call_claimed(t, callee, imp->svc, imp->fn, args);
}

/**
 * bss_call_general() - a service call by every rule
 * @t: the running thread, or NULL
 * @imp: the caller's import
 * @ref: the caller's reference to the callee
 * @a0: first argument
 * @a1: second argument
 * @a2: third argument
 * @a3: fourth argument
 *
 * What bss_call() and the bound slots do when their fast path does not
 * take a call: the import is checked, references and blocks translated,
 * serialization applied, and a refused call throws.
 *
 * Return: what the called function returned.
 */
u64 bss_call_general(struct bss_thread *t, const struct bss_import *imp,
		     bss_ref_t ref, u64 a0, u64 a1, u64 a2, u64 a3)
{
	struct bss_instance *callee;
	struct bss_pref *weak = NULL;
	unsigned long off;
	u32 fn, id = 0;
	u64 ret;

	/* The import must be one of the caller's own, and not a system call. */
	if (unlikely(!t || !t->cur))
		return import_refused(t, imp);
	off = (unsigned long)imp - (unsigned long)t->cur->imports;
	if (unlikely(off >= t->cur->imports_size || off % sizeof(*imp) || !imp->svc))
		return import_refused(t, imp);
	preempt_disable();
	callee = ref_peek(t, ref, &weak);
	if (likely(callee))
		id = claim(t, callee, imp->svc->id) ?: U32_MAX;
	preempt_enable();
	if (unlikely(weak))
		callee = claim_weak(t, weak, imp->svc->id, &id);
	fn = imp->fn;
	this_cpu_inc(bss_calls);
	if (unlikely(id != imp->svc->id))
		call_refused(t, imp, ref, id);
	if (unlikely(imp->svc->sigs[fn].flags & BSS_SIG_SPECIAL))
		return call_special(t, callee, imp, a0, a1, a2, a3);
	frame_enter(t, callee, imp->svc, false);
	ret = callee->entries[fn](callee->priv, ref, a0, a1, a2, a3);
	frame_leave(t);
	return ret;
}

/* The import is one of the running server's own, for a scalar call. */
static __always_inline bool import_fast(struct bss_thread *t, const struct bss_import *imp,
					unsigned long *idx)
{
	struct bss_instance *cur = t->cur;
	unsigned long off;

	if (unlikely(!cur))
		return false;
	off = (unsigned long)imp - (unsigned long)cur->imports;
	*idx = off / sizeof(*imp);
	return likely(off < cur->imports_size && !(off % sizeof(*imp)) && imp->svc &&
		      !(imp->flags & BSS_SIG_SPECIAL));
}

/**
 * bss_call() - a service call from a server
 * @imp: the caller's import that names the service and function
 * @ref: the caller's reference to the callee
 * @a0: first argument
 * @a1: second argument
 * @a2: third argument
 * @a3: fourth argument
 *
 * Every import's static call starts out calling this, and a bound slot
 * comes back here for what its fast path does not take. Refused with a
 * throw: an import that is not the caller's own, a reference that is not
 * valid, a server of another service, a dead one.
 *
 * Return: what the called function returned.
 */
u64 bss_call(const struct bss_import *imp, bss_ref_t ref, u64 a0, u64 a1,
	     u64 a2, u64 a3)
{
	struct bss_thread *t = bss_thread_current();
	struct bss_instance *callee, *cur;
	unsigned long idx;
	u64 ret;

	if (unlikely(!t || !import_fast(t, imp, &idx)))
		return bss_call_general(t, imp, ref, a0, a1, a2, a3);
	cur = t->cur;
	callee = bss_fast_enter(t, ref, imp->svc->id);
	if (unlikely(!callee))
		return bss_call_general(t, imp, ref, a0, a1, a2, a3);
	this_cpu_inc(bss_calls);
	bss_bind_note(cur->img, imp, idx, callee->entries);
	ret = callee->entries[imp->fn](callee->priv, ref, a0, a1, a2, a3);
	bss_frame_pop(t);
	return ret;
}
EXPORT_SYMBOL_NS_GPL(bss_call, BSS);
