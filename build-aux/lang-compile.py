#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""build-aux/lang-compile.py OUTPUT.c FILE.json...: the shipped languages
(data/lang/*.json) as C data, so that a run does not parse their JSON
(src/core/text/ds-lang.c, load_shipped(); the types are in
ds-lang-compiled.h).

Every run loads both languages; reading and checking 150 KB of JSON cost
some 12 M instructions, as much as the cards of 100 KB of essays. Here the
files are read once, at build time, into static arrays: words with their
classes (named, as the file names them) and values, the phrase lists in
their order, the first words of the phrases, the templates. A file this
script does not take as it is (an unknown member, a word that is not
folded, a duplicate, a value outside its class, …) is left out of the
output, and ds-lang.c reads it from the resource as before, with its checks
and their error. test-lang checks that what ds_lang_get() gives is what
json-glib's reading of each file gives, list for list.
"""

import json
import sys

SECTIONS = ("classes", "values", "phrases", "templates")
HEADER = ("language", "name", "stemmer")


class Refused(Exception):
    pass


def no_duplicates(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise Refused("duplicate member %r" % key)
        seen[key] = value
    return seen


def is_folded(text, phrase):
    if text == "" or text[0] == " " or text[-1] == " " or "  " in text:
        return False
    if not phrase and " " in text:
        return False
    if any(c.isspace() and c != " " for c in text):
        return False
    if any(c.isascii() and c.isupper() for c in text):
        return False
    return text.isascii() or text.lower() == text


def string(value):
    if not isinstance(value, str) or "\0" in value:
        raise Refused("not a string: %r" % (value,))
    return value


def read(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f, object_pairs_hook=no_duplicates)
    if not isinstance(data, dict) or set(data) != set(HEADER) | set(SECTIONS):
        raise Refused("members")
    header = {key: string(data[key]) for key in HEADER}
    # The resource is found by its file's name: a file that names another
    # language is the JSON reader's to refuse.
    if header["language"] + ".json" != path.replace("\\", "/").split("/")[-1]:
        raise Refused("language")
    for section in SECTIONS:
        if not isinstance(data[section], dict):
            raise Refused(section)
    classes = []            # (name, [words])
    words = {}              # word -> [class indexes]
    for name, members in data["classes"].items():
        if not isinstance(members, list):
            raise Refused(name)
        index = len(classes)
        classes.append(name)
        for word in members:
            if not is_folded(string(word), False) or index in words.get(word, []):
                raise Refused(word)
            words.setdefault(word, []).append(index)
    values = {}
    for name, members in data["values"].items():
        if name not in classes or not isinstance(members, dict):
            raise Refused(name)
        index = classes.index(name)
        for word, value in members.items():
            if (type(value) is not int or index not in words.get(word, []) or
                    abs(value) >= 10 ** 18 or values.get(word, value) != value):
                raise Refused(word)
            values[word] = value
    lists = []
    starts = []
    seen_starts = set()
    for name, members in data["phrases"].items():
        if not isinstance(members, list):
            raise Refused(name)
        for phrase in members:
            if not is_folded(string(phrase), True):
                raise Refused(phrase)
            first = phrase.split(" ")[0]
            if first not in seen_starts:
                seen_starts.add(first)
                starts.append(first)
        lists.append((string(name), members))
    templates = []
    for name, text in data["templates"].items():
        if string(text) == "":
            raise Refused(name)
        templates.append((name, text))
    return header, classes, words, values, lists, starts, templates


def c_string(text):
    out = ['"']
    for byte in text.encode("utf-8"):
        c = chr(byte)
        if c in '"\\?' or byte < 0x20 or byte >= 0x7F:
            out.append("\\%03o" % byte)
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def emit(out, n, language):
    header, classes, words, values, lists, starts, templates = language
    p = "lang%d_" % n
    out.append("static const char * const %sclasses[] = {" % p)
    out.extend("  %s," % c_string(name) for name in classes)
    out.append("  NULL,\n};\n")
    out.append("static const DsLangCompiledWord %swords[] = {" % p)
    for word, indexes in words.items():
        mask = sum(1 << i for i in indexes)
        out.append("  { %s, G_GUINT64_CONSTANT (0x%x), G_GINT64_CONSTANT (%d) }," %
                   (c_string(word), mask, values.get(word, 0)))
    out.append("};\n")
    for i, (name, members) in enumerate(lists):
        out.append("static const char * const %slist%d[] = { %s };" %
                   (p, i, ", ".join([c_string(m) for m in members] + ["NULL"])))
    out.append("\nstatic const DsLangCompiledList %slists[] = {" % p)
    out.extend("  { %s, %slist%d }," % (c_string(name), p, i) for i, (name, _) in enumerate(lists))
    out.append("};\n")
    out.append("static const char * const %sstarts[] = {" % p)
    out.extend("  %s," % c_string(s) for s in starts)
    out.append("};\n")
    out.append("static const char * const %stemplates[] = {" % p)
    out.extend("  %s, %s," % (c_string(name), c_string(text)) for name, text in templates)
    out.append("};\n")
    return ("  { %s, %s, %s,\n    %sclasses,\n    %swords, G_N_ELEMENTS (%swords),\n"
            "    %slists, G_N_ELEMENTS (%slists),\n    %sstarts, G_N_ELEMENTS (%sstarts),\n"
            "    %stemplates, G_N_ELEMENTS (%stemplates) / 2 },") % (
                c_string(header["language"]), c_string(header["name"]), c_string(header["stemmer"]),
                p, p, p, p, p, p, p, p, p)


def main():
    output, inputs = sys.argv[1], sys.argv[2:]
    out = ["/* Generated by build-aux/lang-compile.py from the files data/lang/CODE.json: do not edit. */",
           '#include "config.h"\n', '#include "ds-lang-compiled.h"\n']
    entries = []
    for path in inputs:
        try:
            language = read(path)
        except (Refused, ValueError, UnicodeDecodeError) as refused:
            print("lang-compile.py: %s is left to the JSON reader (%s)" % (path, refused), file=sys.stderr)
            continue
        # Empty arrays are no C.
        if not language[1] or not language[2] or not language[4] or not language[6]:
            continue
        entries.append(emit(out, len(entries), language))
    out.append("const DsLangCompiled ds_lang_compiled[] = {")
    out.extend(entries)
    out.append("  { NULL, NULL, NULL, NULL, NULL, 0, NULL, 0, NULL, 0, NULL, 0 },")
    out.append("};")
    with open(output, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
