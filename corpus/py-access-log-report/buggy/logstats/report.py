import math
import re
from dataclasses import dataclass

from logstats.parser import Request

_ID_SEGMENT = re.compile(r"/(\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?=/|$)")


@dataclass(frozen=True)
class EndpointStats:
    endpoint: str
    requests: int
    server_errors: int
    p95_seconds: float
    max_seconds: float

    @property
    def error_rate(self) -> float:
        return self.server_errors / self.requests


def endpoint_of(request: Request) -> str:
    """'GET /api/orders/42/lines' -> 'GET /api/orders/{id}/lines'; numeric ids and UUIDs are collapsed."""
    return f"{request.method} {_ID_SEGMENT.sub('/{id}', request.path)}"


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile: the smallest value that at least p percent of the values are at or below."""
    if not values:
        raise ValueError("no values")
    if not 0 < p <= 100:
        raise ValueError(f"percentile out of range: {p}")
    ordered = sorted(values)
    rank = math.ceil(p / 100 * len(ordered))
    return ordered[rank - 1]


def endpoint_report(requests: list[Request]) -> list[EndpointStats]:
    """Per endpoint: traffic, 5xx responses and latency; busiest endpoints first, ties by name."""
    by_endpoint: dict[str, list[Request]] = {}
    for request in requests:
        by_endpoint.setdefault(endpoint_of(request), []).append(request)
    report = []
    for endpoint, own in by_endpoint.items():
        seconds = [r.seconds for r in own]
        errors = sum(1 for r in own if r.status > 500)
        report.append(EndpointStats(endpoint, len(own), errors, percentile(seconds, 95), max(seconds)))
    report.sort(key=lambda stats: (-stats.requests, stats.endpoint))
    return report


def failing_endpoints(requests: list[Request], threshold: float = 0.05) -> list[str]:
    """Endpoints whose share of 5xx responses is above the threshold, worst first."""
    failing = [stats for stats in endpoint_report(requests) if stats.error_rate > threshold]
    failing.sort(key=lambda stats: -stats.error_rate)
    return [stats.endpoint for stats in failing]
