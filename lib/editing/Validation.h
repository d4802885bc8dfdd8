#pragma once

#include <QCoreApplication>
#include <QString>

class Document;

// Checks shared by the dialogs and in-place editing in tables; each returns why a value is not
// acceptable, or an empty string when it is.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
public:
    // ISO 3166 alpha-2 ("US"); empty is allowed (country unknown).
    static QString countryProblem(const QString &code);
    // A source's web address: http or https with a host, no spaces. The dialogs, the file readers
    // and the import all check sources with this rule.
    static QString sourceUrlProblem(const QString &url);
    // Names are unique across companies, ignoring case; exceptId is the company being renamed.
    static QString companyNameProblem(
        const Document &document, const QString &name, const QString &exceptId = QString());
};
