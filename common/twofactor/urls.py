from django.urls import path

from common.twofactor import views

urlpatterns = [
    path("2fa/", views.ManageView.as_view(), name="twofactor_manage"),
    path("2fa/verify/", views.verify, name="twofactor_verify"),
    path("2fa/enrol/", views.enrol, name="twofactor_enrol"),
    path("2fa/recovery-codes/", views.renew_recovery_codes, name="twofactor_recovery_codes"),
    path("2fa/disable/", views.disable, name="twofactor_disable"),
    path("2fa/reset/<int:user_id>/", views.ResetView.as_view(), name="twofactor_reset"),
]
