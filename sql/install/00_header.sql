-- narrative 0.1 install script, assembled by the Makefile from
-- sql/install/*.sql and the lexicon data files in data/.
-- Every object is schema-qualified; nothing depends on search_path.

\echo Use "CREATE EXTENSION narrative" to load this file. \quit
