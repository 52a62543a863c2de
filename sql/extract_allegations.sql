-- Allegations: who accuses, condemns, denies, confirms, warns or sanctions whom.
SET DateStyle = ISO, YMD;

-- A joint subject gives one allegation each; the headline counts.
SELECT accuser, act, accused, charge, hedged
FROM narrative.allegations('Korsel, AS, dan Jepang Kecam Pasokan Senjata Korut ke Rusia', lang => 'id');

-- A denial concerns the denier's own side; said_on is when it was said.
SELECT accuser, act, accused, charge, said_on, claim
FROM narrative.allegations('Juru bicara Kremlin Dmitry Peskov pada Kamis membantah tuduhan mengenai pasokan senjata dari Pyongyang.',
                           lang => 'id', published => '2023-10-27');

-- A passive names its agent; the subject is the accused.
SELECT accuser, act, accused, charge
FROM narrative.allegations('Korea Utara dikenakan sanksi dari PBB karena program senjata nuklirnya.', lang => 'id');

-- An unsourced report has no accuser, is hedged, and dates the conduct (about).
SELECT accuser, act, accused, charge, hedged, about
FROM narrative.allegations('Oktober lalu, Korea Utara dilaporkan mengirimkan amunisi ke Rusia.',
                           lang => 'id', published => '2024-06-19');

-- Confirming another side's conduct accuses it; confirming one's own is a confirmation.
SELECT accuser, act, accused, charge, said_on
FROM narrative.allegations('Pada pertengahan Oktober, juru bicara Dewan Keamanan Nasional AS John Kirby mengkonfirmasi pengiriman senjata dari Korea Utara ke Rusia. '
                           'Pemerintah Korut pada bulan April lalu mengonfirmasi bahwa mereka telah mengerahkan pasukan ke Rusia.',
                           lang => 'id', published => '2023-10-27');

-- English: an accusation, and a passive with no agent (no accuser).
SELECT accuser, act, accused
FROM narrative.allegations('The US has accused China of helping Russia. Beijing has been criticised for its stance.', lang => 'en');

-- Not acts: a negated cue, an attempt ("untuk menjatuhkan sanksi"), a bare noun.
SELECT count(*)
FROM narrative.allegations('Neither Moscow nor Pyongyang have confirmed the deployment. '
                           'Rusia memblokir upaya untuk menjatuhkan sanksi terhadap Korea Utara. '
                           'Keduanya menanggapi tuduhan itu.', published => '2024-01-01');

-- extract() holds every stage in one jsonb.
SELECT jsonb_object_keys(narrative.extract('Rusia membantah, kata Zakharova, Rabu (21/2/2024).', published => '2024-02-22'))
ORDER BY 1;
SELECT narrative.extract('Rusia membantah, kata Zakharova, Rabu (21/2/2024).', published => '2024-02-22') -> 'allegations';
SELECT narrative.extract(NULL) IS NULL AS null_in_null_out;
