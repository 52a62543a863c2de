-- The analyst queries of README.md, run as written against test/demo's
-- articles table; test/check compares the output with
-- test/readme_queries.out.
\pset pager off
SET DateStyle = ISO, YMD;
SET search_path = public, narrative;

-- Every denial by Russia (its people and bodies included), with the claim and the date.
SELECT a.id, g.accuser, g.said_on, g.claim
FROM articles a
CROSS JOIN LATERAL narrative.allegations(a.body, a.lang, a.published) g
JOIN narrative.actor who ON who.id = g.accuser
WHERE g.act = 'deny' AND who.country = 'RUS'
ORDER BY g.said_on NULLS LAST, a.id;

-- A timeline of condemnations of North Korea, by accuser.
SELECT who.country AS accuser, g.said_on, a.id
FROM articles a
CROSS JOIN LATERAL narrative.allegations(a.body, a.lang, a.published) g
JOIN narrative.actor who ON who.id = g.accuser
JOIN narrative.actor target ON target.id = g.accused
WHERE g.act = 'condemn' AND target.country = 'PRK'
ORDER BY who.country, g.said_on NULLS LAST, a.id;

-- Quotes by US officials, joined to their actors.
SELECT q.speaker, who.name, who.kind, q.cue, left(q.quote, 50) AS quote
FROM articles a
CROSS JOIN LATERAL narrative.quotes(a.body, a.lang, a.published) q
JOIN narrative.actor who ON who.id = q.speaker_actor
WHERE who.country = 'USA' AND who.kind = 'person'
ORDER BY a.id, q.n;

-- Articles where the same accuser both accuses and sanctions.
SELECT a.id, who.country
FROM articles a
CROSS JOIN LATERAL narrative.allegations(a.body, a.lang, a.published) g
JOIN narrative.actor who ON who.id = g.accuser
GROUP BY a.id, who.country
HAVING bool_or(g.act = 'accuse') AND bool_or(g.act = 'sanction')
ORDER BY a.id, who.country;

-- Keeping facts in tables: the queries above against the tracked tables
-- give the same rows.
SET client_min_messages = warning;
SELECT narrative.track('articles', body => 'body', lang => 'lang', published => 'published');
CALL narrative.refresh('articles');
RESET client_min_messages;

-- Every denial by Russia, with the claim and the date.
SELECT g.id, g.accuser, g.said_on, g.claim
FROM articles_allegations g
JOIN narrative.actor who ON who.id = g.accuser
WHERE g.act = 'deny' AND who.country = 'RUS'
ORDER BY g.said_on NULLS LAST, g.id, g.n;

-- Quotes by US officials, joined to their actors.
SELECT q.speaker, who.name, who.kind, q.cue, left(q.quote, 50) AS quote
FROM articles_quotes q
JOIN narrative.actor who ON who.id = q.speaker_actor
WHERE who.country = 'USA' AND who.kind = 'person'
ORDER BY q.id, q.n;

-- Articles where the same accuser both accuses and sanctions.
SELECT g.id, who.country
FROM articles_allegations g
JOIN narrative.actor who ON who.id = g.accuser
GROUP BY g.id, who.country
HAVING bool_or(g.act = 'accuse') AND bool_or(g.act = 'sanction')
ORDER BY g.id, who.country;

-- Allegations per accused side and act over five months (the GiST index on
-- said_on; && lives in schema narrative, on search_path here).
SELECT accused, act, count(*) FROM articles_allegations
WHERE said_on && daterange('2023-10-01', '2024-03-01')
GROUP BY accused, act ORDER BY accused, act;

-- Mentions of North Korea per week, with the article's own columns.
SELECT date_trunc('week', a.published)::date AS week, count(*) AS mentions
FROM articles_mentions m JOIN articles a USING (id)
WHERE m.actor = 'PRK'
GROUP BY week ORDER BY week;

SELECT narrative.stale('articles');
SELECT narrative.untrack('articles');
