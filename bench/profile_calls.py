"""How many calls (or drained messages) a profile covers, for bench/frames.py and bench/threads.py.

A load-generator run first sends calls for --warmup-seconds at the run's pace, outside its measured figures
but inside a profile taken around the whole run: a per-call figure must count them too. Given a load's
JSON, the count is its measured calls plus its warm-up calls; given a drain's JSON, the messages it
published; given a number, that number.
"""
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
