// SPDX-License-Identifier: MIT
#pragma once

#include "collectproject.h"

#include <QObject>
#include <QTemporaryDir>

#include <optional>

// Declared apart from tst_collector.cpp because moc cannot tokenize the JSON/SQL raw strings in the tests.
class TestCollector : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_source;

    std::optional<iv::CollectProject> load(const QByteArray &json, QString *error,
                                           const QString &name = QStringLiteral("p.json"));

private slots:
    void initTestCase();
    void projectValidation_data();
    void projectValidation();
    void envAndRelativePaths();
    void sqlProviderOnSqlite();
    void writesAreRefused_data();
    void writesAreRefused();
    void commandProvider();
    void commandProviderFailsMidway();
    void djangoProvider();
    void cancelKeepsOutput();
};
