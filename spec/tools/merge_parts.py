#!/usr/bin/env python3
"""One-off helper used while the spec was first written in parallel: merges spec/parts/*.yaml
(each with tags, paths, components.schemas) into a copy of spec/openapi.yaml.
Usage: merge_parts.py OUT.yaml [PART.yaml ...]   (default: all parts)"""
import sys, glob, os, yaml
here = os.path.dirname(os.path.abspath(__file__))
root = yaml.safe_load(open(os.path.join(here, '..', 'openapi.yaml')))
parts = sys.argv[2:] or sorted(glob.glob(os.path.join(here, '..', 'parts', '*.yaml')))
root['paths'] = root.get('paths') or {}
for p in parts:
    doc = yaml.safe_load(open(p)) or {}
    for t in doc.get('tags', []):
        if t['name'] not in [x['name'] for x in root['tags']]:
            root['tags'].append(t)
    for k, v in (doc.get('paths') or {}).items():
        if k in root['paths']:
            for m, op in v.items():
                if m in root['paths'][k]:
                    sys.exit(f'duplicate operation {m} {k} in {p}')
                root['paths'][k][m] = op
        else:
            root['paths'][k] = v
    for k, v in ((doc.get('components') or {}).get('schemas') or {}).items():
        if k in root['components']['schemas']:
            sys.exit(f'duplicate schema {k} in {p}')
        root['components']['schemas'][k] = v
yaml.safe_dump(root, open(sys.argv[1], 'w'), sort_keys=False, allow_unicode=True, width=120)
print(f'merged {len(parts)} part(s) into {sys.argv[1]}')
