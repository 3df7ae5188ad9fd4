from django.apps import AppConfig


class VillagesConfig(AppConfig):
    name = "villages"
    verbose_name = "Địa bàn, cơ quan và tài khoản"
