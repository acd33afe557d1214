from django.urls import path

from . import views

urlpatterns = [path("", views.submit, name="page_feedback")]
