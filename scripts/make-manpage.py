#!/usr/bin/env python3
"""Writes galley(1) in roff from the binary's own help (`galley --help`, `galley SUB --help`).

usage: make-manpage.py GALLEY_BINARY > galley.1
The page is generated, never edited: the help text is the one source of the options.
"""
import re
import subprocess
import sys


def help_text(binary, *command):
    return subprocess.run([binary, *command, "--help"], capture_output=True, text=True, check=True).stdout


def roff_escape(line):
    line = line.replace("\\", "\\e")
    if line.startswith((".", "'")):
        line = "\\&" + line
    return line.replace("-", "\\-")


def section(text):
    """Help text as roff: `OVERVIEW:`/`USAGE:`/`OPTIONS:` headings become .SS, the rest verbatim lines."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        heading = re.match(r"^([A-Z][A-Z ]+):\s*(.*)$", line)
        if heading:
            out.append(".SS " + heading.group(1).title())
            if heading.group(2):
                out.append(roff_escape(heading.group(2)))
            out.append(".nf")
        elif line.strip() == "":
            out.append(".sp")
        else:
            out.append(roff_escape(line))
    out.append(".fi")
    return "\n".join(out)


def main():
    binary = sys.argv[1]
    version = subprocess.run([binary, "--version"], capture_output=True, text=True, check=True).stdout.strip()
    subcommands = ["convert", "pamphlet", "explain"]
    page = [
        f'.TH GALLEY 1 "" "{roff_escape(version)}" "User Commands"',
        ".SH NAME",
        "galley \\- convert text, HTML and Markdown into clean Markdown, JSON, XHTML, pandoc JSON and EPUB",
        ".SH SYNOPSIS",
        ".B galley",
        "convert|pamphlet|explain [options] [path ...]",
        ".SH DESCRIPTION",
        section(help_text(binary)),
    ]
    for sub in subcommands:
        page += [f".SH GALLEY {sub.upper()}", section(help_text(binary, sub))]
    page += [".SH FILES", ".TP", ".I galley.yml",
             "Option values for \\fBgalley convert\\fR, read from the working folder (see \\fB\\-\\-defaults\\fR).",
             ".SH SEE ALSO", "pandoc(1)"]
    sys.stdout.write("\n".join(page) + "\n")


if __name__ == "__main__":
    main()
