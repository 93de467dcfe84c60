#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks the layering CMake declares against the code (docs/ARCHITECTURE.md, "Layout").

Usage: check-layout.py SOURCE_DIR LIBRARIES_TXT

LIBRARIES_TXT has one line per library: "name|folder|dep1,dep2,..." with the library's link closure. Each
header belongs to the library whose folder holds it. A source of library L may include its own headers and
those of the libraries in L's closure; anything else (a lower layer including a higher one, or a link the
CMake file does not declare) fails. Also fails when a folder of model/, widgets/, app/ or tests/ holds more
than 15 source files directly. Prints every violation, exits 1 if there is one.
"""
import os
import re
import sys

MAX_FILES = 15
SOURCE_EXT = ('.cpp', '.h')
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def main():
    root, libraries = sys.argv[1], sys.argv[2]
    libs = {}
    for line in open(libraries, encoding='utf-8'):
        line = line.strip()
        if not line:
            continue
        name, folder, deps = line.split('|')
        libs[name] = (os.path.realpath(folder), set(d for d in deps.split(',') if d))

    # Header name -> owning library (a header name is unique across the project's libraries).
    owner = {}
    errors = []
    for name, (folder, _) in libs.items():
        for f in os.listdir(folder):
            if f.endswith('.h'):
                if f in owner:
                    errors.append(f'{f}: in both {owner[f]} and {name}')
                owner[f] = name

    for name, (folder, deps) in libs.items():
        allowed = deps | {name}
        for f in sorted(os.listdir(folder)):
            if not f.endswith(SOURCE_EXT):
                continue
            path = os.path.join(folder, f)
            text = open(path, encoding='utf-8').read()
            for inc in INCLUDE.findall(text):
                lib = owner.get(os.path.basename(inc))
                if lib is None:
                    if not os.path.exists(os.path.join(folder, inc)):
                        errors.append(f'{os.path.relpath(path, root)}: includes "{inc}", which no library owns')
                elif lib not in allowed:
                    errors.append(f'{os.path.relpath(path, root)} ({name}) includes "{inc}" of {lib}, '
                                  f'which {name} does not link')

    for top in ('model', 'widgets', 'app', 'tests'):
        for dirpath, _dirs, files in os.walk(os.path.join(root, top)):
            n = sum(1 for f in files if f.endswith(SOURCE_EXT))
            if n > MAX_FILES:
                errors.append(f'{os.path.relpath(dirpath, root)}: {n} source files (at most {MAX_FILES})')

    for e in errors:
        print(e)
    print(f'{len(libs)} libraries checked: {len(errors)} violation(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
