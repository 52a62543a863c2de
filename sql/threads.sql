-- Narrative threads over a tracked table: what responses() and claims()
-- return for two articles, that timeline_svg() escapes every text it takes
-- from the articles and the lexicon, and the argument errors.
SET DateStyle = ISO, YMD;
\set VERBOSITY default
\set SHOW_CONTEXT never

CREATE TABLE news (id int PRIMARY KEY, published date, lang text, outlet text, body text NOT NULL);
SELECT narrative.track('news', body => 'body', lang => 'lang', published => 'published', outlet => 'outlet');
INSERT INTO news VALUES
    (1, '2024-03-01', 'id', 'Harian Satu', 'Amerika Serikat menuduh Korea Utara mengirim rudal ke Rusia.'),
    (2, '2024-03-04', 'id', 'Harian Dua', 'Korea Utara membantah tuduhan Amerika Serikat soal pengiriman rudal ke Rusia.'),
    (3, '2024-03-05', 'id', NULL, 'Rusia membantah tuduhan tersebut.');

-- The US accusation and Pyongyang's answer three days later, which names
-- the US; the same answer's own mention of the accusation pairs too.
-- Russia answers nothing: nobody accused Russia.
SELECT * FROM narrative.responses('news');
-- Within 2 days only the answer's own mention of the accusation is left.
SELECT accusation_article, answer_article, lag_days FROM narrative.responses('news', within => '2 days');

-- A composite key comes as a jsonb object.
CREATE TABLE wire (agency text, seq int, published date, body text NOT NULL, PRIMARY KEY (agency, seq));
SELECT narrative.track('wire', body => 'body', published => 'published');
INSERT INTO wire SELECT 'kantor', id, published, body FROM news;
SELECT accusation_article, answer_article, lag_days FROM narrative.responses('wire');
SELECT narrative.untrack('wire');
DROP TABLE wire;

-- The US accusation, carried by both articles, from both outlets.
SELECT * FROM narrative.claims('news') ORDER BY accuser, act, accused;

-- Text from articles and from the lexicon comes out escaped.
SELECT narrative.svg_escape(E'<script>alert("x")</script> & ]]> \'q\' \x01\x1f');
INSERT INTO news VALUES
    (4, '2024-03-06', 'id', '<outlet>', E'Korea Utara membantah tuduhan Amerika Serikat <script>alert(1)</script> & ]]> "x" \'y\' soal rudal.');
WITH svg AS (SELECT narrative.timeline_svg('news', '2024-02-26', '2024-03-10') AS s)
SELECT xml_is_well_formed_document(s) AS well_formed,
       strpos(s, '<script') = 0 AS no_script,
       strpos(s, '&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; &quot;x&quot; &#39;y&#39;') > 0 AS escaped,
       (xpath('count(//svg:circle)', s::xml, ARRAY[ARRAY['svg', 'http://www.w3.org/2000/svg']]))[1]::text AS accusations,
       (xpath('count(//svg:path[@stroke-width="3"])', s::xml, ARRAY[ARRAY['svg', 'http://www.w3.org/2000/svg']]))[1]::text AS answers
FROM svg;
-- The weeks are labelled.
SELECT string_agg(label::text, ' ')
FROM unnest(xpath('//svg:text[@text-anchor="middle"]/text()', narrative.timeline_svg('news', '2024-02-26', '2024-03-31')::xml,
                  ARRAY[ARRAY['svg', 'http://www.w3.org/2000/svg']])) AS label;

-- Errors: a table not tracked (named, with a hint), a window below zero,
-- a period that ends before it starts, an empty list of actors.
CREATE TABLE untracked (id int PRIMARY KEY, body text);
SELECT * FROM narrative.responses('untracked');
SELECT * FROM narrative.claims('untracked');
SELECT narrative.timeline_svg('untracked', NULL, NULL);
SELECT * FROM narrative.responses('news', within => '-1 day');
SELECT * FROM narrative.claims('news', within => NULL);
SELECT * FROM narrative.responses(NULL);
SELECT narrative.timeline_svg('news', '2024-03-10', '2024-03-01');
SELECT narrative.timeline_svg('news', '2024-03-01', 'infinity');
SELECT narrative.timeline_svg('news', NULL, NULL, actors => '{}');
SELECT narrative.timeline_svg('news', NULL, NULL, actors => '{PRK,NULL}');

-- They read tables: STABLE, not IMMUTABLE.
SELECT proname, provolatile FROM pg_proc
WHERE pronamespace = 'narrative'::regnamespace AND proname IN ('responses', 'claims', 'timeline_svg')
ORDER BY proname;

SELECT narrative.untrack('news');
DROP TABLE news, untracked;
