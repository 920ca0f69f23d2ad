// SPDX-License-Identifier: GPL-2.0
/*
 * Host unit test of bss_conf_parse() (bsskmod/conf.c), printing TAP.
 *
 * Every statement form is parsed and its fields checked, then every error
 * is provoked with its exact "FILE:LINE:COL: what" message, then every limit
 * is met exactly and exceeded by one. Every text is handed over in a heap
 * block of exactly its length, so a build with AddressSanitizer catches any
 * read past the end; LeakSanitizer checks that failures free everything.
 */
#include <stdlib.h>

#include "conf.h"

#define FILE_NAME	"t.conf"

static int ntests, nfailed;
static bool fail_alloc;

/* conf.sh links with --wrap=calloc: the parser allocates through here. */
void *__real_calloc(size_t n, size_t size);
void *__wrap_calloc(size_t n, size_t size);

void *__wrap_calloc(size_t n, size_t size)
{
	return fail_alloc ? NULL : __real_calloc(n, size);
}

static void tap(bool ok, const char *name)
{
	ntests++;
	if (!ok)
		nfailed++;
	printf("%sok %d conf: %s\n", ok ? "" : "not ", ntests, name);
}

/* Parse an exact-size copy of @text. */
static int run(const char *text, size_t len, struct bss_conf **out, char *msg,
	       size_t msglen)
{
	char *copy = malloc(len ? len : 1);
	int ret;

	if (!copy)
		abort();
	memcpy(copy, text, len);
	ret = bss_conf_parse(copy, len, FILE_NAME, out, msg, msglen);
	free(copy);
	return ret;
}

/* Parse @text, which must succeed with @n statements. */
static struct bss_conf *parse_n(const char *text, size_t len, u32 n)
{
	struct bss_conf *conf = NULL;
	char msg[256];
	int ret;

	ret = run(text, len, &conf, msg, sizeof(msg));
	if (!ret && !msg[0] && conf && conf->nstmts == n &&
	    !strcmp(conf->file, FILE_NAME))
		return conf;
	printf("# got %d '%s', %u statements, want 0 and %u\n", ret, msg,
	       conf ? conf->nstmts : 0, n);
	bss_conf_free(conf);
	return NULL;
}

static struct bss_conf *parse(const char *text, u32 n)
{
	return parse_n(text, strlen(text), n);
}

/* @text of @len bytes parses into @n statements. */
static bool parses(const char *text, size_t len, u32 n)
{
	struct bss_conf *conf = parse_n(text, len, n);

	bss_conf_free(conf);
	return conf;
}

/* @text of @len bytes fails with @err and a message starting with @want. */
static void expect_n(const char *name, const char *text, size_t len, int err,
		     const char *want)
{
	struct bss_conf *conf = (struct bss_conf *)&conf;
	char msg[256];
	bool ok;
	int ret;

	ret = run(text, len, &conf, msg, sizeof(msg));
	ok = ret == err && !conf && !strncmp(msg, want, strlen(want)) &&
	     !strchr(msg, '\n');
	tap(ok, name);
	if (!ok)
		printf("# got %d '%s', want %d '%s'\n", ret, msg, err, want);
}

static void expect(const char *name, const char *text, int err,
		   const char *want)
{
	expect_n(name, text, strlen(text), err, want);
}

static bool param_is(const struct bss_conf_stmt *s, u32 i, const char *key,
		     const char *value)
{
	return i < s->nparams && !strcmp(s->params[i].key, key) &&
	       !strcmp(s->params[i].value, value);
}

static void test_empty(void)
{
	struct bss_conf *conf = NULL;
	char msg[8] = "z";

	tap(!bss_conf_parse(NULL, 0, FILE_NAME, &conf, msg, sizeof(msg)) &&
	    conf && !conf->nstmts && !msg[0], "NULL text: no statements");
	bss_conf_free(conf);
	conf = parse("", 0);
	tap(conf, "empty text: no statements");
	bss_conf_free(conf);
	conf = parse("\n\n\x20\x20\n\t\n# comment\n\x20\t# indented comment\n#", 0);
	tap(conf, "blank lines, tabs and comments: no statements");
	bss_conf_free(conf);
	bss_conf_free(NULL);
}

static void test_provide(void)
{
	struct bss_conf *conf;
	const struct bss_conf_stmt *s;

	conf = parse("provide log logger\n\nprovide pci-bus Pci_Bus2 shared\n",
		     2);
	s = conf ? conf->stmts : NULL;
	tap(s && s[0].kind == BSS_CONF_PROVIDE && s[0].line == 1 &&
	    !strcmp(s[0].service, "log") && !strcmp(s[0].image, "logger") &&
	    !s[0].shared && !s[0].name[0] && !s[0].nparams && !s[0].path[0],
	    "provide SERVICE IMAGE");
	tap(s && s[1].kind == BSS_CONF_PROVIDE && s[1].line == 3 &&
	    !strcmp(s[1].service, "pci-bus") &&
	    !strcmp(s[1].image, "Pci_Bus2") && s[1].shared,
	    "provide SERVICE IMAGE shared");
	bss_conf_free(conf);
}

static void test_start(void)
{
	struct bss_conf *conf;
	const struct bss_conf_stmt *s;

	conf = parse("start logger\n"
		     "start netstack as net0\n"
		     "start netstack as net1 mtu=1500 opts=csum=on,x=y path=a/b:c\n"
		     "start _x as=1\n"
		     "start y as as\n", 5);
	s = conf ? conf->stmts : NULL;
	tap(s && s[0].kind == BSS_CONF_START && s[0].line == 1 &&
	    !strcmp(s[0].image, "logger") && !strcmp(s[0].name, "logger") &&
	    !s[0].nparams && !s[0].service[0] && !s[0].shared,
	    "start IMAGE: NAME defaults to IMAGE");
	tap(s && !strcmp(s[1].image, "netstack") && !strcmp(s[1].name, "net0") &&
	    !s[1].nparams && s[1].line == 2, "start IMAGE as NAME");
	tap(s && !strcmp(s[2].name, "net1") && s[2].nparams == 3 &&
	    param_is(&s[2], 0, "mtu", "1500") &&
	    param_is(&s[2], 1, "opts", "csum=on,x=y") &&
	    param_is(&s[2], 2, "path", "a/b:c"),
	    "start IMAGE as NAME KEY=VALUE...: '=' inside a VALUE");
	tap(s && !strcmp(s[3].name, "_x") && param_is(&s[3], 0, "as", "1") &&
	    !strcmp(s[4].name, "as") && !s[4].nparams,
	    "'as' is a keyword only in second position");
	bss_conf_free(conf);
	conf = parse("start a k1=1 k2=2 k3=3 k4=4 k5=5 k6=6 k7=7 k8=~!$%^&*()\n",
		     1);
	tap(conf && conf->stmts[0].nparams == 8 &&
	    param_is(&conf->stmts[0], 7, "k8", "~!$%^&*()"),
	    "start with 8 parameters");
	bss_conf_free(conf);
}

static void test_include_driver(void)
{
	struct bss_conf *conf;
	const struct bss_conf_stmt *s;

	conf = parse("include drivers/net.conf\n"
		     "include ./a/..b/c..\n"
		     "driver pci 10ec:8139 drivers/rtl8139.conf\n"
		     "driver pci 8086:100E:02aB0f e1000.conf\n", 4);
	s = conf ? conf->stmts : NULL;
	tap(s && s[0].kind == BSS_CONF_INCLUDE && s[0].line == 1 &&
	    !strcmp(s[0].path, "drivers/net.conf") && !s[0].image[0],
	    "include FILE");
	tap(s && !strcmp(s[1].path, "./a/..b/c.."),
	    "include: '.' and names starting or ending in '..' are fine");
	tap(s && s[2].kind == BSS_CONF_DRIVER && s[2].line == 3 &&
	    s[2].vendor == 0x10ec && s[2].device == 0x8139 && !s[2].has_class &&
	    !s[2].class && !strcmp(s[2].path, "drivers/rtl8139.conf"),
	    "driver pci VENDOR:DEVICE FILE");
	tap(s && s[3].vendor == 0x8086 && s[3].device == 0x100e &&
	    s[3].has_class && s[3].class == 0x02ab0f &&
	    !strcmp(s[3].path, "e1000.conf"),
	    "driver pci VENDOR:DEVICE:CLASS FILE, mixed case hex");
	bss_conf_free(conf);
}

/* The example of docs/config.md. */
static const char example[] =
	"# graph.conf: an RTL-8139 network stack\n"
	"provide log     logger  shared      # one logger for everything here\n"
	"provide timer   timer               # each requester gets its own timer\n"
	"provide pci-bus pcibus  shared\n"
	"\n"
	"start logger                        # the instance name is \"logger\"\n"
	"start netstack as net0 mtu=1500 addr=10.0.2.15/24 opts=csum=on\n"
	"\n"
	"include drivers/net.conf            # its rules scope what it starts\n"
	"\n"
	"# the driver database: PCI IDs -> configuration file\n"
	"driver pci 10ec:8139        drivers/rtl8139.conf\n"
	"driver pci 10EC:8139:020000 drivers/rtl8139.conf";

static void test_layout(void)
{
	struct bss_conf *conf;
	const struct bss_conf_stmt *s;

	conf = parse(example, 8);
	s = conf ? conf->stmts : NULL;
	tap(s && s[0].line == 2 && s[2].line == 4 && s[3].line == 6 &&
	    s[4].line == 7 && s[5].line == 9 && s[6].line == 12 &&
	    s[7].line == 13 && s[7].has_class && s[7].class == 0x020000 &&
	    param_is(&s[4], 1, "addr", "10.0.2.15/24"),
	    "docs/config.md example: line numbers, no final newline");
	bss_conf_free(conf);
	conf = parse("\t provide\tlog\t \tlogger\tshared#c\n"
		     "start a k=v#x=y\n"
		     "  include f#\n", 3);
	s = conf ? conf->stmts : NULL;
	tap(s && s[0].shared && !strcmp(s[0].image, "logger") &&
	    s[1].nparams == 1 && param_is(&s[1], 0, "k", "v") &&
	    !strcmp(s[2].path, "f") && s[2].line == 3,
	    "tabs, indentation, '#' ends a token");
	bss_conf_free(conf);
	conf = parse("# caf\xc3\xa9 \x80\xff\nstart x\n", 1);
	tap(conf && conf->stmts[0].line == 2,
	    "bytes >= 0x80 allowed in a comment");
	bss_conf_free(conf);
}

static void test_statement_errors(void)
{
	expect("unknown statement", "provide a b\n\n  provid x y\n", -EINVAL,
	       "t.conf:3:3: unknown statement 'provid'");
	expect("keywords are lower case", "Start x", -EINVAL,
	       "t.conf:1:1: unknown statement 'Start'");
	expect("not a statement at all", "= x", -EINVAL,
	       "t.conf:1:1: unknown statement '='");
	expect("first error wins", "start a\nstart 1\nbogus\n", -EINVAL,
	       "t.conf:2:7: expected IMAGE, got '1'");
	expect("error after good statements frees them", "start a\nstart b\nx",
	       -EINVAL, "t.conf:3:1: unknown statement 'x'");
}

static void test_provide_errors(void)
{
	expect("provide: missing SERVICE", "provide", -EINVAL,
	       "t.conf:1:8: missing SERVICE");
	expect("provide: missing IMAGE, comment", "provide log   # x", -EINVAL,
	       "t.conf:1:12: missing IMAGE");
	expect("provide: SERVICE starts with a digit", "provide 9log x", -EINVAL,
	       "t.conf:1:9: expected SERVICE, got '9log'");
	expect("provide: IMAGE with a dot", "provide log a.b", -EINVAL,
	       "t.conf:1:13: expected IMAGE, got 'a.b'");
	expect("provide: misspelt 'shared'", "provide log logger sharde",
	       -EINVAL,
	       "t.conf:1:20: expected 'shared' or end of line, got 'sharde'");
	expect("provide: trailing garbage", "provide log logger shared x",
	       -EINVAL, "t.conf:1:27: unexpected 'x' after the statement");
	expect("provide: duplicate SERVICE", "provide log a\n provide log b",
	       -EINVAL,
	       "t.conf:2:2: duplicate provide for service 'log' (first at line 1)");
}

static void test_start_errors(void)
{
	expect("start: missing IMAGE", "start  ", -EINVAL,
	       "t.conf:1:6: missing IMAGE");
	expect("start: missing NAME", "start a as", -EINVAL,
	       "t.conf:1:11: missing NAME");
	expect("start: bad NAME", "start a as k=v", -EINVAL,
	       "t.conf:1:12: expected NAME, got 'k=v'");
	expect("start: parameter without '='", "start a k=v b", -EINVAL,
	       "t.conf:1:13: expected KEY=VALUE, got 'b'");
	expect("start: empty KEY", "start a =v", -EINVAL,
	       "t.conf:1:9: expected KEY, got ''");
	expect("start: bad KEY", "start a k-1=2 1k=v", -EINVAL,
	       "t.conf:1:15: expected KEY, got '1k'");
	expect("start: empty VALUE", "start a mtu=", -EINVAL,
	       "t.conf:1:13: missing VALUE");
	expect("start: non-ASCII VALUE", "start a k=caf\xc3\xa9", -EINVAL,
	       "t.conf:1:11: expected VALUE (printable ASCII), got 'caf?\?'");
	expect("start: duplicate KEY", "start a mtu=1 x=2 mtu=3", -EINVAL,
	       "t.conf:1:19: duplicate parameter 'mtu'");
	expect("start: 9 parameters",
	       "start a a=1 b=2 c=3 d=4 e=5 f=6 g=7 h=8 i=9", -E2BIG,
	       "t.conf:1:41: too many parameters: limit 8");
	expect("start: duplicate default name", "start store\n\nstart store",
	       -EINVAL,
	       "t.conf:3:1: duplicate instance name 'store' (first at line 1)");
	expect("start: duplicate name given with as",
	       "start a as store\nstart store k=v", -EINVAL,
	       "t.conf:2:1: duplicate instance name 'store' (first at line 1)");
	tap(parses("start store\nstart store as store2\n", 34, 2),
	    "start: the same IMAGE under two NAMEs");
}

static void test_path_errors(void)
{
	expect("include: missing FILE", "include", -EINVAL,
	       "t.conf:1:8: missing FILE");
	expect("include: absolute path", "include /etc/x.conf", -EINVAL,
	       "t.conf:1:9: absolute path '/etc/x.conf' not allowed");
	expect("include: leading '..'", "include ../x.conf", -EINVAL,
	       "t.conf:1:9: '..' in path '../x.conf' not allowed");
	expect("include: inner '..'", "include a/../../x", -EINVAL,
	       "t.conf:1:9: '..' in path 'a/../../x' not allowed");
	expect("include: trailing '..'", "include a/..", -EINVAL,
	       "t.conf:1:9: '..' in path 'a/..' not allowed");
	expect("include: empty component", "include a//b", -EINVAL,
	       "t.conf:1:9: empty component in path 'a//b'");
	expect("include: trailing '/'", "include a/", -EINVAL,
	       "t.conf:1:9: empty component in path 'a/'");
	expect("include: bad character", "include a*b", -EINVAL,
	       "t.conf:1:9: expected FILE, got 'a*b'");
	expect("include: two FILEs", "include a b", -EINVAL,
	       "t.conf:1:11: unexpected 'b' after the statement");
}

static void test_driver_errors(void)
{
	expect("driver: missing bus", "driver", -EINVAL,
	       "t.conf:1:7: missing bus 'pci'");
	expect("driver: unknown bus", "driver usb 10ec:8139 f", -EINVAL,
	       "t.conf:1:8: unknown bus 'usb', expected 'pci'");
	expect("driver: missing IDs", "driver pci", -EINVAL,
	       "t.conf:1:11: missing VENDOR:DEVICE[:CLASS]");
	expect("driver: short DEVICE", "driver pci 10ec:81 f", -EINVAL,
	       "t.conf:1:12: expected VENDOR:DEVICE[:CLASS], got '10ec:81'");
	expect("driver: no colon", "driver pci 10ec08139 f", -EINVAL,
	       "t.conf:1:12: expected VENDOR:DEVICE[:CLASS], got '10ec08139'");
	expect("driver: bad hex", "driver pci 10ec:813g f", -EINVAL,
	       "t.conf:1:12: expected VENDOR:DEVICE[:CLASS], got '10ec:813g'");
	expect("driver: hex with 0x", "driver pci 0x10:8139 f", -EINVAL,
	       "t.conf:1:12: expected VENDOR:DEVICE[:CLASS], got '0x10:8139'");
	expect("driver: 5-digit CLASS", "driver pci 10ec:8139:02000 f", -EINVAL,
	       "t.conf:1:12: expected VENDOR:DEVICE[:CLASS], got '10ec:8139:02000'");
	expect("driver: 7-digit CLASS", "driver pci 10ec:8139:0200000 f",
	       -EINVAL,
	       "t.conf:1:12: expected VENDOR:DEVICE[:CLASS], got '10ec:8139:0200000'");
	expect("driver: CLASS after '-'", "driver pci 10ec:8139-020000 f",
	       -EINVAL,
	       "t.conf:1:12: expected VENDOR:DEVICE[:CLASS], got '10ec:8139-020000'");
	expect("driver: missing FILE", "driver pci 10ec:8139", -EINVAL,
	       "t.conf:1:21: missing FILE");
	expect("driver: absolute FILE", "driver pci 10ec:8139 /f", -EINVAL,
	       "t.conf:1:22: absolute path '/f' not allowed");
	expect("driver: trailing garbage", "driver pci 10ec:8139 f g", -EINVAL,
	       "t.conf:1:24: unexpected 'g' after the statement");
}

static void test_bytes(void)
{
	expect_n("NUL byte in a statement", "start a\nstart b\0c", 17, -EINVAL,
		 "t.conf:2:8: NUL byte");
	expect_n("NUL byte in a comment", "# a\0", 4, -EINVAL,
		 "t.conf:1:4: NUL byte");
	expect("CRLF line ending", "start a\r\n", -EINVAL,
	       "t.conf:1:8: control character 0x0d (CRLF line ending?)");
	expect("control character in a comment", "start a # \x1b[0m", -EINVAL,
	       "t.conf:1:11: control character 0x1b");
	expect("DEL", "start a\x7f", -EINVAL,
	       "t.conf:1:8: control character 0x7f");
}

/* "start aaa...": the IMAGE has @n characters. */
static char *long_image(size_t n)
{
	char *s = malloc(n + 7);

	if (!s)
		abort();
	memcpy(s, "start ", 6);
	memset(s + 6, 'a', n);
	s[n + 6] = '\0';
	return s;
}

static void test_token_limits(void)
{
	char buf[512], want[256];
	char *s;

	s = long_image(BSS_CONF_NAME - 1);
	tap(parses(s, strlen(s), 1), "IMAGE of 55 characters");
	free(s);
	s = long_image(BSS_CONF_NAME);
	expect("IMAGE of 56 characters", s, -E2BIG,
	       "t.conf:1:7: IMAGE 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...' too long: 56 characters, limit 55");
	free(s);
	snprintf(buf, sizeof(buf), "start x k=%0*d", BSS_CONF_VALUE - 1, 0);
	tap(parses(buf, strlen(buf), 1), "VALUE of 127 characters");
	snprintf(buf, sizeof(buf), "start x k=%0*d", BSS_CONF_VALUE, 0);
	expect("VALUE of 128 characters", buf, -E2BIG,
	       "t.conf:1:11: VALUE too long: 128 characters, limit 127");
	snprintf(buf, sizeof(buf), "start x %.*s=1", BSS_CONF_NAME,
		 "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk");
	expect("KEY of 56 characters", buf, -E2BIG, "t.conf:1:9: KEY '");
	snprintf(buf, sizeof(buf), "include %0*d", BSS_CONF_PATH - 1, 0);
	tap(parses(buf, strlen(buf), 1), "FILE of 127 characters");
	snprintf(buf, sizeof(buf), "driver pci 10ec:8139 %0*d", BSS_CONF_PATH, 0);
	snprintf(want, sizeof(want),
		 "t.conf:1:22: FILE '%0*d...' too long: 128 characters, limit 127",
		 44, 0);
	expect("FILE of 128 characters", buf, -E2BIG, want);
}

/* @n copies of @line. */
static char *repeat(const char *line, size_t n, size_t *len)
{
	size_t l = strlen(line), i;
	char *s = malloc(n * l + 1);

	if (!s)
		abort();
	for (i = 0; i < n; i++)
		memcpy(s + i * l, line, l);
	s[n * l] = '\0';
	*len = n * l;
	return s;
}

static void test_text_limits(void)
{
	struct bss_conf *conf;
	char *s, want[64];
	size_t len, n;

	s = malloc(BSS_CONF_MAX_STMTS * 16);
	if (!s)
		abort();
	for (len = 0, n = 0; n < BSS_CONF_MAX_STMTS + 1; n++)
		len += sprintf(s + len, "start s%zu\n", n);
	conf = parse_n(s, len - strlen("start s256\n"), BSS_CONF_MAX_STMTS);
	tap(conf && conf->stmts[255].line == 256 &&
	    !strcmp(conf->stmts[255].name, "s255"), "256 statements");
	bss_conf_free(conf);
	expect_n("257 statements", s, len, -E2BIG,
		 "t.conf:257:1: too many statements: limit 256");
	s[5 * 9 + 7] = '4';	/* line 6: "start s4" again */
	expect_n("257 statements: an earlier error comes first", s, len,
		 -EINVAL, "t.conf:6:1: duplicate instance name 's4'");
	free(s);

	s = repeat("#", BSS_CONF_MAX_LINE + 1, &len);
	tap(parses(s, len - 1, 0), "line of 4096 characters");
	expect_n("line of 4097 characters", s, len, -E2BIG,
		 "t.conf:1:4097: line too long: 4097 characters, limit 4096");
	free(s);

	s = repeat("#234567\n", BSS_CONF_MAX_TEXT / 8, &len);
	tap(len == BSS_CONF_MAX_TEXT && parses(s, len, 0), "text of 64 KiB");
	free(s);
	s = repeat("#", BSS_CONF_MAX_TEXT + 1, &len);
	snprintf(want, sizeof(want), "t.conf: text too large: %d bytes, limit %d",
		 BSS_CONF_MAX_TEXT + 1, BSS_CONF_MAX_TEXT);
	expect_n("text of 64 KiB + 1", s, len, -E2BIG, want);
	free(s);
}

static void test_api(void)
{
	struct bss_conf *conf = NULL;
	char msg[16], name[200];

	memset(msg, 'z', sizeof(msg));
	run("bogus", 5, &conf, msg, 8);
	tap(!strcmp(msg, "t.conf:") && msg[8] == 'z',
	    "message truncated to msglen, NUL-terminated");
	memset(msg, 'z', sizeof(msg));
	tap(run("bogus", 5, &conf, msg, 0) == -EINVAL && msg[0] == 'z' && !conf,
	    "msglen 0 writes nothing");
	tap(run("bogus", 5, &conf, NULL, 99) == -EINVAL && !conf,
	    "NULL msg is fine");
	tap(bss_conf_parse("x", 1, NULL, NULL, msg, sizeof(msg)) == -EINVAL,
	    "NULL out: -EINVAL");
	tap(bss_conf_parse("x", 1, NULL, &conf, name, sizeof(name)) == -EINVAL &&
	    !strcmp(name, "<config>:1:1: unknown statement 'x'"),
	    "NULL file: messages say <config>");
	tap(!bss_conf_parse("", 0, "a\nb\x1b", &conf, name, sizeof(name)) &&
	    !strcmp(conf->file, "a?b?"), "file name made printable");
	bss_conf_free(conf);
	memset(name, 'f', sizeof(name) - 1);
	name[sizeof(name) - 1] = '\0';
	tap(!bss_conf_parse("", 0, name, &conf, msg, sizeof(msg)) &&
	    strlen(conf->file) == BSS_CONF_PATH - 1 &&
	    !strcmp(conf->file + BSS_CONF_PATH - 4, "..."),
	    "long file name cut with ...");
	bss_conf_free(conf);
	fail_alloc = true;
	expect("allocation failure", "start a\nstart b", -ENOMEM,
	       "t.conf: out of memory (2 statements)");
	fail_alloc = false;
}

static unsigned long long rng = 0x9e3779b97f4a7c15ULL;

static unsigned int rnd(unsigned int n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng % n;
}

static bool terminated(const char *s, size_t size)
{
	return strnlen(s, size) < size;
}

static bool stmt_sane(const struct bss_conf_stmt *s)
{
	u32 i;

	if (s->nparams > BSS_CONF_MAX_PARAMS || !s->line ||
	    !terminated(s->service, sizeof(s->service)) ||
	    !terminated(s->image, sizeof(s->image)) ||
	    !terminated(s->name, sizeof(s->name)) ||
	    !terminated(s->path, sizeof(s->path)))
		return false;
	for (i = 0; i < s->nparams; i++)
		if (!s->params[i].key[0] || !s->params[i].value[0] ||
		    !terminated(s->params[i].key, sizeof(s->params[i].key)) ||
		    !terminated(s->params[i].value, sizeof(s->params[i].value)))
			return false;
	return true;
}

/* One random corruption of @src: the contract holds whatever the result. */
static bool mutate_once(const char *src, size_t len, char *m)
{
	static const char pool[] = " \t\n#=:/.a0-_x";
	struct bss_conf *conf = NULL;
	char msg[96];
	int k, ret;
	u32 i;

	memcpy(m, src, len);
	for (k = 1 + rnd(4); k; k--)
		m[rnd(len)] = rnd(3) ? pool[rnd(sizeof(pool) - 1)] : (char)rnd(256);
	ret = run(m, len - (rnd(8) ? 0 : rnd(len)), &conf, msg, sizeof(msg));
	if (ret)
		return (ret == -EINVAL || ret == -E2BIG) && !conf &&
		       !strncmp(msg, FILE_NAME ":", 7) && !strchr(msg, '\n');
	for (i = 0; i < conf->nstmts; i++)
		if (!stmt_sane(&conf->stmts[i]))
			ret = -1;
	bss_conf_free(conf);
	return !ret && !msg[0];
}

static void test_random(void)
{
	size_t len = strlen(example);
	char *m = malloc(len);
	int i, bad = 0;

	if (!m)
		abort();
	for (i = 0; i < 50000; i++)
		bad += !mutate_once(example, len, m);
	tap(!bad, "50000 random corruptions: only 0/-EINVAL/-E2BIG, sane result");
	free(m);
}

int main(void)
{
	printf("TAP version 13\n");
	test_empty();
	test_provide();
	test_start();
	test_include_driver();
	test_layout();
	test_statement_errors();
	test_provide_errors();
	test_start_errors();
	test_path_errors();
	test_driver_errors();
	test_bytes();
	test_token_limits();
	test_text_limits();
	test_api();
	test_random();
	printf("1..%d\n", ntests);
	return nfailed ? 1 : 0;
}
