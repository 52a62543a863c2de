# test/lib.sh — what test/demo, test/check and the other suites share:
# install what is missing, build and install the extension, and run a
# throwaway PostgreSQL cluster.  Sourced, not run.
#
# After `setup_all NAME`, PGHOST, PGPORT, PGUSER and PGDATABASE point at a
# running cluster in $NARRATIVE_WORK/NAME, owned by an unprivileged user,
# listening only on a Unix socket there (and loopback TCP on the same free
# port), UTF-8.

set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CORPUS=${NARRATIVE_CORPUS:-$REPO/../shared/corpus}
NARRATIVE_WORK=${NARRATIVE_WORK:-${TMPDIR:-/tmp}/narrative-test}
PG_MAJOR=15
# PG_CONFIG may name another (relocated) installation: the build, the
# cluster binaries and pg_regress then all come from it.
export PG_CONFIG=${PG_CONFIG:-pg_config}
# postgresql-$PG_MAJOR brings pgbench (test/concurrency), its client package
# pg_dump and pg_restore (test/dump_restore); clang and its runtime
# libFuzzer (test/fuzz, test/fuzzers); xmllint, rsvg-convert and a font to
# check that timeline_svg() parses and renders (test/threads).
PACKAGES=(postgresql-$PG_MAJOR postgresql-client-$PG_MAJOR postgresql-server-dev-$PG_MAJOR
	libutf8proc-dev libpcre2-dev pkg-config make gcc python3 valgrind clang libclang-rt-14-dev
	libxml2-utils librsvg2-bin fonts-dejavu-core)

say() { printf '== %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

install_packages() {
	local missing=()
	for p in "${PACKAGES[@]}"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	[ "$(id -u)" -eq 0 ] || die "missing packages (${missing[*]}): run as root, or install them"
	say "installing ${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >/dev/null
	# the server package must not start Debian's own cluster service
	apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

pg_bin() {
	PG_BINDIR=$("$PG_CONFIG" --bindir 2>/dev/null || true)
	[ -x "$PG_BINDIR/initdb" ] || PG_BINDIR=/usr/lib/postgresql/$PG_MAJOR/bin
	[ -x "$PG_BINDIR/initdb" ] || die "no initdb in $PG_BINDIR"
}

build_and_install() {
	say "building and installing the extension"
	make -C "$REPO" -s >/dev/null
	make -C "$REPO" -s install >/dev/null
}

# The cluster runs as an unprivileged user: postgres when it exists.
cluster_user() {
	if [ "$(id -u)" -ne 0 ]; then
		id -un
	elif id postgres >/dev/null 2>&1; then
		echo postgres
	else
		useradd --system --no-create-home narrative-test 2>/dev/null || true
		echo narrative-test
	fi
}

as_cluster_user() {
	if [ "$(id -u)" -eq 0 ]; then
		runuser -u "$CLUSTER_USER" -- "$@"
	else
		"$@"
	fi
}

free_port() {
	python3 - <<'PY'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

# start_cluster NAME [initdb options...]: a fresh cluster in $NARRATIVE_WORK/NAME;
# $CLUSTER_SETTINGS, when set, adds server options (-c name=value ...),
# e.g. settings only the server's start takes, as shared_preload_libraries.
start_cluster() {
	local name=$1
	shift
	local dir=$NARRATIVE_WORK/$name
	pg_bin
	CLUSTER_USER=$(cluster_user)
	stop_cluster "$name"
	rm -rf "$dir"
	mkdir -p "$dir"
	chmod 755 "$NARRATIVE_WORK" 2>/dev/null || true
	[ "$(id -u)" -eq 0 ] && chown "$CLUSTER_USER" "$dir"
	local port
	port=$(free_port)
	as_cluster_user "$PG_BINDIR/initdb" -D "$dir/data" -U postgres -A trust \
		--encoding=UTF8 --locale=C.UTF-8 "$@" >"$dir/initdb.log" 2>&1 ||
		{ cat "$dir/initdb.log" >&2; die "initdb failed"; }
	as_cluster_user "$PG_BINDIR/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
		-o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_worker_processes=8 ${CLUSTER_SETTINGS:-}" start >/dev/null ||
		{ cat "$dir/server.log" >&2; die "the server did not start"; }
	echo "$port" >"$dir/port"
	export PGHOST=$dir PGPORT=$port PGUSER=postgres PGDATABASE=postgres
}

stop_cluster() {
	local dir=$NARRATIVE_WORK/$1
	pg_bin
	if [ -f "$dir/data/postmaster.pid" ]; then
		CLUSTER_USER=${CLUSTER_USER:-$(cluster_user)}
		as_cluster_user "$PG_BINDIR/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
	fi
}

psql_quiet() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

# The gold file's publication date of an article.
article_published() {
	python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["published"])' "$1"
}

# articles(id, title, published, lang, body) in the current database.
load_articles() {
	psql_quiet -c "DROP TABLE IF EXISTS articles;
		CREATE TABLE articles (id text PRIMARY KEY, title text NOT NULL, published date,
		                       lang text, body text NOT NULL);"
	local f id gold published lang
	for f in "$CORPUS"/articles/*.txt; do
		id=$(basename "$f" .txt)
		gold=$CORPUS/gold/$id.json
		published=$(article_published "$gold")
		lang=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["lang"])' "$gold")
		# the body goes through a psql variable: no quoting by hand
		psql_quiet -v body="$(cat "$f")" -v id="$id" -v published="$published" -v lang="$lang" <<'SQL'
INSERT INTO articles (id, title, published, lang, body)
VALUES (:'id', split_part(btrim(:'body', E' \n'), E'\n', 1), :'published', :'lang', :'body');
SQL
	done
}

# add_outlets: an outlet column in articles, the host name of the gold's
# source (www.tribunnews.com -> tribunnews.com); NULL where it has none.
add_outlets() {
	psql_quiet -c "ALTER TABLE articles ADD COLUMN IF NOT EXISTS outlet text"
	local f id outlet
	for f in "$CORPUS"/gold/*.json; do
		id=$(basename "$f" .json)
		outlet=$(python3 -c 'import json, sys, urllib.parse
source = json.load(open(sys.argv[1])).get("source") or ""
host = urllib.parse.urlsplit(source).hostname or ""
print(host[4:] if host.startswith("www.") else host)' "$f")
		[ -n "$outlet" ] || continue
		psql_quiet -v id="$id" -v outlet="$outlet" <<'SQL'
UPDATE articles SET outlet = :'outlet' WHERE id = :'id';
SQL
	done
}

# track_articles: articles tracked (with its outlet column) and extracted.
track_articles() {
	add_outlets
	psql_quiet -c "SELECT narrative.track('articles', body => 'body', lang => 'lang',
	                                      published => 'published', outlet => 'outlet')" >/dev/null
	psql_quiet -c "CALL narrative.refresh('articles')" 2>/dev/null
}

# The period of the corpus that timeline_svg() draws for the README (the
# corpus runs from 2019, but all but two articles are from this period).
TIMELINE_FROM=2022-10-01
TIMELINE_TO=2025-06-30

# write_timeline FILE: timeline_svg() of the tracked articles, in FILE.
write_timeline() {
	psql -X -q -A -t -v ON_ERROR_STOP=1 -v from="$TIMELINE_FROM" -v to="$TIMELINE_TO" >"$1" <<'SQL'
SELECT narrative.timeline_svg('articles', :'from', :'to');
SQL
}

# fresh_database NAME: an empty database NAME, dropped first if it exists.
fresh_database() {
	PGOPTIONS='-c client_min_messages=warning' psql_quiet -d postgres \
		-c "DROP DATABASE IF EXISTS \"$1\"" -c "CREATE DATABASE \"$1\""
}

# copy_articles DB: the articles table of $PGDATABASE, copied into DB.
copy_articles() {
	psql_quiet -d "$1" -c "CREATE TABLE articles (id text PRIMARY KEY, title text NOT NULL,
	                                              published date, lang text, body text NOT NULL)"
	psql -X -q -v ON_ERROR_STOP=1 -c "COPY articles TO STDOUT" |
		psql_quiet -d "$1" -c "COPY articles FROM STDIN"
}

# lexicon_rows DB: every lexicon row and the fingerprint, as sorted text.
lexicon_rows() {
	psql -X -A -t -v ON_ERROR_STOP=1 -d "$1" <<'SQL'
SELECT 'actor', a.* FROM narrative.actor a ORDER BY id COLLATE "C";
SELECT 'alias', a.* FROM narrative.alias a ORDER BY alias COLLATE "C", lang COLLATE "C", actor COLLATE "C";
SELECT 'cue', c.* FROM narrative.cue c ORDER BY word COLLATE "C", lang COLLATE "C";
SELECT 'fingerprint', narrative.lexicon_fingerprint();
SQL
}

# extractions DB: a digest of extract() for every article in DB.
extractions() {
	psql -X -A -t -v ON_ERROR_STOP=1 -d "$1" \
		-c "SELECT id, md5(narrative.extract(body, lang, published)::text) FROM articles ORDER BY id"
}

# For suites that count their assertions: check WHAT COMMAND... runs one,
# checks_report SUITE prints "SUITE: N passed, N failed" and fails if any did.
checks_passed=0
checks_failed=0
check() {
	local what=$1
	shift
	if "$@"; then
		checks_passed=$((checks_passed + 1))
	else
		checks_failed=$((checks_failed + 1))
		echo "FAIL: $what"
	fi
}
checks_report() {
	echo "$1: $checks_passed passed, $checks_failed failed"
	[ "$checks_failed" -eq 0 ]
}

setup_all() {
	install_packages
	build_and_install
	start_cluster "$1"
	psql_quiet -c "CREATE EXTENSION narrative;"
}
