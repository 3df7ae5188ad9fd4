from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo world and `manage.py loaddemo`: tooling, not product code, so it
    may import from every product app (docs/development.md)."""

    name = "ntm.demo"
    label = "demo"
    verbose_name = "Dữ liệu chạy thử"
