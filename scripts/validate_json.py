#!/usr/bin/env python3
"""Validate Galley JSON documents against the schema.

usage: validate_json.py SCHEMA FILE...
Prints each invalid file with its first error; exits 1 if any is invalid.
"""
import json, sys
import jsonschema

def main():
    schema = json.load(open(sys.argv[1]))
    validator = jsonschema.Draft202012Validator(schema)
    bad = 0
    files = sys.argv[2:]
    for path in files:
        doc = json.load(open(path, encoding="utf-8"))
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
        if errors:
            bad += 1
            e = errors[0]
            print(f"{path}: {'/'.join(map(str, e.path))}: {e.message[:300]}")
    print(f"{len(files) - bad} of {len(files)} JSON documents valid")
    if len(files) < 1:
        print("no JSON documents found")
        return 1
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
