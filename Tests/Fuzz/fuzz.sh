#!/usr/bin/env bash
# Builds the libFuzzer targets over indc's library sources and runs them.
#
#   Tests/Fuzz/fuzz.sh [--seconds N] [--jobs J] [frontend|data|sql|sav ...]     (default: all four, 60 s each)
#
# SwiftPM's generated `main` clashes with libFuzzer's, so this drives swiftc itself: each library
# module is compiled with -sanitize=fuzzer,address into .build-fuzz/, then each target links against
# them (leak detection is off: Foundation and one-time setup keep buffers to the end). Corpora grow in .build-fuzz/corpus-TARGET (seeded from the examples); a crash leaves
# .build-fuzz/crash-* and a non-zero exit — add the input to the regular tests when fixed. The sql target
# checks the queries with DuckDB's parser (Python duckdb, as CI installs it; seeds are written below).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -d /opt/swift/usr/bin ]; then export PATH="/opt/swift/usr/bin:$PATH"; fi

seconds=60
jobs=1
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        --jobs) jobs="$2"; shift 2 ;;
        frontend|data|sql|sav) targets+=("$1"); shift ;;
        *) echo "usage: $0 [--seconds N] [--jobs J] [frontend|data|sql|sav ...]" >&2; exit 2 ;;
    esac
done
[ ${#targets[@]} -gt 0 ] || targets=(frontend data sql sav)

build=.build-fuzz
mkdir -p "$build"
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -I "$build")
objects=()
modules=(IndcDiagnostics IndcSyntax IndcSemantics IndcPlan)
case " ${targets[*]} " in *" frontend "*|*" data "*) modules+=(IndcEngine IndcOutput) ;; esac
case " ${targets[*]} " in *" sql "*) modules+=(IndcSQL) ;; esac
for module in "${modules[@]}"; do
    echo "== compiling $module" >&2
    swiftc "${flags[@]}" -module-name "$module" -emit-module -emit-module-path "$build/$module.swiftmodule" \
        -c Sources/$module/**/*.swift Sources/$module/*.swift -wmo -o "$build/$module.o" 2>/dev/null \
        || swiftc "${flags[@]}" -module-name "$module" -emit-module -emit-module-path "$build/$module.swiftmodule" \
            -c $(find Sources/$module -name '*.swift' | sort) -wmo -o "$build/$module.o"
    objects+=("$build/$module.o")
done

for target in "${targets[@]}"; do
    case "$target" in
        frontend) source=Tests/Fuzz/FrontEndTarget.swift; seeds=$(find Indicators Tests/Cases/check Tests/Cases/run Grammar -name '*.ind' | sort) ;;
        data) source=Tests/Fuzz/DataTarget.swift; seeds=$(find Tests/Cases/csv Tests/Cases/run -name '*.csv' -size -64k | sort) ;;
        sql) source=Tests/Fuzz/SQLTarget.swift; seeds= ;;
        sav) source=Tests/Fuzz/SystemFileTarget.swift; seeds=$(find Tests/Cases/sav -type f -name '*sav' | sort) ;;
    esac
    echo "== linking fuzz-$target" >&2
    swiftc "${flags[@]}" -module-name "Fuzz$target" "$source" "${objects[@]}" -o "$build/fuzz-$target"
    corpus="$build/corpus-$target"
    mkdir -p "$corpus"
    if [ "$target" = sql ] && [ -z "$(ls -A "$corpus")" ]; then
        # shape byte, then pieces at 0xFF: dataset, indicator, title, category, two levels, number column,
        # missing code, filter string, file, text column, derived column, recode label
        index=0
        for shape in '\x00' '\x0b' '\x25' '\x47' '\xae' '\xf3'; do
            index=$((index + 1))
            printf "${shape}d\xffi\xffTitel\xffc\xffa\xffb\xffx\xffm\xfff\xffd.csv\xfft\xffg\xffL" > "$corpus/seed-$index"
        done
        printf '\x2aname"x\xffind `q\xffA\n.shell touch X\n\\\\! touch Y\xffk"\xffit'"'"'s\xffb\\\xff${env:HOME}\xffm\x00\xff'"'"'; DROP\xff[1]*?.csv\xfft\xffg\xffL\xe2\x80\xae' > "$corpus/seed-hostile"
    fi
    if [ -z "$(ls -A "$corpus")" ]; then
        index=0
        for seed in $seeds; do
            index=$((index + 1))
            if [ "$target" = data ]; then
                for variant in 0 1 2; do { printf "\\x$(printf %02x $variant)"; cat "$seed"; } > "$corpus/seed-$index-$variant"; done
            else
                cp "$seed" "$corpus/seed-$index"
            fi
        done
    fi
    echo "== fuzzing $target for $seconds s" >&2
    parallel=()
    [ "$jobs" -gt 1 ] && parallel=(-jobs="$jobs" -workers="$jobs")
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 "$build/fuzz-$target" "$corpus" -max_total_time="$seconds" "${parallel[@]}" -max_len=65536 \
        -artifact_prefix="$build/crash-$target-" -print_final_stats=1 2>&1 | grep -v '^INFO\|^#' | tail -n 40
done
