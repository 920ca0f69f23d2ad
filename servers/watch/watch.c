// SPDX-License-Identifier: GPL-2.0
/*
 * watch: holds a weak reference to an echo server, which does not keep it
 * alive, and counts the deaths the runtime reports.
 */
#define BSS_IMPORTS(X, S) S(ref_weak) S(ref_release)
#include <bss/server.h>

struct watch {
	bss_ref_t weak;
	u32 alive;
	u32 deaths;
};

BSS_IMPL_watch(wt, struct watch);

static void wt_watch(struct watch *self, bss_ref_t ref)
{
	if (self->weak != BSS_REF_NULL)
		bss_ref_release(self->weak);
	self->weak = bss_ref_weak(ref);
	self->alive = self->weak != BSS_REF_NULL;
}

static u32 wt_alive(struct watch *self)
{
	return self->alive;
}

static u32 wt_deaths(struct watch *self)
{
	return self->deaths;
}

static const struct wt_watch_ops wt_watch_ops = {
	.watch = wt_watch,
	.alive = wt_alive,
	.deaths = wt_deaths,
};

static void wt_dead(struct watch *self, bss_ref_t ref)
{
	if (ref == self->weak)
		self->alive = 0;
	self->deaths++;
}

static int wt_ctor(struct watch *self)
{
	self->weak = BSS_REF_NULL;
	return 0;
}

BSS_CTOR(struct watch, wt_ctor);
BSS_WEAK_DEAD(struct watch, wt_dead);

BSS_SERVER(wt, struct watch,
	   .ctor = __bss_ctor,
	   .weak_dead = __bss_weak_dead,
	   .attrs = BSS_ATTR_THREAD_SAFE,
	   .stack_need = 64);
MODULE_DESCRIPTION("BSS server: weak-reference watcher");
