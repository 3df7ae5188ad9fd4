from django.apps import AppConfig, apps
from django.db.models.signals import pre_save


class VillagesConfig(AppConfig):
    name = "villages"
    verbose_name = "Địa bàn, cơ quan và tài khoản"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from ntm import history
        from ntm.text import NFC_APPS, nfc_text_fields
        from villages.middleware import mark_session

        # NOTE: performance: `X.history` without a new manager class each time.
        history.install()
        user_logged_in.connect(mark_session, dispatch_uid="villages:mark_session")

        for label in NFC_APPS:
            for model in apps.get_app_config(label).get_models():
                pre_save.connect(
                    nfc_text_fields,
                    sender=model,
                    dispatch_uid=f"nfc:{model._meta.label}",
                )
