from django.apps import AppConfig


class PerfConfig(AppConfig):
    """`manage.py bench` and `manage.py loadtest`: tooling, not product code,
    so it may import from every product app (docs/development.md)."""

    name = "ntm.perf"
    label = "perf"
    verbose_name = "Đo tốc độ"
