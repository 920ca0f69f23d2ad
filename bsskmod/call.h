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

#endif /* _BSS_CALL_H */
