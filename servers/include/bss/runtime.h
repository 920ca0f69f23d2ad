/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What bss.ko exports to servers (symbol namespace BSS): registration and
 * the system calls. Service calls go through bss_call() in abi.h.
 */
#ifndef _BSS_RUNTIME_H
#define _BSS_RUNTIME_H

#include <bss/abi.h>

struct module;

int bss_image_register(struct module *owner, const struct bss_image_desc *desc);
void bss_image_unregister(const struct bss_image_desc *desc);

bss_ref_t bss_sys_ref_keep(bss_ref_t ref);
int bss_sys_ref_release(bss_ref_t ref);
bss_ref_t bss_sys_ref_weak(bss_ref_t ref);
int bss_sys_ref_same(bss_ref_t a, bss_ref_t b);
bss_ref_t bss_sys_local_create(unsigned int cls, void *obj);
bss_ref_t bss_sys_self(void);
/**
 * bss_sys_try() - open a try block in the caller's own frame
 * @tc: the try, on the caller's stack
 *
 * bss_try()'s one call (in bsskmod/jump_64.S): the registers are saved in
 * @tc->jb, the try becomes the thread's innermost.
 *
 * Return: 0 when opened; 1 when a throw landed in it (a second return).
 */
int bss_sys_try(struct bss_try *tc) __attribute__((returns_twice));
void bss_sys_try_end(struct bss_try *tc);
void bss_sys_throw(__u32 id, int err);	/* never returns: see bss_throw() */
void bss_sys_lock(void);
void bss_sys_unlock(void);
int bss_sys_thread(__u32 fn, __u64 arg);
int bss_sys_thread_stop(void);

#endif /* _BSS_RUNTIME_H */
