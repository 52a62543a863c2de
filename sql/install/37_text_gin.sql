-- A GIN operator class for text under = (src/pg/text_gin.c), for the
-- actor and act columns of the tables track() keeps: a few hundred codes
-- over millions of rows, where a GIN index costs about half what a B-tree
-- does on a load, and one GIN index over several columns serves a search
-- on any of them.  Keys are ordered by their bytes; a column under a
-- nondeterministic collation is refused.  Not the default for text, so it
-- stays out of the way of btree_gin's.

CREATE FUNCTION narrative.text_gin_compare(pg_catalog.text, pg_catalog.text)
    RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'text_gin_compare'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.text_gin_compare(pg_catalog.text, pg_catalog.text) IS
    'GIN support: the order of two keys, by their bytes';

CREATE FUNCTION narrative.text_gin_extract_value(pg_catalog.text, pg_catalog.internal, pg_catalog.internal)
    RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'text_gin_extract_value'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.text_gin_extract_value(pg_catalog.text, pg_catalog.internal, pg_catalog.internal) IS
    'GIN support: the key of a value, the value itself';

CREATE FUNCTION narrative.text_gin_extract_query(pg_catalog.text, pg_catalog.internal, pg_catalog.int2,
                                                 pg_catalog.internal, pg_catalog.internal,
                                                 pg_catalog.internal, pg_catalog.internal)
    RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'text_gin_extract_query'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.text_gin_extract_query(pg_catalog.text, pg_catalog.internal, pg_catalog.int2,
                                                     pg_catalog.internal, pg_catalog.internal,
                                                     pg_catalog.internal, pg_catalog.internal) IS
    'GIN support: the key an equality search looks for';

CREATE FUNCTION narrative.text_gin_consistent(pg_catalog.internal, pg_catalog.int2, pg_catalog.text,
                                              pg_catalog.int4, pg_catalog.internal, pg_catalog.internal,
                                              pg_catalog.internal, pg_catalog.internal)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'text_gin_consistent'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.text_gin_consistent(pg_catalog.internal, pg_catalog.int2, pg_catalog.text,
                                                  pg_catalog.int4, pg_catalog.internal, pg_catalog.internal,
                                                  pg_catalog.internal, pg_catalog.internal) IS
    'GIN support: a row matches when it holds the key (exact)';

CREATE FUNCTION narrative.text_gin_triconsistent(pg_catalog.internal, pg_catalog.int2, pg_catalog.text,
                                                 pg_catalog.int4, pg_catalog.internal, pg_catalog.internal,
                                                 pg_catalog.internal)
    RETURNS pg_catalog.char
    AS 'MODULE_PATHNAME', 'text_gin_triconsistent'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.text_gin_triconsistent(pg_catalog.internal, pg_catalog.int2, pg_catalog.text,
                                                     pg_catalog.int4, pg_catalog.internal, pg_catalog.internal,
                                                     pg_catalog.internal) IS
    'GIN support: a row matches when it holds the key (exact, three-valued)';

CREATE OPERATOR CLASS narrative.text_equality_ops
    FOR TYPE pg_catalog.text USING gin AS
        OPERATOR 1 pg_catalog.= (pg_catalog.text, pg_catalog.text),
        FUNCTION 1 narrative.text_gin_compare(pg_catalog.text, pg_catalog.text),
        FUNCTION 2 narrative.text_gin_extract_value(pg_catalog.text, pg_catalog.internal, pg_catalog.internal),
        FUNCTION 3 narrative.text_gin_extract_query(pg_catalog.text, pg_catalog.internal, pg_catalog.int2,
                                                    pg_catalog.internal, pg_catalog.internal,
                                                    pg_catalog.internal, pg_catalog.internal),
        FUNCTION 4 narrative.text_gin_consistent(pg_catalog.internal, pg_catalog.int2, pg_catalog.text,
                                                 pg_catalog.int4, pg_catalog.internal, pg_catalog.internal,
                                                 pg_catalog.internal, pg_catalog.internal),
        FUNCTION 6 narrative.text_gin_triconsistent(pg_catalog.internal, pg_catalog.int2, pg_catalog.text,
                                                    pg_catalog.int4, pg_catalog.internal, pg_catalog.internal,
                                                    pg_catalog.internal),
        STORAGE pg_catalog.text;
