/*
 * test_quote_attribution.c — unit tests of who said what (src/core/quote.c)
 * and of the sentence cuts it rests on (src/core/sentence.c), one rule of
 * attribution at a time.  The sentences are made up for the tests, over a
 * small lexicon of made-up Nordic actors; each test checks quotes by text
 * and actor.
 */
#include <stdint.h>
#include <stdlib.h>

#include "narrative.h"
#include "unit.h"
#include "pipeline.h"

/* The pipeline over a lexicon of made-up Nordic actors and a few cues. */
static void
attribute_lang(pipeline_run *r, const char *text, nv_lang lang)
{
	nv_lexicon *lex = nv_lexicon_create(&nv_malloc_allocator);

	nv_lexicon_add_actor(lex, "SWE", "Sweden", "country", "SWE");
	nv_lexicon_add_actor(lex, "NOR", "Norway", "country", "NOR");
	nv_lexicon_add_actor(lex, "NOR.MOE", "Norwegian Energy Department", "organization", "NOR");
	nv_lexicon_add_actor(lex, "SWE.MFA", "Swedish Foreign Ministry", "organization", "SWE");
	nv_lexicon_add_actor(lex, "P.maria-lind", "Maria Lind", "person", "SWE");
	nv_lexicon_add_actor(lex, "P.ola-berg", "Ola Berg", "person", "NOR");
	nv_lexicon_add_actor(lex, "M.reuters", "Reuters", "media", "GBR");
	nv_lexicon_add_alias(lex, "Swedia", 6, NV_LANG_ANY, "SWE");
	nv_lexicon_add_alias(lex, "Sweden", 6, NV_LANG_ANY, "SWE");
	nv_lexicon_add_alias(lex, "Norwegia", 8, NV_LANG_ANY, "NOR");
	nv_lexicon_add_alias(lex, "Norway", 6, NV_LANG_ANY, "NOR");
	nv_lexicon_add_alias(lex, "Norwegian", 9, NV_LANG_EN, "NOR");
	nv_lexicon_add_alias(lex, "Departemen Energi Norwegia", 26, NV_LANG_ANY, "NOR.MOE");
	nv_lexicon_add_alias(lex, "Swedish foreign ministry", 24, NV_LANG_ANY, "SWE.MFA");
	nv_lexicon_add_alias(lex, "Maria Lind", 10, NV_LANG_ANY, "P.maria-lind");
	nv_lexicon_add_alias(lex, "Lind", 4, NV_LANG_ANY, "P.maria-lind");
	nv_lexicon_add_alias(lex, "Ola Berg", 8, NV_LANG_ANY, "P.ola-berg");
	nv_lexicon_add_alias(lex, "Berg", 4, NV_LANG_ANY, "P.ola-berg");
	nv_lexicon_add_alias(lex, "Reuters", 7, NV_LANG_ANY, "M.reuters");
	nv_lexicon_add_alias(lex, "Reuters agency", 14, NV_LANG_EN, "M.reuters");
	nv_lexicon_add_cue(lex, "kata", 4, NV_LANG_ID, NV_ACT_SAY);
	nv_lexicon_add_cue(lex, "mengatakan", 10, NV_LANG_ID, NV_ACT_SAY);
	nv_lexicon_add_cue(lex, "menyebut", 8, NV_LANG_ID, NV_ACT_SAY);
	nv_lexicon_add_cue(lex, "said", 4, NV_LANG_EN, NV_ACT_SAY);
	nv_lexicon_add_cue(lex, "promised", 8, NV_LANG_EN, NV_ACT_SAY);
	nv_lexicon_add_cue(lex, "demanded", 8, NV_LANG_EN, NV_ACT_SAY);
	nv_lexicon_add_cue(lex, "added", 5, NV_LANG_EN, NV_ACT_SAY);
	nv_lexicon_add_cue(lex, "menambahkan", 11, NV_LANG_ID, NV_ACT_SAY);
	nv_lexicon_add_cue(lex, "lanjut", 6, NV_LANG_ID, NV_ACT_SAY);
	nv_lexicon_add_cue(lex, "according to", 12, NV_LANG_EN, NV_ACT_SAY);
	nv_lexicon_add_cue(lex, "told", 4, NV_LANG_EN, NV_ACT_SAY);
	nv_lexicon_add_cue(lex, "dismissed", 9, NV_LANG_EN, NV_ACT_DENY);
	nv_lexicon_add_cue(lex, "denied", 6, NV_LANG_EN, NV_ACT_DENY);
	nv_lexicon_add_cue(lex, "disebutkan", 10, NV_LANG_ID, NV_ACT_SAY);
	nv_lexicon_add_cue(lex, "jelas", 5, NV_LANG_ID, NV_ACT_SAY);
	nv_lexicon_add_cue(lex, "menurut", 7, NV_LANG_ID, NV_ACT_SAY);
	nv_lexicon_add_cue(lex, "mengecam", 8, NV_LANG_ID, NV_ACT_CONDEMN);
	nv_lexicon_add_cue(lex, "menegaskan", 10, NV_LANG_ID, NV_ACT_SAY);
	nv_lexicon_add_cue(lex, "menolak tuduhan", 15, NV_LANG_ID, NV_ACT_DENY);
	nv_lexicon_add_cue(lex, "menuduh", 7, NV_LANG_ID, NV_ACT_ACCUSE);
	pipeline_run_text(r, lex, lang, text, strlen(text));
}

static const char *
quote_text(pipeline_run *r, uint32_t k)
{
	return pipeline_span_text(r, r->quotes.quotes[k].start, r->quotes.quotes[k].end);
}

static const char *
sentence_text(pipeline_run *r, uint32_t k)
{
	return pipeline_span_text(r, r->doc.sentences[k].start, r->doc.sentences[k].end);
}

/* ---- mention lookups ------------------------------------------------------- */

/* nv_mention_at and nv_mention_first_from answer as a walk over every
 * mention does, for every token, with mentions of one to three tokens at
 * every offset of a block of 64 and across its end. */
UNIT_TEST(test_mention_lookups_count_as_a_walk_does)
{
	/* names of one, two and three tokens, the j-th of each put at offset
	 * (60 + j) % 64 of a block of 64: each starts at the block's last
	 * offsets, and some run on into the next block */
	static const char *const names[] = {"Lind", "Maria Lind", "Departemen Energi Norwegia", "Swedia"};
	static const uint32_t name_tokens[] = {1, 2, 3, 1};
	static char text[65536];
	size_t		len = 0;
	uint32_t	tokens = 0;
	pipeline_run r;
	uint32_t	wrong = 0;
	uint32_t	across = 0;		/* mentions ending in the block after their first's */

	for (uint32_t k = 0; k < 120; k++)
	{
		while (tokens % 64 != (60 + k / 4) % 64)
		{
			len += (size_t) snprintf(text + len, sizeof(text) - len, "dan ");
			tokens++;
		}
		len += (size_t) snprintf(text + len, sizeof(text) - len, "%s ", names[k % 4]);
		tokens += name_tokens[k % 4];
	}
	attribute_lang(&r, text, NV_LANG_ID);
	CHECK_INT(r.mentions.count, 120);
	for (uint32_t k = 0; k < r.mentions.count; k++)
		across += r.mentions.mentions[k].first_token / 64 != (r.mentions.mentions[k].end_token - 1) / 64;
	CHECK_INT(across, 3);
	for (uint32_t i = 0; i <= r.doc.token_count + 1; i++)
	{
		const nv_mention *at = NULL;
		uint32_t	from = r.mentions.count;

		for (uint32_t k = r.mentions.count; k-- > 0;)
		{
			const nv_mention *m = &r.mentions.mentions[k];

			if (m->first_token <= i && i < m->end_token)
				at = m;
			if (m->first_token >= i)
				from = k;
		}
		wrong += nv_mention_at(&r.mentions, i) != at;
		wrong += nv_mention_first_from(&r.mentions, i) != from;
	}
	CHECK_INT(wrong, 0);
	pipeline_free(&r);
}

/* nv_popcount64, which the mention lookups count with: every bit alone,
 * runs of bits from either end, and patterns whose bytes differ. */
UNIT_TEST(test_popcount_counts_every_bit)
{
	uint32_t	wrong = 0;

	CHECK_INT(nv_popcount64(0), 0);
	CHECK_INT(nv_popcount64(~0ULL), 64);
	CHECK_INT(nv_popcount64(0x5555555555555555ULL), 32);
	CHECK_INT(nv_popcount64(0x8000000000000001ULL), 2);
	CHECK_INT(nv_popcount64(0x0123456789ABCDEFULL), 32);
	CHECK_INT(nv_popcount64(0xFF00000000000000ULL), 8);
	for (uint32_t b = 0; b < 64; b++)
	{
		wrong += nv_popcount64(1ULL << b) != 1;
		wrong += nv_popcount64(~0ULL >> b) != 64 - b;
		wrong += nv_popcount64(~0ULL << b) != 64 - b;
	}
	CHECK_INT(wrong, 0);
}

/* ---- sentences glued by scraping ------------------------------------------- */

/* "Oslo.Ola": a full stop glued to a capitalised word still ends a
 * sentence; initials, decimals and lower-case domain names do not. */
UNIT_TEST(test_glued_sentences_are_cut)
{
	pipeline_run	r;

	attribute_lang(&r, "Maria Lind tiba di Oslo.Ola Berg menyambutnya (Senin).Keduanya makan siang.",
				   NV_LANG_ID);
	CHECK_INT(r.doc.sentence_count, 3);
	if (r.doc.sentence_count == 3)
	{
		CHECK_STR(sentence_text(&r, 1), "Ola Berg menyambutnya (Senin).");
		CHECK_STR(sentence_text(&r, 2), "Keduanya makan siang.");
	}
	pipeline_free(&r);
	attribute_lang(&r, "Kata J.R. Hansen, harga naik 2.5 persen menurut berita.com hari ini.", NV_LANG_ID);
	CHECK_INT(r.doc.sentence_count, 1);
	pipeline_free(&r);
	attribute_lang(&r, "OSLO, BERITANEWS.CO.ID - Harga gas naik lagi.", NV_LANG_ID);
	CHECK_INT(r.doc.sentence_count, 1);
	pipeline_free(&r);
}

/* A quote glued to the full stop before it opens a sentence of its own,
 * and is a direct quote of the speaker after it. */
UNIT_TEST(test_glued_quote_opens_a_sentence)
{
	pipeline_run	r;

	attribute_lang(&r, "Rapat itu berakhir larut malam.\"Kami tidak akan mundur,\" kata Ola Berg.", NV_LANG_ID);
	CHECK_INT(r.doc.sentence_count, 2);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
	{
		CHECK_STR(quote_text(&r, 0), "Kami tidak akan mundur,");
		CHECK_INT(r.quotes.quotes[0].kind, NV_QUOTE_DIRECT);
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "P.ola-berg");
	}
	pipeline_free(&r);
}

/* ---- bodies named by their noun -------------------------------------------- */

/* "kata departemen" is the department named before, not the last speaker. */
UNIT_TEST(test_body_noun_is_the_body_named_before)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "Departemen Energi Norwegia menghentikan ekspor ke Swedia. "
				   "Maria Lind mengatakan hal itu merugikan. "
				   "\"Larangan ini berlaku segera,\" kata departemen itu.",
				   NV_LANG_ID);
	CHECK_INT(r.quotes.count, 2);
	if (r.quotes.count == 2)
	{
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "P.maria-lind");
		CHECK_STR(quote_text(&r, 1), "Larangan ini berlaku segera,");
		CHECK_STR(r.quotes.quotes[1].speaker_actor, "NOR.MOE");
		CHECK_STR(pipeline_span_text(&r, r.quotes.quotes[1].speaker_start, r.quotes.quotes[1].speaker_end),
				  "departemen itu");
	}
	pipeline_free(&r);
}

/* "the ministry said" likewise; "a ministry official" is an official. */
UNIT_TEST(test_body_noun_english)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "The Swedish foreign ministry summoned the envoy. Ola Berg said he regretted it. "
				   "\"This is unacceptable,\" the ministry said.",
				   NV_LANG_EN);
	CHECK_INT(r.quotes.count, 2);
	if (r.quotes.count == 2)
	{
		CHECK_STR(r.quotes.quotes[1].speaker_actor, "SWE.MFA");
		CHECK_STR(pipeline_span_text(&r, r.quotes.quotes[1].speaker_start, r.quotes.quotes[1].speaker_end),
				  "the ministry");
	}
	pipeline_free(&r);
}

/* ---- quote marks that report no speech ------------------------------------- */

/* One word in single marks is a scare quote: the sentence is reported
 * speech, not a partial quote. */
UNIT_TEST(test_scare_quote_is_no_quote)
{
	pipeline_run	r;

	attribute_lang(&r, "Maria Lind said the so-called 'reform' would fail within a year.", NV_LANG_EN);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
	{
		CHECK_INT(r.quotes.quotes[0].kind, NV_QUOTE_INDIRECT);
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "P.maria-lind");
	}
	pipeline_free(&r);
}

/* A quoted fragment in a headline is no quote. */
UNIT_TEST(test_headline_fragment_is_no_quote)
{
	pipeline_run	r;

	attribute_lang(&r, "Norway calls Swedish plan \"reckless\"\nOla Berg said the plan was reckless.", NV_LANG_EN);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
		CHECK_INT(r.quotes.quotes[0].kind, NV_QUOTE_INDIRECT);
	pipeline_free(&r);
}

/* ---- fragments of one reported sentence ------------------------------------ */

/* Two fragments of one speaker's reported sentence are one partial quote;
 * a second speaker joined on by "and" gets a quote of his own. */
UNIT_TEST(test_fragments_of_one_sentence)
{
	pipeline_run	r;

	attribute_lang(&r, "Ola Berg menyebut larangan itu \"keliru\" dan \"berbahaya\" bagi Swedia.", NV_LANG_ID);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
	{
		CHECK_STR(quote_text(&r, 0), "keliru");
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "P.ola-berg");
	}
	pipeline_free(&r);
	attribute_lang(&r, "Lind promised \"open talks\" and Berg demanded \"full access\" to the site.", NV_LANG_EN);
	CHECK_INT(r.quotes.count, 2);
	if (r.quotes.count == 2)
	{
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "P.maria-lind");
		CHECK_STR(quote_text(&r, 1), "full access");
		CHECK_STR(r.quotes.quotes[1].speaker_actor, "P.ola-berg");
	}
	pipeline_free(&r);
}

/* "…, Maria Lind said" at the sentence's end attributes a fragment far
 * before it, not the subject of the sentence. */
UNIT_TEST(test_attribution_at_sentence_end)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "Norway's export plans \"remain unclear\" and its pipeline may not open this year, "
				   "Maria Lind said on Monday.",
				   NV_LANG_EN);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
	{
		CHECK_STR(quote_text(&r, 0), "remain unclear");
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "P.maria-lind");
		CHECK_STR(pipeline_span_text(&r, r.quotes.quotes[0].cue_start, r.quotes.quotes[0].cue_end), "said");
	}
	pipeline_free(&r);
}

/* ---- anaphors ----------------------------------------------------------------- */

/* "He" is the person who spoke last, not the country that spoke since;
 * "It" is whoever spoke last. */
UNIT_TEST(test_he_is_a_person_it_is_anyone)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "Ola Berg said the exports would stop. Sweden said the decision was regrettable. "
				   "He added that talks would resume. It said the talks would fail.",
				   NV_LANG_EN);
	CHECK_INT(r.quotes.count, 4);
	if (r.quotes.count == 4)
	{
		CHECK_STR(r.quotes.quotes[1].speaker_actor, "SWE");
		CHECK_STR(r.quotes.quotes[2].speaker_actor, "P.ola-berg");
		CHECK_STR(r.quotes.quotes[3].speaker_actor, "P.ola-berg");
	}
	pipeline_free(&r);
}

/* An unnamed speaker right before the cue is its subject, not a country
 * named further back in the clause. */
UNIT_TEST(test_unnamed_speaker_next_to_cue)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "The Swedish foreign ministry summoned the envoy. "
				   "Exports fell in Norway as the ministry said the market had collapsed.",
				   NV_LANG_EN);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "SWE.MFA");
	pipeline_free(&r);
}

/* A quote right after a comma takes its speaker from the clause before. */
UNIT_TEST(test_quote_after_comma_takes_clause_before)
{
	pipeline_run	r;

	attribute_lang(&r, "Dalam rapat itu, delegasi Swedia dan Norwegia, \"menyesalkan\" keputusan tersebut.",
				   NV_LANG_ID);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "NOR");
	pipeline_free(&r);
}

/* ---- reported speech ------------------------------------------------------------ */

/* The text's last sentence, cut off mid-word, still reports speech. */
UNIT_TEST(test_cut_off_last_sentence)
{
	pipeline_run	r;

	attribute_lang(&r, "Harga gas naik lagi.\nOla Berg mengatakan bahwa Swedia harus memba", NV_LANG_ID);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
	{
		CHECK_INT(r.quotes.quotes[0].kind, NV_QUOTE_INDIRECT);
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "P.ola-berg");
	}
	pipeline_free(&r);
}

/* "menyebut" right after its speaker reports speech; "menambahkan" does
 * after the speaker of the quote before, or before a comma, and not
 * otherwise ("menambahkan tiga perusahaan ke daftar"). */
UNIT_TEST(test_weak_cues)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "Ola Berg menyebut larangan itu tidak sah. Berg menambahkan harga minyak akan naik. "
				   "Swedia menambahkan tiga perusahaan ke daftar hitam. Ia menambahkan, pasar akan pulih.",
				   NV_LANG_ID);
	CHECK_INT(r.quotes.count, 3);
	if (r.quotes.count == 3)
	{
		CHECK_STR(quote_text(&r, 0), "larangan itu tidak sah.");
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "P.ola-berg");
		CHECK_STR(quote_text(&r, 1), "harga minyak akan naik.");
		CHECK_STR(r.quotes.quotes[1].speaker_actor, "P.ola-berg");
		CHECK_STR(quote_text(&r, 2), "pasar akan pulih.");
		CHECK_STR(r.quotes.quotes[2].speaker_actor, "P.ola-berg");
	}
	pipeline_free(&r);
}

/* "Swedia, lanjut Ola Berg, …": the speaker is the one set off by commas,
 * and the whole sentence is what he said. */
UNIT_TEST(test_parenthetical_cue)
{
	pipeline_run	r;

	attribute_lang(&r, "Swedia, lanjut Ola Berg, tidak akan membayar ganti rugi.", NV_LANG_ID);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
	{
		CHECK_STR(quote_text(&r, 0), "Swedia, lanjut Ola Berg, tidak akan membayar ganti rugi.");
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "P.ola-berg");
	}
	pipeline_free(&r);
}

/* "…, kata Ola Berg.": a cue after a comma with its speaker right after it
 * closes the report; the countries named in the report do not speak. */
UNIT_TEST(test_closing_cue_after_comma)
{
	pipeline_run	r;

	attribute_lang(&r, "Swedia akan membayar lebih mahal untuk gas Norwegia, kata Ola Berg.", NV_LANG_ID);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
	{
		CHECK_STR(quote_text(&r, 0), "Swedia akan membayar lebih mahal untuk gas Norwegia");
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "P.ola-berg");
	}
	pipeline_free(&r);
}

/* ---- outlets ------------------------------------------------------------------- */

/* An outlet reporting on its own account is the speaker: before its verb
 * (an outlet's verb, or a cue of speech or charge), at the sentence's end,
 * or opening the sentence; an outlet that relays a speaker's words is
 * `via`. */
UNIT_TEST(test_outlet_reports)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "Reuters adalah yang pertama melaporkan bahwa Norwegia menghentikan ekspor.\n"
				   "Harga gas naik tajam pekan ini, kantor berita Reuters melaporkan.\n"
				   "Seperti dilansir dari Reuters, Norwegia akan menutup pipa itu.\n"
				   "Ola Berg mengatakan pasar sedang lesu, dikutip dari Reuters.\n"
				   "Reuters menuduh Norwegia menahan pasokan gas.",
				   NV_LANG_ID);
	CHECK_INT(r.quotes.count, 5);
	if (r.quotes.count == 5)
	{
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "M.reuters");
		CHECK_STR(r.quotes.quotes[0].speaker_country, "GBR");
		CHECK_STR(quote_text(&r, 1), "Harga gas naik tajam pekan ini");
		CHECK_STR(r.quotes.quotes[1].speaker_actor, "M.reuters");
		CHECK_STR(quote_text(&r, 2), "Norwegia akan menutup pipa itu.");
		CHECK_STR(r.quotes.quotes[2].speaker_actor, "M.reuters");
		CHECK_STR(r.quotes.quotes[3].speaker_actor, "P.ola-berg");
		CHECK_STR(r.quotes.quotes[3].via, "M.reuters");
		CHECK_STR(quote_text(&r, 4), "Norwegia menahan pasokan gas.");
		CHECK_STR(r.quotes.quotes[4].speaker_actor, "M.reuters");
		CHECK_STR(r.quotes.quotes[4].speaker_country, "GBR");
	}
	pipeline_free(&r);
	attribute_lang(&r,
				   "According to Reuters, Norway will close the pipeline.\n"
				   "Ola Berg reported that exports had fallen.\n"
				   "Ola Berg reported a loss last year.",
				   NV_LANG_EN);
	CHECK_INT(r.quotes.count, 2);
	if (r.quotes.count == 2)
	{
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "M.reuters");
		CHECK_STR(quote_text(&r, 1), "exports had fallen.");
		CHECK_STR(r.quotes.quotes[1].speaker_actor, "P.ola-berg");
	}
	pipeline_free(&r);
}

/* ---- quotes that lost their marks ------------------------------------------ */

/* A first-person sentence outside quote marks is a direct quote: of the
 * speaker its closing clause names, else of the one who spoke last. */
UNIT_TEST(test_first_person_sentence_is_a_quote)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "Ola Berg mengatakan pasar sedang lesu. Kami tidak akan membayar ganti rugi kepada Swedia.",
				   NV_LANG_ID);
	CHECK_INT(r.quotes.count, 2);
	if (r.quotes.count == 2)
	{
		CHECK_INT(r.quotes.quotes[1].kind, NV_QUOTE_DIRECT);
		CHECK_STR(quote_text(&r, 1), "Kami tidak akan membayar ganti rugi kepada Swedia.");
		CHECK_STR(r.quotes.quotes[1].speaker_actor, "P.ola-berg");
	}
	pipeline_free(&r);
	attribute_lang(&r, "We will not pay any compensation to Sweden, Maria Lind said.", NV_LANG_EN);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
	{
		CHECK_INT(r.quotes.quotes[0].kind, NV_QUOTE_DIRECT);
		CHECK_STR(quote_text(&r, 0), "We will not pay any compensation to Sweden");
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "P.maria-lind");
	}
	pipeline_free(&r);
}

/* A quote with no cue continues the reported speech a few sentences
 * before it, even with no quote marks in between; "seperti dimuat X"
 * relays it. */
UNIT_TEST(test_cueless_quote_continues_reported_speech)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "Ola Berg mengatakan pasar sedang lesu. Harga gas naik lagi. Ekspor turun. "
				   "\"Semua ini akibat perang,\" cuitnya di Twitter, seperti dimuat Reuters.",
				   NV_LANG_ID);
	CHECK_INT(r.quotes.count, 2);
	if (r.quotes.count == 2)
	{
		CHECK_STR(quote_text(&r, 1), "Semua ini akibat perang,");
		CHECK_STR(r.quotes.quotes[1].speaker_actor, "P.ola-berg");
		CHECK_STR(r.quotes.quotes[1].via, "M.reuters");
	}
	pipeline_free(&r);
}

/* ---- unnamed speakers ---------------------------------------------------------- */

/* "the agency" is the agency named before with its country, even where
 * the lexicon made no mention of it ("Norway's energy agency"). */
UNIT_TEST(test_body_noun_named_with_its_country)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "Norway's energy agency published new figures on Monday. "
				   "Sweden will import less gas this winter, the agency said.",
				   NV_LANG_EN);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
	{
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "NOR");
		CHECK_STR(pipeline_span_text(&r, r.quotes.quotes[0].speaker_start, r.quotes.quotes[0].speaker_end),
				  "the agency");
	}
	pipeline_free(&r);
}

/* An unnamed speaker tied to no state stays unresolved, as written: not
 * the body named before, not the country the report is about. */
UNIT_TEST(test_unaligned_speaker_stays_unresolved)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "Departemen Energi Norwegia menutup pipa itu. "
				   "Seorang diplomat Barat mengatakan Swedia akan kekurangan gas.",
				   NV_LANG_ID);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
	{
		CHECK(r.quotes.quotes[0].speaker_actor == NULL);
		CHECK_STR(pipeline_span_text(&r, r.quotes.quotes[0].speaker_start, r.quotes.quotes[0].speaker_end),
				  "Seorang diplomat Barat");
	}
	pipeline_free(&r);
	attribute_lang(&r, "Sweden will import less gas, a Western diplomat said.", NV_LANG_EN);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
	{
		CHECK(r.quotes.quotes[0].speaker_actor == NULL);
		CHECK_STR(pipeline_span_text(&r, r.quotes.quotes[0].speaker_start, r.quotes.quotes[0].speaker_end),
				  "a Western diplomat");
	}
	pipeline_free(&r);
}

/* "Pihaknya" is the side of the one who spoke last. */
UNIT_TEST(test_pihaknya_is_the_last_speaker)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "Departemen Energi Norwegia mengatakan pasokan aman. Pihaknya mengatakan harga akan turun.",
				   NV_LANG_ID);
	CHECK_INT(r.quotes.count, 2);
	if (r.quotes.count == 2)
		CHECK_STR(r.quotes.quotes[1].speaker_actor, "NOR.MOE");
	pipeline_free(&r);
}

/* ---- where the report is ------------------------------------------------------- */

/* "…, Maria Lind said Norway was …": the one after the cue is the
 * report's subject, not a speaker closing it; "…, said Lind on Monday"
 * does close it. */
UNIT_TEST(test_speaker_after_cue_or_report_subject)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "The Swedish envoy, Maria Lind, said Norway was not involved. "
				   "Gas prices rose sharply this year, said Lind on Monday.",
				   NV_LANG_EN);
	CHECK_INT(r.quotes.count, 2);
	if (r.quotes.count == 2)
	{
		CHECK_STR(quote_text(&r, 0), "Norway was not involved.");
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "P.maria-lind");
		CHECK_STR(quote_text(&r, 1), "Gas prices rose sharply this year");
		CHECK_STR(r.quotes.quotes[1].speaker_actor, "P.maria-lind");
	}
	pipeline_free(&r);
}

/* "according to Reuters" with no one else: the outlet; "told Reuters":
 * the outlet is only the relay. */
UNIT_TEST(test_told_an_outlet_is_via)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "Exports will fall, Ola Berg told Reuters. \"Prices will rise,\" a trader told Reuters. "
				   "According to Reuters, prices will rise.",
				   NV_LANG_EN);
	CHECK_INT(r.quotes.count, 3);
	if (r.quotes.count == 3)
	{
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "P.ola-berg");
		CHECK_STR(r.quotes.quotes[0].via, "M.reuters");
		CHECK(r.quotes.quotes[1].speaker_actor == NULL);
		CHECK_STR(r.quotes.quotes[1].via, "M.reuters");
		CHECK_STR(r.quotes.quotes[2].speaker_actor, "M.reuters");
	}
	pipeline_free(&r);
}

/* "Swedia juga menyebut …": an adverb between the speaker and a weak cue;
 * "Disebutkan, …" carries on the report before it. */
UNIT_TEST(test_adverb_before_cue_and_passive_opening)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "Ola Berg mengatakan pasokan gas aman. Swedia juga menyebut larangan itu keliru. "
				   "Disebutkan, harga akan turun bulan depan.",
				   NV_LANG_ID);
	CHECK_INT(r.quotes.count, 3);
	if (r.quotes.count == 3)
	{
		CHECK_STR(r.quotes.quotes[1].speaker_actor, "SWE");
		CHECK_STR(quote_text(&r, 2), "harga akan turun bulan depan.");
		CHECK_STR(r.quotes.quotes[2].speaker_actor, "SWE");
	}
	pipeline_free(&r);
}

/* A quote that closes its sentence takes no cue from the next sentence;
 * "said Tuesday, as …" closes the report before it; "its state media" is
 * the state that spoke last. */
UNIT_TEST(test_report_edges)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "Maria Lind dismissed the report as \"absurd.\" Ola Berg said the talks would go on.\n"
				   "Gas exports fell sharply, Ola Berg said Tuesday, as prices rose again.\n"
				   "Norway denied the report. Its state media said the claims were false.",
				   NV_LANG_EN);
	CHECK_INT(r.quotes.count, 5);
	if (r.quotes.count == 5)
	{
		CHECK_STR(quote_text(&r, 0), "absurd.");
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "P.maria-lind");
		CHECK_STR(pipeline_span_text(&r, r.quotes.quotes[0].cue_start, r.quotes.quotes[0].cue_end), "dismissed");
		CHECK_STR(quote_text(&r, 2), "Gas exports fell sharply");
		CHECK_STR(r.quotes.quotes[4].speaker_actor, "NOR");
	}
	pipeline_free(&r);
}

/* A name and a role phrase count as one word each between a quote and its
 * cue: "Sweden's Deputy Foreign Minister Maria Lind told". */
UNIT_TEST(test_long_speaker_before_cue)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "\"Gas will be rationed,\" Sweden's Deputy Foreign Minister Maria Lind told reporters.",
				   NV_LANG_EN);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
	{
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "P.maria-lind");
		CHECK_STR(pipeline_span_text(&r, r.quotes.quotes[0].cue_start, r.quotes.quotes[0].cue_end), "told");
	}
	pipeline_free(&r);
}

/* "The experts" are the Norwegian experts named before; "diplomats" with
 * nothing to tie them to stay unresolved, not the ministry named before. */
UNIT_TEST(test_generic_speakers_and_their_owners)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "The Swedish foreign ministry summoned the envoy. Norwegian experts published a report. "
				   "The experts said prices would fall. Exports will stop in May, diplomats said.",
				   NV_LANG_EN);
	CHECK_INT(r.quotes.count, 2);
	if (r.quotes.count == 2)
	{
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "NOR");
		CHECK(r.quotes.quotes[1].speaker_actor == NULL);
		CHECK_STR(pipeline_span_text(&r, r.quotes.quotes[1].speaker_start, r.quotes.quotes[1].speaker_end),
				  "diplomats");
	}
	pipeline_free(&r);
}

/* A quote over two paragraphs: the first opens and runs to its line's end,
 * the second opens again and closes before the cue that names the speaker
 * of both, not the one who spoke before. */
UNIT_TEST(test_quote_over_paragraphs)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "Ola Berg said exports would resume.\n"
				   "\"We will not pay. Our position is final.\n"
				   "\"The talks are over,\" Maria Lind said.",
				   NV_LANG_EN);
	CHECK_INT(r.quotes.count, 3);
	if (r.quotes.count == 3)
	{
		CHECK_STR(quote_text(&r, 1), "We will not pay. Our position is final.");
		CHECK_STR(r.quotes.quotes[1].speaker_actor, "P.maria-lind");
		CHECK_STR(pipeline_span_text(&r, r.quotes.quotes[1].speaker_start, r.quotes.quotes[1].speaker_end),
				  "Maria Lind");
		CHECK_STR(r.quotes.quotes[2].speaker_actor, "P.maria-lind");
	}
	pipeline_free(&r);
}

/* A negation negates the verb next to it, not a cue after another verb;
 * an adjunct clause ("dalam pernyataan ...") before the cue is no speaker. */
UNIT_TEST(test_negation_scope_and_adjunct_clause)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "Seorang pejabat Norwegia yang tidak ingin disebutkan namanya mengatakan ekspor akan dihentikan. "
				   "Ola Berg tidak mengatakan apa pun soal itu. "
				   "Maria Lind, utusan Swedia, dalam pernyataan yang dirilis Reuters mengatakan harga akan naik.",
				   NV_LANG_ID);
	CHECK_INT(r.quotes.count, 2);
	if (r.quotes.count == 2)
	{
		CHECK_STR(quote_text(&r, 0), "ekspor akan dihentikan.");
		CHECK_STR(quote_text(&r, 1), "harga akan naik.");
		CHECK_STR(r.quotes.quotes[1].speaker_actor, "P.maria-lind");
	}
	pipeline_free(&r);
}

/* A cue word inside a fixed phrase reports nothing ("Lebih lanjut, …",
 * "Dengan kata lain, …", "Secara jelas, …"); a cue that holds its object
 * ("menolak tuduhan") reports it even with no more words after. */
UNIT_TEST(test_idioms_and_cues_with_objects)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "Lebih lanjut, Ola Berg mengatakan pasar sedang lesu. Dengan kata lain, Swedia akan membayar. "
				   "Secara jelas, Maria Lind menolak tuduhan itu.",
				   NV_LANG_ID);
	CHECK_INT(r.quotes.count, 2);
	if (r.quotes.count == 2)
	{
		CHECK_STR(pipeline_span_text(&r, r.quotes.quotes[0].cue_start, r.quotes.quotes[0].cue_end), "mengatakan");
		CHECK_STR(quote_text(&r, 1), "tuduhan itu.");
		CHECK_STR(r.quotes.quotes[1].speaker_actor, "P.maria-lind");
	}
	pipeline_free(&r);
}

/* Where a speaker serves does not speak: "Norway's envoy to Sweden",
 * "Kedutaan Besar Norwegia di Swedia". */
UNIT_TEST(test_destination_does_not_speak)
{
	pipeline_run	r;

	attribute_lang(&r, "Norway's envoy to Sweden said the pipeline would reopen.", NV_LANG_EN);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "NOR");
	pipeline_free(&r);
	attribute_lang(&r, "Kedutaan Besar Norwegia di Swedia mengatakan pipa itu dibuka lagi.", NV_LANG_ID);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "NOR");
	pipeline_free(&r);
}

/* A name the lexicon does not know right before the cue is its subject,
 * kept as written, not a person named further back; a weekday is no name. */
UNIT_TEST(test_unknown_name_before_cue)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "Maria Lind bertemu wartawan di Oslo lalu Kantor Hukum Vik mengatakan gugatan akan diajukan. "
				   "Ola Berg pada Kamis mengatakan harga akan turun.",
				   NV_LANG_ID);
	CHECK_INT(r.quotes.count, 2);
	if (r.quotes.count == 2)
	{
		CHECK(r.quotes.quotes[0].speaker_actor == NULL);
		CHECK_STR(pipeline_span_text(&r, r.quotes.quotes[0].speaker_start, r.quotes.quotes[0].speaker_end),
				  "Kantor Hukum Vik");
		CHECK_STR(r.quotes.quotes[1].speaker_actor, "P.ola-berg");
	}
	pipeline_free(&r);
}

/* A person the lexicon does not know, introduced by a role phrase with a
 * relative clause before the name, takes the role's country; his short
 * name speaks later. */
UNIT_TEST(test_role_with_relative_clause)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "Wakil Menteri Luar Negeri Norwegia yang bertanggung jawab atas urusan Swedia, Lars Holm, "
				   "tiba di Stockholm. \"Harga gas akan turun,\" kata Holm.",
				   NV_LANG_ID);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
	{
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "P.lars-holm");
		CHECK_STR(r.quotes.quotes[0].speaker_country, "NOR");
	}
	pipeline_free(&r);
}

/* "according to X, …": past the comma only a person set off by commas is
 * X; the subject of the report is not, and a source tied to no actor is
 * kept as written. */
UNIT_TEST(test_according_to_stops_at_its_comma)
{
	pipeline_run	r;

	attribute_lang(&r, "Talks stalled. According to a diplomatic source, Norway had closed the pipeline.",
				   NV_LANG_EN);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
	{
		CHECK(r.quotes.quotes[0].speaker_actor == NULL);
		CHECK_STR(pipeline_span_text(&r, r.quotes.quotes[0].speaker_start, r.quotes.quotes[0].speaker_end),
				  "a diplomatic source");
		CHECK_STR(quote_text(&r, 0), "Norway had closed the pipeline.");
	}
	pipeline_free(&r);
	attribute_lang(&r, "Menurut utusan energi Swedia, Maria Lind, harga gas akan naik.", NV_LANG_ID);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "P.maria-lind");
	pipeline_free(&r);
	/* "menurut laporan Reuters": the outlet's own report */
	attribute_lang(&r, "Menurut laporan Reuters, harga gas akan naik.", NV_LANG_ID);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "M.reuters");
	pipeline_free(&r);
}

/* "X, who …, said": the person before the clause set off by commas is the
 * subject, not an actor inside the clause; a weak cue that needs its
 * subject right before it accepts that clause between. */
UNIT_TEST(test_subject_before_clause_set_off)
{
	pipeline_run	r;

	attribute_lang(&r, "Talks stalled. Ola Berg, who met reporters in Sweden, said prices would rise.", NV_LANG_EN);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "P.ola-berg");
	pipeline_free(&r);
	attribute_lang(&r, "Maria Lind, utusan Swedia untuk Norwegia, menyebut larangan itu keliru.", NV_LANG_ID);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "P.maria-lind");
	pipeline_free(&r);
}

/* After "told", whom it was told is no report: "…, Ola Berg told a news
 * conference." reports what comes before; "told reporters the …" what
 * comes after them. */
UNIT_TEST(test_told_an_addressee)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "Talks stalled. Norway will cut exports next year, Ola Berg told a news conference. "
				   "Maria Lind told reporters the cut was illegal.",
				   NV_LANG_EN);
	CHECK_INT(r.quotes.count, 2);
	if (r.quotes.count == 2)
	{
		CHECK_STR(quote_text(&r, 0), "Norway will cut exports next year");
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "P.ola-berg");
		CHECK_STR(quote_text(&r, 1), "the cut was illegal.");
	}
	pipeline_free(&r);
}

/* "the sister of Ola Berg" set off after "Maria Lind" is no speaker;
 * "the president Maria Lind" names her, it points back to no one; an
 * outlet after a quote relays it from the speaker named before. */
UNIT_TEST(test_appositives_and_relays)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "Ola Berg said exports would stop. Maria Lind, the sister of Ola Berg, said prices would rise. "
				   "According to the president Maria Lind, prices will fall. "
				   "Norway said the plan was \"a hostile act,\" according to Reuters.",
				   NV_LANG_EN);
	CHECK_INT(r.quotes.count, 4);
	if (r.quotes.count == 4)
	{
		CHECK_STR(r.quotes.quotes[1].speaker_actor, "P.maria-lind");
		CHECK_STR(r.quotes.quotes[2].speaker_actor, "P.maria-lind");
		CHECK_STR(quote_text(&r, 3), "a hostile act,");
		CHECK_STR(r.quotes.quotes[3].speaker_actor, "NOR");
		CHECK_STR(r.quotes.quotes[3].via, "M.reuters");
	}
	pipeline_free(&r);
}

/* "said in a statement carried by Reuters that …": the report starts
 * after "that", and the outlet carrying it is the relay. */
UNIT_TEST(test_statement_carried_by_outlet)
{
	pipeline_run	r;

	attribute_lang(&r, "Maria Lind said in a statement carried by Reuters that the pipeline would reopen.",
				   NV_LANG_EN);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
	{
		CHECK_STR(quote_text(&r, 0), "the pipeline would reopen.");
		CHECK_STR(r.quotes.quotes[0].via, "M.reuters");
	}
	pipeline_free(&r);
}

/* A condemnation of a thing is an act, not reported speech; with its
 * reason ("karena …") or its words ("bahwa …") it is. */
UNIT_TEST(test_condemnation_of_a_thing_is_no_report)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "Norwegia mengecam penutupan pipa gas itu. Swedia mengecam Norwegia karena menutup pipa itu.",
				   NV_LANG_ID);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
	{
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "SWE");
		CHECK_STR(quote_text(&r, 0), "Norwegia karena menutup pipa itu.");
	}
	pipeline_free(&r);
}

/* "Ia" opening a sentence is the person the sentence before is about, not
 * the last one who spoke. */
UNIT_TEST(test_pronoun_takes_previous_subject)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "Maria Lind mengatakan pasar sedang lesu. Pekan lalu, Ola Berg menegaskan kembali komitmennya. "
				   "Ia mengatakan harga akan naik.",
				   NV_LANG_ID);
	CHECK_INT(r.quotes.count, 2);
	if (r.quotes.count == 2)
	{
		CHECK_STR(quote_text(&r, 1), "harga akan naik.");
		CHECK_STR(r.quotes.quotes[1].speaker_actor, "P.ola-berg");
	}
	pipeline_free(&r);
}

/* "… in Sweden, where officials said …": unnamed officials right before
 * the cue are its subject even when nothing resolves them; Sweden, named
 * before, is not. */
UNIT_TEST(test_unresolved_subject_next_to_cue)
{
	pipeline_run	r;

	attribute_lang(&r, "Exports fell in Norway and Sweden where officials said the market had collapsed.",
				   NV_LANG_EN);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
	{
		CHECK(r.quotes.quotes[0].speaker_actor == NULL);
		CHECK_STR(pipeline_span_text(&r, r.quotes.quotes[0].speaker_start, r.quotes.quotes[0].speaker_end),
				  "officials");
	}
	pipeline_free(&r);
}

/* "Maria Lind said:" ending its line introduces the quote opening the next
 * line. */
UNIT_TEST(test_colon_introduces_next_line)
{
	pipeline_run	r;

	attribute_lang(&r, "Talks were held in Oslo. Maria Lind said:\n\"We will not retreat from our position.\"",
				   NV_LANG_EN);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
	{
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "P.maria-lind");
		CHECK_STR(pipeline_span_text(&r, r.quotes.quotes[0].cue_start, r.quotes.quotes[0].cue_end), "said");
	}
	pipeline_free(&r);
}

/* The relay may follow a description of the outlet: "dikutip dari laporan
 * kantor berita resmi Swedia Reuters". */
UNIT_TEST(test_relay_after_description)
{
	pipeline_run	r;

	attribute_lang(&r, "\"Kami siap,\" kata Ola Berg, dikutip dari laporan kantor berita resmi Swedia Reuters.",
				   NV_LANG_ID);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
		CHECK_STR(r.quotes.quotes[0].via, "M.reuters");
	pipeline_free(&r);
}

/* "according to him" is the person before; ", he said, adding that …"
 * closes the report before it, and "that" in the next clause does not
 * start it. */
UNIT_TEST(test_according_to_him_and_he_said_adding)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "Ola Berg met Maria Lind in Oslo. According to him, the talks went well. "
				   "The two sides signed a deal, he said, adding that trade would grow.",
				   NV_LANG_EN);
	CHECK_INT(r.quotes.count, 2);
	if (r.quotes.count == 2)
	{
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "P.ola-berg");
		CHECK_STR(quote_text(&r, 1), "The two sides signed a deal");
		CHECK_STR(r.quotes.quotes[1].speaker_actor, "P.ola-berg");
	}
	pipeline_free(&r);
}

/* "Hal itu diungkapkan X ... pada Senin": the whole sentence attributes,
 * so its date is when it was said; a quote continuing the speaker's words
 * was said then too. */
UNIT_TEST(test_said_on_of_attributions_and_continuations)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "Harga gas naik tajam. Hal itu disebutkan Ola Berg dalam wawancara dengan wartawan di Oslo "
				   "pada Senin (4/3/2024). \"Pasar sedang kacau.\"",
				   NV_LANG_ID);
	CHECK_INT(r.quotes.count, 2);
	if (r.quotes.count == 2)
	{
		CHECK(r.quotes.quotes[0].has_said_on);
		CHECK(r.quotes.quotes[1].has_said_on);
		CHECK_STR(r.quotes.quotes[1].speaker_actor, "P.ola-berg");
		if (r.quotes.quotes[0].has_said_on && r.quotes.quotes[1].has_said_on)
			CHECK(memcmp(&r.quotes.quotes[0].said_on, &r.quotes.quotes[1].said_on, sizeof(nv_timex)) == 0);
	}
	pipeline_free(&r);
}

/* A report and the quote right after it by the same speaker are one
 * statement: the quote's date is the report's too; the next report's
 * date is not carried forward. */
UNIT_TEST(test_said_on_shared_backwards)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "Ola Berg menyebut larangan itu keliru. \"Kami akan menggugat,\" kata Ola Berg pada Senin (4/3/2024). "
				   "Ola Berg mengatakan sidang dimulai pekan depan.",
				   NV_LANG_ID);
	CHECK_INT(r.quotes.count, 3);
	if (r.quotes.count == 3)
	{
		CHECK(r.quotes.quotes[0].has_said_on);
		CHECK(r.quotes.quotes[1].has_said_on);
		CHECK(!r.quotes.quotes[2].has_said_on);
	}
	pipeline_free(&r);
}

/* "In his opinion, …" continues the report of the person who spoke just
 * before; "As reported by the …, …" opens an outlet's own report. */
UNIT_TEST(test_opinion_and_outlet_leads)
{
	pipeline_run	r;

	attribute_lang(&r,
				   "Ola Berg said exports would fall. In his opinion, prices will double this winter. "
				   "As reported by the Reuters agency, Norway will close the pipeline.",
				   NV_LANG_EN);
	CHECK_INT(r.quotes.count, 3);
	if (r.quotes.count == 3)
	{
		CHECK_STR(quote_text(&r, 1), "prices will double this winter.");
		CHECK_STR(r.quotes.quotes[1].speaker_actor, "P.ola-berg");
		CHECK_STR(quote_text(&r, 2), "Norway will close the pipeline.");
		CHECK_STR(r.quotes.quotes[2].speaker_actor, "M.reuters");
	}
	pipeline_free(&r);
}

/* Every mention of the text run in Indonesian, as "surface=id" in text
 * order, joined by "|". */
static const char *
mentions_of(const char *text)
{
	static char buf[1024];
	size_t		n = 0;
	pipeline_run r;

	attribute_lang(&r, text, NV_LANG_ID);
	buf[0] = '\0';
	for (uint32_t k = 0; k < r.mentions.count && n < sizeof(buf); k++)
		n += (size_t) snprintf(buf + n, sizeof(buf) - n, "%s%s=%s", k ? "|" : "",
							   pipeline_span_text(&r, r.mentions.mentions[k].start, r.mentions.mentions[k].end),
							   r.mentions.mentions[k].id);
	pipeline_free(&r);
	return buf;
}

/* How many quotes the text run in English gives. */
static uint32_t
quote_count(const char *text)
{
	pipeline_run r;
	uint32_t	count;

	attribute_lang(&r, text, NV_LANG_EN);
	count = r.quotes.count;
	pipeline_free(&r);
	return count;
}

/*
 * A name the lexicon lacks, taken after a role ("Menteri Luar Negeri
 * Menurut Ola", made up to be read so), said again at the start of a
 * name the lexicon knows ("Menurut Ola Berg"): the full name repeated
 * would run into that mention, and mentions never overlap, so it is no
 * mention there.  (The fuzzer found it; before, both mentions were made.)
 */
UNIT_TEST(test_repeated_name_stops_at_a_mention)
{
	CHECK_STR(mentions_of("Berita itu dibantah Menteri Luar Negeri Menurut Ola, rumor itu tidak benar.\n"
						  "Menurut Ola Berg, Swedia tidak terlibat."),
			  "Menurut Ola=P.menurut-ola|Ola Berg=P.ola-berg|Swedia=SWE");
}

/*
 * A role that ends a line names no one on the next: "Menurut Ola" there
 * is "according to Ola", no person "Menurut Ola"; where Ola Berg was
 * named before, "Ola" is that person again.
 */
UNIT_TEST(test_titled_name_on_the_role_line)
{
	CHECK_STR(mentions_of("Berita itu dibantah Menteri Luar Negeri\nMenurut Ola, rumor itu tidak benar."), "");
	CHECK_STR(mentions_of("Berita itu dibantah Menteri Luar Negeri Ola Berg.\nMenurut Ola, rumor itu tidak benar."),
			  "Ola Berg=P.ola-berg|Ola=P.ola-berg");
}

/*
 * "…, said X": what was said is the sentence before the comma, from where
 * its content starts; when that is past a dateline's dash after the cue
 * (the fuzzer's "UL r,sayAs —"), there is nothing before the comma to
 * report, and no quote, not one that ends before it starts.
 */
UNIT_TEST(test_post_comma_cue_before_a_dateline_dash)
{
	pipeline_run r;

	/* the speaker after the cue: the report's own rule, then the rule of
	 * a speaker set off by the comma before the cue */
	CHECK_INT(quote_count("ABC Corp news, said Ola Berg \xe2\x80\x94 x"), 0);
	CHECK_INT(quote_count("ABC Corp news, said Berg \xe2\x80\x94 x."), 0);
	attribute_lang(&r, "Sweden will not join the deal, said Ola Berg.", NV_LANG_EN);
	CHECK_INT(r.quotes.count, 1);
	if (r.quotes.count == 1)
		CHECK_STR(quote_text(&r, 0), "Sweden will not join the deal");
	pipeline_free(&r);
}
