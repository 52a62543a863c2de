-- The timex type: a calendar date of known precision, after TIMEX3
-- (2024-02-21, 2024-W08, 2024-02, 2024-Q1, 2024-H1, 2024, 202X, each
-- optionally /early, /mid or /late).  Its C side is src/pg/timex_type.c.

-- Shell type first, so the I/O functions can name it.
CREATE TYPE narrative.timex;

CREATE FUNCTION narrative.timex_in(pg_catalog.cstring)
    RETURNS narrative.timex
    AS 'MODULE_PATHNAME', 'timex_in'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_in(pg_catalog.cstring) IS
    'Text input of timex: 2024-02-21, 2024-W08, 2024-02, 2024-Q1, 2024-H1, 2024 or 202X, optionally /early, /mid or /late';

CREATE FUNCTION narrative.timex_out(narrative.timex)
    RETURNS pg_catalog.cstring
    AS 'MODULE_PATHNAME', 'timex_out'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_out(narrative.timex) IS
    'Text output of timex, in the form timex_in reads';

CREATE FUNCTION narrative.timex_recv(pg_catalog.internal)
    RETURNS narrative.timex
    AS 'MODULE_PATHNAME', 'timex_recv'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_recv(pg_catalog.internal) IS
    'Binary input of timex: year as int4, then precision, modifier, part and day as one byte each; every field is checked';

CREATE FUNCTION narrative.timex_send(narrative.timex)
    RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'timex_send'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_send(narrative.timex) IS
    'Binary output of timex, in the form timex_recv reads';

CREATE TYPE narrative.timex (
    INPUT = narrative.timex_in,
    OUTPUT = narrative.timex_out,
    RECEIVE = narrative.timex_recv,
    SEND = narrative.timex_send,
    INTERNALLENGTH = 8,
    ALIGNMENT = int4,
    STORAGE = plain
);
COMMENT ON TYPE narrative.timex IS
    'A calendar date of known precision (day, ISO week, month, quarter, half, year or decade), optionally narrowed to its early, mid or late third';

-- Bounds and precision.

CREATE FUNCTION narrative.lower(narrative.timex)
    RETURNS pg_catalog.date
    AS 'MODULE_PATHNAME', 'timex_lower'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.lower(narrative.timex) IS
    'First day a timex covers';

CREATE FUNCTION narrative.upper(narrative.timex)
    RETURNS pg_catalog.date
    AS 'MODULE_PATHNAME', 'timex_upper'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.upper(narrative.timex) IS
    'Day after the last day a timex covers (exclusive upper bound)';

CREATE FUNCTION narrative.precision(narrative.timex)
    RETURNS pg_catalog.text
    AS 'MODULE_PATHNAME', 'timex_precision'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.precision(narrative.timex) IS
    'Precision of a timex: day, week, month, quarter, half, year or decade';

-- Casts.  To daterange only when asked (it forgets the precision); from date
-- also on assignment, since it loses nothing.

CREATE FUNCTION narrative.to_daterange(narrative.timex)
    RETURNS pg_catalog.daterange
    AS 'MODULE_PATHNAME', 'timex_to_daterange'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.to_daterange(narrative.timex) IS
    'The days a timex covers, as [lower, upper)';

CREATE FUNCTION narrative.to_timex(pg_catalog.date)
    RETURNS narrative.timex
    AS 'MODULE_PATHNAME', 'date_to_timex'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.to_timex(pg_catalog.date) IS
    'A date as a timex of day precision; years 1 to 9999';

CREATE CAST (narrative.timex AS pg_catalog.daterange)
    WITH FUNCTION narrative.to_daterange(narrative.timex);
CREATE CAST (pg_catalog.date AS narrative.timex)
    WITH FUNCTION narrative.to_timex(pg_catalog.date)
    AS ASSIGNMENT;

-- Order: by lower bound, then wider first, then precision, then modifier.

CREATE FUNCTION narrative.timex_lt(narrative.timex, narrative.timex)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'timex_lt'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_lt(narrative.timex, narrative.timex) IS
    'Implements the < operator on timex';

CREATE FUNCTION narrative.timex_le(narrative.timex, narrative.timex)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'timex_le'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_le(narrative.timex, narrative.timex) IS
    'Implements the <= operator on timex';

CREATE FUNCTION narrative.timex_eq(narrative.timex, narrative.timex)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'timex_eq'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_eq(narrative.timex, narrative.timex) IS
    'Implements the = operator on timex';

CREATE FUNCTION narrative.timex_ne(narrative.timex, narrative.timex)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'timex_ne'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_ne(narrative.timex, narrative.timex) IS
    'Implements the <> operator on timex';

CREATE FUNCTION narrative.timex_ge(narrative.timex, narrative.timex)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'timex_ge'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_ge(narrative.timex, narrative.timex) IS
    'Implements the >= operator on timex';

CREATE FUNCTION narrative.timex_gt(narrative.timex, narrative.timex)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'timex_gt'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_gt(narrative.timex, narrative.timex) IS
    'Implements the > operator on timex';

CREATE FUNCTION narrative.timex_cmp(narrative.timex, narrative.timex)
    RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'timex_cmp'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_cmp(narrative.timex, narrative.timex) IS
    'Btree support: -1, 0 or 1 as the first timex sorts before, with or after the second';

CREATE FUNCTION narrative.timex_hash(narrative.timex)
    RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'timex_hash'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_hash(narrative.timex) IS
    'Hash support: 32-bit hash of a timex';

CREATE FUNCTION narrative.timex_hash_extended(narrative.timex, pg_catalog.int8)
    RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'timex_hash_extended'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_hash_extended(narrative.timex, pg_catalog.int8) IS
    'Hash support: seeded 64-bit hash of a timex';

CREATE OPERATOR narrative.< (
    LEFTARG = narrative.timex, RIGHTARG = narrative.timex,
    FUNCTION = narrative.timex_lt,
    COMMUTATOR = OPERATOR(narrative.>), NEGATOR = OPERATOR(narrative.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR narrative.<= (
    LEFTARG = narrative.timex, RIGHTARG = narrative.timex,
    FUNCTION = narrative.timex_le,
    COMMUTATOR = OPERATOR(narrative.>=), NEGATOR = OPERATOR(narrative.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR narrative.= (
    LEFTARG = narrative.timex, RIGHTARG = narrative.timex,
    FUNCTION = narrative.timex_eq,
    COMMUTATOR = OPERATOR(narrative.=), NEGATOR = OPERATOR(narrative.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
    HASHES, MERGES
);
CREATE OPERATOR narrative.<> (
    LEFTARG = narrative.timex, RIGHTARG = narrative.timex,
    FUNCTION = narrative.timex_ne,
    COMMUTATOR = OPERATOR(narrative.<>), NEGATOR = OPERATOR(narrative.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR narrative.>= (
    LEFTARG = narrative.timex, RIGHTARG = narrative.timex,
    FUNCTION = narrative.timex_ge,
    COMMUTATOR = OPERATOR(narrative.<=), NEGATOR = OPERATOR(narrative.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
CREATE OPERATOR narrative.> (
    LEFTARG = narrative.timex, RIGHTARG = narrative.timex,
    FUNCTION = narrative.timex_gt,
    COMMUTATOR = OPERATOR(narrative.<), NEGATOR = OPERATOR(narrative.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);

CREATE OPERATOR CLASS narrative.timex_btree_ops
    DEFAULT FOR TYPE narrative.timex USING btree AS
        OPERATOR 1 narrative.<,
        OPERATOR 2 narrative.<=,
        OPERATOR 3 narrative.=,
        OPERATOR 4 narrative.>=,
        OPERATOR 5 narrative.>,
        FUNCTION 1 narrative.timex_cmp(narrative.timex, narrative.timex);

CREATE OPERATOR CLASS narrative.timex_hash_ops
    DEFAULT FOR TYPE narrative.timex USING hash AS
        OPERATOR 1 narrative.=,
        FUNCTION 1 narrative.timex_hash(narrative.timex),
        FUNCTION 2 narrative.timex_hash_extended(narrative.timex, pg_catalog.int8);

-- Overlap (&&).  A date is the one day it names; an empty daterange
-- overlaps nothing.

CREATE FUNCTION narrative.timex_overlaps(narrative.timex, narrative.timex)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'timex_overlaps_timex'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_overlaps(narrative.timex, narrative.timex) IS
    'Implements timex && timex: the two share at least one day';

CREATE FUNCTION narrative.timex_overlaps(narrative.timex, pg_catalog.date)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'timex_overlaps_date'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_overlaps(narrative.timex, pg_catalog.date) IS
    'Implements timex && date: the timex covers the date';

CREATE FUNCTION narrative.timex_overlaps(pg_catalog.date, narrative.timex)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'date_overlaps_timex'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_overlaps(pg_catalog.date, narrative.timex) IS
    'Implements date && timex: the timex covers the date';

CREATE FUNCTION narrative.timex_overlaps(narrative.timex, pg_catalog.daterange)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'timex_overlaps_daterange'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_overlaps(narrative.timex, pg_catalog.daterange) IS
    'Implements timex && daterange: the two share at least one day';

CREATE FUNCTION narrative.timex_overlaps(pg_catalog.daterange, narrative.timex)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'daterange_overlaps_timex'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_overlaps(pg_catalog.daterange, narrative.timex) IS
    'Implements daterange && timex: the two share at least one day';

CREATE OPERATOR narrative.&& (
    LEFTARG = narrative.timex, RIGHTARG = narrative.timex,
    FUNCTION = narrative.timex_overlaps,
    COMMUTATOR = OPERATOR(narrative.&&),
    RESTRICT = pg_catalog.areasel, JOIN = pg_catalog.areajoinsel
);
CREATE OPERATOR narrative.&& (
    LEFTARG = narrative.timex, RIGHTARG = pg_catalog.date,
    FUNCTION = narrative.timex_overlaps,
    COMMUTATOR = OPERATOR(narrative.&&),
    RESTRICT = pg_catalog.areasel, JOIN = pg_catalog.areajoinsel
);
CREATE OPERATOR narrative.&& (
    LEFTARG = pg_catalog.date, RIGHTARG = narrative.timex,
    FUNCTION = narrative.timex_overlaps,
    COMMUTATOR = OPERATOR(narrative.&&),
    RESTRICT = pg_catalog.areasel, JOIN = pg_catalog.areajoinsel
);
CREATE OPERATOR narrative.&& (
    LEFTARG = narrative.timex, RIGHTARG = pg_catalog.daterange,
    FUNCTION = narrative.timex_overlaps,
    COMMUTATOR = OPERATOR(narrative.&&),
    RESTRICT = pg_catalog.areasel, JOIN = pg_catalog.areajoinsel
);
CREATE OPERATOR narrative.&& (
    LEFTARG = pg_catalog.daterange, RIGHTARG = narrative.timex,
    FUNCTION = narrative.timex_overlaps,
    COMMUTATOR = OPERATOR(narrative.&&),
    RESTRICT = pg_catalog.areasel, JOIN = pg_catalog.areajoinsel
);

-- Containment (@> and <@).  As with ranges, everything contains the empty
-- daterange.

CREATE FUNCTION narrative.timex_contains(narrative.timex, narrative.timex)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'timex_contains_timex'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_contains(narrative.timex, narrative.timex) IS
    'Implements timex @> timex: every day of the second is in the first';

CREATE FUNCTION narrative.timex_contains(narrative.timex, pg_catalog.date)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'timex_contains_date'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_contains(narrative.timex, pg_catalog.date) IS
    'Implements timex @> date: the timex covers the date';

CREATE FUNCTION narrative.timex_contains(narrative.timex, pg_catalog.daterange)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'timex_contains_daterange'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_contains(narrative.timex, pg_catalog.daterange) IS
    'Implements timex @> daterange: every day of the range is in the timex';

CREATE FUNCTION narrative.timex_contains(pg_catalog.daterange, narrative.timex)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'daterange_contains_timex'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_contains(pg_catalog.daterange, narrative.timex) IS
    'Implements daterange @> timex: every day of the timex is in the range';

CREATE FUNCTION narrative.timex_contained_by(narrative.timex, narrative.timex)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'timex_contained_by_timex'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_contained_by(narrative.timex, narrative.timex) IS
    'Implements timex <@ timex: every day of the first is in the second';

CREATE FUNCTION narrative.timex_contained_by(pg_catalog.date, narrative.timex)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'date_contained_by_timex'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_contained_by(pg_catalog.date, narrative.timex) IS
    'Implements date <@ timex: the timex covers the date';

CREATE FUNCTION narrative.timex_contained_by(pg_catalog.daterange, narrative.timex)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'daterange_contained_by_timex'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_contained_by(pg_catalog.daterange, narrative.timex) IS
    'Implements daterange <@ timex: every day of the range is in the timex';

CREATE FUNCTION narrative.timex_contained_by(narrative.timex, pg_catalog.daterange)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'timex_contained_by_daterange'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.timex_contained_by(narrative.timex, pg_catalog.daterange) IS
    'Implements timex <@ daterange: every day of the timex is in the range';

CREATE OPERATOR narrative.@> (
    LEFTARG = narrative.timex, RIGHTARG = narrative.timex,
    FUNCTION = narrative.timex_contains,
    COMMUTATOR = OPERATOR(narrative.<@),
    RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
CREATE OPERATOR narrative.@> (
    LEFTARG = narrative.timex, RIGHTARG = pg_catalog.date,
    FUNCTION = narrative.timex_contains,
    COMMUTATOR = OPERATOR(narrative.<@),
    RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
CREATE OPERATOR narrative.@> (
    LEFTARG = narrative.timex, RIGHTARG = pg_catalog.daterange,
    FUNCTION = narrative.timex_contains,
    COMMUTATOR = OPERATOR(narrative.<@),
    RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
CREATE OPERATOR narrative.@> (
    LEFTARG = pg_catalog.daterange, RIGHTARG = narrative.timex,
    FUNCTION = narrative.timex_contains,
    COMMUTATOR = OPERATOR(narrative.<@),
    RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
CREATE OPERATOR narrative.<@ (
    LEFTARG = narrative.timex, RIGHTARG = narrative.timex,
    FUNCTION = narrative.timex_contained_by,
    COMMUTATOR = OPERATOR(narrative.@>),
    RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
CREATE OPERATOR narrative.<@ (
    LEFTARG = pg_catalog.date, RIGHTARG = narrative.timex,
    FUNCTION = narrative.timex_contained_by,
    COMMUTATOR = OPERATOR(narrative.@>),
    RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
CREATE OPERATOR narrative.<@ (
    LEFTARG = pg_catalog.daterange, RIGHTARG = narrative.timex,
    FUNCTION = narrative.timex_contained_by,
    COMMUTATOR = OPERATOR(narrative.@>),
    RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
CREATE OPERATOR narrative.<@ (
    LEFTARG = narrative.timex, RIGHTARG = pg_catalog.daterange,
    FUNCTION = narrative.timex_contained_by,
    COMMUTATOR = OPERATOR(narrative.@>),
    RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
