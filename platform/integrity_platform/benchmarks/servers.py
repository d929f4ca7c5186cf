"""Serving the site under gunicorn for the benchmark commands, as production serves it.

The commands measure throughput and latency over HTTP, not in-process: what production
pays (opening database connections, WSGI, static files from the manifest) is part of the
answer. The server runs the production settings, or another module given by the command;
it believes it stands behind a TLS proxy (requests carry `X-Forwarded-Proto: https`).
"""

import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from urllib.request import Request, urlopen

from django.conf import settings
from django.core.management.base import CommandError

PROXY_HEADERS = {"X-Forwarded-Proto": "https"}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


def server_environment(settings_module, secret_key=None):
    """The environment of the served site: this process's database, a throw-away secret
    (or `secret_key`, to sign in with sessions this process made)."""
    database = settings.DATABASES["default"]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings_module,
        "SECRET_KEY": secret_key or secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
    }
    if "DATABASE_URL" not in os.environ and database["ENGINE"].endswith("sqlite3"):
        env["DATABASE_URL"] = f"sqlite:///{database['NAME']}"
    return env


@contextmanager
def gunicorn(
    settings_module, workers, instances=1, warm_paths=("/health/",), secret_key=None, env=None
):
    """Yields the base URLs of `instances` gunicorn servers of `workers` each, sharing the
    database and cache of the environment (two instances behind a load balancer); `env`
    adds to the servers' environment."""
    env = {**server_environment(settings_module, secret_key), **(env or {})}
    # The production settings serve hashed static files from the collected manifest.
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        env=env,
        check=True,
    )
    application = settings.WSGI_APPLICATION.rsplit(".", 1)
    with ExitStack() as stack:
        bases = []
        for _ in range(instances):
            server, base = serve(sys.executable, ":".join(application), workers, env)
            stack.callback(stop, server)
            bases.append(base)
        for base in bases:
            if not warm_up(base, workers, warm_paths):
                raise CommandError(f"gunicorn did not start at {base}")
        yield bases


# The benchmark's nginx: the production site's application rules (deploy/nginx/
# integrity-app.conf) on a plain-HTTP port, standing in for TLS ended in front of it.
NGINX_CONF = """
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 8192; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    upstream integrity_app {{ {servers} }}
    proxy_cache_path {tmp}/live keys_zone=integrity_live:1m max_size=10m use_temp_path=off;
    map $scheme $forwarded_proto {{ default https; }}
    server {{
        listen 127.0.0.1:{port};
        include {rules};
    }}
}}
"""


@contextmanager
def nginx(bases):
    """Yields the address of an nginx spreading requests over the servers at `bases` with
    the production site's rules, as a load balancer in front of them would."""
    rules = settings.BASE_DIR / "deploy" / "nginx" / "integrity-app.conf"
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="integrity-nginx-") as tmp:
        os.chmod(tmp, 0o755)  # run as root, nginx's workers are another user
        servers = " ".join(f"server {base.removeprefix('http://')};" for base in bases)
        conf = os.path.join(tmp, "nginx.conf")
        with open(conf, "w") as file:
            file.write(NGINX_CONF.format(tmp=tmp, servers=servers, port=port, rules=rules))
        base = f"http://127.0.0.1:{port}"
        with running_nginx(tmp, conf, lambda: get(base, "/health/")):
            yield base


def nginx_binary():
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not os.path.exists(binary):
        raise CommandError("Install nginx (Debian: apt-get install nginx-light)")
    return binary


@contextmanager
def running_nginx(folder, conf, probe):
    """nginx with the configuration `conf` (its files under `folder`), once `nginx -t`
    accepts it, until the block ends; `probe()` succeeds once it serves."""
    command = [nginx_binary(), "-p", str(folder), "-c", str(conf)]
    command += ["-e", os.path.join(folder, "error.log")]
    checked = subprocess.run([*command, "-t", "-q"], capture_output=True, text=True)
    if checked.returncode != 0:
        raise CommandError(f"nginx -t refused the configuration:\n{checked.stderr}")
    server = subprocess.Popen([*command, "-g", "daemon off;"])
    try:
        for _ in range(50):
            try:
                probe()
                break
            except OSError:
                time.sleep(0.1)
        yield
    finally:
        stop(server)


def serve(python, application, workers, env, cwd=None):
    """(the process, its base URL): gunicorn with `python`, serving the WSGI `application`
    with `workers` sync workers on a free port."""
    port = free_port()
    command = [python, "-m", "gunicorn", application, "--workers", str(workers)]
    command += ["--bind", f"127.0.0.1:{port}", "--log-level", "warning", "--backlog", "2048"]
    return subprocess.Popen(command, env=env, cwd=cwd), f"http://127.0.0.1:{port}"


def stop(server):
    server.terminate()
    server.wait(timeout=30)


def get(base, path, headers=None):
    request = Request(base + path, headers={**PROXY_HEADERS, **(headers or {})})
    with urlopen(request, timeout=30) as response:
        return response.status


def warm_up(base, workers, paths=("/health/",)):
    """gunicorn listens before its workers have loaded the site, and a room meets a server
    that has been up for a while: wait for the health check, then let every worker answer
    each path a few times (not measured)."""
    for _ in range(150):
        try:
            if get(base, "/health/") == 200:
                break
        except OSError:
            time.sleep(0.2)
    else:
        return False
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(lambda path: get(base, path), list(paths) * workers * 4))
    return True
