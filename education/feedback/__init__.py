"""“对您有帮助吗？”: readers answer yes or no at the end of guides and alerts, with an optional comment.

- ``forms``/``views``: the public form. Guide and alert pages are cached for anonymous readers, so the form
  carries no CSRF token and posts to a CSRF-exempt view guarded by a same-site check
  (``common.origin``), a honeypot and a rate limit (``RATE_LIMITS["feedback"]``). Without JavaScript the
  view redirects back to the page at ``#feedback-thanks``, which CSS (``:target``) shows: the cached page
  itself never changes. With JavaScript (static/js/feedback.js) the answer is sent in place.
- ``services``: saving an answer, and the numbers the editors' report shows.
- ``admin``: the reports 报告 → 读者反馈 (pages by helpfulness) and 报告 → 读者留言 (the comments).
"""
