#!/usr/bin/env bash
# The GitHub Action's run step (action.yml), kept here so that it can be run — and tested — anywhere: reads the inputs
# from INPUT_* variables, runs cadcheck once, writes the SARIF (and JUnit) file, and exits with cadcheck's code.
#
#   INPUT_PATH           the folder of submissions (batch) or the submission (check)      required
#   INPUT_COMMAND        batch (default) or check
#   INPUT_CHANGED_SINCE  batch only: check only the submissions changed since this git ref
#   INPUT_PROFILE, INPUT_CONFIG, INPUT_REGISTERED, INPUT_MAX_WARNINGS, INPUT_LANG   as the options of that name
#   INPUT_SARIF          SARIF file to write (default cadcheck.sarif; empty: none)
#   INPUT_JUNIT          JUnit file to write (default: none)
#   CADCHECK_JS          cadcheck's bundle to run with node (the action's own build); else `cadcheck` on PATH
#   GITHUB_OUTPUT        where exit-code=N is appended (set by GitHub Actions)
set -uo pipefail

command="${INPUT_COMMAND:-batch}"
path="${INPUT_PATH:?INPUT_PATH: give the folder of submissions (batch) or a submission (check)}"
case "$command" in
  batch | check) ;;
  *) echo "cadcheck action: command must be batch or check, not \"$command\"" >&2; exit 2 ;;
esac

args=("$command" "$path")
if [ -n "${INPUT_CHANGED_SINCE:-}" ]; then
  if [ "$command" != batch ]; then echo "cadcheck action: changed-since works with command: batch" >&2; exit 2; fi
  args+=(--changed-since "$INPUT_CHANGED_SINCE")
fi
[ -n "${INPUT_PROFILE:-}" ] && args+=(--profile "$INPUT_PROFILE")
[ -n "${INPUT_CONFIG:-}" ] && args+=(--config "$INPUT_CONFIG")
[ -n "${INPUT_REGISTERED:-}" ] && args+=(--registered "$INPUT_REGISTERED")
[ -n "${INPUT_MAX_WARNINGS:-}" ] && args+=(--max-warnings "$INPUT_MAX_WARNINGS")
[ -n "${INPUT_LANG:-}" ] && args+=(--lang "$INPUT_LANG")
# The log shows what a person reads (batch's table, check's text report); the files are for code scanning and tests.
if [ "$command" = batch ]; then args+=(--format table); else args+=(--format text); fi
sarif="${INPUT_SARIF-cadcheck.sarif}"
[ -n "$sarif" ] && args+=(--format sarif --output "$sarif")
[ -n "${INPUT_JUNIT:-}" ] && args+=(--format junit --output "$INPUT_JUNIT")

if [ -n "${CADCHECK_JS:-}" ]; then
  node "$CADCHECK_JS" "${args[@]}"
else
  cadcheck "${args[@]}"
fi
status=$?
if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "exit-code=$status" >> "$GITHUB_OUTPUT"; fi
exit "$status"
