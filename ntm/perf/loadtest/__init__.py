"""The Thursday-deadline load test behind `manage.py loadtest` (`make load`).

world    the throwaway database, the synthetic province of officials about to
         report this week, and the after-run check that every submitted figure
         is stored exactly once
server   gunicorn (collectstatic, production-like settings) on 127.0.0.1
browser  an asyncio HTTP client that does what a browser does: cookies, CSRF
         token, the whole form encoded as the page and its script send it,
         redirects; every request timed
"""
