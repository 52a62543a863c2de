-- The lexicon: actors, their surface forms, and cue words.  Filled below
-- with the default sanctions-domain rows (builtin = true); users add their
-- own.  pg_dump keeps the user's rows (builtin = false) only, since
-- CREATE EXTENSION brings the default ones back.

CREATE TABLE narrative.actor (
    id      text PRIMARY KEY
            CONSTRAINT actor_id_shape CHECK (id OPERATOR(pg_catalog.~) '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$'),
    name    text NOT NULL
            CONSTRAINT actor_name_not_blank CHECK (pg_catalog.btrim(name) OPERATOR(pg_catalog.<>) ''),
    kind    text NOT NULL
            CONSTRAINT actor_kind_known CHECK (kind OPERATOR(pg_catalog.=) ANY (ARRAY['person', 'organization', 'country', 'igo', 'media', 'place'])),
    country text,
    builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE narrative.actor IS
    'Canonical actors: id, display name, kind (person|organization|country|igo|media|place) and the country (ISO 3166 alpha-3, or UN/EU/NATO...) they belong to';

CREATE TABLE narrative.alias (
    alias   text NOT NULL
            CONSTRAINT alias_not_blank CHECK (pg_catalog.btrim(alias) OPERATOR(pg_catalog.<>) '')
            CONSTRAINT alias_length CHECK (pg_catalog.char_length(alias) OPERATOR(pg_catalog.<=) 200),
    lang    text
            CONSTRAINT alias_lang_known CHECK (lang OPERATOR(pg_catalog.=) ANY (ARRAY['id', 'en'])),
    actor   text NOT NULL REFERENCES narrative.actor (id) ON UPDATE CASCADE ON DELETE CASCADE,
    builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE narrative.alias IS
    'Surface forms of actors, matched case- and accent-insensitively on word boundaries, longest first; lang NULL means any language';
CREATE INDEX alias_actor_idx ON narrative.alias (actor);

CREATE TABLE narrative.cue (
    word    text NOT NULL
            CONSTRAINT cue_not_blank CHECK (pg_catalog.btrim(word) OPERATOR(pg_catalog.<>) '')
            CONSTRAINT cue_length CHECK (pg_catalog.char_length(word) OPERATOR(pg_catalog.<=) 200),
    lang    text NOT NULL
            CONSTRAINT cue_lang_known CHECK (lang OPERATOR(pg_catalog.=) ANY (ARRAY['id', 'en'])),
    act     text NOT NULL
            CONSTRAINT cue_act_known CHECK (act OPERATOR(pg_catalog.=) ANY (ARRAY['say', 'accuse', 'condemn', 'deny', 'confirm', 'warn', 'sanction'])),
    builtin boolean NOT NULL DEFAULT false,
    PRIMARY KEY (word, lang)
);
COMMENT ON TABLE narrative.cue IS
    'Cue words: say for reporting verbs, and the allegation acts (accuse, condemn, deny, confirm, warn, sanction)';

SELECT pg_catalog.pg_extension_config_dump('narrative.actor', 'WHERE NOT builtin');
SELECT pg_catalog.pg_extension_config_dump('narrative.alias', 'WHERE NOT builtin');
SELECT pg_catalog.pg_extension_config_dump('narrative.cue', 'WHERE NOT builtin');

-- Readable by every role, writable only by the owner and the roles it
-- grants to: extraction reads the tables with the caller's rights.
REVOKE ALL ON narrative.actor, narrative.alias, narrative.cue FROM PUBLIC;
GRANT USAGE ON SCHEMA narrative TO PUBLIC;
GRANT SELECT ON narrative.actor, narrative.alias, narrative.cue TO PUBLIC;
