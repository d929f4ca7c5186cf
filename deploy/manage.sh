#!/bin/sh
# manage.py as the services run it: the same environment file, the same user (run it with
# `sudo -u integrity`), e.g. `sudo -u integrity /srv/integrity/deploy/manage.sh migrate`.
set -eu
INTEGRITY_ENV=${INTEGRITY_ENV:-/etc/integrity/integrity.env}
set -a
. "$INTEGRITY_ENV"
set +a
cd "$(dirname "$0")/.."
exec .venv/bin/python manage.py "$@"
