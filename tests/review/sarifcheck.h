// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

// A strict structural check of a SARIF 2.1.0 log, written from the OASIS standard (SARIF v2.1.0,
// sections 3.11 to 3.58) for the objects insights-viewer writes: every required property present with its
// type, enumerations within their values, indices within their arrays, and no property the standard does not
// define for that object (the official JSON schema sets additionalProperties false on each of them). The
// official schema file cannot be shipped here (no network on the build machines, and no Debian package
// carries it); this check is its stand-in for the subset used. Returns a list of problems, empty when the log
// conforms.
namespace ivtest {

class SarifCheck
{
public:
    static QStringList check(const QJsonObject &log)
    {
        SarifCheck c;
        c.root(log);
        return c.m_problems;
    }

private:
    QStringList m_problems;

    void fail(const QString &where, const QString &what)
    {
        m_problems << where + QStringLiteral(": ") + what;
    }

    void keys(const QJsonObject &o, const QString &where, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()))
                fail(where,
                     QStringLiteral("property \"%1\" is not defined by SARIF 2.1.0 here").arg(it.key()));
    }
    bool string(const QJsonObject &o, const QString &key, const QString &where, bool required)
    {
        if (!o.contains(key)) {
            if (required)
                fail(where, QStringLiteral("\"%1\" is required").arg(key));
            return false;
        }
        if (!o.value(key).isString()) {
            fail(where, QStringLiteral("\"%1\" must be a string").arg(key));
            return false;
        }
        return true;
    }
    void integer(const QJsonObject &o, const QString &key, const QString &where, qint64 minimum)
    {
        if (!o.contains(key))
            return;
        const QJsonValue v = o.value(key);
        if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())) || v.toDouble() < double(minimum))
            fail(where, QStringLiteral("\"%1\" must be an integer >= %2").arg(key).arg(minimum));
    }
    void oneOf(const QJsonObject &o, const QString &key, const QString &where, const QStringList &values)
    {
        if (string(o, key, where, false) && !values.contains(o.value(key).toString()))
            fail(where, QStringLiteral("\"%1\" must be one of %2").arg(key, values.join(QLatin1Char(','))));
    }
    QJsonArray array(const QJsonObject &o, const QString &key, const QString &where, bool required)
    {
        if (!o.contains(key)) {
            if (required)
                fail(where, QStringLiteral("\"%1\" is required").arg(key));
            return {};
        }
        if (!o.value(key).isArray()) {
            fail(where, QStringLiteral("\"%1\" must be an array").arg(key));
            return {};
        }
        return o.value(key).toArray();
    }
    QJsonObject object(const QJsonObject &o, const QString &key, const QString &where, bool required)
    {
        if (!o.contains(key)) {
            if (required)
                fail(where, QStringLiteral("\"%1\" is required").arg(key));
            return {};
        }
        if (!o.value(key).isObject()) {
            fail(where, QStringLiteral("\"%1\" must be an object").arg(key));
            return {};
        }
        return o.value(key).toObject();
    }
    void uri(const QJsonObject &o, const QString &key, const QString &where)
    {
        if (string(o, key, where, true) && !QUrl(o.value(key).toString(), QUrl::StrictMode).isValid())
            fail(where, QStringLiteral("\"%1\" must be a valid URI").arg(key));
    }
    // §3.12 multiformatMessageString / §3.11 message: "text" (messages may use "id" instead).
    void message(const QJsonObject &o, const QString &where, bool multiformat)
    {
        keys(o, where,
             multiformat
                 ? QStringList{QStringLiteral("text"), QStringLiteral("markdown"),
                               QStringLiteral("properties")}
                 : QStringList{QStringLiteral("text"), QStringLiteral("markdown"), QStringLiteral("id"),
                               QStringLiteral("arguments"), QStringLiteral("properties")});
        if (multiformat || !o.contains(QStringLiteral("id")))
            string(o, QStringLiteral("text"), where, true);
    }
    void propertyBag(const QJsonObject &o, const QString &where)
    {
        if (o.contains(QStringLiteral("properties")) && !o.value(QStringLiteral("properties")).isObject())
            fail(where, QStringLiteral("\"properties\" must be an object"));
    }

    void root(const QJsonObject &log)
    {
        keys(log, QStringLiteral("sarifLog"),
             {QStringLiteral("$schema"), QStringLiteral("version"), QStringLiteral("runs"),
              QStringLiteral("inlineExternalProperties"), QStringLiteral("properties")});
        if (log.value(QStringLiteral("version")) != QJsonValue(QStringLiteral("2.1.0")))
            fail(QStringLiteral("sarifLog"), QStringLiteral("\"version\" must be \"2.1.0\""));
        if (log.contains(QStringLiteral("$schema")))
            uri(log, QStringLiteral("$schema"), QStringLiteral("sarifLog"));
        const QJsonArray runs = array(log, QStringLiteral("runs"), QStringLiteral("sarifLog"), true);
        for (qsizetype i = 0; i < runs.size(); ++i)
            run(runs.at(i).toObject(), QStringLiteral("runs[%1]").arg(i));
    }

    void run(const QJsonObject &r, const QString &where)
    {
        keys(r, where,
             {QStringLiteral("tool"), QStringLiteral("invocations"), QStringLiteral("artifacts"),
              QStringLiteral("results"), QStringLiteral("properties"), QStringLiteral("originalUriBaseIds"),
              QStringLiteral("language"), QStringLiteral("columnKind"), QStringLiteral("automationDetails")});
        const QJsonObject tool = object(r, QStringLiteral("tool"), where, true);
        keys(tool, where + QStringLiteral(".tool"),
             {QStringLiteral("driver"), QStringLiteral("extensions"), QStringLiteral("properties")});
        const QJsonObject driver =
            object(tool, QStringLiteral("driver"), where + QStringLiteral(".tool"), true);
        const QString d = where + QStringLiteral(".tool.driver");
        keys(driver, d,
             {QStringLiteral("name"), QStringLiteral("version"), QStringLiteral("semanticVersion"),
              QStringLiteral("informationUri"), QStringLiteral("rules"), QStringLiteral("notifications"),
              QStringLiteral("organization"), QStringLiteral("fullName"), QStringLiteral("properties")});
        if (string(driver, QStringLiteral("name"), d, true) &&
            driver.value(QStringLiteral("name")).toString().isEmpty())
            fail(d, QStringLiteral("\"name\" must not be empty"));
        string(driver, QStringLiteral("version"), d, false);
        const QJsonArray rules = array(driver, QStringLiteral("rules"), d, false);
        QStringList ruleIds;
        for (qsizetype i = 0; i < rules.size(); ++i) {
            const QString w = d + QStringLiteral(".rules[%1]").arg(i);
            const QJsonObject rule = rules.at(i).toObject();
            keys(rule, w,
                 {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("shortDescription"),
                  QStringLiteral("fullDescription"), QStringLiteral("help"), QStringLiteral("helpUri"),
                  QStringLiteral("defaultConfiguration"), QStringLiteral("properties")});
            if (string(rule, QStringLiteral("id"), w, true)) {
                if (ruleIds.contains(rule.value(QStringLiteral("id")).toString()))
                    fail(w, QStringLiteral("rule ids must be unique"));
                ruleIds << rule.value(QStringLiteral("id")).toString();
            }
            for (const char *m : {"shortDescription", "fullDescription", "help"})
                if (rule.contains(QLatin1String(m)))
                    message(object(rule, QLatin1String(m), w, true), w + QLatin1Char('.') + QLatin1String(m),
                            true);
            const QJsonObject config = object(rule, QStringLiteral("defaultConfiguration"), w, false);
            keys(config, w + QStringLiteral(".defaultConfiguration"),
                 {QStringLiteral("enabled"), QStringLiteral("level"), QStringLiteral("rank"),
                  QStringLiteral("parameters"), QStringLiteral("properties")});
            oneOf(config, QStringLiteral("level"), w,
                  {QStringLiteral("none"), QStringLiteral("note"), QStringLiteral("warning"),
                   QStringLiteral("error")});
        }
        const QJsonArray artifacts = array(r, QStringLiteral("artifacts"), where, false);
        for (qsizetype i = 0; i < artifacts.size(); ++i) {
            const QString w = where + QStringLiteral(".artifacts[%1]").arg(i);
            const QJsonObject a = artifacts.at(i).toObject();
            keys(a, w,
                 {QStringLiteral("location"), QStringLiteral("length"), QStringLiteral("hashes"),
                  QStringLiteral("mimeType"), QStringLiteral("roles"), QStringLiteral("properties")});
            artifactLocation(object(a, QStringLiteral("location"), w, false), w + QStringLiteral(".location"),
                             artifacts.size());
            integer(a, QStringLiteral("length"), w, -1);
            const QJsonObject hashes = object(a, QStringLiteral("hashes"), w, false);
            for (auto it = hashes.begin(); it != hashes.end(); ++it)
                if (!it.value().isString())
                    fail(w, QStringLiteral("hashes must be strings"));
        }
        const QJsonArray invocations = array(r, QStringLiteral("invocations"), where, false);
        for (qsizetype i = 0; i < invocations.size(); ++i) {
            const QString w = where + QStringLiteral(".invocations[%1]").arg(i);
            const QJsonObject inv = invocations.at(i).toObject();
            keys(inv, w,
                 {QStringLiteral("executionSuccessful"), QStringLiteral("toolExecutionNotifications"),
                  QStringLiteral("exitCode"), QStringLiteral("commandLine"), QStringLiteral("properties")});
            if (!inv.value(QStringLiteral("executionSuccessful")).isBool())
                fail(w, QStringLiteral("\"executionSuccessful\" is required and boolean"));
            const QJsonArray notes = array(inv, QStringLiteral("toolExecutionNotifications"), w, false);
            for (qsizetype n = 0; n < notes.size(); ++n) {
                const QJsonObject note = notes.at(n).toObject();
                const QString nw = w + QStringLiteral(".toolExecutionNotifications[%1]").arg(n);
                keys(note, nw,
                     {QStringLiteral("message"), QStringLiteral("level"), QStringLiteral("descriptor"),
                      QStringLiteral("properties")});
                message(object(note, QStringLiteral("message"), nw, true), nw + QStringLiteral(".message"),
                        false);
                oneOf(note, QStringLiteral("level"), nw,
                      {QStringLiteral("none"), QStringLiteral("note"), QStringLiteral("warning"),
                       QStringLiteral("error")});
            }
        }
        const QJsonArray results = array(r, QStringLiteral("results"), where, false);
        for (qsizetype i = 0; i < results.size(); ++i)
            result(results.at(i).toObject(), where + QStringLiteral(".results[%1]").arg(i), ruleIds,
                   artifacts.size());
    }

    void artifactLocation(const QJsonObject &a, const QString &w, qsizetype artifacts)
    {
        keys(a, w,
             {QStringLiteral("uri"), QStringLiteral("uriBaseId"), QStringLiteral("index"),
              QStringLiteral("description"), QStringLiteral("properties")});
        if (a.contains(QStringLiteral("uri")))
            uri(a, QStringLiteral("uri"), w);
        integer(a, QStringLiteral("index"), w, -1);
        if (a.value(QStringLiteral("index")).toInt(-1) >= artifacts)
            fail(w, QStringLiteral("\"index\" is past run.artifacts"));
    }

    void result(const QJsonObject &r, const QString &w, const QStringList &ruleIds, qsizetype artifacts)
    {
        keys(r, w,
             {QStringLiteral("ruleId"), QStringLiteral("ruleIndex"), QStringLiteral("rule"),
              QStringLiteral("kind"), QStringLiteral("level"), QStringLiteral("message"),
              QStringLiteral("locations"), QStringLiteral("guid"), QStringLiteral("fingerprints"),
              QStringLiteral("partialFingerprints"), QStringLiteral("suppressions"),
              QStringLiteral("baselineState"), QStringLiteral("rank"), QStringLiteral("properties")});
        message(object(r, QStringLiteral("message"), w, true), w + QStringLiteral(".message"), false);
        oneOf(r, QStringLiteral("level"), w,
              {QStringLiteral("none"), QStringLiteral("note"), QStringLiteral("warning"),
               QStringLiteral("error")});
        oneOf(r, QStringLiteral("kind"), w,
              {QStringLiteral("notApplicable"), QStringLiteral("pass"), QStringLiteral("fail"),
               QStringLiteral("review"), QStringLiteral("open"), QStringLiteral("informational")});
        string(r, QStringLiteral("ruleId"), w, false);
        integer(r, QStringLiteral("ruleIndex"), w, -1);
        if (r.contains(QStringLiteral("ruleIndex"))) {
            const int index = r.value(QStringLiteral("ruleIndex")).toInt(-1);
            if (index >= ruleIds.size())
                fail(w, QStringLiteral("\"ruleIndex\" is past tool.driver.rules"));
            else if (index >= 0 && ruleIds.at(index) != r.value(QStringLiteral("ruleId")).toString())
                fail(w, QStringLiteral("\"ruleId\" differs from the rule at \"ruleIndex\""));
        }
        const QJsonArray locations = array(r, QStringLiteral("locations"), w, false);
        for (qsizetype i = 0; i < locations.size(); ++i) {
            const QString lw = w + QStringLiteral(".locations[%1]").arg(i);
            const QJsonObject loc = locations.at(i).toObject();
            keys(loc, lw,
                 {QStringLiteral("id"), QStringLiteral("physicalLocation"),
                  QStringLiteral("logicalLocations"), QStringLiteral("message"),
                  QStringLiteral("annotations"), QStringLiteral("relationships"),
                  QStringLiteral("properties")});
            const QJsonObject physical = object(loc, QStringLiteral("physicalLocation"), lw, false);
            keys(physical, lw + QStringLiteral(".physicalLocation"),
                 {QStringLiteral("address"), QStringLiteral("artifactLocation"), QStringLiteral("region"),
                  QStringLiteral("contextRegion"), QStringLiteral("properties")});
            if (loc.contains(QStringLiteral("physicalLocation")))
                artifactLocation(object(physical, QStringLiteral("artifactLocation"), lw, true),
                                 lw + QStringLiteral(".physicalLocation.artifactLocation"), artifacts);
            const QJsonArray logical = array(loc, QStringLiteral("logicalLocations"), lw, false);
            for (qsizetype l = 0; l < logical.size(); ++l) {
                const QJsonObject ll = logical.at(l).toObject();
                const QString llw = lw + QStringLiteral(".logicalLocations[%1]").arg(l);
                keys(ll, llw,
                     {QStringLiteral("name"), QStringLiteral("index"), QStringLiteral("fullyQualifiedName"),
                      QStringLiteral("decoratedName"), QStringLiteral("parentIndex"), QStringLiteral("kind"),
                      QStringLiteral("properties")});
                for (const char *k : {"name", "fullyQualifiedName", "kind"})
                    string(ll, QLatin1String(k), llw, false);
            }
        }
        const QJsonObject partial = object(r, QStringLiteral("partialFingerprints"), w, false);
        for (auto it = partial.begin(); it != partial.end(); ++it)
            if (!it.value().isString())
                fail(w, QStringLiteral("partialFingerprints values must be strings"));
        const QJsonArray suppressions = array(r, QStringLiteral("suppressions"), w, false);
        for (qsizetype i = 0; i < suppressions.size(); ++i) {
            const QString sw = w + QStringLiteral(".suppressions[%1]").arg(i);
            const QJsonObject s = suppressions.at(i).toObject();
            keys(s, sw,
                 {QStringLiteral("guid"), QStringLiteral("kind"), QStringLiteral("status"),
                  QStringLiteral("justification"), QStringLiteral("location"), QStringLiteral("properties")});
            if (string(s, QStringLiteral("kind"), sw, true))
                oneOf(s, QStringLiteral("kind"), sw,
                      {QStringLiteral("inSource"), QStringLiteral("external")});
            oneOf(s, QStringLiteral("status"), sw,
                  {QStringLiteral("accepted"), QStringLiteral("underReview"), QStringLiteral("rejected")});
            string(s, QStringLiteral("justification"), sw, false);
        }
        propertyBag(r, w);
    }
};

} // namespace ivtest
