"""Transport security and caller authorisation for both servers.

- Transport: plaintext is the loopback development default; TLS when a server has a
  certificate and key; mutual TLS when it also has a client CA (a client without a
  certificate from that CA is refused in the handshake). Plaintext or unauthenticated
  serving on a non-loopback address needs an explicit `insecure`.
- Authentication: a bearer token (`authorization: Bearer <token>`, looked up by its
  SHA-256 in a tokens file) or, without one, the client certificate's SPIFFE ID
  (`spiffe://chainbridge/<role>[/<name>]`, the certificate's one URI SAN).
- Authorisation: each service's table of who may call which of its RPCs
  (freight_server/rpc/roles.py, pay_server/rpc/roles.py). A method missing from it is denied.
- Outbound: the channel to the peer service presents this service's client certificate
  and/or its service token.

Raw tokens and private keys are read from files, held in memory only, and never logged.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import logging
import re
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import grpc

from chainbridge_common.errors import PermissionDenied, Unauthenticated
from chainbridge_common.runtime.server import AllowEveryone, Authorizer

log = logging.getLogger(__name__)

TRUST_DOMAIN = "chainbridge"
AUTHORIZATION_HEADER = "authorization"


class Role(StrEnum):
    FREIGHT_SERVICE = "freight-service"
    PAYMENT_SERVICE = "payment-service"
    OPERATOR = "operator"
    CLIENT = "client"


ROLE_NAMES = frozenset(role.value for role in Role)


# Role groups the services' tables are written in (freight_server/rpc/roles.py,
# pay_server/rpc/roles.py): applications acting for shippers and carriers, and operators.
APP_ROLES = frozenset({Role.CLIENT, Role.OPERATOR})
OPERATOR_ROLES = frozenset({Role.OPERATOR})
MethodRoles = Mapping[str, frozenset[Role]]


class SecurityConfigError(ValueError):
    """The security flags are inconsistent, a file is unreadable, or the deployment would
    be exposed (plaintext or unauthenticated on a non-loopback address without `insecure`)."""


# ---------------------------------------------------------------- identities and tokens

_NAME_SEGMENT = r"[A-Za-z0-9][A-Za-z0-9._-]{0,62}"
_SPIFFE = re.compile(rf"spiffe://{re.escape(TRUST_DOMAIN)}/(?P<role>[a-z-]+)(?:/(?P<name>{_NAME_SEGMENT}))?")


def spiffe_id(role: str, name: str = "") -> str:
    """The certificate identity of a caller: spiffe://chainbridge/<role>[/<name>]."""
    return f"spiffe://{TRUST_DOMAIN}/{role}" + (f"/{name}" if name else "")


def token_digest(token: str) -> str:
    """What a tokens file stores instead of the token: its SHA-256, hex."""
    return hashlib.sha256(token.encode()).hexdigest()


def mint_token() -> str:
    """A new random bearer token (256 bits). The `cb_` prefix lets secret scanners spot leaks."""
    return f"cb_{secrets.token_urlsafe(32)}"


@dataclass(frozen=True)
class Caller:
    identity: str  # e.g. "freight-service", "operator/alice"; the audit trail's actor
    role: Role
    via: str  # "mtls" or "token"


class TokenTable:
    """Bearer tokens a server accepts, keyed by SHA-256: the raw tokens are never stored."""

    def __init__(self, by_digest: Mapping[str, Caller]):
        self._by_digest = dict(by_digest)

    def __len__(self) -> int:
        return len(self._by_digest)

    @classmethod
    def load(cls, path: Path) -> TokenTable:
        """Read a tokens file: {"<sha256 hex>": {"identity": "...", "role": "..."}, ...}."""
        try:
            raw = json.loads(_read(path, "tokens file"))
        except json.JSONDecodeError as error:
            raise SecurityConfigError(f"tokens file {path} is not valid JSON: {error.msg} (line {error.lineno})") from None
        if not isinstance(raw, dict):
            raise SecurityConfigError(f"tokens file {path} must hold a JSON object of sha256 -> {{identity, role}}")
        by_digest = {}
        for digest, entry in raw.items():
            if not re.fullmatch(r"[0-9a-f]{64}", digest):
                raise SecurityConfigError(f"tokens file {path}: keys must be sha256 hex digests of tokens, not raw tokens")
            if not isinstance(entry, dict) or not entry.get("identity") or entry.get("role") not in ROLE_NAMES:
                raise SecurityConfigError(
                    f"tokens file {path}: entry {digest[:12]}... needs an identity and a role in {sorted(ROLE_NAMES)}"
                )
            by_digest[digest] = Caller(identity=str(entry["identity"]), role=Role(entry["role"]), via="token")
        return cls(by_digest)

    def lookup(self, token: str) -> Caller | None:
        return self._by_digest.get(token_digest(token))


def certificate_caller(auth_context: Mapping[str, Sequence[bytes]]) -> Caller | None:
    """The caller named by a verified client certificate's SPIFFE ID, if it names one of ours.

    gRPC core fills `peer_spiffe_id` only when the certificate has exactly one URI SAN and
    it is a well-formed SPIFFE ID; the TLS handshake has already checked the chain against
    the client CA. The subject CN is for humans and is never trusted.
    """
    values = auth_context.get("peer_spiffe_id") or []
    if len(values) != 1:
        return None
    match = _SPIFFE.fullmatch(values[0].decode(errors="replace"))
    if match is None or match["role"] not in ROLE_NAMES:
        return None
    role = Role(match["role"])
    return Caller(identity=f"{role.value}/{match['name']}" if match["name"] else role.value, role=role, via="mtls")


# ---------------------------------------------------------------- the authoriser


class CallerAuthorizer:
    """Authenticates each call (bearer token, else client certificate) and checks the
    caller's role against the method's entry in `policy`.

    A token, when sent, decides: an invalid one is refused even if a valid certificate
    came with it, so a mistyped operator token never silently falls back to the
    certificate's weaker identity.
    """

    def __init__(self, *, tokens: TokenTable | None, trust_certificates: bool, policy: MethodRoles):
        self.tokens = tokens
        self.trust_certificates = trust_certificates
        self.policy = policy

    def authorize(self, method: str, context: grpc.ServicerContext) -> str:
        caller = self._authenticate(method, context)
        allowed = self.policy.get(method)
        if allowed is None:
            self._refuse(method, context, "METHOD_NOT_IN_POLICY", caller)
            raise PermissionDenied(f"{method} is not open to any caller", reason="METHOD_NOT_IN_POLICY", metadata={"method": method})
        if caller.role not in allowed:
            self._refuse(method, context, "ROLE_NOT_ALLOWED", caller)
            raise PermissionDenied(
                f"role {caller.role.value} may not call {method}",
                reason="ROLE_NOT_ALLOWED",
                metadata={"method": method, "role": caller.role.value, "allowed_roles": ",".join(sorted(allowed))},
            )
        return caller.identity

    def _authenticate(self, method: str, context: grpc.ServicerContext) -> Caller:
        headers = [value for key, value in context.invocation_metadata() if key == AUTHORIZATION_HEADER]
        if headers:
            scheme, _, token = headers[0].partition(" ")
            token = token.strip()
            if len(headers) > 1 or scheme.lower() != "bearer" or not token:
                self._refuse(method, context, "MALFORMED_CREDENTIALS")
                raise Unauthenticated("the authorization header must be exactly one 'Bearer <token>'", reason="MALFORMED_CREDENTIALS")
            caller = self.tokens.lookup(token) if self.tokens is not None else None
            if caller is None:
                self._refuse(method, context, "INVALID_TOKEN")
                raise Unauthenticated("the bearer token is not valid here", reason="INVALID_TOKEN")
            return caller
        if self.trust_certificates:
            auth_context = context.auth_context()
            if auth_context.get("peer_spiffe_id") or auth_context.get("x509_subject"):
                caller = certificate_caller(auth_context)
                if caller is None:
                    self._refuse(method, context, "UNKNOWN_CERTIFICATE_IDENTITY")
                    raise Unauthenticated(
                        f"the client certificate carries no spiffe://{TRUST_DOMAIN}/<role> identity", reason="UNKNOWN_CERTIFICATE_IDENTITY"
                    )
                return caller
        self._refuse(method, context, "MISSING_CREDENTIALS")
        raise Unauthenticated(
            "this call needs a client certificate or an 'authorization: Bearer <token>' header", reason="MISSING_CREDENTIALS"
        )

    @staticmethod
    def _refuse(method: str, context: grpc.ServicerContext, reason: str, caller: Caller | None = None) -> None:
        # Names the peer and the claimed identity, never the token itself.
        who = f"{caller.identity} (role {caller.role.value}, via {caller.via})" if caller else "unauthenticated caller"
        log.warning("refused %s for %s from %s: %s", method, who, context.peer(), reason)


# ---------------------------------------------------------------- settings and credentials


@dataclass(frozen=True)
class SecuritySettings:
    """File paths (None = not configured) from flags/env; see add_security_options."""

    tls_cert: Path | None = None
    tls_key: Path | None = None
    tls_client_ca: Path | None = None  # require client certificates from this CA (mTLS)
    auth_tokens_file: Path | None = None
    peer_ca: Path | None = None  # TLS to the peer service, verifying it against this CA
    peer_cert: Path | None = None
    peer_key: Path | None = None
    peer_token_file: Path | None = None
    insecure: bool = False  # allow plaintext/unauthenticated serving on a non-loopback address


def _read(path: Path, what: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise SecurityConfigError(f"cannot read the {what} {path}: {error.strerror}") from None


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a name other than localhost may resolve anywhere


@dataclass
class ServerSecurity:
    """What a server needs from the security settings: its port credentials, its
    authoriser, and the start-up log lines describing both."""

    credentials: grpc.ServerCredentials | None
    authorizer: Authorizer
    tls: bool
    mutual_tls: bool
    token_count: int
    settings: SecuritySettings
    exposed: bool = False  # listening beyond loopback

    @property
    def authenticates(self) -> bool:
        return self.mutual_tls or self.settings.auth_tokens_file is not None

    def log_start(self, logger: logging.Logger, service: str, address: str) -> None:
        """Say loudly how the server is exposed; never mentions a token or key content."""
        if not self.tls:
            logger.warning("%s serving on %s over PLAINTEXT (no encryption; loopback development only)", service, address)
        elif self.mutual_tls:
            logger.info(
                "%s serving on %s over TLS (cert %s); client certificates required (mTLS, CA %s)",
                service,
                address,
                self.settings.tls_cert,
                self.settings.tls_client_ca,
            )
        else:
            logger.info("%s serving on %s over TLS (cert %s); client certificates not requested", service, address, self.settings.tls_cert)
        if self.authenticates:
            methods = []
            if self.mutual_tls:
                methods.append(f"mTLS identities (spiffe://{TRUST_DOMAIN}/<role>)")
            if self.settings.auth_tokens_file:
                methods.append(f"{self.token_count} bearer token(s) from {self.settings.auth_tokens_file}")
            logger.info("%s authenticates every call by %s; each RPC allows only its roles", service, " or ".join(methods))
        else:
            logger.warning(
                "%s AUTHENTICATION OFF: any caller may call every RPC, operator RPCs included "
                "(configure --tls-client-ca and/or --auth-tokens-file)",
                service,
            )
        if self.exposed and not (self.tls and self.authenticates):
            logger.warning(
                "%s is reachable beyond loopback WITHOUT %s because of --insecure", service, "TLS" if not self.tls else "authentication"
            )


def server_security(settings: SecuritySettings, host: str, policy: MethodRoles) -> ServerSecurity:
    """Load the server's certificates and tokens; refuse inconsistent or exposed setups."""
    if bool(settings.tls_cert) != bool(settings.tls_key):
        raise SecurityConfigError("--tls-cert and --tls-key go together")
    if settings.tls_client_ca and not settings.tls_cert:
        raise SecurityConfigError("--tls-client-ca (mutual TLS) needs --tls-cert and --tls-key")
    tls = settings.tls_cert is not None
    mutual_tls = settings.tls_client_ca is not None
    authenticates = mutual_tls or settings.auth_tokens_file is not None
    if not is_loopback(host) and not settings.insecure:
        if not tls:
            raise SecurityConfigError(
                f"refusing to serve PLAINTEXT on non-loopback host {host!r}: configure --tls-cert/--tls-key "
                "(see docs/security.md) or pass --insecure"
            )
        if not authenticates:
            raise SecurityConfigError(
                f"refusing to serve without authentication on non-loopback host {host!r}: configure "
                "--tls-client-ca and/or --auth-tokens-file, or pass --insecure"
            )
    credentials = None
    if tls:
        assert settings.tls_cert is not None and settings.tls_key is not None
        credentials = grpc.ssl_server_credentials(
            [(_read(settings.tls_key, "TLS key"), _read(settings.tls_cert, "TLS certificate"))],
            root_certificates=_read(settings.tls_client_ca, "client CA") if settings.tls_client_ca else None,
            require_client_auth=mutual_tls,
        )
    tokens = TokenTable.load(settings.auth_tokens_file) if settings.auth_tokens_file else None
    authorizer: Authorizer = (
        CallerAuthorizer(tokens=tokens, trust_certificates=mutual_tls, policy=policy) if authenticates else AllowEveryone()
    )
    return ServerSecurity(
        credentials=credentials,
        authorizer=authorizer,
        tls=tls,
        mutual_tls=mutual_tls,
        token_count=len(tokens) if tokens is not None else 0,
        settings=settings,
        exposed=not is_loopback(host),
    )


@dataclass
class PeerChannel:
    """The channel to the other service and the metadata to send on every call."""

    channel: grpc.Channel
    call_metadata: tuple[tuple[str, str], ...]
    tls: bool
    presents_certificate: bool
    description: str  # for logs: transport and credential kinds, never their content

    def log_start(self, logger: logging.Logger, purpose: str, address: str) -> None:
        """One line on how the peer is called; a WARNING unless over TLS with credentials."""
        level = logging.INFO if self.tls and (self.presents_certificate or self.call_metadata) else logging.WARNING
        logger.log(level, "%s at %s over %s", purpose, address, self.description)


def open_peer_channel(address: str, settings: SecuritySettings, *, options: Sequence[tuple[str, object]] = ()) -> PeerChannel:
    """A channel to the peer service: TLS (verifying it against --peer-ca) presenting this
    service's client certificate and/or bearer token, or plaintext when no --peer-ca."""
    if bool(settings.peer_cert) != bool(settings.peer_key):
        raise SecurityConfigError("--peer-cert and --peer-key go together")
    if (settings.peer_cert or settings.peer_token_file) and not settings.peer_ca:
        # A token or client certificate over plaintext would give it away; TLS first.
        raise SecurityConfigError("--peer-cert/--peer-key and --peer-token-file need TLS to the peer: set --peer-ca")
    if not settings.peer_ca:
        channel = grpc.insecure_channel(address, options=list(options))
        return PeerChannel(channel, (), tls=False, presents_certificate=False, description="PLAINTEXT without credentials")
    metadata: tuple[tuple[str, str], ...] = ()
    credentials_named = []
    if settings.peer_cert:
        credentials_named.append(f"client certificate {settings.peer_cert}")
    if settings.peer_token_file:
        token = _read(settings.peer_token_file, "peer token file").decode().strip()
        if not token or any(c.isspace() for c in token):
            raise SecurityConfigError(f"the peer token file {settings.peer_token_file} must hold one token")
        metadata = ((AUTHORIZATION_HEADER, f"Bearer {token}"),)
        credentials_named.append(f"bearer token from {settings.peer_token_file}")
    credentials = grpc.ssl_channel_credentials(
        root_certificates=_read(settings.peer_ca, "peer CA"),
        private_key=_read(settings.peer_key, "peer key") if settings.peer_key else None,
        certificate_chain=_read(settings.peer_cert, "peer certificate") if settings.peer_cert else None,
    )
    channel = grpc.secure_channel(address, credentials, options=list(options))
    presenting = " and ".join(credentials_named) or "no client credentials"
    return PeerChannel(
        channel,
        metadata,
        tls=True,
        presents_certificate=settings.peer_cert is not None,
        description=f"TLS (CA {settings.peer_ca}) with {presenting}",
    )
