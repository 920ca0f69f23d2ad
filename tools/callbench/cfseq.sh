#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# cfseq.sh OBJECT FUNCTION: the control flow of FUNCTION in OBJECT (an
# unlinked .o), one instruction a line, normalised so that the module's
# object and the replica's can be compared (tests/host/callbench.sh):
# every conditional jump, jmp, call and ret, in address order, with its
# target. Normalised:
#   - a jmp to __x86_return_thunk is "ret" (the kernel patches return
#     sites at load; the replica compiled with -mfunction-return=keep has
#     a plain ret);
#   - a call or jmp to __x86_indirect_thunk_<reg>, or through a register,
#     is "call *indirect" / "jmp *indirect" (the register is the
#     allocator's choice);
#   - a target inside FUNCTION is "@N", the index of the first
#     control-flow instruction at or after it (addresses move with every
#     instruction the shims change, e.g. %gs: prefixes and address sizes);
#   - a target elsewhere is its symbol (from the relocation when there is
#     one), without its offset;
#   - a call to cb_NAME is a call to NAME (the shim's libc wrappers that
#     realign the stack: cb_vsnprintf for vsnprintf);
#   - instruction prefixes (cs, ds, notrack, bnd) are dropped; int3, ud2
#     and NOPs (padding, SLS hardening) are not listed.
set -euo pipefail

[ $# -eq 2 ] || { echo "usage: cfseq.sh OBJECT FUNCTION" >&2; exit 2; }
objdump -dr --no-show-raw-insn "$1" | awk -v fn="$2" '
function hex(s,   i, v) {
	v = 0
	for (i = 1; i <= length(s); i++)
		v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
	return v
}
$0 ~ "^[0-9a-f]+ <" fn ">:$" { infn = 1; next }
infn && /^$/ { infn = 0 }
!infn { next }
# A relocation: belongs to the instruction before it.
/^[[:space:]]+[0-9a-f]+: R_X86_64_/ {
	sym = $3
	sub(/[-+]0x[0-9a-f]+$/, "", sym)
	if (n > 0 && !(n in rel))
		rel[n] = sym
	next
}
/^[[:space:]]+[0-9a-f]+:\t/ {
	split($0, f, "\t")
	a = f[1]
	gsub(/[[:space:]:]/, "", a)
	text = f[2]
	sub(/[[:space:]]+#.*$/, "", text)
	while (text ~ /^(cs|ds|es|ss|notrack|bnd|data16|lock|rex\.[A-Z]*) /)
		sub(/^[^ ]+ /, "", text)
	m = text
	sub(/ .*/, "", m)
	ops = text
	sub(/^[^ ]+ */, "", ops)
	n++
	addr[n] = hex(a)
	mn[n] = m
	op[n] = ops
	next
}
END {
	# The control-flow instructions, in order.
	for (i = 1; i <= n; i++) {
		m = mn[i]
		if (m ~ /^ret/)
			m = "ret"
		if (m ~ /^(jmp|call)q?$/)
			sub(/q$/, "", m)
		if (m != "ret" && m != "jmp" && m != "call" && m !~ /^j[a-z]+$/)
			continue
		k++
		cf[k] = i
		cm[k] = m
	}
	for (j = 1; j <= k; j++) {
		i = cf[j]
		m = cm[j]
		t = ""
		if (m != "ret") {
			if (i in rel && rel[i] !~ /^\./)
				t = rel[i]
			else if (op[i] ~ /^\*/)
				t = "*indirect"
			else if (match(op[i], /<[^>]*>/)) {
				t = substr(op[i], RSTART + 1, RLENGTH - 2)
				s = t
				sub(/\+0x[0-9a-f]+$/, "", s)
				if (s == fn) {
					split(op[i], w, " ")
					dest = hex(w[1])
					for (x = 1; x <= k && addr[cf[x]] < dest; x++)
						;
					t = "@" x
				} else {
					t = s
				}
			}
		}
		if (t ~ /^__x86_return_thunk$/) {
			m = "ret"
			t = ""
		}
		if (t ~ /^__x86_indirect_thunk_/)
			t = "*indirect"
		sub(/^cb_/, "", t)
		print m (t == "" ? "" : " " t)
	}
}'
