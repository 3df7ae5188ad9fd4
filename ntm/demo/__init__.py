"""The demo world (`manage.py loaddemo`): seed plans, weeks of progress,
assessments. Tooling that sits above the product apps and may import any of them."""
