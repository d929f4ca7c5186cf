from django.urls import path

from . import unsubscribe, views

app_name = "review"

urlpatterns = [
    path("", views.my_review, name="mine"),
    path("check-in/", views.check_in_view, name="check_in"),
    path("sessions/<int:pk>/agenda.pdf", views.agenda_pdf, name="agenda_pdf"),
    path("record/", views.my_record, name="record"),
    path("record/pdf/", views.my_record_pdf, name="record_pdf"),
    path("reminders/", unsubscribe.reminder_emails, name="reminder_emails"),
    path("reminders/stop/<str:token>/", unsubscribe.unsubscribe, name="unsubscribe"),
]
