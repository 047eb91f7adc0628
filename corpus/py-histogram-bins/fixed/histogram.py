"""Equal-width histograms of measurements, with a text rendering for reports."""
import math


def bin_edges(low, high, bins):
    """bins + 1 edges from low to high; bin i covers [edges[i], edges[i + 1])."""
    if bins < 1:
        raise ValueError("need at least one bin")
    if high <= low:
        raise ValueError("the range must not be empty")
    width = (high - low) / bins
    return [low + index * width for index in range(bins)] + [high]


def histogram(values, bins, low=None, high=None):
    """Counts per bin. Values outside [low, high] are left out; the last bin includes high itself."""
    values = [value for value in values if not math.isnan(value)]
    if not values and (low is None or high is None):
        return [0] * bins
    low = min(values) if low is None else low
    high = max(values) if high is None else high
    if high == low:
        high = low + 1
    width = (high - low) / bins
    counts = [0] * bins
    for value in values:
        if low <= value <= high:
            index = min(int((value - low) / width), bins - 1)
            counts[index] += 1
    return counts


def cumulative(counts):
    running, result = 0, []
    for count in counts:
        running += count
        result.append(running)
    return result


def render(values, bins, width=20, low=None, high=None):
    """One line per bin: its range, a bar scaled to the fullest bin, and the count."""
    counts = histogram(values, bins, low, high)
    low = min(values) if low is None else low
    high = max(values) if high is None else high
    edges = bin_edges(low, high, bins)
    fullest = max(counts) or 1
    lines = []
    for index, count in enumerate(counts):
        bar = "#" * round(width * count / fullest)
        lines.append(f"{edges[index]:>8.2f} - {edges[index + 1]:<8.2f} |{bar:<{width}}| {count}")
    return "\n".join(lines)
