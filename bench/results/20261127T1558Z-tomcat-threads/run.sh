#!/usr/bin/env bash
# Does the intake cost less per call with fewer Tomcat request threads? Each call holds its thread while it
# waits for its dedupe group and the broker's acknowledgement; Tomcat's default pool is 200 threads, and the
# half-rate load keeps 1,024 connections open. The default against 32 threads, alternating fresh
# standalones (bench/compare.sh). Traffic to 127.0.0.1 only.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
A_NAME=threads-200 B_NAME=threads-32 B_ARGS="--server.tomcat.threads.max=32" \
  bash "$OUT/../../compare.sh" "$OUT"
