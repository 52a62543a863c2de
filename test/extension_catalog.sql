-- test/extension_catalog.sql — the extension as the catalog holds it, as
-- sorted text: test/upgrade compares an upgraded database with a fresh
-- install through it.  One line per fact, each starting with the object it
-- is about; OIDs never appear, only names and definitions.
\set QUIET on
\pset format unaligned
\pset tuples_only on
SET search_path = pg_catalog;

WITH ext AS (SELECT oid FROM pg_extension WHERE extname = 'narrative'),
member AS (
    SELECT d.classid, d.objid, d.objsubid,
           pg_describe_object(d.classid, d.objid, d.objsubid) AS name
    FROM pg_depend d, ext
    WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = ext.oid AND d.deptype = 'e'
)
SELECT fact FROM (
    -- every member and its comment
    SELECT m.name || ' | member | ' || coalesce(obj_description(m.objid, m.classid::regclass::text), '') AS fact
    FROM member m
    UNION ALL
    -- functions: the whole definition and who may execute them
    SELECT m.name || ' | ' || pg_get_functiondef(p.oid) || ' | acl ' || coalesce(p.proacl::text, 'default')
    FROM member m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
    UNION ALL
    -- operators
    SELECT m.name || ' | ' || concat_ws(' ', o.oprcode::regprocedure, o.oprcom::regoperator, o.oprnegate::regoperator,
                                        o.oprrest, o.oprjoin, o.oprcanhash, o.oprcanmerge)
    FROM member m JOIN pg_operator o ON m.classid = 'pg_operator'::regclass AND o.oid = m.objid
    UNION ALL
    -- types
    SELECT m.name || ' | ' || concat_ws(' ', t.typinput, t.typoutput, t.typreceive, t.typsend, t.typlen,
                                        t.typalign, t.typstorage, t.typbyval, t.typcategory, t.typacl)
    FROM member m JOIN pg_type t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
    UNION ALL
    -- casts
    SELECT m.name || ' | ' || concat_ws(' ', c.castfunc::regprocedure, c.castcontext, c.castmethod)
    FROM member m JOIN pg_cast c ON m.classid = 'pg_cast'::regclass AND c.oid = m.objid
    UNION ALL
    -- operator classes and families: their operators and support functions
    SELECT m.name || ' | ' || concat_ws(' ', am.amopstrategy, am.amopopr::regoperator, am.amoppurpose)
    FROM member m JOIN pg_amop am ON m.classid = 'pg_opfamily'::regclass AND am.amopfamily = m.objid
    UNION ALL
    SELECT m.name || ' | ' || concat_ws(' ', ap.amprocnum, ap.amproc::regprocedure)
    FROM member m JOIN pg_amproc ap ON m.classid = 'pg_opfamily'::regclass AND ap.amprocfamily = m.objid
    UNION ALL
    SELECT m.name || ' | ' || concat_ws(' ', oc.opcdefault, pg_describe_object('pg_opfamily'::regclass, oc.opcfamily, 0), oc.opcintype::regtype)
    FROM member m JOIN pg_opclass oc ON m.classid = 'pg_opclass'::regclass AND oc.oid = m.objid
    UNION ALL
    -- tables: columns, constraints, indexes, triggers, privileges, dump filter
    SELECT m.name || ' | column ' || concat_ws(' ', a.attnum, a.attname, format_type(a.atttypid, a.atttypmod),
                                               a.attnotnull, pg_get_expr(ad.adbin, ad.adrelid),
                                               col_description(a.attrelid, a.attnum))
    FROM member m JOIN pg_attribute a ON m.classid = 'pg_class'::regclass AND a.attrelid = m.objid
    LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
    WHERE a.attnum > 0 AND NOT a.attisdropped
    UNION ALL
    SELECT m.name || ' | constraint ' || c.conname || ' ' || pg_get_constraintdef(c.oid)
    FROM member m JOIN pg_constraint c ON m.classid = 'pg_class'::regclass AND c.conrelid = m.objid
    UNION ALL
    SELECT m.name || ' | index ' || pg_get_indexdef(i.indexrelid)
    FROM member m JOIN pg_index i ON m.classid = 'pg_class'::regclass AND i.indrelid = m.objid
    UNION ALL
    SELECT m.name || ' | trigger ' || pg_get_triggerdef(t.oid)
    FROM member m JOIN pg_trigger t ON m.classid = 'pg_class'::regclass AND t.tgrelid = m.objid
    WHERE NOT t.tgisinternal
    UNION ALL
    SELECT m.name || ' | acl ' || coalesce(c.relacl::text, 'default') || ' | kind ' || c.relkind::text
    FROM member m JOIN pg_class c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid
    UNION ALL
    SELECT 'dump filter ' || cfg.relid::regclass || ' ' || cfg.condition
    FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS cfg (relid, condition)
    WHERE e.extname = 'narrative'
    UNION ALL
    SELECT 'schema narrative | acl ' || coalesce(nspacl::text, 'default') FROM pg_namespace WHERE nspname = 'narrative'
    UNION ALL
    SELECT 'extension | ' || concat_ws(' ', extversion, extrelocatable, extnamespace::regnamespace) FROM pg_extension
    WHERE extname = 'narrative'
) facts
ORDER BY fact COLLATE "C";
