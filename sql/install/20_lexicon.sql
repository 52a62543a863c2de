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
