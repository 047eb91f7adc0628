from logstats.parser import parse_log
from logstats.report import endpoint_report, failing_endpoints


def line(method, target, status, seconds="0.1"):
    return f'10.0.0.9 - - [01/Apr/2025:23:59:59 +0200] "{method} {target} HTTP/2.0" {status} - {seconds}'


def report_for(*lines):
    requests, skipped = parse_log(lines)
    assert skipped == 0
    return {stats.endpoint: stats for stats in endpoint_report(requests)}


def test_every_5xx_status_is_a_server_error():
    report = report_for(*(line("GET", "/health", status) for status in (500, 501, 502, 503, 504, 200)))
    assert report["GET /health"].server_errors == 5


def test_client_errors_and_redirects_are_not_server_errors():
    report = report_for(line("GET", "/a", 404), line("GET", "/a", 499), line("GET", "/a", 301), line("GET", "/a", 200))
    assert report["GET /a"].server_errors == 0
    assert report["GET /a"].error_rate == 0


def test_error_rate_counts_500():
    report = report_for(line("PUT", "/api/users/7", 500), line("PUT", "/api/users/8", 200),
                        line("PUT", "/api/users/9", 502), line("PUT", "/api/users/10", 200))
    assert report["PUT /api/users/{id}"].error_rate == 0.5


def test_failing_endpoints_worst_first():
    lines = [line("GET", "/search", 200)] * 3 + [line("GET", "/search", 500)]
    lines += [line("POST", "/pay", 500)] * 2 + [line("POST", "/pay", 200)]
    lines += [line("GET", "/", 200)] * 20 + [line("GET", "/", 503)]
    requests, _ = parse_log(lines)
    assert failing_endpoints(requests) == ["POST /pay", "GET /search"]
    assert failing_endpoints(requests, threshold=0.01) == ["POST /pay", "GET /search", "GET /"]
