#!/usr/bin/env python3
"""The store's threads' share of a profile per call, by the first of these commands on each stack.
Usage (from this folder): PYTHONPATH=../.. python3 store-by-command.py alloc-full.collapsed.gz alloc-full.json 1"""
import collections
import sys

from collapsed import calls_in, stacks

COMMANDS = ['commandInsert', 'commandUpdate', 'commandFind', 'commandDelete', 'commandAggregate',
            'MongoWireProtocolHandler.decode', 'writeAndFlush']
path, calls, unit = sys.argv[1], calls_in(sys.argv[2]), float(sys.argv[3])
by_command = collections.Counter()
for frames, count in stacks(path):
    if 'mongo-server' in frames[0]:
        stack = ';'.join(frames)
        by_command[next((c for c in COMMANDS if c in stack), 'other')] += count
for command, count in by_command.most_common():
    print(f'{count * unit / calls:9,.0f} {command}')
