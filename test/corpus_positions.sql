-- Every span of every extraction function over the sample corpus: its
-- pos/len must give back exactly its text.  Prints the mismatches (none
-- expected) and ends with their count.
\set ON_ERROR_STOP 1
WITH spans AS (
    SELECT a.id, 'sentences' AS fn, s.pos, s.len, s.sentence AS text
    FROM articles a, narrative.sentences(a.body, lang => a.lang) s
    UNION ALL
    SELECT a.id, 'timexes', t.pos, t.len, t.surface
    FROM articles a, narrative.timexes(a.body, lang => a.lang, published => a.published) t
    UNION ALL
    SELECT a.id, 'mentions', m.pos, m.len, m.surface
    FROM articles a, narrative.mentions(a.body, lang => a.lang, published => a.published) m
    UNION ALL
    SELECT a.id, 'quotes', q.pos, q.len, q.quote
    FROM articles a, narrative.quotes(a.body, lang => a.lang, published => a.published) q
), bad AS (
    SELECT s.* FROM spans s JOIN articles a USING (id)
    WHERE substr(a.body, s.pos, s.len) IS DISTINCT FROM s.text
)
SELECT fn, id, pos, len, text FROM bad;
SELECT 'position mismatches: ' || count(*) FROM (
    SELECT 1 FROM articles a, narrative.sentences(a.body) s WHERE substr(a.body, s.pos, s.len) <> s.sentence
    UNION ALL
    SELECT 1 FROM articles a, narrative.timexes(a.body, published => a.published) t
    WHERE substr(a.body, t.pos, t.len) <> t.surface
    UNION ALL
    SELECT 1 FROM articles a, narrative.mentions(a.body) m WHERE substr(a.body, m.pos, m.len) <> m.surface
    UNION ALL
    SELECT 1 FROM articles a, narrative.quotes(a.body) q WHERE substr(a.body, q.pos, q.len) <> q.quote) m;
