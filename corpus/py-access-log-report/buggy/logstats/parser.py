import re
from dataclasses import dataclass
from datetime import datetime

# Combined-log-style line with the response time in seconds appended, as our nginx log_format writes it:
# 10.0.0.7 - - [12/Mar/2025:09:15:02 +0000] "GET /api/orders/42?expand=lines HTTP/1.1" 200 5123 0.084
_LINE = re.compile(
    r'(?P<host>\S+) \S+ \S+ \[(?P<time>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<target>\S+) [^"]*" '
    r'(?P<status>\d{3}) (?P<size>\d+|-) (?P<seconds>\d+(?:\.\d+)?)$'
)


@dataclass(frozen=True)
class Request:
    host: str
    time: datetime
    method: str
    path: str
    status: int
    size: int
    seconds: float


def parse_line(line: str) -> Request | None:
    """The request on one log line, or None when the line is not in the expected format."""
    match = _LINE.match(line.strip())
    if match is None:
        return None
    try:
        time = datetime.strptime(match["time"], "%d/%b/%Y:%H:%M:%S %z")
    except ValueError:
        return None
    path = match["target"].split("?", 1)[0]
    size = 0 if match["size"] == "-" else int(match["size"])
    return Request(match["host"], time, match["method"], path, int(match["status"]), size, float(match["seconds"]))


def parse_log(lines) -> tuple[list[Request], int]:
    """The requests in the log, and how many non-blank lines were skipped as unreadable."""
    requests, skipped = [], 0
    for line in lines:
        if not line.strip():
            continue
        request = parse_line(line)
        if request is None:
            skipped += 1
        else:
            requests.append(request)
    return requests, skipped
