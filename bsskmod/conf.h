/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The BSS configuration-file parser (docs/config.md): line-oriented text that
 * says which image provides a service, which root servers to start and with
 * which parameters, which files to include, and which configuration file a
 * PCI device takes. Pure C, shared by bss.ko and the host tests (built there
 * with -DBSS_HOST). The text comes from user space and is treated as hostile.
 */
#ifndef _BSS_CONF_H
#define _BSS_CONF_H

#ifdef BSS_HOST
#include "conf_host.h"
#else
#include <linux/types.h>
#endif

#define BSS_CONF_MAX_TEXT	(64 << 10)	/* bytes of text */
#define BSS_CONF_MAX_STMTS	256		/* statements per file */
#define BSS_CONF_MAX_LINE	4096		/* characters per line */
#define BSS_CONF_NAME		56	/* SERVICE, IMAGE, NAME, KEY + NUL */
#define BSS_CONF_VALUE		128	/* VALUE + NUL */
#define BSS_CONF_PATH		128	/* FILE + NUL */
#define BSS_CONF_MAX_PARAMS	8	/* KEY=VALUE per start */

enum bss_conf_kind {
	BSS_CONF_PROVIDE,
	BSS_CONF_START,
	BSS_CONF_INCLUDE,
	BSS_CONF_DRIVER,
};

struct bss_conf_param {
	char key[BSS_CONF_NAME];
	char value[BSS_CONF_VALUE];
};

/* One statement; the fields its kind does not use are zero. */
struct bss_conf_stmt {
	enum bss_conf_kind kind;
	u32 line;			/* 1-based */
	char service[BSS_CONF_NAME];	/* provide */
	char image[BSS_CONF_NAME];	/* provide, start */
	char name[BSS_CONF_NAME];	/* start: "as NAME", else IMAGE */
	bool shared;			/* provide */
	u32 nparams;			/* start */
	struct bss_conf_param params[BSS_CONF_MAX_PARAMS];	/* start */
	char path[BSS_CONF_PATH];	/* include, driver */
	u16 vendor, device;		/* driver */
	u32 class;			/* driver, if has_class */
	bool has_class;			/* driver */
};

struct bss_conf {
	char file[BSS_CONF_PATH];	/* the name messages use */
	u32 nstmts;
	struct bss_conf_stmt stmts[];	/* exactly nstmts, in file order */
};

/**
 * bss_conf_parse() - parse one configuration file
 * @text: its contents, not NUL-terminated; NUL bytes are refused
 * @len: their size in bytes, at most BSS_CONF_MAX_TEXT
 * @file: the file's name, for messages and bss_conf.file: made printable
 *	and cut to BSS_CONF_PATH-1 characters; "<config>" if NULL or ""
 * @out: receives the parsed file on success, NULL on failure
 * @msg: receives "FILE:LINE:COL: what" on failure, "" on success; may be NULL
 * @msglen: size of @msg; the text is truncated and always NUL-terminated
 *
 * Parsing stops at the first error. Free the result with bss_conf_free().
 *
 * Context: process context; allocates with GFP_KERNEL.
 *
 * Return: 0; -EINVAL for a syntax error; -E2BIG for text, a line, a token,
 * the statements or the parameters of a start over the limits above;
 * -ENOMEM.
 */
int bss_conf_parse(const char *text, size_t len, const char *file,
		   struct bss_conf **out, char *msg, size_t msglen);

/* Free what bss_conf_parse() returned; NULL is allowed. */
void bss_conf_free(struct bss_conf *conf);

#endif /* _BSS_CONF_H */
