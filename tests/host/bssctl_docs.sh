#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# bssctl's help, man page and bash completion agree. The objects and
# commands come from `bssctl help` and `bssctl OBJECT help`; every one must
# be documented in bssctl.8 and completed by bash-completion/bssctl, and
# neither may offer an object or command that help does not list.
# BSSCTL_MAN and BSSCTL_COMPLETION point the test at other files.
cd "$(dirname "$0")/../.." || exit 1
b=build/bssctl
man=${BSSCTL_MAN:-tools/bssctl/bssctl.8}
comp=${BSSCTL_COMPLETION:-tools/bssctl/bash-completion/bssctl}
n=0

# tap DESC OK [DIAGNOSTIC...]: OK is 0 for a pass.
tap() {
	local desc=$1 res=$2 line
	shift 2
	n=$((n + 1))
	if [ "$res" = 0 ]; then
		echo "ok $n $desc"
	else
		echo "not ok $n $desc"
		for line in "$@"; do
			[ -n "$line" ] && echo "#   $line"
		done
	fi
}

skip() {
	n=$((n + 1))
	echo "ok $n $1 # SKIP $2"
}

words() {	# one word a line, sorted and unique
	sed 's/[ |]/\n/g' | grep -v '^$' | sort -u
}

# Words of list $1 missing from list $2, on one line.
missing() {
	comm -23 <(words <<<"$1") <(words <<<"$2") | tr '\n' ' ' | sed 's/ $//'
}

same() {	# same DESC WANT HAVE: HAVE lists what WANT lists, and nothing else
	local lack extra
	lack=$(missing "$2" "$3")
	extra=$(missing "$3" "$2")
	tap "$1" "$([ -z "$lack$extra" ]; echo $?)" \
		"${lack:+missing: $lack}" "${extra:+not in help: $extra}"
}

# Commands of object $1 in usage lines on stdin: "bssctl OBJ CMD ..." and
# "bssctl OBJ { CMD | CMD } ...".
commands_of() {
	local obj=$1 line rest
	while IFS= read -r line; do
		line=${line#"${line%%[! ]*}"}
		line=${line#Usage: }
		[[ $line == "bssctl $obj "* ]] || continue
		rest=${line#"bssctl $obj "}
		if [[ $rest == "{ "* ]]; then
			rest=${rest#"{ "}
			echo "${rest%%\}*}"
		else
			echo "${rest%% *}"
		fi
	done | words
}

# The man page as text, one paragraph a line where it can.
render_man() {
	if command -v man >/dev/null; then
		LC_ALL=C MANWIDTH=250 man -l "$man" 2>/dev/null
	elif command -v groff >/dev/null; then
		LC_ALL=C groff -man -Tascii -rLL=250n -P-c -P-b -P-o -P-u "$man" 2>/dev/null
	else
		sed -e '/^\.\\"/d' -e 's/^\.[A-Z][A-Z]* *//' -e 's/\\f[BIRP]//g' \
			-e 's/\\-/-/g' -e 's/\\(dq/"/g' -e 's/\\[|~&]//g' -e 's/"//g' \
			-e 's/  */ /g' "$man"
	fi | sed 's/\x1b\[[0-9;]*m//g'
}

# Run the completion function on a command line; prints COMPREPLY.
complete_line() {
	bash -c '
		source "$1" || exit 1
		fn=$(complete -p bssctl 2>/dev/null | sed -n "s/.*-F \([^ ]*\) .*/\1/p")
		[ -n "$fn" ] || exit 1
		shift
		COMP_WORDS=("$@")
		COMP_CWORD=$(($# - 1))
		COMP_LINE="$*"
		COMP_POINT=${#COMP_LINE}
		COMPREPLY=()
		"$fn" bssctl "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
		printf "%s\n" "${COMPREPLY[@]}"
	' complete_line "$comp" "$b" "$@" 2>/dev/null
}

echo "TAP version 13"

if [ ! -x $b ]; then
	mkdir -p build
	gcc -O2 -g -Wall -Wextra -Wno-unused-parameter -Iuapi -Iservers/include \
		-DBSS_HOST -Ibsskmod -static -o $b tools/bssctl/*.c bsskmod/conf.c
fi

help=$($b help 2>&1 >/dev/null)
objects=$(sed -n 's/.*OBJECT := {\(.*\)}.*/\1/p' <<<"$help" | words | tr '\n' ' ')
top=$(sed -n -E 's/^ *(Usage: )?bssctl (\[OPTIONS\] )?([a-z]+).*/\3/p' <<<"$help" |
	words | tr '\n' ' ')
options=$(sed -n 's/.*OPTIONS := \(.*\)/\1/p' <<<"$help" |
	grep -o -E -- '--?[A-Za-z][a-z-]*' | words | tr '\n' ' ')
tap "help lists objects, top-level commands and options" \
	"$([ -n "$objects" ] && [ -n "$top" ] && [ -n "$options" ]; echo $?)" \
	"objects: $objects" "commands: $top" "options: $options"

declare -A cmds
for o in $objects; do
	ohelp=$($b "$o" help 2>&1 >/dev/null)
	cmds[$o]=$(commands_of "$o" <<<"$ohelp" | tr '\n' ' ')
	tap "help: bssctl $o help lists its commands (${cmds[$o]% })" \
		"$([[ " ${cmds[$o]}" == *" help "* ]]; echo $?)" "$ohelp"
done

# The man page.
if command -v groff >/dev/null; then
	warn=$(LC_ALL=C groff -man -ww -z "$man" 2>&1)
	tap "man: renders without warnings" "$([ -z "$warn" ]; echo $?)" "$warn"
else
	skip "man: renders without warnings" "no groff"
fi
text=$(render_man)
lack=
for s in NAME SYNOPSIS DESCRIPTION OPTIONS COMMANDS EXAMPLES "EXIT STATUS" "SEE ALSO"; do
	grep -q "^$s\$" <<<"$text" || lack="$lack${lack:+, }$s"
done
tap "man: has the man-pages sections" "$([ -z "$lack" ]; echo $?)" "missing: $lack"
mobjects=$(sed -n 's/.*OBJECT := {\(.*\)}.*/\1/p' <<<"$text" | words | tr '\n' ' ')
same "man: OBJECT lists the objects help lists" "$objects" "$mobjects"
# Entries are the lines that start with bssctl (SYNOPSIS and the tags of
# COMMANDS); paragraphs are indented deeper.
entries=$(grep -E '^ {0,7}bssctl ' <<<"$text")
for c in $top; do
	grep -q -E "^ *bssctl (\[OPTIONS\] )?$c( |\$)" <<<"$entries"
	tap "man: documents bssctl $c" $?
done
for o in $objects; do
	same "man: documents the $o commands help lists, and only those" \
		"${cmds[$o]}" "$(commands_of "$o" <<<"$entries" | tr '\n' ' ')"
done
lack=
for opt in $options; do
	grep -q -E -- "(^|[^-A-Za-z])$opt([^-A-Za-z]|\$)" <<<"$text" || lack="$lack $opt"
done
tap "man: documents the options (${options% })" "$([ -z "$lack" ]; echo $?)" "missing:$lack"

# The bash completion.
ctop=$(complete_line "" | tr '\n' ' ')
same "completion: offers the objects and top-level commands help lists" \
	"$objects $top" "$ctop"
same "completion: offers the options help lists" "$options" \
	"$(complete_line - | tr '\n' ' ')"
for o in $objects; do
	same "completion: offers the $o commands help lists, and only those" \
		"${cmds[$o]}" "$(complete_line "$o" "" | tr '\n' ' ')"
done
if [[ " ${cmds[image]} " == *" load "* ]]; then
	tmp=$(mktemp -d)
	mkdir "$tmp/dir"
	touch "$tmp/server.ko" "$tmp/notes.txt"
	got=$(complete_line image load "$tmp/" | sed "s|^$tmp/||" | words | tr '\n' ' ')
	rm -rf "$tmp"
	tap "completion: image load offers .ko files and directories" \
		"$([ "$got" = "dir server.ko " ]; echo $?)" "got: $got"
fi
echo "1..$n"
