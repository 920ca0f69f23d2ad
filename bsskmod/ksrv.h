/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _BSS_KSRV_H
#define _BSS_KSRV_H

#include <linux/types.h>
#include <bss/abi.h>

struct bss_instance;
struct bss_kpktq;
struct napi_struct;
struct pci_dev;
struct sk_buff;
struct sk_buff_head;

/* The shared instance of a global kernel server (debug, time), counted. */
struct bss_instance *bss_ksrv_get(u32 service_id);
int bss_ksrv_add(const struct bss_image_desc *desc, bool shared);
int bss_loader_init(void);

struct bss_instance *bss_kpci_create(struct pci_dev *pdev, char *msg, size_t msglen);
void bss_kpci_gone(struct bss_instance *inst);

extern const struct bss_image_desc bss_ktimer_desc;
extern const struct bss_image_desc bss_kqueue_desc;
extern const struct bss_image_desc bss_kpktq_desc;

struct bss_kpktq *bss_kpktq_of(struct bss_instance *inst);
void bss_kpktq_attach(struct bss_kpktq *q, struct napi_struct *napi);
void bss_kpktq_detach(struct bss_kpktq *q);
void bss_kpktq_consuming(struct bss_kpktq *q, bool on);
void bss_kpktq_take(struct bss_kpktq *q, struct sk_buff_head *list, u32 max);
u32 bss_kpktq_len(struct bss_kpktq *q);
void bss_kpktq_purge(struct bss_kpktq *q);
u64 bss_kpktq_full(struct bss_kpktq *q);
u64 bss_kpktq_dropped(struct bss_kpktq *q);

struct pci_dev *bss_kpci_pdev(struct bss_instance *kpci);
struct bss_instance *bss_knet_create(struct bss_instance *kpci);
int bss_knet_init(void);
void bss_knet_uninit(void);
int bss_kpci_init(void);
void bss_kpci_uninit(void);
int bss_ksrv_init(void);
void bss_ksrv_uninit(void);

#endif /* _BSS_KSRV_H */
