// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace iv {

// A stored UTC time as the reader reads dates: the UI language's long date without the weekday and its short
// time, marked UTC ("1. Januar 2026, 10:00 UTC", "1 januari 2026, 10:00 UTC", "January 1, 2026, 10:00 AM
// UTC"), as the status bar and the report show when a snapshot was collected. Month names come from QLocale
// of the UI language (Translations), as the chart axes' do. Any thread.
QString uiDateTime(qint64 utcMicros);
// stored: a timestamp as the file holds it; returned as it is when it does not parse.
QString uiDateTime(const QString &stored);

} // namespace iv
