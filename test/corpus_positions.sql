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
    UNION ALL
    SELECT a.id, 'allegations', g.pos, g.len, g.claim
    FROM articles a, narrative.allegations(a.body, lang => a.lang, published => a.published) g
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
    SELECT 1 FROM articles a, narrative.quotes(a.body) q WHERE substr(a.body, q.pos, q.len) <> q.quote
    UNION ALL
    SELECT 1 FROM articles a, narrative.allegations(a.body) g WHERE substr(a.body, g.pos, g.len) <> g.claim) m;
-- extract() holds exactly what the five functions return.
SELECT 'extract disagreements: ' || count(*) FROM articles a
WHERE narrative.extract(a.body, a.lang, a.published) IS DISTINCT FROM jsonb_build_object(
    'lang', a.lang,
    'sentences', coalesce((SELECT jsonb_agg(to_jsonb(s) ORDER BY s.n) FROM narrative.sentences(a.body, a.lang) s), '[]'),
    'timexes', coalesce((SELECT jsonb_agg(to_jsonb(t) ORDER BY t.n) FROM narrative.timexes(a.body, a.lang, a.published) t), '[]'),
    'mentions', coalesce((SELECT jsonb_agg(to_jsonb(m) ORDER BY m.n) FROM narrative.mentions(a.body, a.lang, a.published) m), '[]'),
    'quotes', coalesce((SELECT jsonb_agg(to_jsonb(q) ORDER BY q.n) FROM narrative.quotes(a.body, a.lang, a.published) q), '[]'),
    'allegations', coalesce((SELECT jsonb_agg(to_jsonb(g) ORDER BY g.n) FROM narrative.allegations(a.body, a.lang, a.published) g), '[]'));
