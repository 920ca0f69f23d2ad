// SPDX-License-Identifier: GPL-2.0
/*
 * Two services with one ID and different signatures inside one image: the
 * main service and a local class both claim 0x1e2.
 */
#include "bad.h"

static const struct bss_sig sigs_a[] = ECHO_SIGS;
static const struct bss_sig sigs_b[] = {
	{ .ret = BSS_T_U32 }, { .ret = BSS_T_U32 }, { .ret = BSS_T_U32 },
	{ .ret = BSS_T_U32 }, { .ret = BSS_T_U32 },
};

static const struct bss_service svc_a = {
	.id = 0x1e2, .nfns = 5, .name = "twin",
	.fn_names = bss_fn_names_echo, .sigs = sigs_a,
};

static const struct bss_service svc_b = {
	.id = 0x1e2, .nfns = 5, .name = "twin",
	.fn_names = bss_fn_names_echo, .sigs = sigs_b,
};

static void twin_put(void *obj)
{
}

static const struct bss_impl impls[] = {
	{ .svc = &svc_a, .entries = bad_entries },
	{ .svc = &svc_b, .entries = bad_entries, .dtor = twin_put },
};

/* Written out by hand: BSS_SERVER() cannot express this mistake. */
static const struct bss_image_desc desc __used __section("bss_image") = {
	.magic = BSS_DESC_MAGIC,
	.abi = BSS_DESC_ABI,
	.name = KBUILD_MODNAME,
	.impl = &impls[0],
	.locals = &impls[1],
	.nlocals = 1,
	.priv_size = sizeof(struct bad),
	.attrs = BSS_ATTR_THREAD_SAFE,
};

static int __init dup_init(void)
{
	return bss_image_register(THIS_MODULE, &desc);
}

static void __exit dup_exit(void)
{
	bss_image_unregister(&desc);
}

module_init(dup_init);
module_exit(dup_exit);
MODULE_IMPORT_NS(BSS);
MODULE_ALIAS("bss-image-" KBUILD_MODNAME);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("BSS test server: duplicate service ID, must be refused");
