// SPDX-License-Identifier: GPL-2.0
/*
 * spawner: asks the loader kernel server for a relay, whose echo is
 * provided by the rules of the file that started the spawner, keeps it,
 * and calls it.
 */
#define BSS_REQUIRED(X) X(loader, loader)
#define BSS_IMPORTS(X, S) X(loader, start) X(relay, call) S(ref_keep)
#include <bss/server.h>

struct spawner {
	bss_ref_t relay;
	bool have;
};

BSS_IMPL_spawner(sp, struct spawner);

static u64 sp_spawn(struct spawner *s, u64 x)
{
	static const char image[] = "bss_relay";

	if (!s->have) {
		s->relay = bss_ref_keep(loader_start(REF_loader, image, sizeof(image) - 1));
		s->have = true;
	}
	return relay_call(s->relay, x);
}

static const struct sp_spawner_ops sp_spawner_ops = {
	.spawn = sp_spawn,
};

BSS_SERVER(sp, struct spawner,
	   .attrs = BSS_ATTR_SERIALIZED,
	   .stack_need = 128);
MODULE_DESCRIPTION("BSS test server: uses the loader service");
