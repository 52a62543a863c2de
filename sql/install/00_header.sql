-- narrative install script, assembled by the Makefile from
-- sql/install/*.sql and the lexicon data files in data/.
-- Every object, function and operator is schema-qualified: nothing depends
-- on the search_path of whoever runs CREATE EXTENSION or calls a function.

\echo Use "CREATE EXTENSION narrative" to load this file. \quit
