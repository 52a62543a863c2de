-- The lexicon tables' triggers and the index the duplicate check uses.

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
