#!/usr/bin/env bash
# Runs `claimgraph eval` on the development gold files and prints the figures.
#
#   .ci/eval.sh [--check] [--limit N]
#
# Gold files: $CLAIMGRAPH_EVAL_DIR (default: ../shared/eval next to the repository), files
# polnear-dev.jsonl and seeds-dev.jsonl. They are evaluation data kept outside the repository;
# when one is missing the script stops with a loud message (exit 1) instead of passing silently.
# Writes target/eval/{name}-report.json and target/eval/{name}-errors.jsonl.
#
# --check   compare the figures with the targets; exit 4 (and name each miss) when one is missed.
# --limit N evaluate only the first N articles of each file (quick runs; targets still apply).
#
# Exit codes: 0 ok, 1 missing data / build or eval failure, 2 usage, 3 eval skipped some
# articles (extraction failed), 4 a target was missed (--check).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
eval_dir="${CLAIMGRAPH_EVAL_DIR:-$here/../../shared/eval}"
eval_dir="$(cd "$eval_dir" 2>/dev/null && pwd || echo "$eval_dir")"
jar="$root/target/claimgraph.jar"
out_dir="$root/target/eval"
names=(polnear-dev seeds-dev)

check=0
limit=()
while [ $# -gt 0 ]; do
  case "$1" in
    --check) check=1 ;;
    --limit)
      [ $# -ge 2 ] || { echo "eval.sh: --limit needs a number" >&2; exit 2; }
      limit=(--limit "$2"); shift ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "eval.sh: unknown argument: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

die() {
  echo "" >&2
  echo "############################################################" >&2
  echo "eval.sh: ERROR: $*" >&2
  echo "############################################################" >&2
  exit 1
}

# 1. The data must be there: a missing gold file is an error, never a silent pass.
for n in "${names[@]}"; do
  f="$eval_dir/$n.jsonl"
  [ -f "$f" ] || die "gold file missing: $f (set CLAIMGRAPH_EVAL_DIR to the directory holding ${names[*]/%/.jsonl})"
  [ -s "$f" ] || die "gold file is empty: $f"
done

# 2. Build the jar when it is missing or older than any source.
if [ ! -f "$jar" ] || [ -n "$(cd "$root" && find src pom.xml ontology queries -type f -newer "$jar" 2>/dev/null | head -n 1)" ]; then
  echo "eval.sh: building $jar" >&2
  (cd "$root" && mvn -q -DskipTests package) || die "build failed (mvn -q -DskipTests package)"
  [ -f "$jar" ] || die "build did not produce $jar"
fi

# Reads one figure (a jq path such as .content.overlap30.f1) from a report; prints "null" when absent.
figure() {
  local file="$1" path="$2"
  if command -v jq >/dev/null 2>&1; then
    jq -r "($path) | if . == null then \"null\" else tostring end" "$file"
  else
    python3 - "$file" "$path" <<'PY'
import json, sys
v = json.load(open(sys.argv[1]))
for k in sys.argv[2].lstrip(".").split("."):
    v = v.get(k) if isinstance(v, dict) else None
print("null" if v is None else v)
PY
  fi
}

# 3. Evaluate each file.
mkdir -p "$out_dir"
status=0
for n in "${names[@]}"; do
  echo ""
  echo "=== $n"
  set +e
  java ${JAVA_OPTS:-} -jar "$jar" eval --gold "$eval_dir/$n.jsonl" \
      --report "$out_dir/$n-report.json" --errors "$out_dir/$n-errors.jsonl" "${limit[@]}"
  rc=$?
  set -e
  case "$rc" in
    0) ;;
    3) echo "eval.sh: WARNING: extraction failed on some articles of $n (see messages above)" >&2; status=3 ;;
    *) die "claimgraph eval failed on $eval_dir/$n.jsonl (exit $rc)" ;;
  esac
done

[ "$check" -eq 1 ] || exit "$status"

# 4. Targets.
targets=(
  "polnear-dev .source.exact.f1 0.70"
  "polnear-dev .cue.exact.f1 0.70"
  "polnear-dev .content.exact.f1 0.55"
  "polnear-dev .content.overlap30.f1 0.80"
  "seeds-dev .content.overlap30.f1 0.85"
  "seeds-dev .speaker_accuracy 0.90"
  "seeds-dev .places_accuracy 0.85"
  "seeds-dev .date_accuracy 0.85"
)
echo ""
echo "=== targets"
missed=0
for t in "${targets[@]}"; do
  read -r n path min <<<"$t"
  v="$(figure "$out_dir/$n-report.json" "$path")"
  if [ "$v" != "null" ] && awk -v v="$v" -v m="$min" 'BEGIN { exit !(v + 0 >= m + 0) }'; then
    printf '  ok      %-12s %-24s %.3f >= %s\n' "$n" "$path" "$v" "$min"
  else
    printf '  MISSED  %-12s %-24s %s < %s\n' "$n" "$path" "$v" "$min"
    missed=$((missed + 1))
  fi
done
if [ "$missed" -gt 0 ]; then
  echo "eval.sh: $missed target(s) missed" >&2
  exit 4
fi
echo "eval.sh: all targets met"
exit "$status"
