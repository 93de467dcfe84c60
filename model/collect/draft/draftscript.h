// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace iv::DraftScript {

// The Python program a draft runs as `python -c TEXT manage.py` in the site's folder, with
// DJANGO_SETTINGS_MODULE, IV_INSIGHTS_DATABASE (a temporary insights database) and IV_DRAFT_OUTPUT (where its
// JSON goes) set: the zero-config prelude (one sentence and exit status 3 for a missing Django,
// django-insights or settings module), then upstream's collect with every metric's declaration, Python source
// and SQL recorded.
QString text();

} // namespace iv::DraftScript
