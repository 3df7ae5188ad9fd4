import os

from django.core.asgi import get_asgi_application

from ntm.startup import refuse_insecure_start

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ntm.settings")

application = get_asgi_application()

refuse_insecure_start()
