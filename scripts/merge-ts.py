#!/usr/bin/env python3
"""Resolves a merge conflict in a .ts file: takes every finished translation from both sides.
Usage (during a conflicted merge): scripts/merge-ts.py translations/capflow_de.ts
It writes 'ours' with translations from 'theirs' added; run update_translations afterwards."""
import subprocess
import sys
import xml.etree.ElementTree as ET


def load(rev, path):
    text = subprocess.run(["git", "show", f"{rev}:{path}"], capture_output=True, text=True, check=True).stdout
    return ET.fromstring(text)


def finished(root):
    table = {}
    for ctx in root.iter("context"):
        name = ctx.find("name").text
        for m in ctx.iter("message"):
            t = m.find("translation")
            if t is not None and t.get("type") is None:
                table[(name, m.find("source").text)] = t
    return table


path = sys.argv[1]
ours, theirs = load(":2", path), load(":3", path)
ours_table = finished(ours)
ours_ctx = {c.find("name").text: c for c in ours.iter("context")}
for ctx in theirs.iter("context"):
    name = ctx.find("name").text
    for m in ctx.iter("message"):
        t = m.find("translation")
        key = (name, m.find("source").text)
        if t is None or t.get("type") is not None or key in ours_table:
            continue
        if name not in ours_ctx:
            new = ET.SubElement(ours, "context")
            ET.SubElement(new, "name").text = name
            ours_ctx[name] = new
        ours_ctx[name].append(m)
body = ET.tostring(ours, encoding="unicode")
with open(path, "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
