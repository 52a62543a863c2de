-- A GiST operator class for timex: an index USING gist on a timex column
-- serves && (against timex, date and daterange), @> and <@.  Its keys are
-- the spans of days the values cover, two int4 day numbers packed in an
-- int8 (src/pg/timex_gist.c); consistent rechecks every row with the
-- operator itself.

CREATE FUNCTION narrative.timex_gist_compress(pg_catalog.internal)
    RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'timex_gist_compress'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_gist_compress(pg_catalog.internal) IS
    'GiST support: a timex becomes the span of days it covers';

CREATE FUNCTION narrative.timex_gist_consistent(pg_catalog.internal, narrative.timex,
                                                pg_catalog.int2, pg_catalog.oid, pg_catalog.internal)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'timex_gist_consistent'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_gist_consistent(pg_catalog.internal, narrative.timex,
                                                    pg_catalog.int2, pg_catalog.oid, pg_catalog.internal) IS
    'GiST support: whether a subtree may hold a timex that overlaps, contains or is contained by the query (rechecked)';

CREATE FUNCTION narrative.timex_gist_union(pg_catalog.internal, pg_catalog.internal)
    RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'timex_gist_union'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_gist_union(pg_catalog.internal, pg_catalog.internal) IS
    'GiST support: the span of days covering a set of keys';

CREATE FUNCTION narrative.timex_gist_penalty(pg_catalog.internal, pg_catalog.internal, pg_catalog.internal)
    RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'timex_gist_penalty'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_gist_penalty(pg_catalog.internal, pg_catalog.internal, pg_catalog.internal) IS
    'GiST support: the days a key grows by to take in another';

CREATE FUNCTION narrative.timex_gist_picksplit(pg_catalog.internal, pg_catalog.internal)
    RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'timex_gist_picksplit'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_gist_picksplit(pg_catalog.internal, pg_catalog.internal) IS
    'GiST support: a full page''s keys split in two halves by the middle of their spans';

CREATE FUNCTION narrative.timex_gist_same(pg_catalog.int8, pg_catalog.int8, pg_catalog.internal)
    RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'timex_gist_same'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_gist_same(pg_catalog.int8, pg_catalog.int8, pg_catalog.internal) IS
    'GiST support: whether two keys are the same span';

CREATE OPERATOR CLASS narrative.timex_gist_ops
    DEFAULT FOR TYPE narrative.timex USING gist AS
        OPERATOR 3 narrative.&& (narrative.timex, narrative.timex),
        OPERATOR 3 narrative.&& (narrative.timex, pg_catalog.date),
        OPERATOR 3 narrative.&& (narrative.timex, pg_catalog.daterange),
        OPERATOR 7 narrative.@> (narrative.timex, narrative.timex),
        OPERATOR 7 narrative.@> (narrative.timex, pg_catalog.date),
        OPERATOR 7 narrative.@> (narrative.timex, pg_catalog.daterange),
        OPERATOR 8 narrative.<@ (narrative.timex, narrative.timex),
        OPERATOR 8 narrative.<@ (narrative.timex, pg_catalog.daterange),
        FUNCTION 1 narrative.timex_gist_consistent(pg_catalog.internal, narrative.timex,
                                                   pg_catalog.int2, pg_catalog.oid, pg_catalog.internal),
        FUNCTION 2 narrative.timex_gist_union(pg_catalog.internal, pg_catalog.internal),
        FUNCTION 3 narrative.timex_gist_compress(pg_catalog.internal),
        FUNCTION 5 narrative.timex_gist_penalty(pg_catalog.internal, pg_catalog.internal, pg_catalog.internal),
        FUNCTION 6 narrative.timex_gist_picksplit(pg_catalog.internal, pg_catalog.internal),
        FUNCTION 7 narrative.timex_gist_same(pg_catalog.int8, pg_catalog.int8, pg_catalog.internal),
        STORAGE pg_catalog.int8;
