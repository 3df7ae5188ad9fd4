import os

from django.core.wsgi import get_wsgi_application

from ntm.startup import refuse_insecure_start

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ntm.settings")

application = get_wsgi_application()

refuse_insecure_start()
