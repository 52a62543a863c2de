# narrative — PGXS build.
#
# src/core is plain C99 (no PostgreSQL header); src/pg is the fmgr glue.
# The install script is assembled from sql/install/*.sql (in name order) and
# the lexicon data files in data/, so the default lexicon stays reviewable
# one row a line.

EXTENSION = narrative
EXTVERSION = 0.2
MODULE_big = narrative

CORE_SRCS = $(sort $(wildcard src/core/*.c))
PG_SRCS = $(sort $(wildcard src/pg/*.c))
OBJS = $(CORE_SRCS:.c=.o) $(PG_SRCS:.c=.o) src/core/generated/builtin_data.o

# sql/released/ holds the install and upgrade scripts of released versions,
# frozen as they shipped; they are installed as they are, so that
# ALTER EXTENSION ... UPDATE finds a path from every one of them.  The
# upgrade into this version is built: sql/upgrade/narrative--OLD--NEW.sql,
# then the builtin lexicon rows brought up to data/.  At a release, copy the
# built install and upgrade scripts into sql/released/ and empty sql/upgrade/.
RELEASED_SCRIPTS = $(sort $(wildcard sql/released/$(EXTENSION)--*.sql))
UPGRADE_SCRIPTS = $(patsubst sql/upgrade/%,sql/%,$(sort $(wildcard sql/upgrade/$(EXTENSION)--*--$(EXTVERSION).sql)))
DATA = $(RELEASED_SCRIPTS)
DATA_built = sql/$(EXTENSION)--$(EXTVERSION).sql $(UPGRADE_SCRIPTS)

# pg_regress inputs: every sql/*.sql that is not an install script.
REGRESS = $(sort $(patsubst sql/%.sql,%,$(filter-out sql/$(EXTENSION)--%.sql,$(wildcard sql/*.sql))))
REGRESS_OPTS = --inputdir=. --load-extension=$(EXTENSION)

PKG_CONFIG ?= pkg-config
DEPS_CFLAGS := $(shell $(PKG_CONFIG) --cflags libutf8proc libpcre2-8)
DEPS_LIBS := $(shell $(PKG_CONFIG) --libs libutf8proc libpcre2-8)

PG_CPPFLAGS = -Isrc/core -Isrc/core/generated $(DEPS_CFLAGS)
# -fomit-frame-pointer undoes the server's -fno-omit-frame-pointer for this
# library alone: the register it frees is worth 1.2% of extract()'s
# instructions (its call stacks remain for perf --call-graph=dwarf).
PG_CFLAGS = -std=gnu99 -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers \
	-fno-semantic-interposition -fomit-frame-pointer
# The library's calls to its own functions go straight to them, not through
# the PLT: nothing outside it needs to replace one (about 6% of extract()).
SHLIB_LINK = $(DEPS_LIBS) -Wl,-Bsymbolic-functions

EXTRA_CLEAN = src/core/generated test/unit/run_unit test/unit/*.o test/tools/narrative_cli test/fuzzers/build \
	results regression.diffs regression.out $(EXTENSION)-*.tar.gz

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# Built-in word lists of the core (time words, role words, hedges...):
# embedded as C strings so the core needs no file at run time.
BUILTIN_TSV = $(sort $(wildcard data/builtin/*.tsv))
src/core/generated/builtin_data.c: $(BUILTIN_TSV) test/tools/embed_tsv.sh
	@mkdir -p src/core/generated
	sh test/tools/embed_tsv.sh $(BUILTIN_TSV) > $@.tmp && mv $@.tmp $@

$(CORE_SRCS:.c=.o) $(PG_SRCS:.c=.o): $(wildcard src/core/*.h src/pg/*.h)

# The install script: schema and functions, then the default lexicon rows.
INSTALL_PARTS = $(sort $(wildcard sql/install/*.sql))
LEXICON_TSV = data/actor.tsv data/alias.tsv data/cue.tsv
sql/$(EXTENSION)--$(EXTVERSION).sql: $(INSTALL_PARTS) $(LEXICON_TSV) test/tools/lexicon_sql.sh
	( cat $(INSTALL_PARTS) && sh test/tools/lexicon_sql.sh $(LEXICON_TSV) ) > $@.tmp && mv $@.tmp $@

# The upgrade into this version: what changed, then the builtin rows.
sql/$(EXTENSION)--%--$(EXTVERSION).sql: sql/upgrade/$(EXTENSION)--%--$(EXTVERSION).sql $(INSTALL_PARTS) $(LEXICON_TSV) test/tools/lexicon_sql.sh
	( awk '/^-- include / { while ((getline line < $$3) > 0) print line; close($$3); next } { print }' $< && \
	  sh test/tools/lexicon_sql.sh --refresh $(LEXICON_TSV) ) > $@.tmp && mv $@.tmp $@

# C unit tests of src/core, linked without PostgreSQL.
UNIT_SRCS = $(sort $(wildcard test/unit/*.c))
test/unit/run_unit: $(UNIT_SRCS) $(CORE_SRCS) src/core/generated/builtin_data.c $(wildcard src/core/*.h test/unit/*.h)
	$(CC) -std=gnu99 -g -O1 -Wall -Wextra -Werror -Wno-unused-parameter -Isrc/core -Itest/unit $(DEPS_CFLAGS) \
		-o $@ $(UNIT_SRCS) $(CORE_SRCS) src/core/generated/builtin_data.c $(DEPS_LIBS)

.PHONY: unit
unit: test/unit/run_unit
	test/unit/run_unit

# The core on files, outside the server (debugging, valgrind, profiling).
TOOL_SRCS = test/tools/lexicon_tsv.c
CORE_DEPS = $(CORE_SRCS) src/core/generated/builtin_data.c $(wildcard src/core/*.h)
test/tools/narrative_cli: test/tools/narrative_cli.c $(TOOL_SRCS) test/tools/lexicon_tsv.h $(CORE_DEPS)
	$(CC) -std=gnu99 -g -O2 -Wall -Wextra -Werror -Wno-unused-parameter -Isrc/core -Itest/tools $(DEPS_CFLAGS) \
		-o $@ test/tools/narrative_cli.c $(TOOL_SRCS) $(CORE_SRCS) src/core/generated/builtin_data.c $(DEPS_LIBS)

# libFuzzer targets of the core (test/fuzzers; test/fuzz runs them), with AddressSanitizer
# and UndefinedBehaviorSanitizer; any report stops the run.  The core and
# the tools are compiled once, with the coverage instrumentation, into
# test/fuzzers/build and linked into each target.
FUZZ_CC ?= clang
FUZZ_BUILD = test/fuzzers/build
FUZZ_SANITIZE = -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_CFLAGS = -std=gnu99 -g -O1 $(FUZZ_SANITIZE) -Wall -Wextra -Werror -Wno-unused-parameter \
	-Wno-missing-field-initializers -Isrc/core -Itest/tools $(DEPS_CFLAGS)
FUZZ_OBJS = $(patsubst %.c,$(FUZZ_BUILD)/%.o,$(CORE_SRCS) $(TOOL_SRCS)) $(FUZZ_BUILD)/builtin_data.o
FUZZ_TARGETS = $(patsubst test/fuzzers/%.c,$(FUZZ_BUILD)/%,$(sort $(wildcard test/fuzzers/fuzz_*.c)))
$(FUZZ_BUILD)/%.o: %.c $(wildcard src/core/*.h) test/tools/lexicon_tsv.h
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<
$(FUZZ_BUILD)/builtin_data.o: src/core/generated/builtin_data.c
	$(FUZZ_CC) $(FUZZ_CFLAGS) -c -o $@ $<
$(FUZZ_BUILD)/fuzz_%: test/fuzzers/fuzz_%.c test/fuzzers/fuzz_check.h $(FUZZ_OBJS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -DNARRATIVE_DATA_DIR='"$(CURDIR)/data"' \
		-o $@ $< $(FUZZ_OBJS) $(DEPS_LIBS)

# fuzz_pglz holds the core's pglz decoder to PostgreSQL's own, linked from
# libpgcommon and libpgport (the server's development files, which the
# build needs anyway: Debian keeps them in the package library directory,
# a build from source in the library directory).  Their headers name
# gcc's printf attribute, which clang ignores.
PG_STATIC_DIR = $(firstword $(dir $(wildcard $(shell $(PG_CONFIG) --pkglibdir)/libpgcommon.a \
	$(shell $(PG_CONFIG) --libdir)/libpgcommon.a)) $(shell $(PG_CONFIG) --pkglibdir)/)
$(FUZZ_BUILD)/fuzz_pglz: test/fuzzers/fuzz_pglz.c test/fuzzers/fuzz_check.h $(FUZZ_OBJS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -Wno-ignored-attributes -fsanitize=fuzzer -I$(shell $(PG_CONFIG) --includedir-server) \
		-o $@ $< $(FUZZ_OBJS) $(PG_STATIC_DIR)libpgcommon.a $(PG_STATIC_DIR)libpgport.a $(DEPS_LIBS)

.PHONY: fuzz-targets
fuzz-targets: $(FUZZ_TARGETS)

# The picture the README shows: timeline_svg() of the shared corpus.
.PHONY: timeline
timeline:
	test/timeline doc/timeline.svg

# The release archive PGXN takes: the committed tree (git archive of HEAD,
# so nothing uncommitted or ignored) under narrative-VERSION/, VERSION
# being META.json's (test/dist checks it against the control file).
DISTVERSION = $(shell python3 -c 'import json; print(json.load(open("META.json"))["version"])')
.PHONY: dist
dist:
	git archive --format=tar.gz --prefix=$(EXTENSION)-$(DISTVERSION)/ -o $(EXTENSION)-$(DISTVERSION).tar.gz HEAD
