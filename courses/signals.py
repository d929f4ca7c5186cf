from django.dispatch import Signal

# Sent when a learner completes a course (every lesson done, pass mark reached).
# Arguments: enrolment, user, course (the course page in the default language).
course_completed = Signal()
