-- The README's examples of narrative.responses() and narrative.claims(),
-- on the corpus tracked as test/threads tracks it; test/threads compares
-- the output with test/threads_readme.out.
SELECT accusation_article, accuser, accusation_act, accused, accused_on,
       answer_article, responder, answer_act, answered_on, lag_days, names_accuser
FROM narrative.responses('articles', within => '90 days')
WHERE responder IN ('P.sergey-lavrov', 'P.kim-yo-jong');
SELECT accuser, act, accused, charge, first_on, last_on, first_article, articles, outlets, hedged
FROM narrative.claims('articles', within => '30 days') WHERE articles > 1;
