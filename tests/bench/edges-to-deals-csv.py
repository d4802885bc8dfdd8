#!/usr/bin/env python3
"""Turn the output of tests/bench/gen_deals.py (deals_N*.edges and .names) into a deals CSV in
the columns of ai-deals.csv, for the end-to-end check `capflow big.csv --export-network big.png`
against `sfdp -Tpng deals_N*.dot`.

Usage: edges-to-deals-csv.py deals_10000_s20.edges deals_10000_s20.names > big.csv
"""
import csv
import datetime
import random
import sys

KINDS = ["equity", "compute", "chips", "partnership", "loan"]
AMOUNT_KINDS = ["committed", "reported", "up_to", "estimated"]


def main():
    edges_path, names_path = sys.argv[1], sys.argv[2]
    with open(names_path, encoding="utf-8") as f:
        names = [line.rstrip("\n") for line in f]
    rng = random.Random(7)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["id", "date", "date_precision", "from", "to", "kind", "amount_usd_bn", "amount_kind",
                  "note_en", "source_url", "source_title"])
    start = datetime.date(2020, 1, 1)
    with open(edges_path, encoding="utf-8") as f:
        next(f)  # "N M"
        for k, line in enumerate(f):
            a, b = (int(x) for x in line.split())
            date = start + datetime.timedelta(days=k % 2000)
            amount = "" if rng.random() < 0.2 else f"{rng.randrange(1, 50000) / 1000:g}"
            out.writerow([f"D{k + 1}", date.isoformat(), "day", names[a], names[b], rng.choice(KINDS), amount,
                          rng.choice(AMOUNT_KINDS), "", "https://example.org/synthetic-deals",
                          "Synthetic deal (gen_deals.py)"])


if __name__ == "__main__":
    main()
