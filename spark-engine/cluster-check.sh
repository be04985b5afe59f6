#!/usr/bin/env bash
# Runs the packaged application on a real (one-machine) Spark standalone cluster — a master, a worker and an
# executor in separate JVMs, built from the Maven jars because no Spark distribution is needed elsewhere — and
# checks that `generate --engine spark` submitted with SparkSubmit writes the single-process bytes.
#
#   spark-engine/cluster-check.sh [COUNT]        (after: mvn -B -DskipTests package -pl spark-engine -am)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-6000}"
work="$(mktemp -d)"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; [ -n "${KEEP:-}" ] || rm -rf "$work"; }
trap cleanup EXIT

jar="$root/spark-engine/target/bootcamp-spark.jar"
[ -f "$jar" ] && [ -f "$root/spark-engine/target/spark.classpath" ] || { echo "cluster-check: build first: mvn -B -DskipTests package -pl spark-engine -am" >&2; exit 2; }
# A Spark distribution's jars/ folder: Spark's jars plus the SLF4J and Jackson jars a distribution also carries.
mkdir -p "$work/home/jars"
repo="${MAVEN_REPOSITORY:-$HOME/.m2/repository}"
for file in $(tr ':' ' ' < "$root/spark-engine/target/spark.classpath") \
        "$repo"/org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar "$repo"/org/slf4j/slf4j-nop/2.0.17/slf4j-nop-2.0.17.jar \
        "$repo"/com/fasterxml/jackson/core/jackson-databind/2.20.1/jackson-databind-2.20.1.jar \
        "$repo"/com/fasterxml/jackson/core/jackson-core/2.20.1/jackson-core-2.20.1.jar \
        "$repo"/com/fasterxml/jackson/core/jackson-annotations/2.20/jackson-annotations-2.20.jar; do
    ln -sf "$file" "$work/home/jars/"
done
export SPARK_HOME="$work/home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
# shellcheck disable=SC2046
options=$(cat "$root/spark-engine/target/classes/dev/bootcamp/spark/java-options.txt")
spark() { java $options -Xmx512m -cp "$SPARK_HOME/jars/*" "$@"; }

wait_for() { # a condition, checked every half second for a minute
    for _ in $(seq 120); do eval "$1" >/dev/null 2>&1 && return 0; sleep 0.5; done
    echo "cluster-check: gave up waiting for: $1" >&2; exit 1
}
spark org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 7177 --webui-port 18180 >"$work/master.log" 2>&1 & pids+=($!)
wait_for 'exec 3<>/dev/tcp/127.0.0.1/7177'
spark org.apache.spark.deploy.worker.Worker spark://127.0.0.1:7177 --cores 2 --memory 2g --webui-port 18181 --work-dir "$work/worker" \
    >"$work/worker.log" 2>&1 & pids+=($!)
wait_for 'curl -sf http://127.0.0.1:18180/ | grep -q "1 Alive,"'

mix='arithmetic,sudoku,knapsack,python-output'
spark org.apache.spark.deploy.SparkSubmit --class dev.bootcamp.cli.Main --master spark://127.0.0.1:7177 --executor-memory 1g "$jar" \
    generate --engine spark --mix "$mix" --count "$count" --shards 4 --out "$work/cluster"
java -jar "$jar" generate --mix "$mix" --count "$count" --out "$work/single.jsonl"
cat "$work"/cluster/shard-*.jsonl | cmp - "$work/single.jsonl"
[ -n "$(ls "$work"/worker/*/0/ 2>/dev/null)" ] || { echo "cluster-check: no executor ran on the worker" >&2; exit 1; }
echo "cluster-check: $count cases from a standalone cluster equal the single-process bytes"
