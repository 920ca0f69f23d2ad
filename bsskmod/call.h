/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _BSS_CALL_H
#define _BSS_CALL_H

#include <linux/preempt.h>
#include <bss/abi.h>

#include "instance.h"
#include "reftab.h"
#include "thread.h"

struct bss_pref;

DECLARE_PER_CPU(u64, bss_calls);	/* service calls made, for BSS_IOC_STATS */

u64 bss_call_instance(struct bss_thread *t, struct bss_instance *callee,
		      const struct bss_service *svc, u32 fn, u64 *args);
long bss_upcall(struct bss_thread *t, struct bss_instance *self, bss_ref_t ref,
		const struct bss_service *svc, u32 fn, u64 *args, u64 *ret);
void bss_frame_push(struct bss_thread *t, struct bss_instance *callee,
		    const struct bss_service *svc);
void bss_frame_leave(struct bss_thread *t);
void bss_temps_release(struct bss_thread *t, u32 to);
struct bss_instance *bss_ref_resolve(struct bss_thread *t, bss_ref_t ref);
void bss_temps_overflow(struct bss_thread *t, struct bss_instance *target, bool owned);
u64 bss_calls_total(void);
extern atomic_long_t bss_serial_revokes;
struct bss_instance *bss_resolve_weak(struct bss_thread *t, struct bss_pref *e);

/*
 * A new temporary of the running frame: borrowed, or @owned with a count
 * that it now holds. Throws BSS_E_TEMPS when the stack is full.
 */
static __always_inline bss_ref_t bss_temp_push(struct bss_thread *t,
					       struct bss_instance *target, bool owned)
{
	struct bss_temp *tmp;

	if (unlikely(t->top >= BSS_MAX_TEMPS)) {
		bss_temps_overflow(t, target, owned);
		__bss_dead_end();
	}
	tmp = &t->temps[t->top];
	tmp->target = target;
	tmp->owned = owned;
	return BSS_REF_TEMP | t->top++;
}

/*
 * A reference of the running server (or of Linux, for temporaries), but
 * for a weak reference only its entry (weak is set): no temporary, so it
 * cannot throw. For the window in which a call claims its frame.
 */
static __always_inline struct bss_instance *ref_peek(struct bss_thread *t, bss_ref_t ref,
						     struct bss_pref **weak)
{
	struct bss_pref *e;
	u32 i;

	if (ref & BSS_REF_TEMP) {
		i = ref & ~BSS_REF_TEMP;
		if (unlikely(i < t->base || i >= t->top))
			return NULL;
		return t->temps[i].target;
	}
	e = bss_reftab_entry(&t->cur->owner->tab, ref);
	if (unlikely(!e))
		return NULL;
	if (unlikely(e->weak)) {
		*weak = e;
		return NULL;
	}
	return READ_ONCE(e->target);
}

/* A reference of the running server; a weak one yields a temporary. */
static __always_inline struct bss_instance *ref_resolve(struct bss_thread *t, bss_ref_t ref)
{
	struct bss_pref *weak = NULL;
	struct bss_instance *inst;

	if (unlikely(!(ref & BSS_REF_TEMP) && !t->cur))
		return NULL;
	inst = ref_peek(t, ref, &weak);
	if (unlikely(weak))
		return bss_resolve_weak(t, weak);
	return inst;
}

/*
 * A serialized server's lock (bss_instance.serial): the holder's thread
 * pointer in one word. Uncontended, taking and releasing it is one cmpxchg
 * each, inline; a contended bss_serial_lock() sleeps on serial_wq, and the
 * releaser that finds BSS_SERIAL_WAITERS wakes the sleepers.
 *
 * Biased. A thread that takes it BSS_SERIAL_BIAS_AFTER times in a row
 * with nobody waiting keeps it when it releases: the word stays its own,
 * with BSS_SERIAL_BIASED, and from then on it takes the lock by storing
 * bias_running and loading the word again, and drops it by clearing
 * bias_running and loading the word again: no atomic, no barrier. Another
 * thread that wants it sets BSS_SERIAL_REVOKING, then has every CPU run a
 * full barrier (an IPI, as membarrier does): a take or drop whose store
 * came before it is seen by the revoker; one whose load comes after it
 * sees REVOKING (a take backs off, a drop wakes the revoker). Then it waits
 * for bias_running to clear, takes the lock and marks the server nobias
 * for good. So a server called by one thread pays no atomic per call, and
 * one that threads share pays one round of IPIs, once.
 */
void bss_serial_init(struct bss_instance *o);
void bss_serial_lock(struct bss_instance *o, struct bss_thread *t);
void bss_serial_wake(struct bss_instance *o);
void bss_serial_bias_undo(struct bss_instance *o);

static __always_inline bool bss_serial_held(const struct bss_instance *o,
					    const struct bss_thread *t)
{
	unsigned long s = READ_ONCE(o->serial);

	if ((s & ~BSS_SERIAL_FLAGS) != (unsigned long)t)
		return false;
	return !(s & BSS_SERIAL_BIASED) || READ_ONCE(o->bias_running);
}

/* Its own bias, taken; false when it is not t's, or being revoked. */
static __always_inline bool bss_serial_bias_take(struct bss_instance *o,
						 struct bss_thread *t)
{
	unsigned long mine = (unsigned long)t | BSS_SERIAL_BIASED;

	if (READ_ONCE(o->serial) != mine)
		return false;
	WRITE_ONCE(o->bias_running, 1);
	barrier();	/* the store, then the load: the revoker's IPI orders them */
	if (likely(READ_ONCE(o->serial) == mine))
		return true;
	bss_serial_bias_undo(o);
	return false;
}

/*
 * The biased holder lets go: what it wrote is seen before the clear (the
 * revoker reads bias_running with acquire), and a revoker waits for it.
 */
static __always_inline void bss_serial_bias_drop(struct bss_instance *o)
{
	/* Pairs with the revoker's smp_load_acquire() of bias_running. */
	smp_store_release(&o->bias_running, 0);
	barrier();
	if (unlikely(READ_ONCE(o->serial) & BSS_SERIAL_REVOKING))
		wake_up(&o->serial_wq);
}

/* Only while it may sleep: a lock a sleeper waits for is a sleeping lock. */
static __always_inline bool bss_serial_trylock(struct bss_instance *o, struct bss_thread *t)
{
	unsigned long old = 0;

	if (!bss_serial_bias_take(o, t) && !try_cmpxchg(&o->serial, &old, (unsigned long)t))
		return false;
	lock_map_acquire_try(&o->serial_map);
	return true;
}

/*
 * Release, however t took it: a biased word is t's bias (only its own
 * release makes one), maybe being revoked. Held without a bias, the take
 * counts towards one for the same thread, and the lock is then kept
 * biased by the one cmpxchg that would have released it, if nobody waits.
 */
static __always_inline void bss_serial_unlock(struct bss_instance *o, struct bss_thread *t)
{
	unsigned long old = (unsigned long)t;

	lock_map_release(&o->serial_map);
	if (READ_ONCE(o->serial) & BSS_SERIAL_BIASED) {
		bss_serial_bias_drop(o);
		return;
	}
	if (!o->nobias) {
		if (o->bias_last != t) {
			o->bias_last = t;
			o->bias_score = 0;
		} else if (++o->bias_score >= BSS_SERIAL_BIAS_AFTER &&
			   try_cmpxchg(&o->serial, &old, old | BSS_SERIAL_BIASED)) {
			return;
		}
		old = (unsigned long)t;
	}
	if (unlikely(!try_cmpxchg(&o->serial, &old, 0)))
		bss_serial_wake(o);
}

void bss_frame_undo(struct bss_thread *t, struct bss_frame *f);
u64 bss_call_general(struct bss_thread *t, const struct bss_import *imp,
		     bss_ref_t ref, u64 a0, u64 a1, u64 a2, u64 a3);

/*
 * The fast path, shared by bss_call() and the bound slots (bind.c): a
 * scalar call through a strong reference, permanent or temporary, to a
 * live server of the service, when neither it nor the caller is
 * serialized, it takes callbacks or is not on the stack, and its stack
 * need fits. Everything is read before anything is written, so a call it
 * does not take leaves by one branch, changing nothing, for the general
 * path, which applies every rule and throws where a call is refused.
 *
 * The claim (see call.c) is the one write under preempt_disable(): the
 * frame's callee, which destruction waits on. Locals share their main
 * server's mode and onstack slot, so the callee's own fields do.
 */
static __always_inline struct bss_instance *bss_fast_peek(struct bss_thread *t,
							  struct bss_instance *cur,
							  bss_ref_t ref)
{
	struct bss_pref *e;
	u32 i;

	if (ref & BSS_REF_TEMP) {
		i = ref & ~BSS_REF_TEMP;
		return likely(i >= t->base && i < t->top) ? t->temps[i].target : NULL;
	}
	e = bss_reftab_entry(&cur->owner->tab, ref);
	return likely(e && !e->weak) ? READ_ONCE(e->target) : NULL;
}

static __always_inline struct bss_instance *bss_fast_enter(struct bss_thread *t,
							   bss_ref_t ref, u32 svc_id)
{
	struct bss_instance *cur = t->cur, *callee;
	struct bss_frame *f;
	u32 d = t->depth;

	if (unlikely(!cur || d >= BSS_MAX_DEPTH))
		return NULL;
	f = &t->frames[d];
	preempt_disable();
	callee = bss_fast_peek(t, cur, ref);
	if (likely(callee && READ_ONCE(callee->svc_id) == svc_id))
		WRITE_ONCE(f->callee, callee);
	else
		callee = NULL;
	preempt_enable();
	if (unlikely(!callee))
		return NULL;
	if (unlikely((cur->mode & BSS_MODE_SERIAL) ||
		     ((callee->mode & BSS_MODE_NOCALLBACK) && t->onstack[callee->slot]) ||
		     current_stack_pointer - callee->stack_need < t->sp_floor))
		goto unclaim;
	/*
	 * Last, as it is a write: a serialized callee's lock, when nobody
	 * holds it and the caller may sleep (the general path sleeps for it,
	 * and refuses re-entry and atomic context with a throw).
	 */
	if (unlikely(callee->mode & BSS_MODE_SERIAL)) {
		if (!preemptible() || !bss_serial_trylock(callee->owner, t))
			goto unclaim;
		f->locked = 1;
	}
	f->caller = cur;
	f->base = t->base;
	t->onstack[callee->slot]++;
	t->depth = d + 1;
	t->base = t->top;
	t->cur = callee;
	return callee;

unclaim:
	WRITE_ONCE(f->callee, NULL);
	return NULL;
}

static __always_inline void bss_frame_pop(struct bss_thread *t)
{
	struct bss_frame *f = &t->frames[t->depth - 1];

	/*
	 * Before the frame is popped: a temporary's last count may destroy a
	 * server, whose destructor then runs in a frame above this one.
	 */
	if (unlikely(t->top != t->base))
		bss_temps_release(t, t->base);
	t->depth--;
	if (unlikely(t->tries && t->tries->depth > t->depth))
		bss_try_close(t, t->depth);
	t->onstack[f->callee->slot]--;
	t->base = f->base;
	t->cur = f->caller;
	if (unlikely(f->undo)) {
		/* The fast path's one case inline: the callee's lock. */
		if (f->undo == BSS_UNDO_LOCKED) {
			f->undo = 0;
			bss_serial_unlock(f->callee->owner, t);
		} else {
			bss_frame_undo(t, f);
		}
	}
	/* Last: nothing of the callee is touched after this. */
	smp_store_release(&f->callee, NULL);
}

#endif /* _BSS_CALL_H */
