// SPDX-License-Identifier: MIT
#pragma once

#include "redactor.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace iv {

// The redacted copy before it is saved: one row per replaced cell — where (table.column row), the original
// masked, the stand-in, and why (the finding's code, "manual-mark" for a cell marked by hand) — and a summary
// of what is dropped. "Save Copy…" accepts the dialog (the caller then asks where to save). Shows at most
// kMaxRows rows and says so; never an original value. Children through Qt parenting.
class RedactionPreviewDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedactionPreviewDialog)

public:
    static constexpr int kMaxRows = 20000;
    enum Column : int { WhereColumn, BeforeColumn, AfterColumn, WhyColumn, ColumnCount };

    explicit RedactionPreviewDialog(const RedactionResult &preview, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString summaryText() const;
    QPushButton *saveButton() const { return m_save; }

private:
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace iv
