#!/usr/bin/env bash
# A real Apache Kafka broker for development and tests, without Docker.
#
#   bash scripts/kafka.sh start [--clean]   resolve Kafka from Maven Central (first time), format a
#                                            KRaft storage directory, start one broker+controller on
#                                            127.0.0.1:${KAFKA_PORT:-9092}, wait until it answers
#   bash scripts/kafka.sh stop [--clean]    stop it (--clean also deletes its data)
#   bash scripts/kafka.sh status            "running (...)" and exit 0 when it answers
#   bash scripts/kafka.sh logs              the broker's log
#   bash scripts/kafka.sh jars              resolve Kafka's jars only (first time) and print their folder
#
# KAFKA_VERSION (default 3.9.1) selects the version; each version has its own jars and data under
# .kafka/<version>/. Idempotent: start when running does nothing; stop when stopped does nothing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VERSION="${KAFKA_VERSION:-3.9.1}"
PORT="${KAFKA_PORT:-9092}"
CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
HEAP="${KAFKA_HEAP:-512m}"
STATE="$ROOT/.kafka"
HOME_DIR="$STATE/$VERSION"
LIB="$HOME_DIR/lib"
DATA="$HOME_DIR/data"
CONF="$HOME_DIR/server.properties"
PIDFILE="$HOME_DIR/kafka.pid"
LOGDIR="$HOME_DIR/logs"

say() { echo "kafka.sh: $*" >&2; }

major() { echo "${VERSION%%.*}"; }

resolve() {
  if [ -f "$LIB/.complete" ]; then return; fi
  say "resolving Apache Kafka $VERSION from Maven Central into .kafka/$VERSION/lib (first time only)"
  mkdir -p "$LIB"
  mvn -q -B -f "$ROOT/scripts/kafka/pom.xml" dependency:copy-dependencies \
    -Dkafka.version="$VERSION" -DincludeScope=runtime -DoutputDirectory="$LIB" >&2
  touch "$LIB/.complete"
}

write_config() {
  mkdir -p "$DATA" "$LOGDIR"
  local quorum
  if [ "$(major)" -ge 4 ]; then
    quorum="controller.quorum.bootstrap.servers=127.0.0.1:$CONTROLLER_PORT"
  else
    quorum="controller.quorum.voters=1@127.0.0.1:$CONTROLLER_PORT"
  fi
  cat > "$CONF" <<PROPS
process.roles=broker,controller
node.id=1
$quorum
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$DATA
num.partitions=1
auto.create.topics.enable=true
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
log.retention.hours=24
log.segment.bytes=67108864
PROPS
}

format_storage() {
  if [ -f "$DATA/meta.properties" ]; then return; fi
  local id_file="$HOME_DIR/cluster-id"
  if [ ! -f "$id_file" ]; then
    java -cp "$LIB/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1 > "$id_file"
  fi
  local extra=()
  if [ "$(major)" -ge 4 ]; then extra=(--standalone); fi
  say "formatting KRaft storage (cluster $(cat "$id_file"))"
  java -cp "$LIB/*" -Dlog4j.configuration="file:$ROOT/scripts/kafka/log4j.properties" -Dkafka.logs.dir="$LOGDIR" \
    kafka.tools.StorageTool format -t "$(cat "$id_file")" -c "$CONF" "${extra[@]}" >&2
}

pid_alive() { [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }

answers() {
  # A client must be able to fetch metadata, not just connect.
  if [ -d "$ROOT/node_modules/kafkajs" ]; then
    (cd "$ROOT" && timeout 20 node -e '
      const { Kafka, logLevel } = require("kafkajs");
      const admin = new Kafka({ brokers: [process.argv[1]], logLevel: logLevel.NOTHING, retry: { retries: 0 } }).admin();
      admin.connect().then(() => admin.describeCluster()).then(() => admin.disconnect()).then(() => process.exit(0), () => process.exit(1));
    ' "127.0.0.1:$PORT") >/dev/null 2>&1
  else
    port_open
  fi
}

start() {
  if pid_alive && answers; then
    say "already running (pid $(cat "$PIDFILE"), 127.0.0.1:$PORT)"
    return 0
  fi
  if ! pid_alive && port_open; then
    if answers; then
      say "a Kafka broker not started by this checkout already answers on 127.0.0.1:$PORT; using it"
      return 0
    fi
    say "port $PORT is taken by another process that is not a Kafka broker; stop it or set KAFKA_PORT"
    return 1
  fi
  if ! pid_alive; then
    resolve
    write_config
    format_storage
    say "starting Kafka $VERSION on 127.0.0.1:$PORT (heap $HEAP, log .kafka/$VERSION/logs/server.log)"
    mkdir -p "$STATE"
    KAFKA_OPTS="" nohup java -Xms256m -Xmx"$HEAP" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
      -Dlog4j.configuration="file:$ROOT/scripts/kafka/log4j.properties" -Dkafka.logs.dir="$LOGDIR" \
      -cp "$LIB/*" kafka.Kafka "$CONF" > "$LOGDIR/stdout.log" 2>&1 &
    echo $! > "$PIDFILE"
    echo "$VERSION" > "$HOME_DIR/kafka.version"
  fi
  for _ in $(seq 1 90); do
    if answers; then
      say "ready (pid $(cat "$PIDFILE"))"
      return 0
    fi
    if ! pid_alive; then
      say "the broker exited; last lines of its log:"
      tail -20 "$LOGDIR/server.log" "$LOGDIR/stdout.log" >&2 2>/dev/null || true
      rm -f "$PIDFILE"
      return 1
    fi
    sleep 1
  done
  say "the broker did not answer within 90 s; see .kafka/$VERSION/logs/server.log"
  return 1
}

stop() {
  if pid_alive; then
    local pid; pid="$(cat "$PIDFILE")"
    say "stopping (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$pid" 2>/dev/null; then say "still running after 30 s; killing"; kill -KILL "$pid" 2>/dev/null || true; fi
  fi
  rm -f "$PIDFILE"
  if [ "${1:-}" = "--clean" ]; then
    say "deleting .kafka/$VERSION/data"
    rm -rf "$DATA" "$HOME_DIR/cluster-id"
  fi
}

status() {
  if pid_alive && answers; then
    echo "running (pid $(cat "$PIDFILE"), version $(cat "$HOME_DIR/kafka.version" 2>/dev/null || echo "$VERSION"), 127.0.0.1:$PORT)"
    return 0
  fi
  if port_open && answers; then
    echo "running (started elsewhere, 127.0.0.1:$PORT)"
    return 0
  fi
  echo "not running"
  return 1
}

case "${1:-}" in
  start)
    if [ "${2:-}" = "--clean" ]; then stop --clean; fi
    start ;;
  stop) stop "${2:-}" ;;
  status) status ;;
  logs) tail -n "${2:-100}" "$LOGDIR/server.log" ;;
  jars) resolve; echo "$LIB" ;;
  *) echo "usage: $0 start [--clean] | stop [--clean] | status | logs [N] | jars" >&2; exit 2 ;;
esac
