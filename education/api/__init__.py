"""The read-only content API for the company app and the WeChat mini-program: Wagtail's API v2 at /api/v2/.

- ``fields``: how page types' ``api_fields`` are written out (categories, tags, images at fixed renditions,
  the share card, the print and calendar links).
- ``views``: one endpoint per content type (guides, alerts, events), ``pages`` for all three together,
  scam categories and images. Only live pages without any view restriction on themselves or an ancestor;
  nothing from ``tipoffs`` (the endpoints know only education's content types).
- ``filters``: category, tag, alert level, upcoming events, updated since; a bad value is a 400 saying why.
- ``urls``: the router, included by site/urls.py under ``api/v2/``.

Responses are kept by the full-page cache like public pages (common.pagecache, ``PAGE_CACHE_PATH_GROUPS``):
publishing, unpublishing, moving or deleting any page, or changing an image, purges the whole API at once.
README, “内容接口”, shows how the app and WeChat teams use it.
"""
