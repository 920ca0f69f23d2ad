/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _BSS_VERSION_H
#define _BSS_VERSION_H

#include <linux/stringify.h>
#include <linux/bss.h>

#define BSS_VERSION_STRING __stringify(BSS_VERSION_MAJOR) "." \
	__stringify(BSS_VERSION_MINOR) "." __stringify(BSS_VERSION_PATCH)

#endif /* _BSS_VERSION_H */
