"""The production nginx site (deploy/nginx/integrity.conf) as nginx reads it: `nginx -t`
with a test certificate, and private files sent only on the application's X-Accel-Redirect."""

import datetime
import http.server
import os
import shutil
import ssl
import tempfile
import threading
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from integrity_platform.benchmarks.servers import free_port, running_nginx

from .tls import write_pair

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
pytestmark = pytest.mark.skipif(
    not os.path.exists(NGINX), reason="nginx is not installed (apt-get install nginx-light)"
)

MAIN = """
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    include {tmp}/integrity.conf;
}}
"""
PDF = b"%PDF-1.7 signed acknowledgement"
# Where the application's answer sends nginx, and the file's place under PRIVATE_ROOT; the
# space is written %20, as integrity_common.private_files writes it.
ACCEL = "/_protected/private/acknowledgements/2026/ABCD%20EFGH.pdf"
STORED = Path("private/acknowledgements/2026/ABCD EFGH.pdf")


def site(tmp, *, https_port, http_port, upstream):
    """integrity.conf as installed, with this test's certificate, folders and ports."""
    text = (DEPLOY / "nginx" / "integrity.conf").read_text()
    for old, new in {
        "/etc/nginx/sites-available/integrity/": f"{DEPLOY / 'nginx'}/",
        "/etc/letsencrypt/live/integrity.example.org/fullchain.pem": f"{tmp}/tls-cert.pem",
        "/etc/letsencrypt/live/integrity.example.org/privkey.pem": f"{tmp}/tls-key.pem",
        "/var/cache/nginx/integrity-live": f"{tmp}/live",
        "/srv/integrity/var/": f"{tmp}/var/",
        "server 127.0.0.1:8000;": f"server {upstream};",
        "listen 443 ssl http2;": f"listen 127.0.0.1:{https_port} ssl http2;",
        "listen [::]:443 ssl http2;": "",
        "listen 80;": f"listen 127.0.0.1:{http_port};",
        "listen [::]:80;": "",
    }.items():
        assert old in text, f"integrity.conf no longer has {old!r}: update this test"
        text = text.replace(old, new)
    return text


class Application(http.server.BaseHTTPRequestHandler):
    """Stands in for gunicorn: the download view's answer after its permission check."""

    def do_GET(self):
        self.send_response(200)
        if self.path == "/nl/acknowledge/ABCDEFGH/pdf/":
            self.send_header("Content-Type", "application/pdf")
            self.send_header("Content-Disposition", 'attachment; filename="ABCD-EFGH.pdf"')
            self.send_header("X-Accel-Redirect", ACCEL)
            self.send_header("Content-Length", "0")
        else:
            self.send_header("Content-Length", "11")
        self.end_headers()
        if self.path != "/nl/acknowledge/ABCDEFGH/pdf/":
            self.wfile.write(b"application")

    def log_message(self, *args):
        pass


@contextmanager
def nginx_site():
    """nginx with the site, in front of Application; yields its HTTPS address."""
    application = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Application)
    threading.Thread(target=application.serve_forever, daemon=True).start()
    # In /tmp and readable by all: nginx, started as root, reads files as another user.
    with tempfile.TemporaryDirectory(prefix="integrity-site-") as name:
        tmp = Path(name)
        os.chmod(tmp, 0o755)
        write_pair(tmp, "tls", not_before=datetime.datetime(2026, 1, 1), days=3650)
        stored = tmp / "var" / STORED
        stored.parent.mkdir(parents=True)
        stored.write_bytes(PDF)
        for folder in [tmp / "var", *stored.relative_to(tmp).parents]:
            os.chmod(tmp / folder, 0o755)
        https_port, http_port = free_port(), free_port()
        upstream = f"127.0.0.1:{application.server_address[1]}"
        (tmp / "integrity.conf").write_text(
            site(tmp, https_port=https_port, http_port=http_port, upstream=upstream)
        )
        (tmp / "nginx.conf").write_text(MAIN.format(tmp=tmp))
        base = f"https://127.0.0.1:{https_port}"
        try:
            with running_nginx(tmp, tmp / "nginx.conf", lambda: fetch(base, "/health/")):
                yield base
        finally:
            application.shutdown()


def fetch(base, path):
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # the test's own certificate
    request = urllib.request.Request(base + path, headers={"Host": "integrity.example.org"})
    try:
        with urllib.request.urlopen(request, timeout=10, context=context) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_nginx_accepts_the_site_and_sends_a_private_file_only_on_the_applications_word():
    with nginx_site() as base:
        status, headers, body = fetch(base, "/nl/acknowledge/ABCDEFGH/pdf/")
        assert status == 200 and body == PDF
        assert headers["Content-Type"] == "application/pdf"
        assert headers["Content-Disposition"] == 'attachment; filename="ABCD-EFGH.pdf"'
        assert headers["Cache-Control"] == "private, no-store"
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert "X-Accel-Redirect" not in headers  # where the file lies stays nginx's
        # Asked for directly, the internal location and the documents' folder do not exist.
        assert fetch(base, ACCEL)[0] == 404
        assert fetch(base, "/media/documents/handbook.pdf")[0] == 404
        assert fetch(base, "/anything/")[2] == b"application"
