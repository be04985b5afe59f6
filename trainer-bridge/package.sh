#!/usr/bin/env bash
# Bundles the trainer bridge for a training cluster: a trimmed Java runtime (jlink, only the modules the jar
# needs), the bootcamp jar and the Python package, in one tar.gz that must stay under 60 MiB.
#
#   trainer-bridge/package.sh [JAR]
#
# JAR defaults to cli/target/bootcamp-bridge.jar (build it first: mvn -pl cli -am package): bootcamp.jar without
# Jython, which alone would put the bundle over the limit, so the script bootcamps are left out. Environment:
#   OUT_DIR        where the tar.gz goes (default: trainer-bridge/target)
#   EXTRA_MODULES  modules to add to what jdeps finds, comma-separated
#                  (default: jdk.crypto.ec,jdk.zipfs — service providers jdeps cannot see: TLS for
#                  `bootcamp eval` against https endpoints, zip file systems)
#   LIMIT_MIB      the size limit (default: 60)
# On the cluster: tar xzf bootcamp-bridge.tar.gz && bootcamp-bridge/run-bridge.sh --port 8787
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
jar="${1:-$root/cli/target/bootcamp-bridge.jar}"
out_dir="${OUT_DIR:-$here/target}"
extra="${EXTRA_MODULES-jdk.crypto.ec,jdk.zipfs}"
limit_mib="${LIMIT_MIB:-60}"
name="bootcamp-bridge"

if [ ! -f "$jar" ]; then
    echo "package.sh: no jar at $jar; build it with 'mvn -pl cli -am package' or pass its path" >&2
    exit 2
fi
for tool in jdeps jlink tar; do
    command -v "$tool" >/dev/null 2>&1 || { echo "package.sh: '$tool' is not on PATH (jdeps and jlink come with a JDK 17)" >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
stage="$work/$name"
mkdir -p "$stage/lib" "$stage/bin"

echo "package.sh: finding the modules $jar needs (jdeps)..." >&2
modules="$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 "$jar" | tail -n 1)"
if [ -z "$modules" ]; then
    echo "package.sh: jdeps found no modules in $jar" >&2
    exit 1
fi
[ -n "$extra" ] && modules="$modules,$extra"
echo "package.sh: modules: $modules" >&2

jlink --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=2 \
    --output "$stage/runtime"

cp "$jar" "$stage/lib/bootcamp.jar"
mkdir -p "$stage/python/bootcamp_bridge" "$stage/python/scripts"
cp "$here/python/bootcamp_bridge/"*.py "$stage/python/bootcamp_bridge/"
cp "$here/python/scripts/"*.py "$stage/python/scripts/"
cp "$here/python/README.md" "$stage/python/README.md"

cat > "$stage/run-bridge.sh" <<'EOF'
#!/usr/bin/env bash
# Starts `bootcamp serve` on the bundled Java runtime. Arguments go to `serve`, e.g. --port 8787,
# --host 0.0.0.0 --token SECRET, --curriculum-state run/curriculum.json. JVM options: $BOOTCAMP_JAVA_OPTS.
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck disable=SC2086
exec "$here/runtime/bin/java" ${BOOTCAMP_JAVA_OPTS:-} -jar "$here/lib/bootcamp.jar" serve "$@"
EOF
cat > "$stage/bin/bootcamp" <<'EOF'
#!/usr/bin/env bash
# The whole `bootcamp` command (generate, export, verify, ...) on the bundled Java runtime.
here="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck disable=SC2086
exec "$here/runtime/bin/java" ${BOOTCAMP_JAVA_OPTS:-} -jar "$here/lib/bootcamp.jar" "$@"
EOF
chmod +x "$stage/run-bridge.sh" "$stage/bin/bootcamp"

cat > "$stage/README.txt" <<EOF
Bootcamp trainer bridge bundle (Java runtime with modules: $modules).

  ./run-bridge.sh --port 8787                 # the HTTP bridge on 127.0.0.1:8787
  ./run-bridge.sh --host 0.0.0.0 --port 8787 --token SECRET
  ./bin/bootcamp --help                       # every other command
  export PYTHONPATH=\$PWD/python              # the Python client, reward functions and GRPO trainer

See python/README.md for verl, OpenRLHF, TRL and slime settings. The script bootcamps (Jython) are not in this
bundle; the full bootcamp.jar has them.
EOF

# A smoke test of the trimmed runtime before shipping it.
"$stage/runtime/bin/java" -jar "$stage/lib/bootcamp.jar" --help >/dev/null

mkdir -p "$out_dir"
archive="$out_dir/$name.tar.gz"
tar -C "$work" -czf "$archive" "$name"

bytes="$(stat -c %s "$archive")"
unpacked="$(du -sb "$stage" | cut -f1)"
mib="$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')"
echo "package.sh: $archive: $mib MiB ($bytes bytes; $(awk -v b="$unpacked" 'BEGIN { printf "%.1f", b / 1048576 }') MiB unpacked)"
if [ "$bytes" -gt $((limit_mib * 1048576)) ]; then
    echo "package.sh: the bundle is over the ${limit_mib} MiB limit" >&2
    exit 1
fi
