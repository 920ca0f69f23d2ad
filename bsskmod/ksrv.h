/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _BSS_KSRV_H
#define _BSS_KSRV_H

#include <linux/types.h>
#include <bss/abi.h>

struct bss_instance;
struct pci_dev;

/* The shared instance of a global kernel server (debug, time), counted. */
struct bss_instance *bss_ksrv_get(u32 service_id);

struct bss_instance *bss_kpci_create(struct pci_dev *pdev, char *msg, size_t msglen);
void bss_kpci_gone(struct bss_instance *inst);

extern const struct bss_image_desc bss_ktimer_desc;
extern const struct bss_image_desc bss_kqueue_desc;

struct pci_dev *bss_kpci_pdev(struct bss_instance *kpci);
struct bss_instance *bss_knet_create(struct bss_instance *kpci);
int bss_knet_init(void);
void bss_knet_uninit(void);
int bss_kpci_init(void);
void bss_kpci_uninit(void);
int bss_ksrv_init(void);
void bss_ksrv_uninit(void);

#endif /* _BSS_KSRV_H */
