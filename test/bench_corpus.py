#!/usr/bin/env python3
"""Writes a deterministic benchmark corpus as COPY text on standard output:
id, lang, published, body.  Articles recombine the paragraphs of the
sample corpus with varied names, numbers and dates, and each carries its
own report number, so no two rows are equal.

Usage: bench_corpus.py CORPUS_DIR [MEGABYTES]      rows of articles, at least
                                                    MEGABYTES of body (default 200)
       bench_corpus.py CORPUS_DIR --document KB    one row: Indonesian articles
                                                    joined into one body of at least KB
                                                    kilobytes, with id KB
       bench_corpus.py CORPUS_DIR --document KB --copies N
                                                    N such documents, each its own
                                                    articles: KB, copy (1 to N), lang,
                                                    published, body"""
import argparse
import os
import random
import re
import sys

parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
parser.add_argument("corpus")
parser.add_argument("megabytes", nargs="?", type=float, default=200)
parser.add_argument("--document", type=int, metavar="KB",
                    help="write one document of at least KB kilobytes instead of rows")
parser.add_argument("--copies", type=int, metavar="N",
                    help="with --document: N distinct documents, numbered")
args = parser.parse_args()

rng = random.Random(20240222)
paragraphs = {"id": [], "en": []}
for name in sorted(os.listdir(os.path.join(args.corpus, "articles"))):
    lang = "en" if name.startswith("en_") else "id"
    with open(os.path.join(args.corpus, "articles", name), encoding="utf-8") as f:
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


def article(n, lang):
    """Article number n: 6 to 14 varied paragraphs, a dated report line second."""
    body = [vary(rng.choice(paragraphs[lang])) for _ in range(rng.randint(6, 14))]
    body.insert(1, "%s (%d/%d/%d) - laporan ke-%d" % (rng.choice(days), rng.randint(1, 28),
                                                       rng.randint(1, 12), rng.randint(2020, 2025), n))
    return "\n".join(body)


def copy_row(n, lang, published, text):
    escaped = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    sys.stdout.write("%d\t%s\t%s\t%s\n" % (n, lang, published, escaped))


if args.document:
    target = args.document * 1024
    n = 0
    for copy in range(1, (args.copies or 1) + 1):
        parts, size = [], 0
        while size < target:
            n += 1
            parts.append(article(n, "id"))
            size += len(parts[-1].encode("utf-8")) + 2
        if args.copies:
            sys.stdout.write("%d\t" % args.document)
        copy_row(copy if args.copies else args.document, "id", "2024-02-22", "\n\n".join(parts))
    sys.exit(0)

target = int(args.megabytes * 1024 * 1024)
written = 0
n = 0
while written < target:
    n += 1
    lang = "id" if rng.random() < 0.7 else "en"
    text = article(n, lang)
    published = "%d-%02d-%02d" % (rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28))
    copy_row(n, lang, published, text)
    written += len(text.encode("utf-8"))
