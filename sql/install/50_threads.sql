-- Narrative threads, over a source tracked by narrative.track():
-- responses() pairs accusations with the answers of the accused side,
-- claims() groups the same allegation carried by several articles, and
-- timeline_svg() draws the period.  They read the tables of facts, so they
-- are STABLE; they are PL/pgSQL with search_path pinned to pg_catalog (where
-- operators resolve: pg_temp is never searched for them) and name every
-- object of ours with its schema.
--
-- A "side" is an actor's country (narrative.actor.country: a state's
-- ministries, officials and state media count as the state); a person the
-- lexicon does not know takes the country its mentions in that article
-- were given.  An allegation's date is its said_on, else the article's
-- publication date, kept as a timex so a month stays a month.

-- Every allegation of a tracked source with what the threads need: the
-- article's key as jsonb (a scalar for a one-column key, an object for a
-- composite one), the sides of accuser and accused, its date, the side its
-- text names as the owner of what it is about, and the outlets that
-- carried it.
CREATE FUNCTION narrative.thread_allegations(source regclass)
    RETURNS TABLE (article jsonb, n integer, accuser text, accuser_side text, act text,
                   accused text, accused_side text, charge text, hedged boolean,
                   said_on narrative.timex, dated narrative.timex, named_side text,
                   outlets text[], claim text)
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    t narrative.tracked := narrative.tracked_config(source);
    key name[] := narrative.tracked_key(source);
    article_key text;
    side_of text := 'coalesce((SELECT a.country FROM narrative.actor a WHERE a.id = g.%1$I),
                             (SELECT m.country FROM %2$s m WHERE %3$s AND m.actor = g.%1$I AND m.country IS NOT NULL
                              GROUP BY m.country ORDER BY count(*) DESC, m.country LIMIT 1))';
    via_outlets text;
    -- The side whose claim an answer answers is named right after its cue
    -- ("membantah tuduhan AS", "rejected Washington's claims", "menampik
    -- laporan media Jepang"); what it denies comes later ("... memasok
    -- senjata ke Rusia").  So: the first side other than the speaker's own
    -- named within this many characters of the claim's start.
    owner_reach constant integer := 48;
BEGIN
    IF pg_catalog.cardinality(key) = 1 THEN
        article_key := pg_catalog.format('pg_catalog.to_jsonb(g.%I)', key[1]);
    ELSE
        article_key := (SELECT pg_catalog.format('pg_catalog.jsonb_build_object(%s)',
                                                 pg_catalog.string_agg(pg_catalog.format('%L, g.%I', k, k), ', ' ORDER BY o))
                        FROM pg_catalog.unnest(key) WITH ORDINALITY AS u(k, o));
    END IF;
    -- the outlets a quote relays the allegation's sentence through, and an
    -- outlet that makes the allegation on its own account
    via_outlets := pg_catalog.format(
        'ARRAY(SELECT DISTINCT v.outlet FROM (
                   SELECT q.via FROM %s q WHERE %s AND q.via IS NOT NULL
                     AND (q.sentence = g.sentence OR (q.pos < g.pos + g.len AND g.pos < q.pos + q.len))
                   UNION ALL
                   SELECT a.id FROM narrative.actor a WHERE a.id = g.accuser AND a.kind = ''media'') v(outlet)
               ORDER BY 1)',
        t.quotes, narrative.tracked_key_match(key, 'q', 'g'));
    RETURN QUERY EXECUTE pg_catalog.format(
        'SELECT %s, g.n, g.accuser, sides.accuser_side, g.act, g.accused, sides.accused_side, g.charge, g.hedged,
                g.said_on, coalesce(g.said_on, %s),
                (SELECT m.country FROM %s m WHERE %s AND m.country IS NOT NULL
                   AND m.country IS DISTINCT FROM sides.accuser_side
                   AND m.pos >= g.pos AND m.pos < g.pos + least(g.len, %s) ORDER BY m.pos LIMIT 1),
                %s, g.claim
         FROM %s g JOIN %s s ON %s
         CROSS JOIN LATERAL (SELECT %s AS accuser_side, %s AS accused_side) sides',
        article_key,
        CASE WHEN t.published IS NULL THEN 'NULL::narrative.timex'
             ELSE pg_catalog.format('s.%I::narrative.timex', t.published) END,
        t.mentions, narrative.tracked_key_match(key, 'm', 'g'), owner_reach,
        CASE WHEN t.outlet IS NULL THEN via_outlets
             ELSE pg_catalog.format('CASE WHEN s.%I IS NULL THEN %s ELSE ARRAY[s.%I::text] END',
                                    t.outlet, via_outlets, t.outlet) END,
        t.allegations, source, narrative.tracked_key_match(key, 'g', 's'),
        pg_catalog.format(side_of, 'accuser', t.mentions, narrative.tracked_key_match(key, 'm', 'g')),
        pg_catalog.format(side_of, 'accused', t.mentions, narrative.tracked_key_match(key, 'm', 'g')));
END
$$;
COMMENT ON FUNCTION narrative.thread_allegations(regclass) IS
    'The allegations of a tracked source with the article key as jsonb, the sides (countries) of accuser and accused, the date (said_on, else published), the first other side the claim names near its start (the owner of what an answer answers), and the outlets that carried it';

-- The arguments every thread function takes: a tracked source (an error
-- naming it otherwise) and a window of zero or more.
CREATE FUNCTION narrative.thread_check_arguments(source regclass, within interval)
    RETURNS void
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF source IS NULL THEN
        RAISE EXCEPTION 'source must name a tracked table, not NULL'
            USING ERRCODE = 'null_value_not_allowed',
                  HINT = 'narrative.track() starts tracking a table; narrative.tracked lists those tracked.';
    END IF;
    PERFORM narrative.tracked_config(source);
    IF within IS NULL OR within < interval '0' THEN
        RAISE EXCEPTION 'within must be an interval of zero or more, not %', coalesce(within::text, 'NULL')
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'For instance within => ''90 days''.';
    END IF;
END
$$;
COMMENT ON FUNCTION narrative.thread_check_arguments(regclass, interval) IS
    'Raises an error naming the value unless source is a tracked table and within an interval of zero or more';

-- The pairs of responses(), with each end's row (article, n) and sides:
-- what timeline_svg() needs to draw a line between two marks.
CREATE FUNCTION narrative.thread_responses(source regclass, within interval DEFAULT '90 days')
    RETURNS TABLE (accusation_article jsonb, accusation_n integer, accuser text, accuser_side text,
                   accusation_act text, accused text, accused_side text, charge text, accused_on narrative.timex,
                   answer_article jsonb, answer_n integer, responder text, answer_act text,
                   answered_on narrative.timex, lag_days integer, names_accuser boolean)
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    PERFORM narrative.thread_check_arguments(source, within);
    RETURN QUERY
    WITH f AS MATERIALIZED (SELECT * FROM narrative.thread_allegations(source))
    SELECT acc.article, acc.n, acc.accuser, acc.accuser_side, acc.act, acc.accused, acc.accused_side,
           acc.charge, acc.dated, ans.article, ans.n, ans.accuser, ans.act, ans.dated,
           -- from the latest day the accusation can have been made to the
           -- earliest the answer can: 0 when their dates overlap
           greatest(narrative.lower(ans.dated) - (narrative.upper(acc.dated) - 1), 0),
           coalesce(acc.accuser_side = ans.named_side, false)
    FROM f acc
    JOIN f ans ON ans.accuser_side = acc.accused_side
    WHERE acc.act = ANY (ARRAY['accuse', 'condemn', 'warn', 'sanction'])
      AND ans.act = ANY (ARRAY['deny', 'confirm'])
      -- no side answers itself, and an answer is about its own side
      AND acc.accuser_side IS DISTINCT FROM acc.accused_side
      AND (ans.accused_side IS NULL OR ans.accused_side = ans.accuser_side)
      AND (acc.charge = ans.charge OR coalesce(acc.charge, 'other') = 'other' OR coalesce(ans.charge, 'other') = 'other')
      -- the answer at the same time or later (a month-precise date is
      -- any day of its month), and within the window
      AND narrative.upper(ans.dated) > narrative.lower(acc.dated)
      AND narrative.lower(ans.dated) <= (narrative.upper(acc.dated) - 1) + within;
END
$$;
COMMENT ON FUNCTION narrative.thread_responses(regclass, interval) IS
    'The pairs of narrative.responses(), with the allegation number (n) of each end and the sides of accuser and accused';

CREATE FUNCTION narrative.responses(source regclass, within interval DEFAULT '90 days')
    RETURNS TABLE (accusation_article jsonb, accuser text, accusation_act text, accused text, charge text,
                   accused_on narrative.timex, answer_article jsonb, responder text, answer_act text,
                   answered_on narrative.timex, lag_days integer, names_accuser boolean)
    LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
    -- allegations that read alike in one article (the same accuser, act,
    -- accused, charge and date) are one accusation or one answer here
    SELECT r.accusation_article, r.accuser, r.accusation_act, r.accused, r.charge, r.accused_on,
           r.answer_article, r.responder, r.answer_act, r.answered_on, r.lag_days, bool_or(r.names_accuser)
    FROM narrative.thread_responses(source, within) r
    GROUP BY r.accusation_article, r.accuser, r.accusation_act, r.accused, r.charge, r.accused_on,
             r.answer_article, r.responder, r.answer_act, r.answered_on, r.lag_days
    ORDER BY r.accused_on, r.accusation_article, min(r.accusation_n),
             r.answered_on, r.answer_article, min(r.answer_n)
$$;
COMMENT ON FUNCTION narrative.responses(regclass, interval) IS
    'Each accusation, condemnation, warning or sanction against a side of a tracked source paired with a denial or confirmation by that side on a compatible charge, made at the same time or later within the window, in the same or another article; names_accuser: the answer names the accuser''s side';

CREATE FUNCTION narrative.claims(source regclass, within interval DEFAULT '30 days')
    RETURNS TABLE (accuser text, act text, accused text, charge text, first_on narrative.timex,
                   last_on narrative.timex, first_article jsonb, articles integer, outlets text[], hedged boolean)
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
#variable_conflict use_column
DECLARE
    g record;
    previous record;
    open_claim boolean := false;
    new_claim boolean;
    started date;
    carried jsonb[];
    carried_by text[];
BEGIN
    PERFORM narrative.thread_check_arguments(source, within);
    -- Within one allegation (accuser side, act, accused side, charge), in
    -- date order, a claim takes the articles dated within `within` of its
    -- first one; the next article starts the next claim.  So every two
    -- articles of a claim are within `within` of each other.
    FOR g IN
        SELECT f.accuser_side, f.act, f.accused_side, f.charge, f.dated, narrative.lower(f.dated) AS day,
               f.article, f.outlets, f.hedged
        FROM narrative.thread_allegations(source) f
        WHERE f.dated IS NOT NULL
        ORDER BY f.accuser_side NULLS FIRST, f.act, f.accused_side NULLS FIRST, f.charge NULLS FIRST,
                 narrative.lower(f.dated), f.dated, f.article, f.n
    LOOP
        new_claim := NOT open_claim;
        IF open_claim THEN
            new_claim := g.accuser_side IS DISTINCT FROM previous.accuser_side OR g.act IS DISTINCT FROM previous.act
                         OR g.accused_side IS DISTINCT FROM previous.accused_side OR g.charge IS DISTINCT FROM previous.charge
                         OR g.day > started + within;
        END IF;
        IF new_claim THEN
            IF open_claim THEN
                articles := pg_catalog.cardinality(carried);
                outlets := ARRAY(SELECT DISTINCT o FROM pg_catalog.unnest(carried_by) o ORDER BY 1);
                RETURN NEXT;
            END IF;
            accuser := g.accuser_side;
            act := g.act;
            accused := g.accused_side;
            charge := g.charge;
            first_on := g.dated;
            first_article := g.article;
            hedged := false;
            started := g.day;
            carried := '{}';
            carried_by := '{}';
        END IF;
        last_on := g.dated;
        hedged := hedged OR coalesce(g.hedged, false);
        IF NOT g.article = ANY (carried) THEN
            carried := carried || g.article;
        END IF;
        carried_by := carried_by || g.outlets;
        previous := g;
        open_claim := true;
    END LOOP;
    IF open_claim THEN
        articles := pg_catalog.cardinality(carried);
        outlets := ARRAY(SELECT DISTINCT o FROM pg_catalog.unnest(carried_by) o ORDER BY 1);
        RETURN NEXT;
    END IF;
END
$$;
COMMENT ON FUNCTION narrative.claims(regclass, interval) IS
    'The same allegation (accuser side, act, accused side, charge) of a tracked source carried by articles dated within the window of the first, as one row: its first and last date, first article, how many articles, the distinct outlets (the tracked outlet column, else the outlets quotes were relayed through), and whether any carried it hedged';

-- Text for SVG: the five characters XML gives meaning to as entities, and
-- the control characters XML 1.0 does not allow dropped.
CREATE FUNCTION narrative.svg_escape(value text)
    RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT replace(replace(replace(replace(replace(
               regexp_replace(value, '[\x01-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]', '', 'g'),
               '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;')
$$;
COMMENT ON FUNCTION narrative.svg_escape(text) IS
    'Text made safe for SVG (XML) content and attribute values: & < > " '' as entities, control characters XML forbids removed';

-- At most n characters of a text, with an ellipsis when cut.
CREATE FUNCTION narrative.thread_shorten(value text, n integer)
    RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT CASE WHEN length(value) <= n THEN value ELSE rtrim(left(value, n - 1)) || '…' END
$$;
COMMENT ON FUNCTION narrative.thread_shorten(text, integer) IS
    'At most n characters of a text, ending in an ellipsis when it was cut';

-- One mark of the timeline at (x, y): filled shapes for the acts against a
-- side, strokes for the side's answers.
CREATE FUNCTION narrative.thread_svg_mark(act text, x numeric, y numeric, colour text)
    RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT CASE act
        WHEN 'accuse' THEN format('<circle cx="%s" cy="%s" r="5" fill="%s" stroke="#333" stroke-width="0.7"/>', x, y, colour)
        WHEN 'condemn' THEN format('<rect x="%s" y="%s" width="9" height="9" fill="%s" stroke="#333" stroke-width="0.7"/>',
                                   x - 4.5, y - 4.5, colour)
        WHEN 'warn' THEN format('<polygon points="%s,%s %s,%s %s,%s" fill="%s" stroke="#333" stroke-width="0.7"/>',
                                x, y - 6, x + 5.5, y + 4.5, x - 5.5, y + 4.5, colour)
        WHEN 'sanction' THEN format('<polygon points="%s,%s %s,%s %s,%s %s,%s" fill="%s" stroke="#333" stroke-width="0.7"/>',
                                    x, y - 6.5, x + 6.5, y, x, y + 6.5, x - 6.5, y, colour)
        WHEN 'deny' THEN format('<path d="M%s %sL%s %sM%s %sL%s %s" stroke="%s" stroke-width="3" stroke-linecap="round"/>',
                                x - 4.5, y - 4.5, x + 4.5, y + 4.5, x - 4.5, y + 4.5, x + 4.5, y - 4.5, colour)
        ELSE format('<path d="M%s %sL%s %sL%s %s" fill="none" stroke="%s" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>',
                    x - 5, y, x - 1.5, y + 4.5, x + 5.5, y - 5, colour)
    END
$$;
COMMENT ON FUNCTION narrative.thread_svg_mark(text, numeric, numeric, text) IS
    'The SVG shape of an act at (x, y) in a colour: accuse a circle, condemn a square, warn a triangle, sanction a diamond, deny a cross, confirm a tick';

CREATE FUNCTION narrative.timeline_svg(source regclass, "from" date, "to" date, actors text[] DEFAULT NULL)
    RETURNS text
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    first_day date := $2;
    last_day date := $3;
    width constant integer := 1200;
    plot_left constant integer := 170;
    plot_width constant integer := 1000;
    plot_top constant integer := 62;
    mark_step constant integer := 13;   -- marks closer than this share a column and stack
    palette constant text[] := ARRAY['#4e79a7', '#e15759', '#f28e2b', '#59a14f', '#b07aa1',
                                     '#76b7b2', '#edc948', '#ff9da7', '#9c755f'];
    other_colour constant text := '#bab0ac';
    unsourced_colour constant text := '#ffffff';
    acts constant text[] := ARRAY['accuse', 'condemn', 'warn', 'sanction', 'deny', 'confirm'];
    facts jsonb;
    marks jsonb;
    lanes jsonb;
    speakers jsonb;
    span integer;
    plot_bottom integer;
    axis_parts text;
    legend_top integer;
    legend_parts text;
    height integer;
    speaker_rows integer;
    parts text[] := '{}';
BEGIN
    PERFORM narrative.thread_check_arguments(source, interval '0');
    IF first_day > last_day THEN
        RAISE EXCEPTION 'the period from % to % ends before it starts', first_day, last_day
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Give the earlier date first.';
    END IF;
    IF NOT isfinite(first_day) OR NOT isfinite(last_day) THEN
        RAISE EXCEPTION 'the period from % to % is not finite', first_day, last_day
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Pass NULL for the first or last date of the allegations.';
    END IF;
    IF cardinality(actors) = 0 OR array_position(actors, NULL) IS NOT NULL THEN
        RAISE EXCEPTION 'actors must list sides (countries, e.g. ''{PRK,RUS}''), not %', actors
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Pass NULL for a lane per accused side.';
    END IF;

    -- The allegations to draw, each in the lane of the side it is against
    -- (a denial's or confirmation's is the side's own).
    SELECT jsonb_agg(jsonb_build_object(
               'lane', f.accused_side, 'day', narrative.lower(f.dated), 'act', f.act,
               'speaker', coalesce(f.accuser_side, ''), 'charge', f.charge, 'article', f.article,
               'n', f.n, 'claim', f.claim))
    INTO facts
    FROM narrative.thread_allegations(source) f
    WHERE f.accused_side IS NOT NULL AND f.dated IS NOT NULL
      AND (actors IS NULL OR f.accused_side = ANY (actors));
    facts := coalesce(facts, '[]');
    first_day := coalesce(first_day, (SELECT min((e->>'day')::date) FROM jsonb_array_elements(facts) e), current_date);
    last_day := coalesce(last_day, (SELECT max((e->>'day')::date) FROM jsonb_array_elements(facts) e), first_day);
    IF first_day > last_day THEN
        first_day := last_day;
    END IF;
    span := last_day - first_day + 1;

    -- Who speaks, by how much they say in the period: the first nine get a colour each.
    SELECT coalesce(jsonb_object_agg(s.speaker, jsonb_build_object('rank', s.rank, 'colour',
               CASE WHEN s.speaker = '' THEN unsourced_colour
                    WHEN s.rank <= cardinality(palette) THEN palette[s.rank] ELSE other_colour END)), '{}')
    INTO speakers
    FROM (SELECT e->>'speaker' AS speaker,
                 row_number() OVER (ORDER BY (e->>'speaker') = '', count(*) DESC, e->>'speaker') AS rank
          FROM jsonb_array_elements(facts) e
          WHERE (e->>'day')::date BETWEEN first_day AND last_day
          GROUP BY e->>'speaker') s;

    -- One mark per act and colour in each column of a lane (a column is
    -- mark_step pixels of time: a day over weeks, some weeks over years),
    -- so that a busy period stays one stack of marks, not hundreds; the
    -- marks of a column stack upwards.  The tooltip tells what it holds.
    SELECT coalesce(jsonb_agg(m), '[]') INTO marks
    FROM (SELECT g.*, row_number() OVER (PARTITION BY g.lane, g.col ORDER BY array_position(acts, g.act), g.rank, g.first) - 1 AS level
          FROM (SELECT e->>'lane' AS lane, e->>'act' AS act, speakers->(e->>'speaker')->>'colour' AS colour,
                       floor(((e->>'day')::date - first_day + 0.5) * plot_width / span / mark_step)::integer AS col,
                       min((speakers->(e->>'speaker')->>'rank')::integer) AS rank,
                       min((e->>'day')::date) AS first, max((e->>'day')::date) AS last,
                       string_agg(DISTINCT CASE WHEN e->>'speaker' = '' THEN 'an unsourced report' ELSE e->>'speaker' END, ', ') AS speakers,
                       string_agg(DISTINCT e->>'charge', ', ') AS charges,
                       count(*) AS allegations, count(DISTINCT e->'article') AS articles,
                       (array_agg(e->>'claim' ORDER BY (e->>'day')::date, e->'article', (e->>'n')::integer))[1] AS claim
                FROM jsonb_array_elements(facts) e
                WHERE (e->>'day')::date BETWEEN first_day AND last_day
                GROUP BY 1, 2, 3, 4) g) m;

    -- The lanes: the sides asked for, in that order, or every side accused
    -- in the period, the most accused first; tall enough for their stacks.
    SELECT jsonb_agg(l ORDER BY l.lane_no) INTO lanes
    FROM (SELECT w.lane, w.lane_no, w.lane_height,
                 plot_top + coalesce(sum(w.lane_height) OVER (ORDER BY w.lane_no ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS lane_top,
                 coalesce(a.name, w.lane) AS name
          FROM (SELECT v.lane, v.lane_no,
                       greatest(46, 26 + mark_step * (SELECT coalesce(max((m->>'level')::integer), 0) + 1
                                                      FROM jsonb_array_elements(marks) m WHERE m->>'lane' = v.lane)) AS lane_height
                FROM (SELECT u.lane, min(u.o) AS lane_no FROM unnest(actors) WITH ORDINALITY AS u(lane, o) GROUP BY u.lane
                      UNION ALL
                      SELECT m->>'lane', row_number() OVER (ORDER BY count(*) DESC, m->>'lane')
                      FROM jsonb_array_elements(marks) m WHERE actors IS NULL GROUP BY m->>'lane') v) w
          LEFT JOIN narrative.actor a ON a.id = w.lane) l;
    lanes := coalesce(lanes, '[]');
    plot_bottom := plot_top + coalesce((SELECT sum((l->>'lane_height')::integer) FROM jsonb_array_elements(lanes) l), 0);
    IF jsonb_array_length(lanes) = 0 THEN
        plot_bottom := plot_top + 46;
    END IF;
    -- the axis, then the legend: acts, a row of colours per seven, the lines
    speaker_rows := (greatest((SELECT count(DISTINCT e.value->>'colour') FROM jsonb_each(speakers) e), 1) - 1) / 7 + 1;
    height := plot_bottom + 58 + 22 * speaker_rows + 30 + 30;

    parts := parts || format('<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="%s" height="%s" viewBox="0 0 %s %s" font-family="DejaVu Sans, Verdana, Arial, sans-serif">
<title>%s</title>
<rect x="0" y="0" width="%s" height="%s" fill="#ffffff"/>
<text x="20" y="28" font-size="17" font-weight="bold" fill="#222">%s</text>
<text x="20" y="48" font-size="12" fill="#555">%s</text>',
        width, height, width, height,
        narrative.svg_escape(format('Allegations and answers in %s, %s to %s', source, first_day, last_day)),
        width, height,
        narrative.svg_escape(format('Allegations and answers, %s to %s', to_char(first_day, 'FMDD Mon YYYY'), to_char(last_day, 'FMDD Mon YYYY'))),
        narrative.svg_escape(format('Source: %s. One lane per accused side; each mark an act, coloured by who made it; lines join an accusation to the side''s answer.', source)));

    -- lanes: a band and the side's name
    parts := parts || coalesce((SELECT string_agg(format(
            '<rect x="%s" y="%s" width="%s" height="%s" fill="%s"/>'
            '<text x="%s" y="%s" font-size="13" font-weight="bold" fill="#222" text-anchor="end">%s</text>'
            '<text x="%s" y="%s" font-size="11" fill="#666" text-anchor="end">%s</text>',
            10, (l->>'lane_top')::integer, plot_left + plot_width - 10, (l->>'lane_height')::integer,
            CASE WHEN (l->>'lane_no')::integer % 2 = 1 THEN '#f4f4f4' ELSE '#ffffff' END,
            plot_left - 10, (l->>'lane_top')::integer + (l->>'lane_height')::integer / 2,
            narrative.svg_escape(narrative.thread_shorten(l->>'name', 22)),
            plot_left - 10, (l->>'lane_top')::integer + (l->>'lane_height')::integer / 2 + 14,
            narrative.svg_escape(narrative.thread_shorten(CASE WHEN l->>'name' = l->>'lane' THEN '' ELSE l->>'lane' END, 22))),
            E'\n' ORDER BY (l->>'lane_no')::integer) FROM jsonb_array_elements(lanes) l), '');
    IF jsonb_array_length(marks) = 0 THEN
        parts := parts || format('<text x="%s" y="%s" font-size="13" fill="#666" text-anchor="middle">No allegation in this period.</text>',
                                 plot_left + plot_width / 2, plot_top + 28);
    END IF;

    -- the time axis: weeks for a span of up to 18 weeks, months up to three
    -- years, years beyond; a label where there is room for it
    WITH ticks AS (
        SELECT d::date AS day, unit,
               CASE unit WHEN 'week' THEN to_char(d, 'FMDD Mon')
                         WHEN 'month' THEN to_char(d, 'Mon')
                         ELSE to_char(d, 'YYYY') END AS label,
               CASE WHEN unit = 'year' THEN (extract(year FROM d)::integer % every = 0)
                    WHEN unit = 'month' THEN ((extract(month FROM d)::integer - 1) % every = 0)
                    ELSE ((d::date - first_day) / 7 % every = 0) END AS labelled,
               CASE WHEN unit <> 'year' AND (row_number() OVER (ORDER BY d) = 1
                                             OR extract(year FROM d) <> extract(year FROM lag(d) OVER (ORDER BY d)))
                    THEN to_char(d, 'YYYY') END AS year_label
        FROM (SELECT CASE WHEN span <= 126 THEN 'week' WHEN span <= 1100 THEN 'month' ELSE 'year' END AS unit) u
        CROSS JOIN LATERAL (SELECT CASE u.unit
                   WHEN 'week' THEN (SELECT min(k) FROM unnest(ARRAY[1, 2, 4]) k WHERE k * 7.0 * plot_width / span >= 54)
                   WHEN 'month' THEN coalesce((SELECT min(k) FROM unnest(ARRAY[1, 2, 3, 6]) k WHERE k * 30.44 * plot_width / span >= 36), 12)
                   ELSE (SELECT min(k) FROM unnest(ARRAY[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000]) k
                         WHERE k * 365.25 * plot_width / span >= 44) END AS every) e
        CROSS JOIN LATERAL generate_series(
            CASE u.unit WHEN 'week' THEN first_day + (8 - extract(isodow FROM first_day)::integer) % 7
                        WHEN 'month' THEN (date_trunc('month', first_day - 1) + interval '1 month')::date
                        ELSE (date_trunc('year', first_day - 1) + interval '1 year')::date END,
            last_day,
            CASE u.unit WHEN 'week' THEN interval '7 days' WHEN 'month' THEN interval '1 month' ELSE interval '1 year' END) d
    ), placed AS (
        SELECT t.*, round(plot_left + (t.day - first_day) * plot_width::numeric / span, 1) AS x FROM ticks t
    )
    SELECT format('<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#444" stroke-width="1"/>', plot_left, plot_bottom, plot_left + plot_width, plot_bottom)
           || coalesce(string_agg(format('<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="1"/>'
                                         '<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#444" stroke-width="1"/>%s%s',
                                         p.x, plot_top, p.x, plot_bottom, CASE WHEN p.labelled THEN '#d8d8d8' ELSE '#ececec' END,
                                         p.x, plot_bottom, p.x, plot_bottom + CASE WHEN p.labelled THEN 6 ELSE 3 END,
                                         CASE WHEN p.labelled THEN format('<text x="%s" y="%s" font-size="11" fill="#333" text-anchor="middle">%s</text>',
                                                                          p.x, plot_bottom + 19, p.label) ELSE '' END,
                                         CASE WHEN p.year_label IS NOT NULL THEN format('<text x="%s" y="%s" font-size="11" font-weight="bold" fill="#333" text-anchor="middle">%s</text>',
                                                                                       p.x, plot_bottom + 33, p.year_label) ELSE '' END),
                                  E'\n' ORDER BY p.day), '')
    INTO axis_parts
    FROM placed p;
    parts := parts || axis_parts;

    -- lines from each accusation to the side's answers, under the marks:
    -- solid where the answer names its accuser
    parts := parts || coalesce((
        WITH at AS (
            SELECT m->>'lane' AS lane, (m->>'col')::integer AS col, m->>'act' AS act, m->>'colour' AS colour,
                   plot_left + (m->>'col')::integer * mark_step + mark_step / 2.0 AS x,
                   (l->>'lane_top')::integer + (l->>'lane_height')::integer - 16 - (m->>'level')::integer * mark_step AS y,
                   (l->>'lane_top')::integer AS lane_top
            FROM jsonb_array_elements(marks) m JOIN jsonb_array_elements(lanes) l ON l->>'lane' = m->>'lane'
        ), pairs AS (
            SELECT r.accused_side AS lane, r.accusation_act, r.answer_act, r.names_accuser,
                   speakers->coalesce(r.accuser_side, '')->>'colour' AS accusation_colour,
                   speakers->r.accused_side->>'colour' AS answer_colour,
                   floor((narrative.lower(r.accused_on) - first_day + 0.5) * plot_width / span / mark_step)::integer AS accusation_col,
                   floor((narrative.lower(r.answered_on) - first_day + 0.5) * plot_width / span / mark_step)::integer AS answer_col
            FROM narrative.thread_responses(source) r
            WHERE narrative.lower(r.accused_on) BETWEEN first_day AND last_day
              AND narrative.lower(r.answered_on) BETWEEN first_day AND last_day
        ), joined AS (
            SELECT a.x AS x1, a.y AS y1, b.x AS x2, b.y AS y2, a.lane_top, bool_or(p.names_accuser) AS strong
            FROM pairs p
            JOIN at a ON a.lane = p.lane AND a.col = p.accusation_col AND a.act = p.accusation_act AND a.colour = p.accusation_colour
            JOIN at b ON b.lane = p.lane AND b.col = p.answer_col AND b.act = p.answer_act AND b.colour = p.answer_colour
            GROUP BY a.x, a.y, b.x, b.y, a.lane_top
        )
        SELECT string_agg(format('<path d="M%s %sQ%s %s %s %s" fill="none" stroke="%s" stroke-width="%s"%s/>',
                                 j.x1, j.y1, (j.x1 + j.x2) / 2,
                                 least(j.y1, j.y2) - 2 * least(greatest(abs(j.x2 - j.x1) * 0.25, 7), least(j.y1, j.y2) - j.lane_top - 3),
                                 j.x2, j.y2,
                                 CASE WHEN j.strong THEN '#222' ELSE '#b0b0b0' END,
                                 CASE WHEN j.strong THEN '1.6' ELSE '0.8' END,
                                 CASE WHEN j.strong THEN '' ELSE ' stroke-dasharray="2,3"' END),
                          E'\n' ORDER BY j.strong, j.x1, j.y1, j.x2, j.y2)
        FROM joined j), '');

    -- the marks, each with what it holds as a tooltip
    parts := parts || coalesce((
        SELECT string_agg(format('<g><title>%s</title>%s</g>',
                   narrative.svg_escape(format('%s: %s %s %s (%s)%s — %s',
                       CASE WHEN m->>'first' = m->>'last' THEN m->>'first' ELSE format('%s to %s', m->>'first', m->>'last') END,
                       m->>'speakers', m->>'act', m->>'lane', m->>'charges',
                       CASE WHEN (m->>'allegations')::integer > 1
                            THEN format(', %s allegations in %s articles', m->>'allegations', m->>'articles') ELSE '' END,
                       narrative.thread_shorten(m->>'claim', 200))),
                   narrative.thread_svg_mark(m->>'act',
                       plot_left + (m->>'col')::integer * mark_step + mark_step / 2.0,
                       (l->>'lane_top')::integer + (l->>'lane_height')::integer - 16 - (m->>'level')::integer * mark_step,
                       m->>'colour')),
                   E'\n' ORDER BY (l->>'lane_no')::integer, (m->>'col')::integer, (m->>'level')::integer)
        FROM jsonb_array_elements(marks) m JOIN jsonb_array_elements(lanes) l ON l->>'lane' = m->>'lane'), '');

    -- the legend: acts by shape, who spoke by colour, the two kinds of line
    legend_top := plot_bottom + 58;
    legend_parts := format('<text x="20" y="%s" font-size="12" font-weight="bold" fill="#222">Act</text>', legend_top + 4)
        || (SELECT string_agg(narrative.thread_svg_mark(a, plot_left + (o - 1) * 140, legend_top, '#777')
                              || format('<text x="%s" y="%s" font-size="12" fill="#222">%s</text>', plot_left + (o - 1) * 140 + 12, legend_top + 4, a),
                              '' ORDER BY o)
            FROM unnest(acts) WITH ORDINALITY AS u(a, o));
    legend_parts := legend_parts
        || format('<text x="20" y="%s" font-size="12" font-weight="bold" fill="#222">Made by</text>', legend_top + 30)
        || coalesce((SELECT string_agg(
                         format('<rect x="%s" y="%s" width="11" height="11" fill="%s" stroke="#333" stroke-width="0.7"/>'
                                '<text x="%s" y="%s" font-size="12" fill="#222">%s</text>',
                                plot_left + ((s.o - 1) % 7) * 140 - 5, legend_top + 21 + ((s.o - 1) / 7) * 22, s.colour,
                                plot_left + ((s.o - 1) % 7) * 140 + 12, legend_top + 30 + ((s.o - 1) / 7) * 22,
                                narrative.svg_escape(narrative.thread_shorten(s.label, 18))),
                         '' ORDER BY s.o)
                     FROM (SELECT row_number() OVER (ORDER BY min(k.rank)) AS o, k.colour,
                                  CASE WHEN k.colour = other_colour THEN 'others'
                                       WHEN min(k.speaker) = '' THEN 'unsourced report'
                                       ELSE coalesce(min(a.name), min(k.speaker)) END AS label
                           FROM (SELECT e.key AS speaker, (e.value->>'rank')::integer AS rank, e.value->>'colour' AS colour
                                 FROM jsonb_each(speakers) e) k
                           LEFT JOIN narrative.actor a ON a.id = k.speaker
                           GROUP BY k.colour) s), '');
    legend_top := legend_top + 8 + 22 * speaker_rows;
    legend_parts := legend_parts
        || format('<text x="20" y="%s" font-size="12" font-weight="bold" fill="#222">Answer</text>', legend_top + 30)
        || format('<path d="M%s %sL%s %s" stroke="#222" stroke-width="1.6"/><text x="%s" y="%s" font-size="12" fill="#222">the answer names its accuser</text>',
                  plot_left - 6, legend_top + 26, plot_left + 24, legend_top + 26, plot_left + 32, legend_top + 30)
        || format('<path d="M%s %sL%s %s" stroke="#b0b0b0" stroke-width="0.8" stroke-dasharray="2,3"/><text x="%s" y="%s" font-size="12" fill="#222">an answer of the accused side within 90 days (narrative.responses)</text>',
                  plot_left + 274, legend_top + 26, plot_left + 304, legend_top + 26, plot_left + 312, legend_top + 30);
    parts := parts || legend_parts;
    parts := parts || '</svg>'::text;
    RETURN array_to_string(parts, E'\n') || E'\n';
END
$$;
COMMENT ON FUNCTION narrative.timeline_svg(regclass, date, date, text[]) IS
    'An SVG 1.1 picture of the allegations of a tracked source from one date to another (NULL: the first or last allegation): a lane per accused side (actors: those sides, in that order), a mark per act placed at its date and coloured by who made it, lines from accusations to the answers narrative.responses() pairs them with, a dated axis and a legend; every text from the articles escaped';
