-- Sentences and language detection.

-- Abbreviations and initials do not end a sentence; a line break always does.
SELECT n, pos, len, sentence
FROM narrative.sentences(E'Dr. Lee tiba di Jl. Sudirman No. 5 pukul 10. Ia bertemu U.S. officials.\n' ||
                         E'Judul tanpa titik\n“Kami mengecam,” kata dia. “Itu benar.” Lalu pergi. Pejabat AS. Selesai!',
                         lang => 'id');

-- Language detection: Indonesian, English, and too little to tell.
SELECT narrative.detect_lang('Korea Utara dilaporkan mengirimkan amunisi ke Rusia, kata pejabat itu.') AS id,
       narrative.detect_lang('North Korea has sent more soldiers to Russia, the official said.') AS en,
       narrative.detect_lang('Kim Jong Un') AS unknown,
       narrative.detect_lang('') AS empty;

SELECT count(*) FROM narrative.sentences('');
SELECT count(*) FROM narrative.sentences(E'   \n\t  ');
