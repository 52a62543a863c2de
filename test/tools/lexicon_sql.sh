#!/bin/sh
# Turns the lexicon data files into INSERT statements for the install script.
# Each file is tab-separated, one row a line; '#' starts a comment line.
# An empty field is NULL; in alias.tsv a lang of '*' (any language) is NULL.
# Usage: lexicon_sql.sh data/actor.tsv data/alias.tsv data/cue.tsv
set -eu
emit() {
	# $1 file, $2 table, $3 column list, $4 number of fields
	awk -F '\t' -v table="$2" -v cols="$3" -v nf="$4" -v file="$1" '
	function quote(s) {
		if (s == "" || s == "*") return "NULL"
		gsub(/\047/, "\047\047", s)
		return "\047" s "\047"
	}
	/^#/ || /^[[:space:]]*$/ { next }
	{
		if (NF != nf) {
			printf "%s:%d: expected %d tab-separated fields, found %d\n", file, NR, nf, NF > "/dev/stderr"
			bad = 1; exit 1
		}
		row = "(" quote($1)
		for (i = 2; i <= nf; i++) row = row ", " quote($i)
		row = row ", true)"
		rows[n++] = row
	}
	END {
		if (bad) exit 1
		if (n == 0) exit 0
		printf "INSERT INTO %s (%s, builtin) VALUES\n", table, cols
		for (i = 0; i < n; i++) printf "%s%s\n", rows[i], (i < n - 1 ? "," : ";")
	}' "$1"
}
emit "$1" narrative.actor "id, name, kind, country" 4
emit "$2" narrative.alias "alias, lang, actor" 3
emit "$3" narrative.cue "word, lang, act" 3
