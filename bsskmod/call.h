/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _BSS_CALL_H
#define _BSS_CALL_H

#include <bss/abi.h>

#include "instance.h"
#include "thread.h"

struct bss_pref;

u64 bss_call_instance(struct bss_thread *t, struct bss_instance *callee,
		      const struct bss_service *svc, u32 fn, u64 *args);
void bss_frame_push(struct bss_thread *t, struct bss_instance *callee,
		    const struct bss_service *svc);
void bss_frame_leave(struct bss_thread *t);
void bss_temps_release(struct bss_thread *t, u32 to);
struct bss_instance *bss_ref_resolve(struct bss_thread *t, bss_ref_t ref);
bss_ref_t bss_temp_push(struct bss_thread *t, struct bss_instance *target,
			bool owned);
u64 bss_calls_total(void);
struct bss_instance *bss_resolve_weak(struct bss_thread *t, struct bss_pref *e);

/* A reference of the running server (or of Linux, for temporaries). */
static __always_inline struct bss_instance *ref_resolve(struct bss_thread *t, bss_ref_t ref)
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
		return bss_resolve_weak(t, e);
	return READ_ONCE(e->target);
}

/*
 * The same without a weak reference's temporary (weak is set instead), so
 * that it cannot throw: for the window in which a call claims its frame.
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

#endif /* _BSS_CALL_H */
