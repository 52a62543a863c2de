-- A GiST operator class for timex: an index USING gist on a timex column
-- serves && (against timex, date and daterange), @> and <@.  Its keys are
-- the dateranges the values cover, so union, penalty, picksplit and same
-- are the range type's own; consistent rechecks every row with the
-- operator itself.

CREATE FUNCTION narrative.timex_gist_compress(pg_catalog.internal)
    RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'timex_gist_compress'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_gist_compress(pg_catalog.internal) IS
    'GiST support: a timex becomes the daterange it covers';

CREATE FUNCTION narrative.timex_gist_consistent(pg_catalog.internal, narrative.timex,
                                                pg_catalog.int2, pg_catalog.oid, pg_catalog.internal)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'timex_gist_consistent'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_gist_consistent(pg_catalog.internal, narrative.timex,
                                                    pg_catalog.int2, pg_catalog.oid, pg_catalog.internal) IS
    'GiST support: whether a subtree may hold a timex that overlaps, contains or is contained by the query (rechecked)';

-- The range type's union, declared to return the key type, as GiST's
-- validation of the operator class asks.
CREATE FUNCTION narrative.timex_gist_union(pg_catalog.internal, pg_catalog.internal)
    RETURNS pg_catalog.daterange
    AS 'range_gist_union'
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_gist_union(pg_catalog.internal, pg_catalog.internal) IS
    'GiST support: the daterange covering a set of keys (the range type''s own union)';

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
        FUNCTION 5 pg_catalog.range_gist_penalty(pg_catalog.internal, pg_catalog.internal, pg_catalog.internal),
        FUNCTION 6 pg_catalog.range_gist_picksplit(pg_catalog.internal, pg_catalog.internal),
        FUNCTION 7 pg_catalog.range_gist_same(pg_catalog.anyrange, pg_catalog.anyrange, pg_catalog.internal),
        STORAGE pg_catalog.daterange;
