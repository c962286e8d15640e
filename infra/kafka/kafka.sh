#!/usr/bin/env bash
# Single-node Apache Kafka broker (KRaft, combined broker+controller) for tests and local runs.
# The broker jars come from Maven Central via pom.xml (see README.md).
#
# Usage: kafka.sh fetch|start|wait|stop|status|help
#
# Env:
#   KAFKA_PORT             client (PLAINTEXT) port          default 9092
#   KAFKA_CONTROLLER_PORT  KRaft controller port            default 9093
#   KAFKA_DATA_DIR         config, pid, logs and topic data default <this dir>/data
#   KAFKA_RELAYED_PORT     optional second client listener (RELAYED) that advertises
#   KAFKA_RELAYED_ADVERTISED_PORT  instead, so every connection of a client bootstrapped there
#                          goes through a TCP relay on that port (tests cut the broker off by
#                          closing the relay, without stopping the broker other tests share)
#   JAVA_HOME              optional; else `java` on PATH (Java 11+)
#   KAFKA_HEAP_OPTS        default "-Xmx512m -Xms256m"
#   KAFKA_JVM_OPTS         extra JVM flags (optional)
#   KAFKA_WAIT_TIMEOUT     seconds `wait`/`start` wait for readiness, default 90
#   KAFKA_STOP_TIMEOUT     seconds `stop` waits after SIGTERM before SIGKILL, default 30
#   MVN                    Maven command, default mvn
set -euo pipefail

SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
LIB_DIR="$SCRIPT_DIR/lib"
POM="$SCRIPT_DIR/pom.xml"
TEMPLATE="$SCRIPT_DIR/server.properties.template"
LOG4J_CONFIG="$SCRIPT_DIR/log4j.properties"
STAMP="$LIB_DIR/.fetched-pom.sha256"
TARGET_DIR="$SCRIPT_DIR/target"

KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_WAIT_TIMEOUT="${KAFKA_WAIT_TIMEOUT:-90}"
KAFKA_STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xmx512m -Xms256m}"
KAFKA_JVM_OPTS="${KAFKA_JVM_OPTS:-}"
MVN="${MVN:-mvn}"

# The data dir may be given relative to the caller's cwd; the rendered config needs it absolute.
DATA_DIR_RAW="${KAFKA_DATA_DIR:-$SCRIPT_DIR/data}"
case "$DATA_DIR_RAW" in
  /*) DATA_DIR="$DATA_DIR_RAW" ;;
  *) DATA_DIR="$PWD/$DATA_DIR_RAW" ;;
esac
DATA_DIR="$(realpath -m -- "$DATA_DIR" 2>/dev/null || printf '%s' "${DATA_DIR%/}")"
LOG_DIR="$DATA_DIR/logs"
CONFIG="$DATA_DIR/server.properties"
PID_FILE="$DATA_DIR/kafka.pid"
CLUSTER_ID_FILE="$DATA_DIR/cluster.id"
META_FILE="$DATA_DIR/kraft-logs/meta.properties"
SERVER_LOG="$LOG_DIR/server.log"
STDOUT_LOG="$LOG_DIR/kafka.out"
READY_OFFSET_FILE="$DATA_DIR/.server-log-offset"
READY_MARKER="Kafka Server started"

log() { printf 'kafka: %s\n' "$*"; }

# Wall-clock milliseconds (bash 5 EPOCHREALTIME; falls back to whole seconds).
now_ms() {
  if [[ -n "${EPOCHREALTIME:-}" ]]; then
    local t="${EPOCHREALTIME/,/.}"
    echo $(( ${t%.*} * 1000 + 10#${t#*.} / 1000 ))
  else
    echo $(( $(date +%s) * 1000 ))
  fi
}
since() { local ms=$(( $(now_ms) - $1 )); printf '%d.%01ds' $((ms / 1000)) $(((ms % 1000) / 100)); }
die() { printf 'kafka: error: %s\n' "$*" >&2; exit 1; }

validate_env() {
  local name value
  for name in KAFKA_PORT KAFKA_CONTROLLER_PORT KAFKA_WAIT_TIMEOUT KAFKA_STOP_TIMEOUT; do
    value="${!name}"
    [[ "$value" =~ ^[0-9]+$ ]] || die "$name must be a number (got '$value')"
  done
  [[ "$KAFKA_PORT" != "$KAFKA_CONTROLLER_PORT" ]] || die "KAFKA_PORT and KAFKA_CONTROLLER_PORT must differ"
}

# ---------------------------------------------------------------- java

JAVA=""
find_java() {
  [[ -n "$JAVA" ]] && return 0
  if [[ -n "${JAVA_HOME:-}" ]]; then
    [[ -x "$JAVA_HOME/bin/java" ]] || die "JAVA_HOME=$JAVA_HOME has no bin/java"
    JAVA="$JAVA_HOME/bin/java"
  else
    JAVA="$(command -v java || true)"
    [[ -n "$JAVA" ]] || die "java not found: install a JDK 11+ or set JAVA_HOME"
  fi
  local version major
  version="$("$JAVA" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)"
  major="${version%%.*}"
  [[ "$major" == "1" ]] && major="$(cut -d. -f2 <<<"$version")"
  if [[ "$major" =~ ^[0-9]+$ ]] && (( major < 11 )); then
    die "Kafka needs Java 11+, $JAVA is $version"
  fi
}

# ---------------------------------------------------------------- fetch

pom_hash() { sha256sum "$POM" | cut -d' ' -f1; }

needs_fetch() {
  [[ -f "$STAMP" ]] || return 0
  [[ "$(cat "$STAMP")" == "$(pom_hash)" ]] || return 0
  compgen -G "$LIB_DIR/kafka_2.13-*.jar" >/dev/null || return 0
  return 1
}

do_fetch() {
  mkdir -p "$TARGET_DIR"
  # Serialise concurrent fetches (e.g. two brokers started in parallel).
  exec 9>"$TARGET_DIR/.fetch.lock"
  if command -v flock >/dev/null; then flock 9; fi
  if ! needs_fetch; then
    exec 9>&-
    return 0
  fi
  command -v "$MVN" >/dev/null || die "Maven ('$MVN') not found: needed once to fetch the Kafka jars"
  log "fetching Kafka jars from Maven Central into $LIB_DIR (first run downloads ~50 MB)..."
  # Start from an empty lib/ so a version change never leaves stale jars on the classpath.
  rm -rf "$LIB_DIR"
  local mvn_log="$TARGET_DIR/fetch.log" started=$SECONDS
  if ! "$MVN" -B -q -Dstyle.color=never -f "$POM" package >"$mvn_log" 2>&1; then
    tail -n 40 "$mvn_log" >&2 || true
    die "Maven fetch failed (full output: $mvn_log)"
  fi
  compgen -G "$LIB_DIR/kafka_2.13-*.jar" >/dev/null || die "Maven ran but $LIB_DIR has no kafka_2.13 jar"
  pom_hash >"$STAMP"
  log "fetched $(find "$LIB_DIR" -name '*.jar' | wc -l) jars in $((SECONDS - started))s"
  exec 9>&-
}

# ---------------------------------------------------------------- process helpers

# True if $1 is a live (non-zombie) Kafka broker started with this data dir's config.
is_our_broker() {
  local pid="$1" state cmdline
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  state="$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null || true)"
  [[ "$state" != "Z" ]] || return 1
  cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)"
  [[ "$cmdline" == *kafka.Kafka*"$CONFIG"* ]]
}

read_pid() {
  if [[ -f "$PID_FILE" ]]; then tr -dc '0-9' <"$PID_FILE"; fi
}

# Prints the running broker's pid, or returns 1 (removing a stale pid file).
running_pid() {
  local pid
  pid="$(read_pid)"
  if [[ -n "$pid" ]] && is_our_broker "$pid"; then
    echo "$pid"
    return 0
  fi
  [[ -f "$PID_FILE" ]] && rm -f "$PID_FILE"
  return 1
}

port_open() {
  local port="$1"
  if command -v timeout >/dev/null; then
    timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$port" 2>/dev/null
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
  fi
}

# True once the broker logged its "started" line since the last `start`.
log_says_started() {
  [[ -f "$SERVER_LOG" ]] || return 1
  local offset=0 size
  [[ -f "$READY_OFFSET_FILE" ]] && offset="$(tr -dc '0-9' <"$READY_OFFSET_FILE")"
  size="$(stat -c %s "$SERVER_LOG")"
  # The log rolled over since start: search the whole (new) file.
  (( ${offset:-0} <= size )) || offset=0
  tail -c +"$(( ${offset:-0} + 1 ))" "$SERVER_LOG" | grep -qF "$READY_MARKER"
}

show_log_tail() {
  local f
  for f in "$SERVER_LOG" "$STDOUT_LOG"; do
    if [[ -s "$f" ]]; then
      printf -- '----- last lines of %s -----\n' "$f" >&2
      tail -n 30 "$f" >&2
    fi
  done
}

# ---------------------------------------------------------------- commands

cmd_fetch() {
  if needs_fetch; then
    do_fetch
  else
    log "jars up to date in $LIB_DIR ($(find "$LIB_DIR" -name '*.jar' | wc -l) jars)"
  fi
}

render_config() {
  [[ -f "$TEMPLATE" ]] || die "missing $TEMPLATE"
  local content
  content="$(<"$TEMPLATE")"
  content="${content//@KAFKA_PORT@/$KAFKA_PORT}"
  content="${content//@KAFKA_CONTROLLER_PORT@/$KAFKA_CONTROLLER_PORT}"
  content="${content//@KAFKA_DATA_DIR@/$DATA_DIR}"
  if grep -q '@[A-Z_]*@' <<<"$content"; then
    die "unrendered placeholder left in $TEMPLATE: $(grep -o '@[A-Z_]*@' <<<"$content" | head -n1)"
  fi
  if [[ -n "${KAFKA_RELAYED_PORT:-}" ]]; then
    [[ "$KAFKA_RELAYED_PORT" =~ ^[0-9]+$ && "${KAFKA_RELAYED_ADVERTISED_PORT:-}" =~ ^[0-9]+$ ]] || die "KAFKA_RELAYED_PORT and KAFKA_RELAYED_ADVERTISED_PORT must both be port numbers"
    # Later keys win in a properties file: the same listeners plus RELAYED.
    content+=$'\n\n############################# Relayed listener (tests) #############################'
    content+=$'\n'"listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT,RELAYED://127.0.0.1:$KAFKA_RELAYED_PORT"
    content+=$'\n'"advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,RELAYED://127.0.0.1:$KAFKA_RELAYED_ADVERTISED_PORT"
    content+=$'\n'"listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,RELAYED:PLAINTEXT"
  fi
  printf '%s\n' "$content" >"$CONFIG.tmp"
  mv "$CONFIG.tmp" "$CONFIG"
}

# Sets JVM_ARGS: java + flags + classpath, ready for a main class and its arguments.
build_jvm_args() {
  find_java
  local heap extra
  read -r -a heap <<<"$KAFKA_HEAP_OPTS"
  read -r -a extra <<<"$KAFKA_JVM_OPTS"
  JVM_ARGS=("$JAVA" "${heap[@]}" "${extra[@]}"
    -server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+ExitOnOutOfMemoryError
    -Djava.awt.headless=true
    "-Dlog4j.configuration=file:$LOG4J_CONFIG"
    "-Dkafka.logs.dir=$LOG_DIR"
    -cp "$LIB_DIR/*")
}

# Short-lived tools (StorageTool) get a small heap.
java_tool() {
  build_jvm_args
  "${JVM_ARGS[@]}" -Xms32m -Xmx256m "$@"
}

format_storage() {
  if [[ -f "$META_FILE" ]]; then
    return 0
  fi
  local cluster_id
  if [[ -s "$CLUSTER_ID_FILE" ]]; then
    cluster_id="$(<"$CLUSTER_ID_FILE")"
  else
    cluster_id="$(java_tool kafka.tools.StorageTool random-uuid 2>>"$LOG_DIR/format.log" | tail -n1 || true)"
    if ! [[ "$cluster_id" =~ ^[A-Za-z0-9_-]{22}$ ]]; then
      tail -n 20 "$LOG_DIR/format.log" >&2 || true
      die "could not generate a cluster id (got '$cluster_id', see $LOG_DIR/format.log)"
    fi
    printf '%s\n' "$cluster_id" >"$CLUSTER_ID_FILE"
  fi
  log "formatting storage in $DATA_DIR/kraft-logs (cluster id $cluster_id)"
  if ! java_tool kafka.tools.StorageTool format -t "$cluster_id" -c "$CONFIG" --ignore-formatted \
      >>"$LOG_DIR/format.log" 2>&1; then
    tail -n 20 "$LOG_DIR/format.log" >&2 || true
    die "storage format failed (see $LOG_DIR/format.log)"
  fi
}

cmd_start() {
  local pid
  if pid="$(running_pid)"; then
    local running_port
    running_port="$(sed -n 's|^listeners=PLAINTEXT://[^:]*:\([0-9]*\).*|\1|p' "$CONFIG" 2>/dev/null | head -n1 || true)"
    if [[ -n "$running_port" && "$running_port" != "$KAFKA_PORT" ]]; then
      die "a broker for $DATA_DIR is already running (pid $pid) on port $running_port, not $KAFKA_PORT: stop it first"
    fi
    log "already running (pid $pid) on 127.0.0.1:$KAFKA_PORT"
    cmd_wait
    return 0
  fi
  find_java
  if needs_fetch; then do_fetch; fi
  mkdir -p "$DATA_DIR" "$LOG_DIR"
  local port
  for port in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
    if port_open "$port"; then
      die "port $port is already in use by another process (set KAFKA_PORT / KAFKA_CONTROLLER_PORT)"
    fi
  done
  START_MS=$(now_ms)
  render_config
  format_storage

  # Remember where this run's log output begins, so `wait` only trusts new lines.
  if [[ -f "$SERVER_LOG" ]]; then stat -c %s "$SERVER_LOG" >"$READY_OFFSET_FILE"; else echo 0 >"$READY_OFFSET_FILE"; fi
  : >"$STDOUT_LOG"

  log "starting broker: 127.0.0.1:$KAFKA_PORT (controller $KAFKA_CONTROLLER_PORT), data $DATA_DIR"
  build_jvm_args
  # nohup execs the JVM, so $! is the JVM's own pid.
  nohup "${JVM_ARGS[@]}" kafka.Kafka "$CONFIG" </dev/null >>"$STDOUT_LOG" 2>&1 &
  pid=$!
  echo "$pid" >"$PID_FILE"
  # Until nohup has exec'd the JVM, the child's command line is still this script's: on a busy
  # machine cmd_wait could look in that window and take the broker for dead (bounded: 10 s).
  local i
  for ((i = 0; i < 100; i++)); do
    [[ "$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)" == *kafka.Kafka* ]] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  cmd_wait
}

cmd_wait() {
  local deadline=$((SECONDS + KAFKA_WAIT_TIMEOUT)) begin pid="" tcp=0
  begin="${START_MS:-$(now_ms)}"
  pid="$(read_pid)"
  [[ -n "$pid" ]] || die "not running (no pid file in $DATA_DIR): use '$0 start'"
  while :; do
    if [[ -n "$pid" ]] && ! is_our_broker "$pid"; then
      show_log_tail
      rm -f "$PID_FILE"
      die "broker process $pid exited before becoming ready"
    fi
    if (( tcp == 0 )) && port_open "$KAFKA_PORT"; then tcp=1; fi
    if (( tcp == 1 )) && log_says_started; then
      log "ready on 127.0.0.1:$KAFKA_PORT (pid ${pid:-?}, $(since "$begin"))"
      return 0
    fi
    if (( SECONDS >= deadline )); then
      show_log_tail
      if [[ -n "$pid" ]]; then
        printf "kafka: the broker (pid %s) is still running; '%s stop' stops it\n" "$pid" "$0" >&2
      fi
      if (( tcp == 0 )); then
        die "timed out after ${KAFKA_WAIT_TIMEOUT}s: nothing listening on 127.0.0.1:$KAFKA_PORT"
      fi
      die "timed out after ${KAFKA_WAIT_TIMEOUT}s: port $KAFKA_PORT open but no '$READY_MARKER' in $SERVER_LOG"
    fi
    sleep 0.25
  done
}

cmd_stop() {
  local pid
  if ! pid="$(running_pid)"; then
    log "not running (data dir $DATA_DIR)"
    return 0
  fi
  log "stopping broker (pid $pid)..."
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + KAFKA_STOP_TIMEOUT)) begin
  begin="$(now_ms)"
  while is_our_broker "$pid"; do
    if (( SECONDS >= deadline )); then
      log "still running after ${KAFKA_STOP_TIMEOUT}s, sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      local _
      for _ in $(seq 1 50); do
        is_our_broker "$pid" || break
        sleep 0.1
      done
      is_our_broker "$pid" && die "pid $pid survived SIGKILL"
      break
    fi
    sleep 0.2
  done
  rm -f "$PID_FILE"
  log "stopped ($(since "$begin"))"
}

cmd_status() {
  local pid
  if pid="$(running_pid)"; then
    if port_open "$KAFKA_PORT" && log_says_started; then
      log "running (pid $pid), ready on 127.0.0.1:$KAFKA_PORT, data $DATA_DIR"
    else
      log "running (pid $pid), NOT ready yet on 127.0.0.1:$KAFKA_PORT, data $DATA_DIR"
    fi
    return 0
  fi
  log "stopped (data dir $DATA_DIR)"
  return 3
}

usage() {
  sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

main() {
  local cmd="${1:-help}"
  validate_env
  case "$cmd" in
    fetch) cmd_fetch ;;
    start) cmd_start ;;
    wait) cmd_wait ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    help | -h | --help) usage ;;
    *) usage >&2; die "unknown command '$cmd'" ;;
  esac
}

main "$@"
