/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _BSS_CALL_H
#define _BSS_CALL_H

#include <bss/abi.h>

struct bss_thread;
struct bss_instance;

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

#endif /* _BSS_CALL_H */
