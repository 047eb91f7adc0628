import string

STOP_WORDS = {"a", "an", "and", "the", "of", "to"}


def normalise(word):
    """A word in lower case without surrounding punctuation; '' if nothing is left."""
    cleaned = word.strip(string.punctuation + "\u201c\u201d\u2018\u2019")
    cleaned = cleaned.lower()
    return cleaned


def word_counts(text, skip_stop_words=False):
    counts = {}
    for raw in text.split():
        word = normalise(raw)
        if not word:
            continue
        if skip_stop_words and word in STOP_WORDS:
            continue
        counts[word] = counts.get(word, 0) + 1
    return counts


def top_words(text, n, skip_stop_words=True):
    """The n most frequent words, most frequent first; ties in alphabetical order."""
    counts = word_counts(text, skip_stop_words)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ranked[:n]
