-- The extraction functions.  They take the document first, then the named
-- options lang (NULL: detect) and published (NULL: relative expressions
-- stay unresolved).  They are CALLED ON NULL INPUT rather than STRICT,
-- because a NULL lang or published is meaningful; a NULL document yields
-- no rows.  COST 100, as to_tsvector has: a call costs about what parsing
-- the document for full-text search does (test/bench), and a realistic
-- cost is what lets the planner give a scan over them parallel workers.
-- ROWS is what a 4 KB news article yields (twice what the sample
-- articles, 1.9 KB on average, do: 14 sentences, 5 time expressions, 36
-- mentions, 7 quotes and 7 allegations each): the default of 1,000 rows a
-- call made the planner expect a join with them to be a hundred times
-- its size, and compile a query over some 10,000 articles with JIT.

CREATE FUNCTION narrative.sentences(
    doc pg_catalog.text,
    lang pg_catalog.text DEFAULT NULL,
    OUT n pg_catalog.int4, OUT pos pg_catalog.int4, OUT len pg_catalog.int4,
    OUT sentence pg_catalog.text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'narrative_sentences'
    LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE COST 100 ROWS 30;
COMMENT ON FUNCTION narrative.sentences(pg_catalog.text, pg_catalog.text) IS
    'Sentences of a news article: number, 1-based character position, length and text';

CREATE FUNCTION narrative.timexes(
    doc pg_catalog.text,
    lang pg_catalog.text DEFAULT NULL,
    published pg_catalog.date DEFAULT NULL,
    OUT n pg_catalog.int4, OUT surface pg_catalog.text, OUT value narrative.timex,
    OUT pos pg_catalog.int4, OUT len pg_catalog.int4, OUT sentence pg_catalog.int4)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'narrative_timexes'
    LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE COST 100 ROWS 10;
COMMENT ON FUNCTION narrative.timexes(pg_catalog.text, pg_catalog.text, pg_catalog.date) IS
    'Time expressions with their timex value normalised against the publication date (NULL when relative and no date is given), position, length and sentence number';

CREATE FUNCTION narrative.detect_lang(doc pg_catalog.text)
    RETURNS pg_catalog.text
    AS 'MODULE_PATHNAME', 'narrative_detect_lang'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.detect_lang(pg_catalog.text) IS
    'Language of a text by its function words: id, en, or NULL when it cannot tell';

CREATE FUNCTION narrative.mentions(
    doc pg_catalog.text,
    lang pg_catalog.text DEFAULT NULL,
    published pg_catalog.date DEFAULT NULL,
    OUT n pg_catalog.int4, OUT surface pg_catalog.text, OUT actor pg_catalog.text,
    OUT name pg_catalog.text, OUT kind pg_catalog.text, OUT country pg_catalog.text,
    OUT role pg_catalog.text, OUT pos pg_catalog.int4, OUT len pg_catalog.int4,
    OUT sentence pg_catalog.int4)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'narrative_mentions'
    LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE COST 100 ROWS 75;
COMMENT ON FUNCTION narrative.mentions(pg_catalog.text, pg_catalog.text, pg_catalog.date) IS
    'Actor mentions resolved to canonical actors (people the lexicon does not know get an id derived from their name), with kind, country, role phrase, position, length and sentence number';

CREATE FUNCTION narrative.lexicon_fingerprint()
    RETURNS pg_catalog.text
    AS 'MODULE_PATHNAME', 'narrative_lexicon_fingerprint'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION narrative.lexicon_fingerprint() IS
    'SHA-256 of the lexicon in force (the three tables and the built-in word lists): equal on two servers that extract alike';

CREATE FUNCTION narrative.quotes(
    doc pg_catalog.text,
    lang pg_catalog.text DEFAULT NULL,
    published pg_catalog.date DEFAULT NULL,
    OUT n pg_catalog.int4, OUT quote pg_catalog.text, OUT kind pg_catalog.text,
    OUT speaker pg_catalog.text, OUT speaker_actor pg_catalog.text,
    OUT speaker_role pg_catalog.text, OUT cue pg_catalog.text, OUT via pg_catalog.text,
    OUT said_on narrative.timex, OUT pos pg_catalog.int4, OUT len pg_catalog.int4,
    OUT sentence pg_catalog.int4)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'narrative_quotes'
    LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE COST 100 ROWS 15;
COMMENT ON FUNCTION narrative.quotes(pg_catalog.text, pg_catalog.text, pg_catalog.date) IS
    'Quotes: direct, partial and reported speech with the speaker as written and resolved to an actor, its role, the cue word, the outlet it was relayed through, when it was said, position, length and sentence number';

CREATE FUNCTION narrative.allegations(
    doc pg_catalog.text,
    lang pg_catalog.text DEFAULT NULL,
    published pg_catalog.date DEFAULT NULL,
    OUT n pg_catalog.int4, OUT accuser pg_catalog.text, OUT act pg_catalog.text,
    OUT accused pg_catalog.text, OUT charge pg_catalog.text, OUT hedged pg_catalog.bool,
    OUT said_on narrative.timex, OUT about narrative.timex, OUT claim pg_catalog.text,
    OUT pos pg_catalog.int4, OUT len pg_catalog.int4, OUT sentence pg_catalog.int4)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'narrative_allegations'
    LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE COST 100 ROWS 15;
COMMENT ON FUNCTION narrative.allegations(pg_catalog.text, pg_catalog.text, pg_catalog.date) IS
    'Allegations: who (accuser) accuses, condemns, denies, confirms, warns or sanctions whom (accused), the charge, whether hedged, when it was said and when the conduct took place, the claim, position, length and sentence number';

CREATE FUNCTION narrative.extract(
    doc pg_catalog.text,
    lang pg_catalog.text DEFAULT NULL,
    published pg_catalog.date DEFAULT NULL)
    RETURNS pg_catalog.jsonb
    AS 'MODULE_PATHNAME', 'narrative_extract'
    LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE COST 100;
COMMENT ON FUNCTION narrative.extract(pg_catalog.text, pg_catalog.text, pg_catalog.date) IS
    'Everything in one jsonb, computed in one pass: lang, sentences, timexes, mentions, quotes and allegations, each an array of the rows the functions of the same names return';
