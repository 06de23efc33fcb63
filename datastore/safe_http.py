"""HTTP for fetching sources: public hosts only, and bounded in time and rate (Prefect-free).

``make_client()`` returns an ``httpx.Client`` whose transport resolves every host name itself,
checks **every** resolved address, and then connects to exactly the address it checked (the
TLS handshake and the ``Host`` header still use the name, so certificates are verified as
usual). That happens for the first request and for each redirect hop, so neither a link, a
redirect nor a DNS answer that changes between check and connect (DNS rebinding) can reach
loopback, private, link-local (cloud metadata ``169.254.169.254``), multicast, reserved or
otherwise non-global addresses. ``ITA_ALLOW_HOSTS`` (comma-separated host names and IP
networks in CIDR notation, e.g. ``127.0.0.1,10.1.0.0/16,intranet.example``) allows named
exceptions; it is read at each connection. Proxies from the environment are not used: a proxy
would resolve names itself and bypass the check.

``budget(deadline_s, min_rate_bps)`` bounds one download: every read and connect of the
client in this thread (or task) is cut off at the overall deadline, and once a grace period
has passed the transfer must keep an average of at least ``min_rate_bps`` over each window
(a server dripping a few bytes a second never times out a read, but fails this). The refusal
and the budget errors are ``FetchRefused`` / ``TransferTooSlow`` / ``DeadlineExceeded``,
raised before any byte is sent to (or, for a refusal, any socket opened to) the address.
"""
from __future__ import annotations

import contextvars
import ipaddress
import socket
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator, Optional

from datastore.settings import settings
from datastore.version import __version__

ALLOW_ENV = "ITA_ALLOW_HOSTS"
DEFAULT_TIMEOUT_S = settings().fetch_timeout_s  # $ITA_FETCH_TIMEOUT_S (datastore.settings)
DEFAULT_DEADLINE_S = settings().fetch_deadline_s  # whole download of one file, $ITA_FETCH_DEADLINE_S
DEFAULT_MIN_RATE_BPS = settings().fetch_min_rate_bps  # $ITA_FETCH_MIN_RATE_BPS
RATE_GRACE_S = settings().fetch_rate_grace_s  # no rate check before this, $ITA_FETCH_RATE_GRACE_S
RATE_WINDOW_S = settings().fetch_rate_window_s  # rate averaged over this, $ITA_FETCH_RATE_WINDOW_S
USER_AGENT = f"ita-dataset/{__version__} (+https://github.com/; ITA report collector)"


class FetchRefused(Exception):
    """A host that resolves to an address that is not public (and not allowed)."""


class DeadlineExceeded(Exception):
    """A download took longer than its overall deadline."""


class TransferTooSlow(Exception):
    """A download stayed below the minimum transfer rate."""


# --- which addresses -------------------------------------------------------------------------
def allowed_entries(text: Optional[str] = None) -> tuple[set[str], list]:
    """``ITA_ALLOW_HOSTS`` → (host names, IP networks). Unparseable entries are names."""
    text = (settings().allow_hosts or "") if text is None else text  # $ITA_ALLOW_HOSTS
    names, nets = set(), []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        try:
            nets.append(ipaddress.ip_network(part, strict=False))
        except ValueError:
            names.add(part.lower().rstrip("."))
    return names, nets


def address_kind(ip) -> Optional[str]:
    """Why an address is not public (``loopback``, ``private``, ``link-local``, …), or None if it is."""
    if isinstance(ip, str):
        ip = ipaddress.ip_address(ip.split("%", 1)[0])
    if getattr(ip, "ipv4_mapped", None):  # ::ffff:169.254.169.254 is 169.254.169.254
        ip = ip.ipv4_mapped
    for kind, test in (("loopback", ip.is_loopback), ("link-local", ip.is_link_local),
                       ("multicast", ip.is_multicast), ("unspecified", ip.is_unspecified),
                       ("reserved", ip.is_reserved), ("private", ip.is_private)):
        if test:
            return kind
    if not ip.is_global:  # e.g. 100.64.0.0/10 shared address space, 6to4/Teredo oddities
        return "non-global"
    return None


def check_address(host: str, ip: str) -> None:
    """Raise ``FetchRefused`` unless ``ip`` (an address ``host`` resolved to) may be connected to."""
    names, nets = allowed_entries()
    if host.lower().rstrip(".") in names:
        return
    addr = ipaddress.ip_address(ip.split("%", 1)[0])
    if any(addr in n for n in nets if n.version == addr.version):
        return
    kind = address_kind(addr)
    if kind:
        shown = host if host == ip else f"{host} ({ip})"
        raise FetchRefused(f"refused: {shown} is a {kind} address, not a public host "
                           f"(allow it with {ALLOW_ENV})")


def resolve(host: str, port: int) -> list[tuple]:
    """``getaddrinfo`` for TCP: [(family, sockaddr)], in resolver order."""
    out = []
    for family, _, _, _, sockaddr in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM):
        if (family, sockaddr) not in out:
            out.append((family, sockaddr))
    return out


# --- the budget of one download ------------------------------------------------------------------
@dataclass
class Budget:
    """Deadline and minimum rate of one download (see ``budget``)."""

    deadline_s: float
    min_rate_bps: float
    grace_s: float
    window_s: float
    started: float = field(default_factory=time.monotonic)
    received: int = 0
    _win_start: float = 0.0
    _win_bytes: int = 0

    def remaining(self) -> float:
        return self.started + self.deadline_s - time.monotonic()

    def clamp(self, timeout: Optional[float]) -> float:
        """A read/connect timeout cut to what is left of the deadline; raises when none is left."""
        left = self.remaining()
        if left <= 0:
            raise DeadlineExceeded(f"no complete response within the {self.deadline_s:g}s deadline")
        return left if timeout is None else min(timeout, left)

    def expired_error(self) -> DeadlineExceeded:
        return DeadlineExceeded(f"no complete response within the {self.deadline_s:g}s deadline "
                                f"({self.received} bytes received)")

    def count(self, n: int) -> None:
        """Account ``n`` bytes just read; raise when the rate over the last window was too low."""
        now = time.monotonic()
        self.received += n
        if not self._win_start:
            self._win_start = self.started + self.grace_s
        if now < self._win_start:
            return
        self._win_bytes += n
        span = now - self._win_start
        if span >= self.window_s:
            rate = self._win_bytes / span
            if self.min_rate_bps > 0 and rate < self.min_rate_bps:
                raise TransferTooSlow(f"transfer too slow: {rate:.0f} bytes/s over {span:.0f}s, below the "
                                      f"minimum of {self.min_rate_bps:g} bytes/s")
            self._win_start, self._win_bytes = now, 0


_budget: contextvars.ContextVar[Optional[Budget]] = contextvars.ContextVar("ita_fetch_budget", default=None)


@contextmanager
def budget(deadline_s: float = DEFAULT_DEADLINE_S, min_rate_bps: float = DEFAULT_MIN_RATE_BPS,
           grace_s: Optional[float] = None, window_s: Optional[float] = None) -> Iterator[Budget]:
    """Bound the downloads made by this thread/task inside the block (see module docstring).
    ``grace_s``/``window_s`` default to ``ITA_FETCH_RATE_GRACE_S`` (10) / ``ITA_FETCH_RATE_WINDOW_S`` (10)."""
    b = Budget(deadline_s=deadline_s, min_rate_bps=min_rate_bps,
               grace_s=RATE_GRACE_S if grace_s is None else grace_s,
               window_s=RATE_WINDOW_S if window_s is None else window_s)
    token = _budget.set(b)
    try:
        yield b
    finally:
        _budget.reset(token)


# --- the guarded transport ---------------------------------------------------------------------
def _backend_classes():
    import httpcore

    class BudgetStream(httpcore.NetworkStream):
        """A socket stream whose reads/writes obey the current ``Budget``."""

        def __init__(self, inner):
            self._inner = inner

        def read(self, max_bytes: int, timeout: Optional[float] = None) -> bytes:
            b = _budget.get()
            if b is None:
                return self._inner.read(max_bytes, timeout)
            try:
                data = self._inner.read(max_bytes, b.clamp(timeout))
            except httpcore.ReadTimeout:
                if b.remaining() <= 0:
                    raise b.expired_error() from None
                raise
            b.count(len(data))
            return data

        def write(self, buffer: bytes, timeout: Optional[float] = None) -> None:
            b = _budget.get()
            self._inner.write(buffer, b.clamp(timeout) if b else timeout)

        def close(self) -> None:
            self._inner.close()

        def start_tls(self, ssl_context, server_hostname=None, timeout=None):
            b = _budget.get()
            return BudgetStream(self._inner.start_tls(ssl_context, server_hostname,
                                                      b.clamp(timeout) if b else timeout))

        def get_extra_info(self, info: str):
            return self._inner.get_extra_info(info)

    class GuardedBackend(httpcore.SyncBackend):
        """Resolve, check every address, connect to a checked address (never re-resolve)."""

        def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
            b = _budget.get()
            if b is not None:
                timeout = b.clamp(timeout)
            try:
                addrs = resolve(host, port)
            except socket.gaierror as e:
                raise httpcore.ConnectError(f"cannot resolve {host}: {e.strerror or e}") from None
            for _, sockaddr in addrs:  # all of them: a mixed answer is refused as a whole
                check_address(host, sockaddr[0])
            last: Optional[Exception] = None
            for _, sockaddr in addrs:
                try:
                    stream = super().connect_tcp(sockaddr[0], port, timeout, local_address, socket_options)
                    return BudgetStream(stream)
                except (httpcore.ConnectError, httpcore.ConnectTimeout) as e:
                    last = e
            raise last or httpcore.ConnectError(f"no address for {host}")

    return GuardedBackend, BudgetStream


def make_transport(verify=True, **pool_kw):
    """An ``httpx.HTTPTransport`` that connects only to checked public (or allowed) addresses.
    ``verify``: as httpx's (True: the system's CAs; an ``ssl.SSLContext``; a CA bundle path)."""
    import httpcore
    import httpx
    backend_cls, _ = _backend_classes()
    transport = httpx.HTTPTransport(trust_env=False)
    transport._pool = httpcore.ConnectionPool(  # same defaults as httpx, our network backend
        ssl_context=httpx.create_ssl_context(verify=verify, trust_env=False),
        max_connections=pool_kw.get("max_connections", 100),
        max_keepalive_connections=pool_kw.get("max_keepalive_connections", 20),
        keepalive_expiry=5.0, network_backend=backend_cls())
    return transport


def make_client(timeout_s: float = DEFAULT_TIMEOUT_S, *, verify=True):
    """An httpx client: connect/read/write timeouts, at most 5 redirects (http/https only),
    public hosts only at every hop, no proxies from the environment."""
    import httpx
    return httpx.Client(timeout=httpx.Timeout(timeout_s, connect=min(timeout_s, 10.0)),
                        follow_redirects=True, max_redirects=5, trust_env=False,
                        transport=make_transport(verify), headers={"User-Agent": USER_AGENT})
