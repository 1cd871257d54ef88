from django.urls import path
from django.views.generic import TemplateView

app_name = "events"

# Placeholder until the events app lands (issue 4).
urlpatterns = [
    path("", TemplateView.as_view(template_name="core/home.html"), name="event-list"),
]
