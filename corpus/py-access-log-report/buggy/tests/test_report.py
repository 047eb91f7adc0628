from datetime import datetime, timezone

import pytest

from logstats.parser import parse_line, parse_log
from logstats.report import endpoint_of, endpoint_report, failing_endpoints, percentile


def line(method, target, status, seconds, second=0):
    return (f'10.0.0.7 - - [12/Mar/2025:09:15:{second:02d} +0000] "{method} {target} HTTP/1.1" '
            f'{status} 512 {seconds}')


def test_line_is_parsed():
    request = parse_line(line("GET", "/api/orders/42?expand=lines", 200, "0.084", second=2))
    assert request.path == "/api/orders/42"
    assert request.status == 200
    assert request.seconds == 0.084
    assert request.time == datetime(2025, 3, 12, 9, 15, 2, tzinfo=timezone.utc)


def test_unreadable_lines_are_counted_and_skipped():
    requests, skipped = parse_log([line("GET", "/", 200, "0.010"), "garbage", "", line("POST", "/login", 302, "0.2")])
    assert [r.path for r in requests] == ["/", "/login"]
    assert skipped == 1


def test_ids_are_collapsed_in_endpoints():
    request = parse_line(line("GET", "/api/orders/42/lines/7", 200, "0.1"))
    assert endpoint_of(request) == "GET /api/orders/{id}/lines/{id}"


def test_nearest_rank_percentile():
    assert percentile([0.3, 0.1, 0.4, 0.2], 50) == 0.2
    assert percentile([0.3, 0.1, 0.4, 0.2], 95) == 0.4
    with pytest.raises(ValueError):
        percentile([], 95)


def test_report_is_sorted_by_traffic():
    requests, _ = parse_log([line("GET", "/api/orders/1", 200, "0.1"), line("GET", "/api/orders/2", 200, "0.3"),
                             line("POST", "/api/orders", 201, "0.2")])
    report = endpoint_report(requests)
    assert [(s.endpoint, s.requests, s.max_seconds) for s in report] == [
        ("GET /api/orders/{id}", 2, 0.3), ("POST /api/orders", 1, 0.2)]


def test_endpoint_failing_with_internal_server_errors():
    lines = [line("POST", "/api/checkout", 200, "0.4") for _ in range(8)]
    lines += [line("POST", "/api/checkout", 500, "1.2"), line("GET", "/api/cart", 200, "0.05")]
    requests, _ = parse_log(lines)
    assert failing_endpoints(requests) == ["POST /api/checkout"]
