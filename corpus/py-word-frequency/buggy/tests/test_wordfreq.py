from wordfreq import top_words, word_counts


def test_plain_words():
    assert word_counts("one two two") == {"one": 1, "two": 2}


def test_empty_text():
    assert word_counts("   ") == {}


def test_case_and_punctuation_are_ignored():
    assert word_counts("Hello, hello world.") == {"hello": 2, "world": 1}


def test_top_words_on_lower_case_text():
    assert top_words("b a c b c b", 2) == [("b", 3), ("c", 2)]
