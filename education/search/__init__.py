"""Chinese site search on top of Wagtail's database search backend.

Full-text backends split text on spaces and punctuation, so a Chinese sentence would be one
"word". ``text`` turns text into space-separated words (jieba, or character bigrams), the same way
at index time (``fields``) and at query time (``backend``); ``results`` ranks, filters and
highlights for the public results page.
"""
