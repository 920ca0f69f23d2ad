/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _BSS_INSTANCE_H
#define _BSS_INSTANCE_H

#include <linux/list.h>
#include <linux/llist.h>
#include <linux/lockdep.h>
#include <linux/refcount.h>
#include <linux/spinlock.h>
#include <linux/wait.h>
#include <bss/abi.h>

#include "image.h"
#include "reftab.h"

/*
 * A server: an instance of an image with its private data, or a local
 * server, a sub-object of one that it hands out as a reference. Both look
 * the same to everyone else.
 */
#define BSS_MODE_SERIAL		0x1	/* runtime-serialized */
#define BSS_MODE_NOCALLBACK	0x2	/* refuses re-entry by the same thread */

/* In bss_instance.serial, below the holder's thread pointer (call.h). */
#define BSS_SERIAL_WAITERS	1UL	/* sleepers on serial_wq */
#define BSS_SERIAL_BIASED	2UL	/* the holder's while it runs: bias_running */
#define BSS_SERIAL_REVOKING	4UL	/* another thread takes the bias away */
#define BSS_SERIAL_FLAGS	7UL
#define BSS_SERIAL_BIAS_AFTER	64	/* uncontended takes by one thread, then biased */

struct bss_thread;

struct bss_instance {
	/* Hot fields first: what every service call reads. */
	u32 svc_id;			/* impl->svc->id */
	const bss_entry_t *entries;	/* impl->entries */
	void *priv;			/* passed as first argument */
	struct bss_instance *owner;	/* whose reference table its code uses */
	u8 mode;			/* BSS_MODE_*, from the image's attributes */
	u8 slot;			/* its counter in bss_thread.onstack[] */
	u16 sysmask;			/* BIT(BSS_SYS_*) its image declared */
	u32 stack_need;			/* declared, plus BSS_CALL_STACK */
	const struct bss_import *imports;	/* its image's: bss_call() checks */
	u32 imports_size;		/* in bytes */
	u32 id;
	refcount_t refs;		/* strong references, user handle included */
	/*
	 * BSS_MODE_SERIAL: held while its code runs, dropped at its outgoing
	 * calls (call.c). The thread that holds it, or 0; BSS_SERIAL_WAITERS
	 * set while others sleep on serial_wq. A sleeping lock, as a mutex,
	 * taken and released uncontended by one cmpxchg each, inline; biased
	 * (BSS_SERIAL_BIASED) to a thread that took it alone often enough,
	 * which then takes and drops it by plain stores of bias_running
	 * (call.h). bias_last, bias_score: written by the holder only;
	 * nobias: once revoked, never biased again.
	 */
	unsigned long serial;
	u8 bias_running;
	u8 bias_score;
	u8 nobias;
	const struct bss_thread *bias_last;
	struct wait_queue_head serial_wq;
#ifdef CONFIG_DEBUG_LOCK_ALLOC
	struct lockdep_map serial_map;	/* lockdep sees it as the mutex it was */
#endif
	spinlock_t xlock;		/* bss_lock()/bss_unlock() */
	spinlock_t threads_lock;
	struct list_head threads;	/* thread-factory threads it asked for */
	struct bss_image *img;
	const struct bss_impl *impl;	/* main service or local class */
	struct bss_instance *parent;	/* local servers: the creating server */
	atomic_t parts;			/* main servers: 1 + live local servers */
	struct bss_reftab tab;		/* main servers only */
	/*
	 * Every weak reference to it (bss_pref.hnode; strong ones are on no
	 * list: bss_reftab_cut()), and a main server's local servers
	 * (local_node): bss_weak_lock.
	 */
	struct list_head holders;
	struct list_head locals;
	struct list_head local_node;
	u8 dead;			/* refuses calls and new references */
	u8 torn;			/* destructor run, references dropped */
	u8 cut;				/* a local whose references were cut */
	bool user_held;
	u32 graph;			/* the graph that made it, or 0 */
	char *conf;			/* the configuration file that started it */
	struct llist_node dying;	/* destruction deferred to process context */
	struct rcu_head rcu;
};

/*
 * bss_weak_lock protects every instance's holders and locals lists, the
 * target of each weak reference, and the dead flags. Taken inside a
 * reference table's lock, never around one.
 */
extern spinlock_t bss_weak_lock;

bool bss_pref_link_weak(struct bss_pref *e, struct bss_instance *target);
struct bss_instance *bss_pref_unlink_weak(struct bss_pref *e);
int bss_instance_revoke(struct bss_instance *inst, char *msg, size_t msglen);
void bss_instance_reap(void);

struct bss_instance *bss_instance_create(struct bss_image *img,
					 struct bss_instance **bind, u32 nbind,
					 char *msg, size_t msglen);
struct bss_instance *bss_instance_create_local(struct bss_instance *parent,
					       u32 cls, void *obj);
struct bss_instance *bss_instance_find_get(u32 id);
int bss_instance_user_put(u32 id, char *msg, size_t msglen);
int bss_instance_force(u32 id, char *msg, size_t msglen);

static inline void bss_instance_get(struct bss_instance *inst)
{
	refcount_inc(&inst->refs);
}

/*
 * A new strong reference to a server that may be dying: refused once its
 * last reference has gone (a destructor handing itself out), so nothing
 * resurrects it.
 */
static inline bool bss_instance_tryget(struct bss_instance *inst)
{
	return !READ_ONCE(inst->dead) && refcount_inc_not_zero(&inst->refs);
}

void bss_instance_release(struct bss_instance *inst);

static inline void bss_instance_put(struct bss_instance *inst)
{
	if (refcount_dec_and_test(&inst->refs))
		bss_instance_release(inst);
}

int bss_instance_list(struct bss_instance_info *out, u32 max, u32 *count);
int bss_fn_list(u32 id, struct bss_fn_info *out, u32 max, u32 *count);
int bss_ref_list(u32 id, struct bss_ref_info *out, u32 max, u32 *count);
u32 bss_instance_count(void);
int bss_instance_init(void);
void bss_instance_uninit(void);

#endif /* _BSS_INSTANCE_H */
