-- Only the extension's own scripts mark lexicon rows builtin: those are the
-- rows pg_dump leaves out and an upgrade replaces.

CREATE FUNCTION narrative.lexicon_row_origin()
    RETURNS trigger
    AS 'MODULE_PATHNAME', 'narrative_lexicon_row_origin'
    LANGUAGE C;
COMMENT ON FUNCTION narrative.lexicon_row_origin() IS
    'Trigger: refuses a lexicon row marked builtin outside the extension''s scripts, unless by a superuser';
CREATE TRIGGER actor_row_origin BEFORE INSERT OR UPDATE OF builtin ON narrative.actor
    FOR EACH ROW EXECUTE FUNCTION narrative.lexicon_row_origin();
CREATE TRIGGER alias_row_origin BEFORE INSERT OR UPDATE OF builtin ON narrative.alias
    FOR EACH ROW EXECUTE FUNCTION narrative.lexicon_row_origin();
CREATE TRIGGER cue_row_origin BEFORE INSERT OR UPDATE OF builtin ON narrative.cue
    FOR EACH ROW EXECUTE FUNCTION narrative.lexicon_row_origin();
