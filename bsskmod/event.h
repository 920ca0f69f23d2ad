/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Create/destroy debug events. Every runtime object emits one of each; the
 * guest harness pairs them (tools/guest/pair-events.sh), so a leak shows
 * without kmemleak. Enable with dyndbg=+p.
 */
#ifndef _BSS_EVENT_H
#define _BSS_EVENT_H

#include <linux/printk.h>

#define bss_event_create(kind, id)  pr_debug("event: create " kind " %u\n", (id))
#define bss_event_destroy(kind, id) pr_debug("event: destroy " kind " %u\n", (id))

#endif /* _BSS_EVENT_H */
