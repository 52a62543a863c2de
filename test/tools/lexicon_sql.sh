#!/bin/sh
# Turns the lexicon data files into SQL for the install and upgrade scripts.
# Each file is tab-separated, one row a line; '#' starts a comment line.
# An empty field is NULL; in alias.tsv a lang of '*' (any language) is NULL.
#
# Usage: lexicon_sql.sh [--refresh] data/actor.tsv data/alias.tsv data/cue.tsv
#
# Without --refresh: INSERTs of the default rows (builtin = true), for the
# install script.  With --refresh: statements that bring the builtin rows of
# an installed older version to these files, for an upgrade script.  The
# user's rows (builtin = false) are kept; where one has the key of a default
# row, the user's row wins.  A default actor that is gone but still named by
# a user's alias becomes a user row rather than taking the alias with it.
set -eu
mode=insert
if [ "${1:-}" = --refresh ]; then
	mode=refresh
	shift
fi

# values FILE NFIELDS [EXTRA]: the file's rows as SQL VALUES rows, one a
# line, each ending with the EXTRA fields when given.
values() {
	awk -F '\t' -v nf="$2" -v extra="${3:-}" -v file="$1" '
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
		rows[n++] = row (extra == "" ? "" : ", " extra) ")"
	}
	END {
		if (bad) exit 1
		for (i = 0; i < n; i++) printf "%s%s\n", rows[i], (i < n - 1 ? "," : "")
	}' "$1"
}

# insert FILE TABLE COLUMNS NFIELDS
insert() {
	rows=$(values "$1" "$4" true)
	[ -n "$rows" ] || return 0
	printf 'INSERT INTO %s (%s, builtin) VALUES\n%s;\n' "$2" "$3" "$rows"
}

if [ "$mode" = insert ]; then
	insert "$1" narrative.actor "id, name, kind, country" 4
	insert "$2" narrative.alias "alias, lang, actor" 3
	insert "$3" narrative.cue "word, lang, act" 3
	exit 0
fi

cat <<'SQL'
-- The builtin lexicon rows, brought up to the data files of this version.
DELETE FROM narrative.alias WHERE builtin;
DELETE FROM narrative.cue WHERE builtin;
SQL
printf 'WITH current_actor (id, name, kind, country) AS (VALUES\n%s\n),\n' "$(values "$1" 4)"
cat <<'SQL'
refreshed AS (
    INSERT INTO narrative.actor AS a (id, name, kind, country, builtin)
    SELECT id, name, kind, country, true FROM current_actor
    ON CONFLICT (id) DO UPDATE
        SET name = EXCLUDED.name, kind = EXCLUDED.kind, country = EXCLUDED.country
        WHERE a.builtin
),
still_named AS (
    UPDATE narrative.actor a SET builtin = false
    WHERE a.builtin
      AND a.id NOT IN (SELECT id FROM current_actor)
      AND EXISTS (SELECT 1 FROM narrative.alias u WHERE u.actor = a.id)
)
DELETE FROM narrative.actor a
WHERE a.builtin
  AND a.id NOT IN (SELECT id FROM current_actor)
  AND NOT EXISTS (SELECT 1 FROM narrative.alias u WHERE u.actor = a.id);
SQL
printf 'INSERT INTO narrative.alias (alias, lang, actor, builtin)\nSELECT d.alias, d.lang, d.actor, true FROM (VALUES\n%s\n) AS d (alias, lang, actor)\n' "$(values "$2" 3)"
cat <<'SQL'
WHERE NOT EXISTS (SELECT 1 FROM narrative.alias u
                  WHERE pg_catalog.lower(u.alias) = pg_catalog.lower(d.alias)
                    AND (u.lang IS NOT DISTINCT FROM d.lang OR u.lang IS NULL OR d.lang IS NULL));
SQL
printf 'INSERT INTO narrative.cue (word, lang, act, builtin)\nSELECT *, true FROM (VALUES\n%s\n) AS d (word, lang, act)\nON CONFLICT (word, lang) DO NOTHING;\n' "$(values "$3" 3)"
