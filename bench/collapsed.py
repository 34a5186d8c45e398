"""What bench/frames.py and bench/threads.py share: reading a collapsed profile, and how many calls (or
drained messages) it covers.

A load-generator run first sends calls for --warmup-seconds at the run's pace, outside its measured figures
but inside a profile taken around the whole run: a per-call figure must count them too. Given a load's
JSON, the count is its measured calls plus its warm-up calls; given a drain's JSON, the messages it
published; given a number, that number.
"""
import gzip
import json


def calls_in(arg):
    if arg.isdigit():
        return int(arg)
    with open(arg) as file:
        run = json.load(file)
    metrics, details = run.get('metrics', {}), run.get('details', {})
    if 'intake.requests' in metrics:
        return int(metrics['intake.requests']) + int(details.get('warmup.calls', 0))
    if 'drain.published' in metrics:
        return int(metrics['drain.published'])
    raise SystemExit(f'{arg}: neither a load nor a drain result')


def stacks(path):
    """Each stack of a gzipped collapsed profile as its frames (the thread first) and its samples or bytes."""
    with gzip.open(path, 'rt') as lines:
        for line in lines:
            stack, count = line.rstrip().rsplit(' ', 1)
            yield stack.split(';'), int(count)
