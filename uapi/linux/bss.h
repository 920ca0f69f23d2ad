/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * User-space interface of the BSS server runtime (/dev/bss).
 *
 * Every argument structure starts with a size field that user space sets
 * to sizeof() of the structure it was compiled against, so the ABI can grow
 * at the end: the kernel zero-fills what an older caller did not pass and
 * refuses a caller that is larger than what it knows unless the extra bytes
 * are zero.
 */
#ifndef _UAPI_LINUX_BSS_H
#define _UAPI_LINUX_BSS_H

#include <linux/types.h>
#include <linux/ioctl.h>

#define BSS_DEVICE_NAME		"bss"
#define BSS_VERSION_MAJOR	0
#define BSS_VERSION_MINOR	1
#define BSS_VERSION_PATCH	0

#define BSS_NAME_LEN		56
#define BSS_MSG_LEN		256

/**
 * struct bss_version - BSS_IOC_VERSION
 * @size:	in: sizeof(struct bss_version)
 * @major:	out: runtime version
 * @minor:	out: runtime version
 * @patch:	out: runtime version
 * @abi:	out: ioctl ABI revision; grows when a structure grows
 * @kernel:	out: utsname release the module was built for
 */
struct bss_version {
	__u32 size;
	__u16 major;
	__u16 minor;
	__u16 patch;
	__u16 abi;
	__u32 pad;
	char kernel[64];
};

#define BSS_ABI_REVISION	1

#define BSS_IOC_MAGIC		0xb5
#define BSS_IOC_VERSION		_IOWR(BSS_IOC_MAGIC, 0x00, struct bss_version)

#endif /* _UAPI_LINUX_BSS_H */
