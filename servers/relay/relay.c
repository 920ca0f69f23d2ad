// SPDX-License-Identifier: GPL-2.0
/*
 * relay: keeps a permanent reference to an echo server and passes
 * references on, through a chain of relays when one is set.
 */
#define BSS_REQUIRED(X) X(home, echo)
#define BSS_IMPORTS(X, S) X(echo, ping) X(relay, pass) \
	S(ref_keep) S(ref_release)
#include <bss/server.h>

struct relay {
	bss_ref_t kept;
	bss_ref_t next;
};

BSS_IMPL_relay(rl, struct relay);

static void rl_set(struct relay *self, bss_ref_t ref)
{
	if (self->kept != BSS_REF_NULL)
		bss_ref_release(self->kept);
	self->kept = bss_ref_keep(ref);
}

static bss_ref_t rl_get(struct relay *self)
{
	return self->kept != BSS_REF_NULL ? self->kept : REF_home;
}

static bss_ref_t rl_pass(struct relay *self, bss_ref_t ref)
{
	if (self->next == BSS_REF_NULL)
		return ref;
	return relay_pass(self->next, ref);
}

static u64 rl_call(struct relay *self, u64 x)
{
	return echo_ping(rl_get(self), x);
}

static void rl_next(struct relay *self, bss_ref_t next)
{
	if (self->next != BSS_REF_NULL)
		bss_ref_release(self->next);
	self->next = bss_ref_keep(next);
}

static const struct rl_relay_ops rl_relay_ops = {
	.set = rl_set,
	.get = rl_get,
	.pass = rl_pass,
	.call = rl_call,
	.next = rl_next,
};

static int rl_ctor(struct relay *self)
{
	self->kept = BSS_REF_NULL;
	self->next = BSS_REF_NULL;
	return 0;
}

BSS_CTOR(struct relay, rl_ctor);

BSS_SERVER(rl, struct relay,
	   .ctor = __bss_ctor,
	   .attrs = BSS_ATTR_THREAD_SAFE,
	   .stack_need = 128);
MODULE_DESCRIPTION("BSS server: relay");
