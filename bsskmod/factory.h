/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _BSS_FACTORY_H
#define _BSS_FACTORY_H

#include <linux/types.h>

struct bss_instance;
struct bss_thread;

int bss_factory_start(struct bss_thread *t, u32 fn, u64 arg);
bool bss_factory_stop(struct bss_instance *inst, unsigned long timeout);
bool bss_factory_should_stop(void);

#endif /* _BSS_FACTORY_H */
