# SPDX-License-Identifier: GPL-2.0
#
# Generate servers/include/bss/services.h from servers/services.cat.
# Usage: awk -f tools/catalogue/gen.awk servers/services.cat
function die(msg) {
	printf "%s:%d: %s\n", FILENAME, FNR, msg > "/dev/stderr"
	err = 1
	exit 1
}
function kind(t) {
	if (t == "void") return "BSS_T_NONE"
	if (t == "u32") return "BSS_T_U32"
	if (t == "u64") return "BSS_T_U64"
	if (t ~ /^ref:/) return "BSS_T_REF"
	if (t == "in") return "BSS_T_IN"
	if (t == "out") return "BSS_T_OUT"
	if (t == "inout") return "BSS_T_INOUT"
	die("unknown kind '" t "'")
}
function ctype(t) {
	if (t == "void") return "void"
	if (t == "u32") return "__u32"
	if (t == "u64" || t == "size") return "__u64"
	if (t ~ /^ref:/) return "bss_ref_t"
	if (t == "in") return "const void *"
	return "void *"
}
function refsvc(t,   s) {
	if (t !~ /^ref:/) return "0"
	s = substr(t, 5)
	if (!(s in id)) die("ref to unknown service '" s "'")
	return "BSS_SVC_" s
}
BEGIN { nsvc = 0 }
/^#/ || /^[ \t]*$/ { next }
$1 == "service" {
	if (NF != 3 && !(NF == 4 && $4 == "atomic")) die("usage: service NAME ID [atomic]")
	if ($2 in id) die("duplicate service '" $2 "'")
	for (s in id) if (id[s] == $3 + 0 || id[s] == $3) die("duplicate ID " $3)
	cur = $2; id[cur] = $3; order[nsvc++] = cur; nfn[cur] = 0
	flags[cur] = NF == 4 ? "BSS_SVC_ATOMIC" : "0"
	next
}
$1 == "fn" {
	if (!cur) die("fn outside a service")
	if (NF < 3) die("usage: fn NAME RET [ARG...]")
	i = nfn[cur]++
	fname[cur, i] = $2; fret[cur, i] = $3
	if (fret[cur, i] ~ /^(in|out|inout)$/) die("a block cannot be returned")
	kind(fret[cur, i]); refsvc(fret[cur, i])
	n = 0
	for (a = 4; a <= NF; a++) {
		kind($a); refsvc($a)
		fa[cur, i, n++] = $a
		if ($a ~ /^(in|out|inout)$/) fa[cur, i, n++] = "size"
	}
	if (n > 4) die("more than 4 C arguments")
	fn_n[cur, i] = n
	next
}
{ die("unknown line") }
END {
	if (err) exit 1
	print "/* SPDX-License-Identifier: GPL-2.0 */"
	print "/*"
	print " * Generated from servers/services.cat: do not edit; regenerate with"
	print " * `make catalogue`."
	print " */"
	print "#ifndef _BSS_SERVICES_H"
	print "#define _BSS_SERVICES_H"
	print ""
	print "#include <bss/abi.h>"
	for (k = 0; k < nsvc; k++) {
		s = order[k]
		printf "\n/* service %s */\n", s
		printf "#define BSS_SVC_%s %s\n", s, id[s]
		for (i = 0; i < nfn[s]; i++)
			printf "#define BSS_FN_%s_%s %d\n", s, fname[s, i], i
		printf "\nstatic const char * const bss_fn_names_%s[] __maybe_unused = {\n", s
		for (i = 0; i < nfn[s]; i++)
			printf "\t\"%s\",\n", fname[s, i]
		print "};"
		printf "\nstatic const struct bss_sig bss_sigs_%s[] __maybe_unused = {\n", s
		for (i = 0; i < nfn[s]; i++) {
			r = fret[s, i]
			printf "\t[BSS_FN_%s_%s] = {\n", s, fname[s, i]
			printf "\t\t.ret = %s, .ret_svc = %s, .nargs = %d,\n", kind(r), refsvc(r), fn_n[s, i]
			args = ""; svcs = ""
			for (a = 0; a < fn_n[s, i]; a++) {
				t = fa[s, i, a]
				args = args (a ? ", " : "") (t == "size" ? "BSS_T_SIZE" : kind(t))
				svcs = svcs (a ? ", " : "") (t == "size" ? "0" : refsvc(t))
			}
			if (fn_n[s, i])
				printf "\t\t.arg = { %s },\n\t\t.arg_svc = { %s },\n", args, svcs
			print "\t},"
		}
		print "};"
		printf "\nstatic const struct bss_service bss_svc_%s __maybe_unused = {\n", s
		printf "\t.id = BSS_SVC_%s,\n\t.nfns = %d,\n\t.flags = %s,\n\t.name = \"%s\",\n", s, nfn[s], flags[s], s
		printf "\t.fn_names = bss_fn_names_%s,\n\t.sigs = bss_sigs_%s,\n};\n", s, s
		# Typed callers: a call site names its import, the macro finds it.
		for (i = 0; i < nfn[s]; i++) {
			f = fname[s, i]; r = fret[s, i]
			printf "\nstatic inline %s\n__bss_call_%s_%s(const struct bss_import *imp, bss_ref_t ref", ctype(r), s, f
			for (a = 0; a < fn_n[s, i]; a++)
				printf ", %s a%d", ctype(fa[s, i, a]), a
			printf ")\n{\n\t"
			if (r != "void") printf "return (%s)", ctype(r)
			printf "bss_call(imp, ref"
			for (a = 0; a < 4; a++) {
				if (a < fn_n[s, i])
					printf ", (__u64)%s a%d", (fa[s, i, a] ~ /^(in|out|inout)$/ ? "(unsigned long)" : ""), a
				else
					printf ", 0"
			}
			print ");\n}"
			printf "#define %s_%s(ref, ...) \\\n\t__bss_call_%s_%s(&__bss_imports[__BSS_IMP_%s_%s], ref, ##__VA_ARGS__)\n", s, f, s, f, s, f
		}
		# Implementations: BSS_IMPL_<svc>(prefix, type) declares
		# prefix_<fn>(type *self, ...) and builds the entry table.
		printf "\n#define BSS_IMPL_%s(prefix, type) \\\n", s
		for (i = 0; i < nfn[s]; i++) {
			f = fname[s, i]; r = fret[s, i]
			printf "\tstatic %s prefix##_%s(type *self", ctype(r), f
			for (a = 0; a < fn_n[s, i]; a++)
				printf ", %s", ctype(fa[s, i, a])
			printf "); \\\n"
			printf "\tstatic __u64 __bss_entry_##prefix##_%s(void *self, __u64 a0, __u64 a1, __u64 a2, __u64 a3) \\\n\t{ \\\n\t\t", f
			if (r != "void") printf "return (__u64)"
			printf "prefix##_%s(self", f
			for (a = 0; a < fn_n[s, i]; a++) {
				t = fa[s, i, a]
				if (t ~ /^(in|out|inout)$/)
					printf ", (%s)(unsigned long)a%d", ctype(t), a
				else
					printf ", (%s)a%d", ctype(t), a
			}
			printf "); \\\n"
			if (r == "void") printf "\t\treturn 0; \\\n"
			printf "\t} \\\n"
		}
		printf "\tstatic const bss_entry_t __bss_entries_##prefix[] = { \\\n"
		for (i = 0; i < nfn[s]; i++)
			printf "\t\t__bss_entry_##prefix##_%s, \\\n", fname[s, i]
		printf "\t}; \\\n"
		printf "\tstatic const struct bss_impl __bss_impl_##prefix = { \\\n"
		printf "\t\t.svc = &bss_svc_%s, .entries = __bss_entries_##prefix, \\\n\t}\n", s
	}
	print "\n#endif /* _BSS_SERVICES_H */"
}
