#!/usr/bin/env python3
"""Writes a deterministic benchmark corpus as COPY text on standard output:
id, lang, published, body.  Articles recombine the paragraphs of the
sample corpus with varied names, numbers and dates, so no two rows are
equal.  Usage: bench_corpus.py CORPUS_DIR MEGABYTES"""
import os
import random
import re
import sys

corpus, megabytes = sys.argv[1], float(sys.argv[2])
rng = random.Random(20240222)
paragraphs = {"id": [], "en": []}
for name in sorted(os.listdir(os.path.join(corpus, "articles"))):
    lang = "en" if name.startswith("en_") else "id"
    with open(os.path.join(corpus, "articles", name), encoding="utf-8") as f:
        paragraphs[lang] += [p for p in f.read().split("\n") if len(p) > 40]

names = ["Kim Jong Un", "Vladimir Putin", "Antony Blinken", "Maria Zakharova", "Dmitry Peskov",
         "Matthew Miller", "Sergey Lavrov", "Yoon Suk Yeol", "John Kirby", "Wang Wenbin"]
days = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat"]


def vary(text):
    text = re.sub(r"\d+", lambda m: str(rng.randint(1, 28) if len(m.group()) <= 2 else rng.randint(2015, 2025)), text)
    for n in names:
        if n in text and rng.random() < 0.5:
            text = text.replace(n, rng.choice(names))
    return text


target = int(megabytes * 1024 * 1024)
written = 0
n = 0
out = sys.stdout
while written < target:
    n += 1
    lang = "id" if rng.random() < 0.7 else "en"
    body = []
    for _ in range(rng.randint(6, 14)):
        body.append(vary(rng.choice(paragraphs[lang])))
    body.insert(1, "%s (%d/%d/%d) - laporan ke-%d" % (rng.choice(days), rng.randint(1, 28),
                                                       rng.randint(1, 12), rng.randint(2020, 2025), n))
    text = "\n".join(body)
    published = "%d-%02d-%02d" % (rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28))
    escaped = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    line = "%d\t%s\t%s\t%s\n" % (n, lang, published, escaped)
    out.write(line)
    written += len(text.encode("utf-8"))
