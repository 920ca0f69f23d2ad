// SPDX-License-Identifier: GPL-2.0
/*
 * Function signatures of an instance's service (BSS_IOC_FN_LIST): looking a
 * function up by index or name, and spelling kinds the way the service
 * catalogue (servers/services.cat) does: u32, u64, ref:SERVICE, in, out,
 * inout and void.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "bssctl.h"

/* Service IDs to names, from the loaded images and live instances. */
struct svc_name {
	unsigned int id;
	char name[BSS_NAME_LEN];
};

static struct svc_name *svc_names;
static unsigned int nsvc_names;
static bool svc_names_read;

static void svc_names_add(unsigned int id, const char *name)
{
	struct svc_name *n;
	unsigned int i;

	for (i = 0; i < nsvc_names; i++)
		if (svc_names[i].id == id)
			return;
	n = realloc(svc_names, (nsvc_names + 1) * sizeof(*n));
	if (!n)
		return;
	svc_names = n;
	svc_names[nsvc_names].id = id;
	snprintf(svc_names[nsvc_names].name, BSS_NAME_LEN, "%s", name);
	nsvc_names++;
}

/* Best effort: a service no image or instance names is printed as its ID. */
static void svc_names_read_all(void)
{
	struct bss_instance_info *inst;
	struct bss_image_info *img;
	unsigned int i, n;

	svc_names_read = true;
	if (!bss_list(BSS_IOC_IMAGE_LIST, 0, sizeof(*img), (void **)&img, &n, NULL)) {
		for (i = 0; i < n; i++)
			svc_names_add(img[i].service_id, img[i].service);
		free(img);
	}
	if (!bss_list(BSS_IOC_INSTANCE_LIST, 0, sizeof(*inst), (void **)&inst, &n, NULL)) {
		for (i = 0; i < n; i++)
			svc_names_add(inst[i].service_id, inst[i].service);
		free(inst);
	}
}

/* buf holds KIND_NAME_LEN bytes. */
const char *kind_name(unsigned int kind, unsigned int svc, char *buf)
{
	static const char * const names[] = {
		[KIND_NONE] = "void", [KIND_U32] = "u32", [KIND_U64] = "u64",
		[KIND_REF] = "ref", [KIND_IN] = "in", [KIND_OUT] = "out",
		[KIND_INOUT] = "inout", [KIND_SIZE] = "size",
	};
	unsigned int i;

	if (kind != KIND_REF) {
		if (kind < ARRAY_SIZE(names))
			return names[kind];
		snprintf(buf, KIND_NAME_LEN, "kind%u", kind);
		return buf;
	}
	if (!svc_names_read)
		svc_names_read_all();
	for (i = 0; i < nsvc_names; i++)
		if (svc_names[i].id == svc) {
			snprintf(buf, KIND_NAME_LEN, "ref:%s", svc_names[i].name);
			return buf;
		}
	snprintf(buf, KIND_NAME_LEN, "ref:0x%x", svc);
	return buf;
}

/* Arguments as the user gives them: a block and its size are one. */
unsigned int fn_user_args(const struct bss_fn_info *f)
{
	unsigned int i, n = 0;

	for (i = 0; i < f->nargs && i < BSS_ARGS; i++)
		n += f->arg[i] != KIND_SIZE;
	return n;
}

/* "u64, ref:echo": the user arguments' kinds. */
void fn_arg_list(const struct bss_fn_info *f, char *buf, size_t len)
{
	char kbuf[KIND_NAME_LEN];
	size_t off = 0;
	unsigned int i;

	buf[0] = 0;
	for (i = 0; i < f->nargs && i < BSS_ARGS && off < len; i++) {
		if (f->arg[i] == KIND_SIZE)
			continue;
		off += snprintf(buf + off, len - off, "%s%s", off ? ", " : "",
				kind_name(f->arg[i], f->arg_svc[i], kbuf));
	}
}

int fn_table_get(struct fn_table *t, unsigned int id)
{
	struct bss_instance_info *inst;
	unsigned int i, n;
	char what[32];

	memset(t, 0, sizeof(*t));
	t->id = id;
	snprintf(what, sizeof(what), "instance %u", id);
	if (bss_list(BSS_IOC_INSTANCE_LIST, 0, sizeof(*inst), (void **)&inst, &n,
		     "list instances"))
		return -1;
	for (i = 0; i < n && inst[i].id != id; i++)
		;
	if (i < n)
		snprintf(t->service, sizeof(t->service), "%s", inst[i].service);
	free(inst);
	if (i == n)
		return bss_err(0, "no instance %u", id);
	return bss_list(BSS_IOC_FN_LIST, id, sizeof(*t->fns), (void **)&t->fns,
			&t->n, what);
}

void fn_table_free(struct fn_table *t)
{
	free(t->fns);
	t->fns = NULL;
	t->n = 0;
}

/* FN is an index, a NAME or SERVICE.NAME; returns the index or -1. */
int fn_lookup(const struct fn_table *t, const char *fn)
{
	size_t slen = strlen(t->service);
	const char *name = fn;
	unsigned long idx;
	unsigned int i;
	char *end;

	if (fn[0] >= '0' && fn[0] <= '9') {
		errno = 0;
		idx = strtoul(fn, &end, 0);
		if (errno || *end)
			return bss_err(0, "function '%s' is not a number or name", fn);
		if (idx >= t->n)
			return bss_err(0, "instance %u (%s) has no function %lu; it has %u",
				       t->id, t->service, idx, t->n);
		return idx;
	}
	if (!strncmp(fn, t->service, slen) && fn[slen] == '.')
		name = fn + slen + 1;
	for (i = 0; i < t->n; i++)
		if (!strncmp(t->fns[i].name, name, BSS_NAME_LEN))
			return i;
	return bss_err(0, "instance %u (%s) has no function '%s'",
		       t->id, t->service, fn);
}
