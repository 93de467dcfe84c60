# SPDX-License-Identifier: MIT
# A test double of django-insights' interface (see ../../README.md); not upstream's code.
