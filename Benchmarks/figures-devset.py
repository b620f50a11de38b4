#!/usr/bin/env python3
"""Precision and recall of `crossread figures` on the figures development set.

The texts are public news reports kept outside the repository (default /tmp/devset, one .txt per
report); their hand annotation is Tests/ExtractionTests/Figures/DevSet/annotations.tsv (document,
canonical measure, group, number as stated). A figure matches an annotation on document, measure,
group and number; both sides are sets, so a count stated twice counts once.

Not scored: vague figures ("hundreds"), and figures the JSON marks as not casualties
(`"casualty": false`: population, on board, marchers), which the table leaves out by default.

    swift build --product crossread
    Benchmarks/figures-devset.py [--corpus /tmp/devset] [--binary .build/debug/crossread] [--misses]
    Benchmarks/figures-devset.py --corpus /tmp/devset2 --annotations Tests/ExtractionTests/Figures/DevSet/annotations-unseen.tsv
"""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ANNOTATIONS = os.path.join(ROOT, "Tests", "ExtractionTests", "Figures", "DevSet", "annotations.tsv")

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "dozen": 12}


def fmt(value):
    return str(int(value)) if float(value) == int(value) else str(value)


def number_of(figure):
    """The number a figure states: `stated` when the JSON has it, else read from `value`."""
    stated = figure.get("stated")
    if isinstance(stated, list) and stated:
        return "-".join(fmt(v) for v in stated)
    if isinstance(stated, (int, float)):
        return fmt(stated)
    text = figure["value"].lower().replace("\u00a0", " ")
    found = []
    for match in re.finditer(r"\d[\d, ]*(?:\.\d+)?(?:\s+(?:million|billion|thousand))?|[a-z]+(?:[- ][a-z]+)*", text):
        token = match.group(0)
        if token[0].isdigit():
            scale = 1
            for word, factor in SCALES.items():
                if token.endswith(word):
                    scale = factor
                    token = token[: -len(word)]
            digits = re.sub(r"[ ,]", "", token.strip())
            try:
                found.append(float(digits) * scale)
            except ValueError:
                pass
        else:
            total, current, seen = 0, 0, False
            for word in re.split(r"[- ]", token):
                if word in UNITS:
                    current += UNITS[word]; seen = True
                elif word in TENS:
                    current += TENS[word]; seen = True
                elif word in SCALES and (seen or word != "dozen"):
                    if SCALES[word] >= 1000:
                        total += max(current, 1) * SCALES[word]; current = 0
                    else:
                        current = max(current, 1) * SCALES[word]
                    seen = True
                elif word == "a" or word == "and":
                    continue
                elif seen:
                    found.append(total + current); total, current, seen = 0, 0, False
            if seen:
                found.append(total + current)
    if not found:
        return None
    return "-".join(fmt(v) for v in found[:2])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default="/tmp/devset")
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "debug", "crossread"))
    parser.add_argument("--annotations", default=ANNOTATIONS, help="the annotation to score against")
    parser.add_argument("--misses", action="store_true", help="list false positives and misses")
    args = parser.parse_args()
    if not os.path.isdir(args.corpus):
        print(f"no development set at {args.corpus}; nothing measured")
        return 0
    gold = set()
    for line in open(args.annotations):
        if line.startswith("#") or line.startswith("document\t") or not line.strip():
            continue
        document, measure, group, number = line.rstrip("\n").split("\t")
        gold.add((document, measure, group, number))
    documents = {g[0] for g in gold} | {os.path.splitext(f)[0] for f in os.listdir(args.corpus) if f.endswith(".txt")}
    output = subprocess.run([args.binary, "figures", "--format", "json", "--corpus", args.corpus],
                            capture_output=True, text=True, check=True).stdout
    found = set()
    for figure in json.loads(output):
        if figure.get("vague") or figure.get("casualty") is False:
            continue
        number = number_of(figure)
        if number is None:
            continue
        document = os.path.splitext(os.path.basename(figure["document"]))[0]
        found.add((document, figure["measure"], figure["group"], number))
    found = {f for f in found if f[0] in documents}
    hits = found & gold
    precision = len(hits) / len(found) if found else 0.0
    recall = len(hits) / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"documents {len(documents)}  annotated {len(gold)}  found {len(found)}  matched {len(hits)}")
    print(f"precision {precision:.2f}  recall {recall:.2f}  F1 {f1:.2f}")
    if args.misses:
        for item in sorted(found - gold):
            print("extra ", "\t".join(item))
        for item in sorted(gold - found):
            print("missed", "\t".join(item))
    return 0


if __name__ == "__main__":
    sys.exit(main())
