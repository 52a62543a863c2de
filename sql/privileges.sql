-- The lexicon tables are readable by every role and writable only by their
-- owner and the roles it grants to; the functions are for everyone.
-- (Roles are cluster-wide: this file drops the ones it makes.)

-- What PUBLIC holds on the extension's tables and schema.
SELECT c.relname, array_agg(a.privilege_type ORDER BY a.privilege_type) AS public_privileges
FROM pg_class c, aclexplode(c.relacl) a
WHERE c.relnamespace = 'narrative'::regnamespace AND c.relkind IN ('r', 'S') AND a.grantee = 0
GROUP BY c.relname ORDER BY c.relname;
SELECT array_agg(a.privilege_type) AS schema_public_privileges
FROM pg_namespace n, aclexplode(n.nspacl) a
WHERE n.nspname = 'narrative' AND a.grantee = 0;

CREATE ROLE narrative_reader;
CREATE ROLE narrative_writer;
\set SHOW_CONTEXT never

-- A role that was granted nothing reads the lexicon and extracts...
SET ROLE narrative_reader;
SELECT count(*) > 0 AS reads_actor FROM narrative.actor;
SELECT count(*) > 0 AS reads_alias FROM narrative.alias;
SELECT count(*) > 0 AS reads_cue FROM narrative.cue;
SELECT surface, actor FROM narrative.mentions('Korut dan Rusia membantah.', lang => 'id');
SELECT length(narrative.lexicon_fingerprint()) AS fingerprint_length;

-- ...but changes nothing: each write is refused with 42501.
DO $$
DECLARE
    attempt text;
BEGIN
    FOREACH attempt IN ARRAY ARRAY[
        $a$INSERT INTO narrative.actor (id, name, kind) VALUES ('X.reader', 'Reader', 'person')$a$,
        $a$UPDATE narrative.actor SET name = 'Reader' WHERE id = 'PRK'$a$,
        $a$DELETE FROM narrative.actor WHERE id = 'PRK'$a$,
        $a$TRUNCATE narrative.actor CASCADE$a$,
        $a$INSERT INTO narrative.alias (alias, lang, actor) VALUES ('Pembaca', 'id', 'PRK')$a$,
        $a$UPDATE narrative.alias SET actor = 'RUS' WHERE alias = 'Korut'$a$,
        $a$DELETE FROM narrative.alias$a$,
        $a$TRUNCATE narrative.alias$a$,
        $a$INSERT INTO narrative.cue (word, lang, act) VALUES ('membaca', 'id', 'say')$a$,
        $a$UPDATE narrative.cue SET act = 'deny' WHERE word = 'kata'$a$,
        $a$DELETE FROM narrative.cue$a$,
        $a$TRUNCATE narrative.cue$a$,
        $a$ALTER TABLE narrative.alias DISABLE TRIGGER alias_no_duplicate$a$,
        $a$CREATE TABLE narrative.reader_table (x int)$a$,
        $a$CREATE FUNCTION narrative.lower(text) RETURNS text LANGUAGE sql AS 'SELECT 1'$a$]
    LOOP
        BEGIN
            EXECUTE attempt;
            RAISE NOTICE 'ALLOWED: %', attempt;
        EXCEPTION WHEN OTHERS THEN
            RAISE NOTICE '%: % %', left(attempt, 32), SQLSTATE, SQLERRM;
        END;
    END LOOP;
END
$$;
RESET ROLE;

-- The owner grants INSERT on the lexicon to a role, which then adds its
-- own actor and alias; they take effect, and what was not granted stays
-- refused.
GRANT INSERT ON narrative.actor, narrative.alias TO narrative_writer;
GRANT UPDATE ON narrative.alias TO narrative_writer;
SET ROLE narrative_writer;
SELECT count(*) AS mentions FROM narrative.mentions('Badan Penulis Nusantara menolak.', lang => 'id');
INSERT INTO narrative.actor (id, name, kind, country) VALUES ('IDN.BPN', 'Badan Penulis', 'organization', 'IDN');
INSERT INTO narrative.alias (alias, lang, actor) VALUES ('Badan Penulis Nusantara', 'id', 'IDN.BPN');
SELECT surface, actor, name, kind, country FROM narrative.mentions('Badan Penulis Nusantara menolak.', lang => 'id');
INSERT INTO narrative.alias (alias, lang, actor) VALUES ('korut', 'id', 'KOR');
DELETE FROM narrative.alias WHERE actor = 'IDN.BPN';
-- Rows it marks builtin would be left out of a dump and replaced by an
-- upgrade, so only the extension's scripts may mark them.
INSERT INTO narrative.alias (alias, lang, actor, builtin) VALUES ('Badan Penulis', 'id', 'IDN.BPN', true);
UPDATE narrative.alias SET builtin = true WHERE actor = 'IDN.BPN';
UPDATE narrative.alias SET lang = NULL WHERE actor = 'IDN.BPN';
SELECT alias, lang, actor, builtin FROM narrative.alias WHERE actor = 'IDN.BPN';
INSERT INTO narrative.cue (word, lang, act) VALUES ('menulis', 'id', 'say');
RESET ROLE;

-- Clean up: the rows, the grant and the roles.
DELETE FROM narrative.actor WHERE id = 'IDN.BPN';
SELECT count(*) AS mentions FROM narrative.mentions('Badan Penulis Nusantara menolak.', lang => 'id');
REVOKE INSERT, UPDATE ON narrative.actor, narrative.alias FROM narrative_writer;
DROP ROLE narrative_reader;
DROP ROLE narrative_writer;
