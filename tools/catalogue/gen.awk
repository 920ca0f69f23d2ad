# SPDX-License-Identifier: GPL-2.0
#
# Generate servers/include/bss/services.h from servers/services.cat, or a
# server project's own services.h from the installed catalogue and its own
# (server.mk). Usage: awk -f tools/catalogue/gen.awk CATALOGUE [OWN...]
# [-v regen=COMMAND]. The first file's service IDs are this tree's, below
# BSS_OWN_IDS (0x10000); every later file's are a project's own, from
# there up (docs/servers.md), so the two cannot collide.
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
	if (s == "any") return "BSS_SVC_ANY"
	if (!(s in id)) die("ref to unknown service '" s "'")
	return "BSS_SVC_" s
}
# A catalogue's number: decimal or 0x hex (mawk has no strtonum()).
function num(v,   i, c, n) {
	if (v !~ /^0[xX]/) return v + 0
	n = 0
	for (i = 3; i <= length(v); i++) {
		c = index("0123456789abcdef", tolower(substr(v, i, 1)))
		if (!c) return -1
		n = n * 16 + c - 1
	}
	return n
}
BEGIN { nsvc = 0; OWN = 65536; if (regen == "") regen = "`make catalogue`" }
FNR == 1 { srcs = srcs (srcs == "" ? "" : ", ") FILENAME }
# A comment runs from # to the end of its line.
{ sub(/[ \t]*#.*$/, "") }
/^[ \t]*$/ { next }
$1 == "service" {
	if (NF != 3 && !(NF == 4 && $4 == "atomic")) die("usage: service NAME ID [atomic]")
	if ($2 in id) die("duplicate service '" $2 "'")
	if (num($3) < 0) die("service ID '" $3 "': an integer")
	if (NR == FNR && num($3) >= OWN) die("service ID " $3 ": this tree's IDs are below 0x10000")
	if (NR != FNR && num($3) < OWN) die("service ID " $3 ": a project's own IDs are 0x10000 and up")
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
$1 == "const" {
	if (!cur) die("const outside a service")
	if (NF != 3) die("usage: const NAME VALUE")
	if ($2 !~ /^[A-Z][A-Z0-9_]*$/) die("constant name '" $2 "': upper case, digits and _")
	if ($3 !~ /^~?(0x[0-9a-fA-F]+|[0-9]+)(U|ULL)?$/) die("constant value '" $3 "': an integer")
	if ((cur, $2) in cval) die("duplicate constant '" $2 "' of service '" cur "'")
	cval[cur, $2] = $3
	cname[cur, ncst[cur]++] = $2
	next
}
{ die("unknown line") }
# Layout of the generated C: checkpatch-clean, at most MAXCOL columns.
function width(str,   i, c, w) {
	w = 0
	for (i = 1; i <= length(str); i++) {
		c = substr(str, i, 1)
		w = c == "\t" ? w - w % 8 + 8 : w + 1
	}
	return w
}
# Whitespace that reaches column col: tabs, then spaces.
function indent(col,   str) {
	str = ""
	for (; col >= 8; col -= 8)
		str = str "\t"
	for (; col > 0; col--)
		str = str " "
	return str
}
# "decl" for a C type and a name: "__u64 a0", "void *a0".
function decl(type, name) {
	return type ~ /\*$/ ? type name : type " " name
}
# lead (ending in an open parenthesis), the n arguments in av[0..n-1], then
# tail. Lines that would pass MAXCOL break after a comma and continue aligned
# with the parenthesis. In a macro, cont (" \\") ends every line but the
# last, and lastcont ends the last.
function wrap(lead, av, n, tail, cont, lastcont,   out, cur, pad, a, piece) {
	out = ""
	cur = lead
	pad = indent(width(lead))
	for (a = 0; a < n; a++) {
		piece = av[a] (a + 1 < n ? "," : tail)
		if (a && width(cur " " piece (a + 1 < n ? cont : lastcont)) > MAXCOL) {
			out = out cur cont "\n"
			cur = pad piece
		} else {
			cur = cur (a ? " " : "") piece
		}
	}
	if (!n)
		cur = cur tail
	return out cur lastcont
}
END {
	if (err) exit 1
	MAXCOL = 100
	print "/* SPDX-License-Identifier: GPL-2.0 */"
	print "/*"
	print " * Generated from " srcs ": do not edit; regenerate with"
	print " * " regen "."
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
		# Its constants: arguments, results and flags its callers share.
		for (i = 0; i < ncst[s]; i++) {
			v = cval[s, cname[s, i]]
			printf "#define BSS_%s_%s %s\n", toupper(s), cname[s, i], v ~ /^~/ ? "(" v ")" : v
		}
		printf "\nstatic const char * const bss_fn_names_%s[] __maybe_unused = {\n", s
		for (i = 0; i < nfn[s]; i++)
			printf "\t\"%s\",\n", fname[s, i]
		print "};"
		printf "\nstatic const struct bss_sig bss_sigs_%s[] __maybe_unused = {\n", s
		for (i = 0; i < nfn[s]; i++) {
			r = fret[s, i]
			printf "\t[BSS_FN_%s_%s] = {\n", s, fname[s, i]
			printf "\t\t.ret = %s, .ret_svc = %s, .nargs = %d,\n", kind(r), refsvc(r), fn_n[s, i]
			args = ""; svcs = ""; special = r ~ /^ref:/
			for (a = 0; a < fn_n[s, i]; a++) {
				t = fa[s, i, a]
				args = args (a ? ", " : "") (t == "size" ? "BSS_T_SIZE" : kind(t))
				svcs = svcs (a ? ", " : "") (t == "size" ? "0" : refsvc(t))
				if (t != "u32" && t != "u64")
					special = 1
			}
			if (fn_n[s, i])
				printf "\t\t.arg = { %s },\n\t\t.arg_svc = { %s },\n", args, svcs
			if (special)
				print "\t\t.flags = BSS_SIG_SPECIAL,"
			print "\t},"
			sigf[s, i] = special ? "BSS_SIG_SPECIAL" : "0"
		}
		print "};"
		printf "\nstatic const struct bss_service bss_svc_%s __maybe_unused = {\n", s
		printf "\t.id = BSS_SVC_%s,\n\t.nfns = %d,\n\t.flags = %s,\n\t.name = \"%s\",\n", s, nfn[s], flags[s], s
		printf "\t.fn_names = bss_fn_names_%s,\n\t.sigs = bss_sigs_%s,\n};\n", s, s
		# The flags again as constants, for the imports (checked at load).
		printf "\n"
		for (i = 0; i < nfn[s]; i++)
			printf "#define BSS_SIGF_%s_%s %s\n", s, fname[s, i], sigf[s, i]
		# Typed callers: a call site names its import, the macro finds it.
		for (i = 0; i < nfn[s]; i++) {
			f = fname[s, i]; r = fret[s, i]; n = fn_n[s, i]
			printf "\nstatic __always_inline %s\n", ctype(r)
			delete av
			av[0] = "const struct bss_import *imp"; av[1] = "bss_call_fn *call"
			av[2] = "bss_ref_t ref"
			for (a = 0; a < n; a++)
				av[a + 3] = decl(ctype(fa[s, i, a]), "a" a)
			print wrap("__bss_call_" s "_" f "(", av, n + 3, ")", "", "")
			delete av
			av[0] = "imp"; av[1] = "ref"
			for (a = 0; a < 4; a++) {
				if (a >= n)
					av[a + 2] = "0"
				else if (fa[s, i, a] ~ /^(in|out|inout)$/)
					av[a + 2] = "(__u64)(unsigned long)a" a
				else
					av[a + 2] = "(__u64)a" a
			}
			print "{"
			print wrap("\t" (r != "void" ? "return (" ctype(r) ")" : "") "call(", av, 6, ");", "", "")
			print "}\n"
			# The import's own static call: a direct call, once inlined.
			printf "#define %s_%s(ref, ...) \\\n", s, f
			delete av
			av[0] = "&__bss_imports[__BSS_IMP_" s "_" f "]"
			av[1] = "static_call(__bss_sc_" s "_" f ")"; av[2] = "ref"; av[3] = "##__VA_ARGS__"
			print wrap("\t__bss_call_" s "_" f "(", av, 4, ")", " \\", "")
		}
		# Implementations: BSS_IMPL_<svc>(prefix, type) declares the
		# server's ops struct, struct prefix_<svc>_ops (one typed member
		# a function, self first), and builds the entry table from the
		# object of that name, which the server defines with designated
		# initialisers; each entry calls its member directly (the
		# object is const, the compiler folds the load).
		printf "\n#define BSS_IMPL_%s(prefix, type) \\\n", s
		printf "\tstruct prefix##_%s_ops { \\\n", s
		for (i = 0; i < nfn[s]; i++) {
			f = fname[s, i]; r = fret[s, i]; n = fn_n[s, i]
			delete av
			av[0] = "type *self"
			for (a = 0; a < n; a++)
				av[a + 1] = decl(ctype(fa[s, i, a]), "a" a)
			print wrap("\t\t" decl(ctype(r), "(*" f ")") "(", av, n + 1, ");", " \\", " \\")
		}
		printf "\t}; \\\n"
		printf "\tstatic const struct prefix##_%s_ops prefix##_%s_ops; \\\n", s, s
		for (i = 0; i < nfn[s]; i++) {
			f = fname[s, i]; r = fret[s, i]; n = fn_n[s, i]
			delete av
			av[0] = "void *self"; av[1] = "__u64 ref"
			for (a = 0; a < 4; a++)
				av[a + 2] = "__u64 a" a
			print wrap("\tstatic __u64 __bss_entry_##prefix##_" f "(", av, 6, ")", " \\", " \\")
			# The member through a local: a function-like macro of the
			# same name (udelay, nop) is not expanded.
			print "\t{ \\"
			printf "\t\ttypeof(prefix##_%s_ops.%s) fn = prefix##_%s_ops.%s; \\\n", s, f, s, f
			print "\t\t\\"
			print "\t\t__BSS_OPS_WIRED(fn); \\"
			delete av
			av[0] = "self"
			for (a = 0; a < n; a++) {
				t = fa[s, i, a]
				if (t ~ /^(in|out|inout)$/)
					av[a + 1] = "(" ctype(t) ")(unsigned long)a" a
				else
					av[a + 1] = "(" ctype(t) ")a" a
			}
			print wrap("\t\t" (r != "void" ? "return (__u64)" : "") "fn(", av, n + 1, ");", " \\", " \\")
			if (r == "void") printf "\t\treturn 0; \\\n"
			printf "\t} \\\n"
		}
		# Not static: in a server of several files (server.h, BSS_PART)
		# the file with BSS_SERVER() names them.
		printf "\textern const bss_entry_t __bss_entries_##prefix[]; \\\n"
		printf "\tconst bss_entry_t __bss_entries_##prefix[] = { \\\n"
		for (i = 0; i < nfn[s]; i++)
			printf "\t\t__bss_entry_##prefix##_%s, \\\n", fname[s, i]
		printf "\t}; \\\n"
		printf "\textern const struct bss_impl __bss_impl_##prefix; \\\n"
		printf "\tconst struct bss_impl __bss_impl_##prefix = { \\\n"
		printf "\t\t.svc = &bss_svc_%s, .entries = __bss_entries_##prefix, \\\n\t}\n", s
	}
	print "\n#ifdef BSS_CATALOGUE"
	print "/* Every catalogued service: bss.ko holds their signatures as the authority. */"
	print "static const struct bss_service * const bss_catalogue[] = {"
	for (k = 0; k < nsvc; k++)
		printf "\t&bss_svc_%s,\n", order[k]
	print "};"
	print "#endif"
	print "\n#endif /* _BSS_SERVICES_H */"
}
