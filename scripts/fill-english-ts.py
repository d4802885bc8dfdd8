#!/usr/bin/env python3
"""Finishes translations/capflow_en.ts: English is the source language, so each unfinished message
gets its source text as translation; plural messages ("%n deal(s)") get their English singular and
plural forms. Run after the update_translations target; review the diff."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/capflow_en.ts"


def plural_forms(text):
    singular = re.sub(r"\(s\)", "", text)
    plural = re.sub(r"y\(s\)", "ies", text)
    plural = re.sub(r"\(s\)", "s", plural)
    return singular, plural


tree = ET.parse(path)
changed = 0
for message in tree.getroot().iter("message"):
    translation = message.find("translation")
    if translation is None or translation.get("type") != "unfinished":
        continue
    source = message.find("source").text or ""
    del translation.attrib["type"]
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in plural_forms(source):
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = source
    changed += 1

body = ET.tostring(tree.getroot(), encoding="unicode")
with open(path, "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
print(f"{path}: {changed} message(s) finished")
