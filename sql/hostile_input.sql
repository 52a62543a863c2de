-- Hostile input: every document gives a sane result in time linear in its
-- size.  Huge inputs are checked by aggregates: how many rows, that every
-- row lies inside the document, and what the values are.
SET DateStyle = ISO, YMD;

-- NULL, empty and white-space-only documents: no rows, an empty extract().
SELECT d IS NULL AS is_null, length(d) AS chars,
       (SELECT count(*) FROM narrative.sentences(d)) AS sentences,
       (SELECT count(*) FROM narrative.timexes(d, published => '2024-02-22')) AS timexes,
       (SELECT count(*) FROM narrative.mentions(d)) AS mentions,
       (SELECT count(*) FROM narrative.quotes(d)) AS quotes,
       (SELECT count(*) FROM narrative.allegations(d)) AS allegations,
       narrative.detect_lang(d) AS lang
FROM (VALUES (NULL::text), (''), (E' \t\n\r\n   '), (E'\u00a0\u3000')) AS v(d);
SELECT narrative.extract(NULL) IS NULL AS null_extract, narrative.extract(E'  \n ') AS blank_extract;

-- What the huge documents are checked for, whatever function made the rows.
CREATE FUNCTION pg_temp.sane(doc_length int, rows jsonb) RETURNS text
LANGUAGE sql AS $$
    SELECT format('%s rows, inside the text: %s', count(*),
                  coalesce(bool_and((r->>'pos')::int >= 1 AND (r->>'len')::int >= 0 AND
                                    (r->>'pos')::int + (r->>'len')::int - 1 <= doc_length), true))
    FROM jsonb_array_elements(rows) AS r
$$;
CREATE FUNCTION pg_temp.report(doc text) RETURNS TABLE (stage text, result text)
LANGUAGE sql AS $$
    SELECT key, pg_temp.sane(length(doc), value)
    FROM jsonb_each(narrative.extract(doc, lang => 'id', published => '2024-02-22'))
    WHERE key <> 'lang' ORDER BY key
$$;

-- 16 MB of one quote mark: no quote (a mark glued on both sides opens and
-- closes nothing); long runs are cut into sentences of 256 characters.
SELECT * FROM pg_temp.report(repeat('"', 16 * 1024 * 1024));
SELECT count(*), sum(len), min(pos), max(pos + len - 1), max(len)
FROM narrative.sentences(repeat('"', 16 * 1024 * 1024));

-- A million marks that open nothing (space on both sides), a million
-- unbalanced openers on one line (one quote, to the end of the line), and
-- alternating marks on one line: 50,000 one-word spans, which the cut
-- every 256 tokens makes sentences of a direct quote and fragments, the
-- fragments of a sentence one partial quote.
SELECT count(*) FROM narrative.quotes(repeat('" ', 1000000));
SELECT count(*), min(pos), max(len) FROM narrative.quotes(repeat(' "a', 1000000));
SELECT count(*), count(DISTINCT quote), min(pos), max(pos), sum(len), string_agg(DISTINCT kind, ',')
FROM narrative.quotes(repeat('"a" ', 50000));
SELECT count(*), min(pos), max(pos), sum(len)
FROM narrative.quotes(repeat('“Ya.” ', 50000));

-- 20 MB of one letter: one word, one sentence per 256 tokens (here one).
SELECT * FROM pg_temp.report(repeat('a', 20 * 1024 * 1024));

-- A million repetitions of an actor name: a million mentions of one actor.
SELECT count(*), count(DISTINCT actor), string_agg(DISTINCT actor, ','), min(pos), max(pos), sum(len)
FROM narrative.mentions(repeat('Korut ', 1000000), lang => 'id');

-- Digit-and-slash soup: no date in a run of slashes; dates side by side.
SELECT * FROM pg_temp.report(repeat('1/2/', 250000));
SELECT count(*), count(DISTINCT value), string_agg(DISTINCT value::text, ','), max(pos + len - 1)
FROM narrative.timexes(repeat('(12/12/2024) ', 100000), published => '2024-02-22');
SELECT count(*) FROM narrative.timexes(repeat('99/99/9999 ', 100000), published => '2024-02-22');

-- Day names without dates: each is the most recent such day, or unresolved
-- without a publication date.
SELECT count(*), count(value), string_agg(DISTINCT value::text, ','), max(pos + len - 1)
FROM narrative.timexes(repeat('Senin ', 100000), lang => 'id', published => '2024-02-22');
SELECT count(*), count(value) FROM narrative.timexes(repeat('Kamis, ', 100000), lang => 'id');

-- Combining marks, zero-width joiners, right-to-left text and emoji:
-- positions count characters, so substr() gives every row back exactly.
SELECT n, pos, len, substr(d, pos, len) = sentence AS exact
FROM (SELECT E'Pe\u0301skov\u0301 tiba. \u05e9\u05dc\u05d5\u05dd \u0627\u0644\u0633\u0644\u0627\u0645. ' ||
             E'\U0001F469\u200D\U0001F52C\U0001F1F0\U0001F1F5 Kamis (22/2/2024). A\u200Bb\u200Dc.'::text AS d) s,
     narrative.sentences(d);
SELECT surface, value, pos, len, substr(d, pos, len) = surface AS exact
FROM (SELECT E'\U0001F600\u200D\u05e9 Rabu (21/2/2024) \u202Eterbalik\u202C Kamis (22/2/2024)'::text AS d) s,
     narrative.timexes(d, published => '2024-02-22');
-- a joiner inside a name breaks it; a combining accent folds away, as
-- accents do ("Peskóv" is Peskov); emoji around a name leave it whole
SELECT surface, actor, pos, len
FROM narrative.mentions(E'Pes\u200Dkov, Pesko\u0301v, \U0001F1F7\U0001F1FARusia\U0001F1F7\U0001F1FA, Korut\u200B.', lang => 'id');
