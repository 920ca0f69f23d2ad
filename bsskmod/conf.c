// SPDX-License-Identifier: GPL-2.0
/*
 * The configuration-file parser (see conf.h and docs/config.md). The text
 * comes from user space: its size is checked before it is read, every line
 * is bounded and scanned for NUL and control bytes before it is tokenized,
 * tokens are (pointer, length) pairs into the text, never NUL-terminated,
 * and every copy out of it is length-checked first. A first pass counts the
 * statement lines, so the result is allocated once at its exact size; the
 * second pass parses line by line and stops at the first error, which it
 * reports as "FILE:LINE:COL: what".
 */
#ifndef BSS_HOST
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>
#endif

#include "conf.h"

#define SHOW_LEN	48	/* bytes of a token shown in a message */
#define MSG_MAX		1024	/* more than any message; vsnprintf() wants int */

struct tok {
	const char *s;		/* into the text, not NUL-terminated */
	size_t len;
	u32 col;		/* 1-based */
};

struct ctx {
	const char *text;
	size_t len;
	char *msg;
	size_t msglen;
	struct bss_conf *conf;
	u32 cap;		/* statements allocated */
	u32 lineno;
	const char *line;	/* the current line, without its '\n' */
	size_t linelen;
	size_t pos;		/* the tokenizer's cursor in the line */
	u32 end_col;		/* the column just past the last token */
	char file[BSS_CONF_PATH];
	char show[SHOW_LEN];
};

/*
 * Copy @n bytes of @s into @d of @size bytes, made printable for a one-line
 * message, truncated with "..." if they do not fit.
 */
static void printable(char *d, size_t size, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n && i < size - 1; i++) {
		unsigned char ch = s[i];

		d[i] = ch < 0x20 || ch > 0x7e || ch == '\'' ? '?' : ch;
	}
	d[i] = '\0';
	if (i < n && i >= 3)
		memcpy(d + i - 3, "...", 3);
}

static const char *show(struct ctx *c, const struct tok *t)
{
	printable(c->show, sizeof(c->show), t->s, t->len);
	return c->show;
}

/* Report an error at column @col of the current line, or of the file if 0. */
static __printf(4, 5) int fail(struct ctx *c, int err, u32 col,
			       const char *fmt, ...)
{
	va_list ap;
	int n;

	if (!c->msglen)
		return err;
	if (col)
		n = snprintf(c->msg, c->msglen, "%s:%u:%u: ", c->file,
			     c->lineno, col);
	else
		n = snprintf(c->msg, c->msglen, "%s: ", c->file);
	if (n < 0 || (size_t)n >= c->msglen)
		return err;
	va_start(ap, fmt);
	vsnprintf(c->msg + n, c->msglen - n, fmt, ap);
	va_end(ap);
	return err;
}

static bool is_blank(char ch)
{
	return ch == ' ' || ch == '\t';
}

static bool is_alpha(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
	       ch == '_';
}

static bool is_digit(char ch)
{
	return ch >= '0' && ch <= '9';
}

static int hex_digit(char ch)
{
	if (is_digit(ch))
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	return -1;
}

/* Exactly @n hex digits. */
static bool get_hex(const char *s, size_t n, u32 *val)
{
	size_t i;
	int d;

	*val = 0;
	for (i = 0; i < n; i++) {
		d = hex_digit(s[i]);
		if (d < 0)
			return false;
		*val = *val << 4 | d;
	}
	return true;
}

/* The next token of the line, if any before its end or a '#'. */
static bool next_tok(struct ctx *c, struct tok *t)
{
	size_t i = c->pos, start;

	while (i < c->linelen && is_blank(c->line[i]))
		i++;
	c->pos = i;
	if (i == c->linelen || c->line[i] == '#')
		return false;
	start = i;
	while (i < c->linelen && !is_blank(c->line[i]) && c->line[i] != '#')
		i++;
	t->s = c->line + start;
	t->len = i - start;
	t->col = start + 1;
	c->pos = i;
	c->end_col = i + 1;
	return true;
}

static bool tok_is(const struct tok *t, const char *word)
{
	return t->len == strlen(word) && !memcmp(t->s, word, t->len);
}

/* The next token, which the statement needs: @what names it. */
static int need(struct ctx *c, struct tok *t, const char *what)
{
	if (!next_tok(c, t))
		return fail(c, -EINVAL, c->end_col, "missing %s", what);
	return 0;
}

static int expect_end(struct ctx *c)
{
	struct tok t;

	if (next_tok(c, &t))
		return fail(c, -EINVAL, t.col, "unexpected '%s' after the statement",
			    show(c, &t));
	return 0;
}

/* An identifier [A-Za-z_][A-Za-z0-9_-]* of 1..BSS_CONF_NAME-1 characters. */
static int copy_ident(struct ctx *c, const struct tok *t, const char *what,
		      char *dst)
{
	size_t i;

	for (i = 0; i < t->len; i++)
		if (!is_alpha(t->s[i]) &&
		    (!i || (!is_digit(t->s[i]) && t->s[i] != '-')))
			break;
	if (!t->len || i < t->len)
		return fail(c, -EINVAL, t->col, "expected %s, got '%s'", what,
			    show(c, t));
	if (t->len >= BSS_CONF_NAME)
		return fail(c, -E2BIG, t->col,
			    "%s '%s' too long: %zu characters, limit %d",
			    what, show(c, t), t->len, BSS_CONF_NAME - 1);
	memcpy(dst, t->s, t->len);
	dst[t->len] = '\0';
	return 0;
}

static int get_ident(struct ctx *c, const char *what, char *dst)
{
	struct tok t;
	int ret;

	ret = need(c, &t, what);
	return ret ? ret : copy_ident(c, &t, what, dst);
}

static bool is_path_char(char ch)
{
	return is_alpha(ch) || is_digit(ch) || ch == '.' || ch == '/' ||
	       ch == '-';
}

/* Relative, with no empty and no ".." component. */
static int check_components(struct ctx *c, const struct tok *t)
{
	size_t i, end;

	if (t->s[0] == '/')
		return fail(c, -EINVAL, t->col, "absolute path '%s' not allowed",
			    show(c, t));
	for (i = 0; i <= t->len; i = end + 1) {
		for (end = i; end < t->len && t->s[end] != '/'; end++)
			;
		if (end == i)
			return fail(c, -EINVAL, t->col,
				    "empty component in path '%s'", show(c, t));
		if (end - i == 2 && t->s[i] == '.' && t->s[i + 1] == '.')
			return fail(c, -EINVAL, t->col,
				    "'..' in path '%s' not allowed", show(c, t));
	}
	return 0;
}

static int get_path(struct ctx *c, char *dst)
{
	struct tok t;
	size_t i;
	int ret;

	ret = need(c, &t, "FILE");
	if (ret)
		return ret;
	for (i = 0; i < t.len && is_path_char(t.s[i]); i++)
		;
	if (i < t.len)
		return fail(c, -EINVAL, t.col, "expected FILE, got '%s'",
			    show(c, &t));
	if (t.len >= BSS_CONF_PATH)
		return fail(c, -E2BIG, t.col,
			    "FILE '%s' too long: %zu characters, limit %d",
			    show(c, &t), t.len, BSS_CONF_PATH - 1);
	ret = check_components(c, &t);
	if (ret)
		return ret;
	memcpy(dst, t.s, t.len);
	dst[t.len] = '\0';
	return 0;
}

/* provide SERVICE IMAGE [shared] */
static int parse_provide(struct ctx *c, struct bss_conf_stmt *st)
{
	struct tok t;
	int ret;

	ret = get_ident(c, "SERVICE", st->service);
	if (!ret)
		ret = get_ident(c, "IMAGE", st->image);
	if (ret || !next_tok(c, &t))
		return ret;
	if (!tok_is(&t, "shared"))
		return fail(c, -EINVAL, t.col,
			    "expected 'shared' or end of line, got '%s'",
			    show(c, &t));
	st->shared = true;
	return expect_end(c);
}

/* VALUE: 1..BSS_CONF_VALUE-1 printable ASCII characters, no space. */
static int copy_value(struct ctx *c, const struct tok *t, char *dst)
{
	size_t i;

	if (!t->len)
		return fail(c, -EINVAL, t->col, "missing VALUE");
	for (i = 0; i < t->len; i++)
		if ((unsigned char)t->s[i] <= ' ' ||
		    (unsigned char)t->s[i] > '~')
			return fail(c, -EINVAL, t->col,
				    "expected VALUE (printable ASCII), got '%s'",
				    show(c, t));
	if (t->len >= BSS_CONF_VALUE)
		return fail(c, -E2BIG, t->col,
			    "VALUE too long: %zu characters, limit %d",
			    t->len, BSS_CONF_VALUE - 1);
	memcpy(dst, t->s, t->len);
	dst[t->len] = '\0';
	return 0;
}

/* KEY=VALUE, the VALUE taking any '=' after the first. */
static int add_param(struct ctx *c, struct bss_conf_stmt *st,
		     const struct tok *t)
{
	const char *eq = memchr(t->s, '=', t->len);
	struct bss_conf_param *p = &st->params[st->nparams];
	struct tok key, val;
	u32 i;
	int ret;

	if (!eq)
		return fail(c, -EINVAL, t->col, "expected KEY=VALUE, got '%s'",
			    show(c, t));
	if (st->nparams == BSS_CONF_MAX_PARAMS)
		return fail(c, -E2BIG, t->col, "too many parameters: limit %d",
			    BSS_CONF_MAX_PARAMS);
	key.s = t->s;
	key.len = eq - t->s;
	key.col = t->col;
	val.s = eq + 1;
	val.len = t->len - key.len - 1;
	val.col = t->col + key.len + 1;
	ret = copy_ident(c, &key, "KEY", p->key);
	if (!ret)
		ret = copy_value(c, &val, p->value);
	for (i = 0; !ret && i < st->nparams; i++)
		if (!strcmp(st->params[i].key, p->key))
			ret = fail(c, -EINVAL, t->col,
				   "duplicate parameter '%s'", p->key);
	if (!ret)
		st->nparams++;
	return ret;
}

/* start IMAGE [as NAME] [KEY=VALUE ...] */
static int parse_start(struct ctx *c, struct bss_conf_stmt *st)
{
	struct tok t;
	bool more;
	int ret;

	ret = get_ident(c, "IMAGE", st->image);
	if (ret)
		return ret;
	memcpy(st->name, st->image, sizeof(st->name));
	more = next_tok(c, &t);
	if (more && tok_is(&t, "as")) {
		ret = get_ident(c, "NAME", st->name);
		more = !ret && next_tok(c, &t);
	}
	for (; more && !ret; more = next_tok(c, &t))
		ret = add_param(c, st, &t);
	return ret;
}

/* include FILE */
static int parse_include(struct ctx *c, struct bss_conf_stmt *st)
{
	int ret;

	ret = get_path(c, st->path);
	return ret ? ret : expect_end(c);
}

/* VENDOR:DEVICE[:CLASS], 4, 4 and 6 hex digits */
static int get_pci_id(struct ctx *c, struct bss_conf_stmt *st)
{
	u32 vendor, device, class = 0;
	struct tok t;
	int ret;

	ret = need(c, &t, "VENDOR:DEVICE[:CLASS]");
	if (ret)
		return ret;
	if ((t.len != 9 && t.len != 16) || t.s[4] != ':' ||
	    !get_hex(t.s, 4, &vendor) || !get_hex(t.s + 5, 4, &device) ||
	    (t.len == 16 && (t.s[9] != ':' || !get_hex(t.s + 10, 6, &class))))
		return fail(c, -EINVAL, t.col,
			    "expected VENDOR:DEVICE[:CLASS], got '%s'",
			    show(c, &t));
	st->vendor = vendor;
	st->device = device;
	st->class = class;
	st->has_class = t.len == 16;
	return 0;
}

/* driver pci VENDOR:DEVICE[:CLASS] FILE */
static int parse_driver(struct ctx *c, struct bss_conf_stmt *st)
{
	struct tok t;
	int ret;

	ret = need(c, &t, "bus 'pci'");
	if (ret)
		return ret;
	if (!tok_is(&t, "pci"))
		return fail(c, -EINVAL, t.col,
			    "unknown bus '%s', expected 'pci'", show(c, &t));
	ret = get_pci_id(c, st);
	if (!ret)
		ret = get_path(c, st->path);
	return ret ? ret : expect_end(c);
}

static const struct {
	const char *word;
	enum bss_conf_kind kind;
	int (*parse)(struct ctx *c, struct bss_conf_stmt *st);
} statements[] = {
	{ "provide", BSS_CONF_PROVIDE, parse_provide },
	{ "start", BSS_CONF_START, parse_start },
	{ "include", BSS_CONF_INCLUDE, parse_include },
	{ "driver", BSS_CONF_DRIVER, parse_driver },
};

/*
 * One instance name per file, and one provider per service: a second one
 * could only be ignored.
 */
static int check_dup(struct ctx *c, const struct bss_conf_stmt *st, u32 col)
{
	const struct bss_conf_stmt *o;
	u32 i;

	for (i = 0; i < c->conf->nstmts; i++) {
		o = &c->conf->stmts[i];
		if (o->kind != st->kind)
			continue;
		if (st->kind == BSS_CONF_START && !strcmp(o->name, st->name))
			return fail(c, -EINVAL, col,
				    "duplicate instance name '%s' (first at line %u)",
				    st->name, o->line);
		if (st->kind == BSS_CONF_PROVIDE &&
		    !strcmp(o->service, st->service))
			return fail(c, -EINVAL, col,
				    "duplicate provide for service '%s' (first at line %u)",
				    st->service, o->line);
	}
	return 0;
}

static int parse_stmt(struct ctx *c, const struct tok *kw)
{
	struct bss_conf_stmt *st;
	size_t i;
	int ret;

	for (i = 0; i < ARRAY_SIZE(statements); i++)
		if (tok_is(kw, statements[i].word))
			break;
	if (i == ARRAY_SIZE(statements))
		return fail(c, -EINVAL, kw->col, "unknown statement '%s'",
			    show(c, kw));
	/* The count pass sized the array: only a 257th statement gets here. */
	if (c->conf->nstmts >= c->cap)
		return fail(c, -E2BIG, kw->col, "too many statements: limit %d",
			    BSS_CONF_MAX_STMTS);
	st = &c->conf->stmts[c->conf->nstmts];
	st->kind = statements[i].kind;
	st->line = c->lineno;
	ret = statements[i].parse(c, st);
	if (!ret)
		ret = check_dup(c, st, kw->col);
	if (!ret)
		c->conf->nstmts++;
	return ret;
}

/* Bounded, and no byte below ' ' but tab, nor DEL, even in a comment. */
static int check_line(struct ctx *c)
{
	unsigned char ch;
	size_t i;

	if (c->linelen > BSS_CONF_MAX_LINE)
		return fail(c, -E2BIG, BSS_CONF_MAX_LINE + 1,
			    "line too long: %zu characters, limit %d",
			    c->linelen, BSS_CONF_MAX_LINE);
	for (i = 0; i < c->linelen; i++) {
		ch = c->line[i];
		if (!ch)
			return fail(c, -EINVAL, i + 1, "NUL byte");
		if ((ch < ' ' && ch != '\t') || ch == 0x7f)
			return fail(c, -EINVAL, i + 1,
				    "control character 0x%02x%s", ch,
				    ch == '\r' ? " (CRLF line ending?)" : "");
	}
	return 0;
}

static int parse_line(struct ctx *c)
{
	struct tok kw;
	int ret;

	ret = check_line(c);
	if (ret)
		return ret;
	c->pos = 0;
	c->end_col = 1;
	if (!next_tok(c, &kw))
		return 0;	/* blank or comment */
	return parse_stmt(c, &kw);
}

static size_t line_len(const char *s, size_t n)
{
	const char *nl = memchr(s, '\n', n);

	return nl ? (size_t)(nl - s) : n;
}

static int parse_lines(struct ctx *c)
{
	size_t off;
	int ret = 0;

	for (off = 0; !ret && off < c->len; off += c->linelen + 1) {
		c->line = c->text + off;
		c->linelen = line_len(c->line, c->len - off);
		c->lineno++;
		ret = parse_line(c);
	}
	return ret;
}

/* Lines whose first byte that is not a blank is not '#'. */
static size_t count_stmts(const char *s, size_t len)
{
	size_t off, i, n, count = 0;

	for (off = 0; off < len; off += n + 1) {
		n = line_len(s + off, len - off);
		for (i = 0; i < n && is_blank(s[off + i]); i++)
			;
		if (i < n && s[off + i] != '#')
			count++;
	}
	return count;
}

static int alloc_conf(struct ctx *c)
{
	size_t n = count_stmts(c->text, c->len);

	/* At most 256 statements of about 1.8 KiB: no overflow. */
	c->cap = n < BSS_CONF_MAX_STMTS ? n : BSS_CONF_MAX_STMTS;
	c->conf = kvzalloc(sizeof(*c->conf) + c->cap * sizeof(c->conf->stmts[0]),
			   GFP_KERNEL);
	if (!c->conf)
		return fail(c, -ENOMEM, 0, "out of memory (%u statements)",
			    c->cap);
	memcpy(c->conf->file, c->file, sizeof(c->file));
	return 0;
}

int bss_conf_parse(const char *text, size_t len, const char *file,
		   struct bss_conf **out, char *msg, size_t msglen)
{
	struct ctx c = {
		.text = text,
		.len = text ? len : 0,
		.msg = msg,
		.msglen = !msg ? 0 : msglen > MSG_MAX ? MSG_MAX : msglen,
	};
	int ret;

	if (c.msglen)
		msg[0] = '\0';
	if (!file || !file[0])
		file = "<config>";
	printable(c.file, sizeof(c.file), file, strnlen(file, sizeof(c.file)));
	if (!out)
		return fail(&c, -EINVAL, 0, "nowhere to put the result");
	*out = NULL;
	if (c.len > BSS_CONF_MAX_TEXT)
		return fail(&c, -E2BIG, 0, "text too large: %zu bytes, limit %d",
			    c.len, BSS_CONF_MAX_TEXT);
	ret = alloc_conf(&c);
	if (!ret)
		ret = parse_lines(&c);
	if (ret) {
		bss_conf_free(c.conf);
		return ret;
	}
	*out = c.conf;
	return 0;
}

void bss_conf_free(struct bss_conf *conf)
{
	kvfree(conf);
}
