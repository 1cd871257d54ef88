from django.urls import path
from django.views.generic import TemplateView

app_name = "pressroom"

# Placeholder until the pressroom app lands (issue 5).
urlpatterns = [
    path("", TemplateView.as_view(template_name="core/home.html"), name="release-list"),
]
