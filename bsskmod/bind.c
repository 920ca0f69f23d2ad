// SPDX-License-Identifier: GPL-2.0
/*
 * Bound call sites. Every service call of a server goes through the static
 * call of its import (servers/include/bss/server.h), which the module
 * loader points at bss_call(): the general entry, which finds the callee's
 * entry through a pointer, a retpoline on this kernel. Binding an import
 * takes a free slot, a copy of the fast path with a static call of its
 * own, points that static call at the callee's entry and then the import's
 * static call at the slot. From then on a call is two direct calls, and
 * the slot checks what bss_call() does but the import, which only the
 * bound image's sites can name.
 *
 * The slot keeps its guard: a callee of another implementation (an import
 * that reaches several), or one the fast path does not take (serialized,
 * weak references, ...), goes to bss_call() as before. The guard compares
 * the callee's entry table with the one the slot was bound for, and the
 * slot's static call is patched to that table's entry before a site of
 * the image can reach it, so a call never reaches code it was not bound to.
 *
 * When. A call site another CPU may be running is what text_poke_bp() is
 * for, but under QEMU's TCG a CPU was seen to hit its int3 after the patch
 * was over (docs/testing.md); a site no CPU can be running needs no such
 * care. So an image's sites, and its slots' static calls, are patched only
 * while the image has no instance: no thread runs its code then (a server
 * is freed only once no thread has a frame in it, instance.c), and
 * bind_lock holds off its next instance until the patching is done. That
 * is when its first instance is made, whose required references name the
 * implementation each import will call (the stubs are bound at load time,
 * as the thesis has them), and when its last instance goes, for what calls
 * through other references (temporaries, references handed over) noted
 * while it ran.
 *
 * Lifetime. A slot belongs to its caller's image until that image
 * unregisters, which is at its module's exit: no instance of it is left,
 * so no thread runs in the slot (a thread inside the callee called through
 * it has a frame whose caller is such an instance, claimed by the frame
 * below). The slot may then be bound again. The callee's module may go
 * first: its image's unregistration clears the guard of every slot bound
 * to one of its entry tables, so no call reaches the freed text the slot's
 * direct call still names, even when a new image's table comes to lie at
 * the same address; the caller's next first instance binds the slot anew.
 */
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/static_call.h>
#include <linux/workqueue.h>

#include "bind.h"
#include "call.h"
#include "event.h"
#include "instance.h"

#define SLOTS_PER_ROW	8
#define SLOT_ROWS	16
#define BSS_SLOTS	(SLOTS_PER_ROW * SLOT_ROWS)

struct bss_slot {
	const bss_entry_t *entries;	/* the guard: the implementation bound; NULL: gone */
	u32 svc_id;
	u32 fn;
	const struct bss_import *imp;	/* the bound import, for the general path */
	struct bss_image *img;		/* the caller's image; NULL: free */
};

/*
 * bind_lock serialises the binder with images going (slots and their
 * static calls) and with an image's first instance (its count going from
 * zero, which the binder tests); bind_queue_lock protects bind_queue, the
 * images with imports noted for binding, which the call path adds to in
 * any context.
 */
static DEFINE_MUTEX(bind_lock);
static DEFINE_SPINLOCK(bind_queue_lock);
static LIST_HEAD(bind_queue);
static void bind_work_fn(struct work_struct *w);
static DECLARE_WORK(bind_work, bind_work_fn);
static struct bss_slot slots[BSS_SLOTS];
static u32 slots_used;

/* A slot's own static call before it is bound: never reached (guard). */
static u64 slot_unbound(void *priv, u64 ref, u64 a0, u64 a1, u64 a2, u64 a3)
{
	return 0;
}

/*
 * The import the call site passed is not read: the slot has its own, and
 * only the bound image's sites call it. notrace: a slot is a copy of the
 * fast path, not a function anyone traces by name.
 */
#define SLOT(r, c)								\
DEFINE_STATIC_CALL(bss_slot_##r##_##c, slot_unbound);				\
static notrace u64 slot_call_##r##_##c(const struct bss_import *imp, bss_ref_t ref, \
				       u64 a0, u64 a1, u64 a2, u64 a3)		\
{										\
	const struct bss_slot *s = &slots[(r) * SLOTS_PER_ROW + (c)];		\
	struct bss_thread *t = bss_thread_current();				\
	struct bss_instance *callee;						\
	u64 ret;								\
										\
	callee = likely(t) ? bss_fast_enter(t, ref, s->svc_id) : NULL;		\
	if (unlikely(!callee))							\
		return bss_call_general(t, s->imp, ref, a0, a1, a2, a3);	\
	this_cpu_inc(bss_calls);						\
	if (likely(callee->entries == READ_ONCE(s->entries)))			\
		ret = static_call(bss_slot_##r##_##c)(callee->priv, ref, a0, a1, a2, a3); \
	else									\
		ret = callee->entries[s->fn](callee->priv, ref, a0, a1, a2, a3); \
	bss_frame_pop(t);							\
	return ret;								\
}

#define SLOT_ROW(X, r)	X(r, 0) X(r, 1) X(r, 2) X(r, 3) X(r, 4) X(r, 5) X(r, 6) X(r, 7)
#define SLOT_ALL(X)	SLOT_ROW(X, 0) SLOT_ROW(X, 1) SLOT_ROW(X, 2) SLOT_ROW(X, 3) \
			SLOT_ROW(X, 4) SLOT_ROW(X, 5) SLOT_ROW(X, 6) SLOT_ROW(X, 7) \
			SLOT_ROW(X, 8) SLOT_ROW(X, 9) SLOT_ROW(X, 10) SLOT_ROW(X, 11) \
			SLOT_ROW(X, 12) SLOT_ROW(X, 13) SLOT_ROW(X, 14) SLOT_ROW(X, 15)

SLOT_ALL(SLOT)

#define SLOT_CODE(r, c)							\
	{ .call = slot_call_##r##_##c, .key = &STATIC_CALL_KEY(bss_slot_##r##_##c), \
	  .tramp = STATIC_CALL_TRAMP_ADDR(bss_slot_##r##_##c) },

static const struct {
	bss_call_fn *call;
	struct static_call_key *key;
	void *tramp;
} slot_code[BSS_SLOTS] = { SLOT_ALL(SLOT_CODE) };

/**
 * bss_bind_ask() - note the implementation an import called, to bind it
 * @img: the calling image
 * @idx: the import's index in its table
 * @entries: the entry table of the implementation it called
 *
 * Any context. The first caller wins; the import is bound when @img is
 * next without an instance (bss_bind_instance_put()).
 */
void bss_bind_ask(struct bss_image *img, unsigned long idx, const bss_entry_t *entries)
{
	struct bss_bind *b = &img->binds[idx];
	unsigned long flags;

	spin_lock_irqsave(&bind_queue_lock, flags);
	if (b->state == BSS_BIND_NONE) {
		b->entries = entries;
		WRITE_ONCE(b->state, BSS_BIND_ASKED);
		if (list_empty(&img->bind_node))
			list_add_tail(&img->bind_node, &bind_queue);
	}
	spin_unlock_irqrestore(&bind_queue_lock, flags);
}

static int slot_find_free(void)
{
	int i;

	for (i = 0; i < BSS_SLOTS; i++)
		if (!slots[i].img)
			return i;
	return -ENOSPC;
}

/* Import idx of an image without an instance: to its slot, and the slot to its callee. */
static void bind_one_locked(struct bss_image *img, u32 idx)
{
	const struct bss_import *imp = &img->desc->imports[idx];
	struct bss_bind *b = &img->binds[idx];
	struct bss_slot *s;
	int k = b->slot;

	lockdep_assert_held(&bind_lock);
	if (k < 0)
		k = slot_find_free();
	if (k < 0)
		return;	/* the import stays on bss_call(), which is correct too */
	s = &slots[k];
	if (s->img == img && s->entries == b->entries)
		return;
	__static_call_update(slot_code[k].key, slot_code[k].tramp, b->entries[imp->fn]);
	WRITE_ONCE(s->entries, b->entries);
	if (s->img == img)
		return;	/* bound anew to another implementation */
	s->svc_id = imp->svc->id;
	s->fn = imp->fn;
	s->imp = imp;
	s->img = img;
	b->slot = k;
	slots_used++;
	__static_call_update(imp->key, imp->tramp, slot_code[k].call);
	bss_event_create("slot", k);
}

/* Bind what was noted of an image that has no instance, which bind_lock keeps so. */
static void bind_image_locked(struct bss_image *img)
{
	struct bss_bind *b;
	u32 i;

	lockdep_assert_held(&bind_lock);
	spin_lock_irq(&bind_queue_lock);
	list_del_init(&img->bind_node);
	spin_unlock_irq(&bind_queue_lock);
	for (i = 0; i < img->desc->nimports; i++) {
		b = &img->binds[i];
		if (READ_ONCE(b->state) != BSS_BIND_ASKED)
			continue;
		bind_one_locked(img, i);
		WRITE_ONCE(b->state, BSS_BIND_DONE);
	}
}

/*
 * The implementations a first instance's required references name, for
 * the imports of their services that the fast path takes (a special
 * function never reaches a slot).
 */
static void note_required_locked(struct bss_image *img, struct bss_instance **bind, u32 nbind)
{
	const struct bss_import *imp;
	struct bss_bind *b;
	u32 i, j;

	lockdep_assert_held(&bind_lock);
	for (i = 0; i < img->desc->nimports; i++) {
		imp = &img->desc->imports[i];
		if (!imp->svc || (imp->flags & BSS_SIG_SPECIAL))
			continue;
		for (j = 0; j < nbind; j++)
			if (bind[j]->impl->svc->id == imp->svc->id)
				break;
		b = &img->binds[i];
		if (j == nbind || (b->state == BSS_BIND_DONE && b->entries == bind[j]->entries))
			continue;
		b->entries = bind[j]->entries;
		WRITE_ONCE(b->state, BSS_BIND_ASKED);
	}
}

/**
 * bss_bind_instance_get() - count a new main instance of an image
 * @img: its image
 * @bind: the required references it is to be made with
 * @nbind: how many
 *
 * The first instance of an image binds its imports before it counts:
 * those of the services @bind names to the implementations there, and
 * what calls noted while earlier instances ran. Process context.
 */
void bss_bind_instance_get(struct bss_image *img, struct bss_instance **bind, u32 nbind)
{
	if (!img->binds) {
		atomic_inc(&img->instances);
		return;
	}
	mutex_lock(&bind_lock);
	if (!atomic_read(&img->instances)) {
		note_required_locked(img, bind, nbind);
		bind_image_locked(img);
	}
	atomic_inc(&img->instances);
	mutex_unlock(&bind_lock);
}

/**
 * bss_bind_instance_put() - an instance of an image is gone
 * @img: its image
 *
 * Any context. No thread runs the instance's code any more; when it was
 * the image's last, what its calls noted is bound from a work item.
 */
void bss_bind_instance_put(struct bss_image *img)
{
	unsigned long flags;
	bool queued;

	if (!atomic_dec_and_test(&img->instances))
		return;
	spin_lock_irqsave(&bind_queue_lock, flags);
	queued = !list_empty(&img->bind_node);
	spin_unlock_irqrestore(&bind_queue_lock, flags);
	if (queued)
		schedule_work(&bind_work);
}

/* The first image on the queue without an instance, taken off it. */
static struct bss_image *next_idle_locked(void)
{
	struct bss_image *img, *found = NULL;

	lockdep_assert_held(&bind_lock);
	spin_lock_irq(&bind_queue_lock);
	list_for_each_entry(img, &bind_queue, bind_node) {
		if (!atomic_read(&img->instances)) {
			found = img;
			break;
		}
	}
	spin_unlock_irq(&bind_queue_lock);
	return found;
}

/* Images that went idle; one that has an instance again waits for its next. */
static void bind_work_fn(struct work_struct *w)
{
	struct bss_image *img;

	mutex_lock(&bind_lock);
	while ((img = next_idle_locked()))
		bind_image_locked(img);
	mutex_unlock(&bind_lock);
}

/**
 * bss_bind_image_init() - binding state for a server image's imports
 * @img: the image being registered
 *
 * Return: 0, or -ENOMEM.
 */
int bss_bind_image_init(struct bss_image *img)
{
	u32 i;

	INIT_LIST_HEAD(&img->bind_node);
	if (!img->owner || !img->desc->nimports)
		return 0;
	img->binds = kcalloc(img->desc->nimports, sizeof(*img->binds), GFP_KERNEL);
	if (!img->binds)
		return -ENOMEM;
	for (i = 0; i < img->desc->nimports; i++)
		img->binds[i].slot = -1;
	return 0;
}

/* Is entries one of img's tables, its main implementation's or a local class's? */
static bool entries_of(const struct bss_image *img, const bss_entry_t *entries)
{
	const struct bss_image_desc *d = img->desc;
	u32 i;

	if (d->impl && entries == d->impl->entries)
		return true;
	for (i = 0; i < d->nlocals; i++)
		if (entries == d->locals[i].entries)
			return true;
	return false;
}

/*
 * img goes: its own slots are free again, and a slot of another image
 * bound to one of its tables loses its guard (data only: that caller may
 * be running), to be bound anew at its next first instance.
 */
static void slots_release_locked(struct bss_image *img)
{
	struct bss_slot *s;
	struct bss_bind *b;
	int i;

	lockdep_assert_held(&bind_lock);
	for (i = 0; i < BSS_SLOTS; i++) {
		s = &slots[i];
		if (s->img == img) {
			s->img = NULL;
			s->entries = NULL;
			slots_used--;
			bss_event_destroy("slot", i);
		} else if (s->img && s->entries && entries_of(img, s->entries)) {
			WRITE_ONCE(s->entries, NULL);
			b = &s->img->binds[s->imp - s->img->desc->imports];
			b->entries = NULL;	/* binder only, once done */
		}
	}
}

/**
 * bss_bind_image_uninit() - free an image's slots as it goes
 * @img: the image, whose module is at its exit (no instance is left)
 */
void bss_bind_image_uninit(struct bss_image *img)
{
	mutex_lock(&bind_lock);
	spin_lock_irq(&bind_queue_lock);
	list_del_init(&img->bind_node);
	spin_unlock_irq(&bind_queue_lock);
	slots_release_locked(img);
	mutex_unlock(&bind_lock);
	kfree(img->binds);
	img->binds = NULL;
}

/**
 * bss_bind_slots_used() - slots bound now
 *
 * Return: how many of the BSS_SLOTS slots are bound.
 */
u32 bss_bind_slots_used(void)
{
	return READ_ONCE(slots_used);
}

/* bss.ko goes: every server image is gone, and with it every request. */
void bss_bind_uninit(void)
{
	cancel_work_sync(&bind_work);
}
