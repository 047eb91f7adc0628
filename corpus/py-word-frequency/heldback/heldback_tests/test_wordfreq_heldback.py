from wordfreq import top_words, word_counts


def test_stop_words_are_skipped_after_normalising():
    assert word_counts("The cat and THE dog.", skip_stop_words=True) == {"cat": 1, "dog": 1}


def test_pure_punctuation_is_not_a_word():
    assert word_counts("wait -- what ?!") == {"wait": 1, "what": 1}


def test_top_words_mixed_case_and_ties():
    text = "Apple, banana! apple? Cherry banana. APPLE cherry"
    assert top_words(text, 3) == [("apple", 3), ("banana", 2), ("cherry", 2)]


def test_quotes_are_stripped():
    assert word_counts("\u201cYes\u201d, 'yes'") == {"yes": 2}
