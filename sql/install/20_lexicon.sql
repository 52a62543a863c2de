-- The lexicon: actors, their surface forms, and cue words.  Filled below
-- with the default sanctions-domain rows (builtin = true); users add their
-- own.  pg_dump keeps the user's rows (builtin = false) only, since
-- CREATE EXTENSION brings the default ones back.

CREATE TABLE narrative.actor (
    id      text PRIMARY KEY
            CONSTRAINT actor_id_shape CHECK (id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$'),
    name    text NOT NULL
            CONSTRAINT actor_name_not_blank CHECK (btrim(name) <> ''),
    kind    text NOT NULL
            CONSTRAINT actor_kind_known CHECK (kind IN ('person', 'organization', 'country', 'igo', 'media', 'place')),
    country text,
    builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE narrative.actor IS
    'Canonical actors: id, display name, kind (person|organization|country|igo|media|place) and the country (ISO 3166 alpha-3, or UN/EU/NATO...) they belong to';

CREATE TABLE narrative.alias (
    alias   text NOT NULL
            CONSTRAINT alias_not_blank CHECK (btrim(alias) <> '')
            CONSTRAINT alias_length CHECK (char_length(alias) <= 200),
    lang    text
            CONSTRAINT alias_lang_known CHECK (lang IN ('id', 'en')),
    actor   text NOT NULL REFERENCES narrative.actor (id) ON UPDATE CASCADE ON DELETE CASCADE,
    builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE narrative.alias IS
    'Surface forms of actors, matched case- and accent-insensitively on word boundaries, longest first; lang NULL means any language';
CREATE INDEX alias_actor_idx ON narrative.alias (actor);

CREATE TABLE narrative.cue (
    word    text NOT NULL
            CONSTRAINT cue_not_blank CHECK (btrim(word) <> '')
            CONSTRAINT cue_length CHECK (char_length(word) <= 200),
    lang    text NOT NULL
            CONSTRAINT cue_lang_known CHECK (lang IN ('id', 'en')),
    act     text NOT NULL
            CONSTRAINT cue_act_known CHECK (act IN ('say', 'accuse', 'condemn', 'deny', 'confirm', 'warn', 'sanction')),
    builtin boolean NOT NULL DEFAULT false,
    PRIMARY KEY (word, lang)
);
COMMENT ON TABLE narrative.cue IS
    'Cue words: say for reporting verbs, and the allegation acts (accuse, condemn, deny, confirm, warn, sanction)';

SELECT pg_catalog.pg_extension_config_dump('narrative.actor', 'WHERE NOT builtin');
SELECT pg_catalog.pg_extension_config_dump('narrative.alias', 'WHERE NOT builtin');
SELECT pg_catalog.pg_extension_config_dump('narrative.cue', 'WHERE NOT builtin');

GRANT USAGE ON SCHEMA narrative TO PUBLIC;
GRANT SELECT ON narrative.actor, narrative.alias, narrative.cue TO PUBLIC;

-- A duplicate alias in the same language (or one that applies to every
-- language, lang NULL) is refused, folded to lower case.
CREATE FUNCTION narrative.alias_check_duplicate()
    RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM narrative.alias a
               WHERE pg_catalog.lower(a.alias) = pg_catalog.lower(NEW.alias)
                 AND (a.lang IS NOT DISTINCT FROM NEW.lang OR a.lang IS NULL OR NEW.lang IS NULL)
                 AND (TG_OP = 'INSERT' OR a.ctid <> OLD.ctid)) THEN
        RAISE EXCEPTION 'alias "%" already exists for language %', NEW.alias, coalesce(NEW.lang, 'any')
            USING ERRCODE = 'unique_violation',
                  HINT = 'Each alias names one actor per language; update the existing row instead.';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION narrative.alias_check_duplicate() IS
    'Trigger: refuses an alias that duplicates another in the same language';
CREATE TRIGGER alias_no_duplicate BEFORE INSERT OR UPDATE OF alias, lang ON narrative.alias
    FOR EACH ROW EXECUTE FUNCTION narrative.alias_check_duplicate();
CREATE INDEX alias_lower_idx ON narrative.alias (pg_catalog.lower(alias));

-- Every session recompiles its lexicon at the next statement after a change.
CREATE FUNCTION narrative.lexicon_changed()
    RETURNS trigger
    AS 'MODULE_PATHNAME', 'narrative_lexicon_changed'
    LANGUAGE C;
COMMENT ON FUNCTION narrative.lexicon_changed() IS
    'Trigger: invalidates the compiled lexicon of every session when a lexicon table changes';
CREATE TRIGGER actor_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON narrative.actor
    FOR EACH STATEMENT EXECUTE FUNCTION narrative.lexicon_changed();
CREATE TRIGGER alias_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON narrative.alias
    FOR EACH STATEMENT EXECUTE FUNCTION narrative.lexicon_changed();
CREATE TRIGGER cue_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON narrative.cue
    FOR EACH STATEMENT EXECUTE FUNCTION narrative.lexicon_changed();
