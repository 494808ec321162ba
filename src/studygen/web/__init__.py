"""`studygen serve`: the review page where a teacher fixes a set before printing.

``app`` (routes and pages), ``store`` (SQLite), ``jobs`` (work off the request thread),
``security`` (host, token, CSRF, Content-Security-Policy); the edits themselves are
:mod:`studygen.review`, the checks :mod:`studygen.export.studyset_reader`.
"""
