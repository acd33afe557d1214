from django.urls import path

from . import views

app_name = "signups"
urlpatterns = [path("<str:key>/", views.manage, name="manage")]
