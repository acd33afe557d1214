"""Share cards and printable posters for guides, alerts and events.

- ``content``: what a card shows (title, kind, alert level and colour, category, brand) and its hash. No
  Pillow here: page models and the API import it to name the card in ``og:image``.
- ``render``: draws the 1200×630 PNG with Pillow and the CJK font named in settings (``SHARE_CARD_FONT``).
- ``storage``: the card as a file in the default storage, named by page and hash; made on first request
  (the page's ``share-card.png`` route) and again when the page is published (``signals``).
- ``poster``: the printable A4 page (``print/`` route of guides and alerts): key points, official
  channels and a QR code (segno, inline SVG) back to the page.
"""
