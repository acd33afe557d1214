from django.urls import path

from . import views

urlpatterns = [
    path("", views.statistics, name="tipoffs_statistics"),
    path("handling/", views.handling_record, name="tipoffs_handling_record"),
    path("<slug:slug>.csv", views.chart_csv, name="tipoffs_statistics_csv"),
]
