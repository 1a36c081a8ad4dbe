#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the sockscope(1) man page from the built binary's own --help texts.

Usage: make-manpage.py SOCKSCOPE_BINARY VERSION OUTPUT.1.gz

The top-level help names the subcommands; each one's --help becomes a section of its own, so the
page never drifts from the command line. The binary runs without a display and in the C locale
(English, the source language). The output is gzip -9n (no name, no time stamp), as Debian wants.
"""
import gzip
import os
import re
import subprocess
import sys

HEADINGS = ("Options:", "Arguments:")


def help_text(binary, *args):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "LANGUAGE")}
    env["LC_ALL"] = "C.UTF-8"
    result = subprocess.run([binary, *args, "--help"], env=env, capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        sys.exit(f"make-manpage: '{binary} {' '.join(args)} --help' failed: {result.stderr.strip()}")
    return result.stdout


def roff(text):
    """Escapes plain text for roff: backslashes, hyphens, and a leading control character."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return re.sub(r"^([.'])", r"\\&\1", text, flags=re.MULTILINE)


def parse_help(text):
    """Splits a QCommandLineParser help text into its usage, description and (name, text) entries."""
    lines = text.rstrip("\n").split("\n")
    usage = re.sub(r"^Usage:\s+\S+\s*", "", lines[0])
    description, sections, current = [], {}, None
    for line in lines[1:]:
        if line in HEADINGS:
            current = sections.setdefault(line.rstrip(":"), [])
        elif current is None:
            description.append(line)
        elif re.match(r"^ {2}\S", line):
            name, _, rest = line.strip().partition("  ")
            current.append([name, rest.strip()])
        elif line.strip() and current:
            current[-1][1] += " " + line.strip()
    return usage, "\n".join(description).strip(), sections


def entries_roff(entries):
    out = []
    for name, text in entries:
        if name == "--help-all":
            continue  # Qt's own platform options: not Sockscope's to document
        out += [".TP", "\\fB" + roff(name) + "\\fR", roff(text)]
    return out


def paragraphs_roff(text):
    out = []
    for paragraph in re.split(r"\n\s*\n", text):
        out += [".PP", roff(paragraph.strip())]
    return out


def subcommands_of(description):
    match = re.search(r"Subcommands \(headless\): ([a-z, ]+)\.", description)
    if not match:
        sys.exit("make-manpage: the top-level help names no subcommands")
    return [name.strip() for name in match.group(1).split(",")]


def subcommand_roff(binary, name):
    usage, description, sections = parse_help(help_text(binary, name))
    out = [".SS " + roff(f"sockscope {name}"), ".B sockscope " + name, roff(usage.replace("[options]", "[OPTIONS]"))]
    out += paragraphs_roff(description)
    for heading in HEADINGS:
        out += entries_roff(sections.get(heading.rstrip(":"), []))
    return out


def manpage(binary, version):
    usage, description, sections = parse_help(help_text(binary))
    summary = description.split(":")[0].split("\n")[0].rstrip(".")
    subcommands = subcommands_of(description)
    out = [
        f'.TH SOCKSCOPE 1 "" "Sockscope {version}" "User Commands"',
        ".SH NAME",
        "sockscope \\- " + roff(summary[:1].lower() + summary[1:]),
        ".SH SYNOPSIS",
        ".B sockscope",
        roff(usage.replace("[options]", "[OPTIONS]")),
        ".br",
        ".B sockscope",
        "\\fISUBCOMMAND\\fR [OPTIONS] ...",
        ".SH DESCRIPTION",
    ]
    out += paragraphs_roff(description)
    out.append(".SH OPTIONS")
    out += entries_roff(sections.get("Options", []))
    out.append(".SH ARGUMENTS")
    out += entries_roff(sections.get("Arguments", []))
    out.append(".SH SUBCOMMANDS")
    for name in subcommands:
        out += subcommand_roff(binary, name)
    out += [".SH FILES", ".TP", ".I *.wscap", "Captures: SQLite databases that Sockscope records and opens.",
            ".SH SEE ALSO", "The user guide and the capture format in /usr/share/doc/sockscope/."]
    return "\n".join(out) + "\n"


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    binary, version, output = sys.argv[1:]
    page = manpage(binary, version).encode("utf-8")
    with open(output, "wb") as file:
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=file, mtime=0) as compressed:
            compressed.write(page)


if __name__ == "__main__":
    main()
