// SPDX-License-Identifier: GPL-2.0
/*
 * Validation of a server description before any of its code runs: every
 * pointer lies inside the server's own module (code pointers in its text),
 * every count is bounded, every signature well formed, every import and
 * system call known. Messages name the field that is wrong.
 */
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/static_call_types.h>

#include <linux/bss.h>

#include "validate.h"

static __printf(3, 4) int fail(struct bss_vctx *v, int err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(v->msg, v->msglen, fmt, ap);
	va_end(ap);
	return err;
}

/*
 * Descriptions must lie in the module's core: its init sections are freed
 * once the module's init returns, and the runtime reads them for as long
 * as the image is registered.
 */
static bool in_mod(struct bss_vctx *v, const void *p, size_t len)
{
	unsigned long a = (unsigned long)p;

	if (!p || a + len < a)
		return false;
	return within_module_core(a, v->mod) && within_module_core(a + len - 1, v->mod);
}

/**
 * bss_module_text() - is an address in a module's core text?
 * @mod: the module
 * @a: the address
 *
 * Return: true when @a lies in @mod's core (not init) text.
 */
bool bss_module_text(const struct module *mod, unsigned long a)
{
/*
 * Linux 6.4 replaced struct module_layout (core_layout) with struct
 * module_memory mem[MOD_*]; for_each_mod_mem_type() came in the same change,
 * so it tells the two layouts apart without a version check.
 */
#ifdef for_each_mod_mem_type
	const struct module_memory *m = &mod->mem[MOD_TEXT];

	return a - (unsigned long)m->base < m->size;
#else
	return a - (unsigned long)mod->core_layout.base < mod->core_layout.text_size;
#endif
}

/* Code pointers must land in the module's core text, nowhere else. */
static bool in_text(struct bss_vctx *v, const void *fn)
{
	return fn && bss_module_text(v->mod, (unsigned long)fn);
}

static int check_str(struct bss_vctx *v, const char *s, const char *what)
{
	size_t i;

	for (i = 0; i < BSS_NAME_LEN; i++) {
		if (!in_mod(v, s + i, 1))
			return fail(v, -EFAULT, "%s: string outside the module's core", what);
		if (!s[i])
			return i ? 0 : fail(v, -EINVAL, "%s: empty string", what);
		/* Names go into messages and user space as they are. */
		if (s[i] < 0x20 || s[i] > 0x7e)
			return fail(v, -EINVAL, "%s: byte 0x%02x at %zu is not printable", what,
				    (u8)s[i], i);
	}
	return fail(v, -ENAMETOOLONG, "%s: string longer than %d", what,
		    BSS_NAME_LEN - 1);
}

/* A reference kind names its service; every other kind has none. */
static bool svc_fits(u8 kind, u32 svc)
{
	return kind == BSS_T_REF ? svc != 0 : svc == 0;
}

static int check_ret(struct bss_vctx *v, const struct bss_sig *s, const char *what)
{
	if (s->ret != BSS_T_NONE && s->ret != BSS_T_U32 &&
	    s->ret != BSS_T_U64 && s->ret != BSS_T_REF)
		return fail(v, -EINVAL, "%s: return kind %u not allowed", what, s->ret);
	if (!svc_fits(s->ret, s->ret_svc))
		return fail(v, -EINVAL, "%s: return service ID 0x%x does not fit kind %u",
			    what, s->ret_svc, s->ret);
	return 0;
}

static bool is_block(u8 k)
{
	return k == BSS_T_IN || k == BSS_T_OUT || k == BSS_T_INOUT;
}

/* What the signature's flags must say; the call path trusts them. */
static u16 derived_flags(const struct bss_sig *s)
{
	unsigned int i;

	if (s->ret == BSS_T_REF)
		return BSS_SIG_SPECIAL;
	for (i = 0; i < s->nargs && i < BSS_MAX_ARGS; i++)
		if (s->arg[i] != BSS_T_U32 && s->arg[i] != BSS_T_U64)
			return BSS_SIG_SPECIAL;
	return 0;
}

int bss_validate_sig(struct bss_vctx *v, const struct bss_sig *s, const char *what)
{
	unsigned int i;
	u8 k;

	if (s->nargs > BSS_MAX_ARGS)
		return fail(v, -E2BIG, "%s: %u arguments, at most %d", what,
			    s->nargs, BSS_MAX_ARGS);
	for (i = 0; i < BSS_MAX_ARGS; i++) {
		k = s->arg[i];
		if (i >= s->nargs ? k != BSS_T_NONE : k == BSS_T_NONE || k >= BSS_T_MAX)
			return fail(v, -EINVAL, "%s: argument %u has kind %u", what, i, k);
		if (!svc_fits(k, s->arg_svc[i]))
			return fail(v, -EINVAL,
				    "%s: argument %u service ID 0x%x does not fit kind %u",
				    what, i, s->arg_svc[i], k);
		if (is_block(k) && (i + 1 >= s->nargs || s->arg[i + 1] != BSS_T_SIZE))
			return fail(v, -EINVAL, "%s: block argument %u has no size after it",
				    what, i);
		if (k == BSS_T_SIZE && (!i || !is_block(s->arg[i - 1])))
			return fail(v, -EINVAL, "%s: size argument %u follows no block",
				    what, i);
	}
	if (s->flags != derived_flags(s))
		return fail(v, -EINVAL, "%s: flags 0x%x, signature says 0x%x", what,
			    s->flags, derived_flags(s));
	return check_ret(v, s, what);
}

static int check_service(struct bss_vctx *v, const struct bss_service *svc,
			 const char *what)
{
	char buf[96];
	u32 i;
	int ret;

	if (!in_mod(v, svc, sizeof(*svc)))
		return fail(v, -EFAULT, "%s: service descriptor outside the module's core", what);
	if (svc->id == BSS_SVC_SYSTEM)
		return fail(v, -EINVAL, "%s: service ID 0 is the system's", what);
	if (svc->flags & ~BSS_SVC_ATOMIC)
		return fail(v, -EINVAL, "%s: service 0x%x has unknown flags 0x%x", what,
			    svc->id, svc->flags & ~BSS_SVC_ATOMIC);
	if (!svc->nfns || svc->nfns > BSS_MAX_FNS)
		return fail(v, -E2BIG, "%s: service 0x%x has %u functions (1..%d)",
			    what, svc->id, svc->nfns, BSS_MAX_FNS);
	ret = check_str(v, svc->name, what);
	if (ret)
		return ret;
	if (!in_mod(v, svc->sigs, svc->nfns * sizeof(*svc->sigs)) ||
	    !in_mod(v, svc->fn_names, svc->nfns * sizeof(*svc->fn_names)))
		return fail(v, -EFAULT, "%s: service %s tables outside the module's core",
			    what, svc->name);
	for (i = 0; i < svc->nfns; i++) {
		snprintf(buf, sizeof(buf), "%s: %s function %u", what, svc->name, i);
		ret = check_str(v, svc->fn_names[i], buf) ?:
		      bss_validate_sig(v, &svc->sigs[i], buf);
		if (ret)
			return ret;
	}
	return 0;
}

static int check_impl(struct bss_vctx *v, const struct bss_impl *impl,
		      bool local, const char *what)
{
	u32 i;
	int ret;

	if (!in_mod(v, impl, sizeof(*impl)))
		return fail(v, -EFAULT, "%s: outside the module's core", what);
	ret = check_service(v, impl->svc, what);
	if (ret)
		return ret;
	/* Below BSS_SVC_IMPL_MIN: the kernel servers' own services. */
	if (impl->svc->id < BSS_SVC_IMPL_MIN)
		return fail(v, -EINVAL, "%s: service ID 0x%x is reserved for kernel servers",
			    what, impl->svc->id);
	if (!in_mod(v, impl->entries, impl->svc->nfns * sizeof(*impl->entries)))
		return fail(v, -EFAULT, "%s: entry table outside the module's core", what);
	for (i = 0; i < impl->svc->nfns; i++)
		if (!in_text(v, impl->entries[i]))
			return fail(v, -EFAULT, "%s: entry %u (%s) is not in the module's code",
				    what, i, impl->svc->fn_names[i]);
	if (local ? !in_text(v, impl->dtor) : !!impl->dtor)
		return fail(v, -EINVAL, "%s: destructor %s", what,
			    local ? "not in the module's code" : "set on a main service");
	return 0;
}

static int check_hooks(struct bss_vctx *v, const struct bss_image_desc *d)
{
	if (d->ctor && !in_text(v, d->ctor))
		return fail(v, -EFAULT, "ctor: not in the module's code");
	if (d->dtor && !in_text(v, d->dtor))
		return fail(v, -EFAULT, "dtor: not in the module's code");
	if (d->weak_dead && !in_text(v, d->weak_dead))
		return fail(v, -EFAULT, "weak_dead: not in the module's code");
	return 0;
}

static int check_limits(struct bss_vctx *v, const struct bss_image_desc *d)
{
	if (d->priv_size > BSS_MAX_PRIV)
		return fail(v, -E2BIG, "priv_size: %u exceeds %d", d->priv_size, BSS_MAX_PRIV);
	if (d->stack_need > BSS_MAX_STACK)
		return fail(v, -E2BIG, "stack_need: %u exceeds %d", d->stack_need,
			    BSS_MAX_STACK);
	if (d->attrs & ~BSS_ATTR_MASK)
		return fail(v, -EINVAL, "attrs: unknown bits 0x%x", d->attrs & ~BSS_ATTR_MASK);
	if ((d->attrs & BSS_ATTR_THREAD_SAFE) && (d->attrs & BSS_ATTR_SERIALIZED))
		return fail(v, -EINVAL, "attrs: both thread-safe and serialized");
	if (d->nrequired > BSS_MAX_REQUIRED)
		return fail(v, -E2BIG, "nrequired: %u exceeds %d", d->nrequired,
			    BSS_MAX_REQUIRED);
	if (d->nimports > BSS_MAX_IMPORTS)
		return fail(v, -E2BIG, "nimports: %u exceeds %d", d->nimports,
			    BSS_MAX_IMPORTS);
	if (d->nlocals > BSS_MAX_LOCALS)
		return fail(v, -E2BIG, "nlocals: %u exceeds %d", d->nlocals, BSS_MAX_LOCALS);
	return 0;
}

static int check_required(struct bss_vctx *v, const struct bss_image_desc *d)
{
	u32 i;

	if (d->nrequired && !in_mod(v, d->required, d->nrequired * sizeof(u32)))
		return fail(v, -EFAULT, "required: table outside the module's core");
	for (i = 0; i < d->nrequired; i++)
		if (d->required[i] == BSS_SVC_SYSTEM)
			return fail(v, -EINVAL, "required[%u]: service ID 0 is the system's", i);
	return 0;
}

/*
 * A service function's import: its flags are what the call path reads, and
 * its static call is what binding patches (bind.c), so both must be right.
 */
static int check_import_call(struct bss_vctx *v, const struct bss_import *imp,
			     const char *what)
{
	u16 want;

	if (imp->fn >= imp->svc->nfns)
		return fail(v, -EINVAL, "%s: function %u of %s does not exist",
			    what, imp->fn, imp->svc->name);
	want = derived_flags(&imp->svc->sigs[imp->fn]);
	if (imp->flags != want)
		return fail(v, -EINVAL, "%s: %s.%s: flags 0x%x, its signature says 0x%x",
			    what, imp->svc->name, imp->svc->fn_names[imp->fn], imp->flags, want);
	if (!in_mod(v, imp->key, sizeof(*imp->key)) ||
	    !bss_module_text(v->mod, (unsigned long)imp->tramp))
		return fail(v, -EFAULT, "%s: %s.%s: static call outside the module's core",
			    what, imp->svc->name, imp->svc->fn_names[imp->fn]);
	return 0;
}

static int check_imports(struct bss_vctx *v, const struct bss_image_desc *d)
{
	const struct bss_import *imp;
	char what[48];
	u32 i;
	int ret;

	if (d->nimports && !in_mod(v, d->imports, d->nimports * sizeof(*imp)))
		return fail(v, -EFAULT, "imports: table outside the module's core");
	for (i = 0; i < d->nimports; i++) {
		imp = &d->imports[i];
		snprintf(what, sizeof(what), "import %u", i);
		if (!imp->svc) {
			if (imp->fn >= BSS_SYS_MAX)
				return fail(v, -EINVAL, "%s: unknown system call %u", what,
					    imp->fn);
			if (imp->key || imp->tramp)
				return fail(v, -EINVAL, "%s: a system call has no static call",
					    what);
			continue;
		}
		ret = check_service(v, imp->svc, what) ?: check_import_call(v, imp, what);
		if (ret)
			return ret;
	}
	return 0;
}

static int check_locals(struct bss_vctx *v, const struct bss_image_desc *d)
{
	char what[32];
	u32 i;
	int ret;

	if (d->nlocals && !in_mod(v, d->locals, d->nlocals * sizeof(*d->locals)))
		return fail(v, -EFAULT, "locals: table outside the module's core");
	for (i = 0; i < d->nlocals; i++) {
		snprintf(what, sizeof(what), "local class %u", i);
		ret = check_impl(v, &d->locals[i], true, what);
		if (ret)
			return ret;
	}
	return 0;
}

int bss_validate_desc(struct bss_vctx *v, const struct bss_image_desc *d)
{
	int ret;

	if (!in_mod(v, d, sizeof(*d)))
		return fail(v, -EFAULT, "description outside the module's core");
	if (d->magic != BSS_DESC_MAGIC)
		return fail(v, -ENOEXEC, "magic: 0x%08x, expected 0x%08x", d->magic,
			    BSS_DESC_MAGIC);
	if (d->abi != BSS_DESC_ABI)
		return fail(v, -ENOEXEC, "abi: %u, runtime speaks %d", d->abi, BSS_DESC_ABI);
	ret = check_str(v, d->name, "name");
	if (ret)
		return ret;
	if (strcmp(d->name, v->mod->name))
		return fail(v, -EINVAL, "name: '%s' is not the module's name '%s'",
			    d->name, v->mod->name);
	return check_limits(v, d) ?: check_hooks(v, d) ?:
	       check_impl(v, d->impl, false, "service") ?: check_locals(v, d) ?:
	       check_required(v, d) ?: check_imports(v, d);
}
