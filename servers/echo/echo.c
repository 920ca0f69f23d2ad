// SPDX-License-Identifier: GPL-2.0
/*
 * echo: a value store, the smallest useful server. No required services,
 * no outgoing calls.
 */
#include <bss/server.h>

struct echo {
	u64 value;
	u64 calls;
};

BSS_IMPL_echo(ec, struct echo);

static u64 ec_ping(struct echo *self, u64 x)
{
	self->calls++;
	return x;
}

static u64 ec_add(struct echo *self, u64 a, u64 b)
{
	self->value += a + b;
	return self->value;
}

static u64 ec_get(struct echo *self)
{
	return self->value;
}

/* Fills only the first 8 bytes, whatever the block's size. */
static u64 ec_fill(struct echo *self, void *buf, u64 size)
{
	u64 n = min_t(u64, size, sizeof(self->value));

	memcpy(buf, &self->value, n);
	return n;
}

static u64 ec_sum(struct echo *self, const void *buf, u64 size)
{
	const u8 *p = buf;
	u64 sum = 0;

	while (size--)
		sum += *p++;
	return sum;
}

static const struct ec_echo_ops ec_echo_ops = {
	.ping = ec_ping,
	.add = ec_add,
	.get = ec_get,
	.fill = ec_fill,
	.sum = ec_sum,
};

static int ec_ctor(struct echo *self)
{
	self->value = 0;
	return 0;
}

BSS_CTOR(struct echo, ec_ctor);

BSS_SERVER(ec, struct echo,
	   .ctor = __bss_ctor,
	   .attrs = BSS_ATTR_THREAD_SAFE,
	   .stack_need = 64);
MODULE_DESCRIPTION("BSS server: echo");
