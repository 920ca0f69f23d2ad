// SPDX-License-Identifier: GPL-2.0
/*
 * libFuzzer target for bss_conf_parse() (bsskmod/conf.c); built and run by
 * tests/host/fuzz/run.sh under ASan and UBSan. Beyond memory safety it checks
 * the contract: the errno is one of the documented ones, the message is
 * NUL-terminated within msglen, empty exactly on success, one line, and
 * starts with the file name; a parsed file holds only well-formed fields,
 * and printing it back as text and parsing that gives the same statements.
 */
#include <stdlib.h>

#include "conf.h"

#define FILE_NAME	"fuzz.conf"

/* libFuzzer's entry point, named without its CamelCase identifier. */
int bss_fuzz_one(const u8 *data, size_t size) __asm__("LLVMFuzzerTestOneInput");

static bool terminated(const char *s, size_t size)
{
	return strnlen(s, size) < size;
}

static bool is_ident(const char *s)
{
	size_t i, n = strnlen(s, BSS_CONF_NAME);

	if (!n || n == BSS_CONF_NAME || strspn(s, "0123456789-"))
		return false;
	for (i = 0; i < n; i++)
		if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789-",
			    s[i]))
			return false;
	return true;
}

static bool path_ok(const char *s)
{
	size_t n = strnlen(s, BSS_CONF_PATH);

	return n && n < BSS_CONF_PATH && s[0] != '/' && s[n - 1] != '/' &&
	       !strstr(s, "//") && strcmp(s, "..") && strncmp(s, "../", 3) &&
	       !strstr(s, "/../") && (n < 3 || strcmp(s + n - 3, "/..")) &&
	       strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789./-") == n;
}

static bool value_ok(const char *s)
{
	size_t i, n = strnlen(s, BSS_CONF_VALUE);

	if (!n || n == BSS_CONF_VALUE)
		return false;
	for (i = 0; i < n; i++)
		if (s[i] <= ' ' || s[i] > '~' || s[i] == '#')
			return false;
	return true;
}

static bool params_ok(const struct bss_conf_stmt *s)
{
	u32 i, j;

	if (s->nparams > BSS_CONF_MAX_PARAMS)
		return false;
	for (i = 0; i < s->nparams; i++) {
		if (!is_ident(s->params[i].key) || !value_ok(s->params[i].value))
			return false;
		for (j = 0; j < i; j++)
			if (!strcmp(s->params[i].key, s->params[j].key))
				return false;
	}
	return true;
}

static bool stmt_ok(const struct bss_conf_stmt *s)
{
	switch (s->kind) {
	case BSS_CONF_PROVIDE:
		return is_ident(s->service) && is_ident(s->image);
	case BSS_CONF_START:
		return is_ident(s->image) && is_ident(s->name) && params_ok(s);
	case BSS_CONF_INCLUDE:
		return path_ok(s->path);
	case BSS_CONF_DRIVER:
		return path_ok(s->path) && s->class <= 0xffffff &&
		       (s->has_class || !s->class);
	}
	return false;
}

static size_t put(char *buf, size_t off, size_t size, const char *fmt,
		  const char *arg)
{
	int n = snprintf(buf + off, size - off, fmt, arg);

	if (n < 0 || (size_t)n >= size - off)
		abort();	/* never longer than the text it came from */
	return off + n;
}

/* The statement as one line of text, in its shortest form. */
static size_t print_stmt(char *buf, size_t off, size_t size,
			 const struct bss_conf_stmt *s)
{
	char ids[24];
	u32 i;

	switch (s->kind) {
	case BSS_CONF_PROVIDE:
		off = put(buf, off, size, "provide %s", s->service);
		off = put(buf, off, size, " %s", s->image);
		return put(buf, off, size, "%s\n", s->shared ? " shared" : "");
	case BSS_CONF_START:
		off = put(buf, off, size, "start %s", s->image);
		if (strcmp(s->name, s->image))
			off = put(buf, off, size, " as %s", s->name);
		for (i = 0; i < s->nparams; i++) {
			off = put(buf, off, size, " %s", s->params[i].key);
			off = put(buf, off, size, "=%s", s->params[i].value);
		}
		return put(buf, off, size, "%s", "\n");
	case BSS_CONF_INCLUDE:
		return put(buf, off, size, "include %s\n", s->path);
	case BSS_CONF_DRIVER:
		snprintf(ids, sizeof(ids), "%04x:%04x", s->vendor, s->device);
		if (s->has_class)
			snprintf(ids + 9, sizeof(ids) - 9, ":%06x", s->class);
		off = put(buf, off, size, "driver pci %s", ids);
		return put(buf, off, size, " %s\n", s->path);
	}
	abort();
}

/* Printed back and parsed again, @conf gives the same statements. */
static void check_roundtrip(const struct bss_conf *conf, size_t size)
{
	struct bss_conf *again;
	char msg[160], *buf;
	size_t off = 0;
	u32 i;

	buf = malloc(size + 2);
	if (!buf)
		abort();
	for (i = 0; i < conf->nstmts; i++)
		off = print_stmt(buf, off, size + 2, &conf->stmts[i]);
	if (off)
		off--;	/* no final '\n': then never longer than the input */
	if (off > size || bss_conf_parse(buf, off, FILE_NAME, &again, msg, sizeof(msg)) ||
	    again->nstmts != conf->nstmts)
		abort();
	for (i = 0; i < conf->nstmts; i++) {
		again->stmts[i].line = conf->stmts[i].line;
		if (memcmp(&again->stmts[i], &conf->stmts[i],
			   sizeof(conf->stmts[i])))
			abort();
	}
	bss_conf_free(again);
	free(buf);
}

static void check_success(const struct bss_conf *conf, size_t size)
{
	u32 i;

	if (strcmp(conf->file, FILE_NAME) || conf->nstmts > BSS_CONF_MAX_STMTS)
		abort();
	for (i = 0; i < conf->nstmts; i++)
		if (!stmt_ok(&conf->stmts[i]) || !conf->stmts[i].line ||
		    (i && conf->stmts[i].line <= conf->stmts[i - 1].line))
			abort();
	check_roundtrip(conf, size);
}

static void check_msg(int ret, const char *msg, size_t msglen)
{
	if (!msglen) {
		if (msg[0] != 'z')	/* nothing may be written */
			abort();
		return;
	}
	if (strnlen(msg, msglen) == msglen || strchr(msg, '\n'))
		abort();
	if (!ret && msg[0])
		abort();
	if (ret && strncmp(msg, FILE_NAME ":", msglen - 1 < 10 ? msglen - 1 : 10))
		abort();
}

int bss_fuzz_one(const u8 *data, size_t size)
{
	struct bss_conf *conf;
	char msg[160];
	size_t msglen;
	char *copy;
	int ret;

	/* Exact-size copy, so ASan sees any read past the end. */
	copy = malloc(size ? size : 1);
	if (!copy)
		return 0;
	memcpy(copy, data, size);
	/* The first byte picks a message size, to exercise truncation too. */
	msglen = size ? (data[0] % 8 ? sizeof(msg) : data[0] % 32) : sizeof(msg);
	memset(msg, 'z', sizeof(msg));
	ret = bss_conf_parse(copy, size, FILE_NAME, &conf, msg, msglen);
	if (ret && ret != -EINVAL && ret != -E2BIG && ret != -ENOMEM)
		abort();
	if (!ret != !!conf)
		abort();
	check_msg(ret, msg, msglen);
	if (!ret)
		check_success(conf, size);
	bss_conf_free(conf);
	free(copy);
	return 0;
}
