"""防骗小测验: quiz blocks for guides, the quiz page type's logic, anonymous answer counts and the editors'
report of the questions people get wrong most. The page types and counters live in
``education.models.quizzes``."""
