#include "editing/Validation.h"

#include "document/Document.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

QString Validation::countryProblem(const QString &code)
{
    if (code.isEmpty())
        return {};
    static const QRegularExpression twoLetters(QStringLiteral("^[A-Z]{2}$"));
    if (!twoLetters.match(code).hasMatch() || QLocale::codeToTerritory(code) == QLocale::AnyTerritory)
        return tr("“%1” is not an ISO 3166 country code; use two capital letters such as US, DE or CN.").arg(code);
    return {};
}

QString Validation::sourceUrlProblem(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == QStringLiteral("http") || url.scheme() == QStringLiteral("https"))
        && !url.host().isEmpty() && !text.contains(u' '))
        return {};
    return tr("“%1” is not a web address; it must start with http:// or https://.").arg(text);
}

QString Validation::companyNameProblem(const Document &document, const QString &name, const QString &exceptId)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a name.");
    if (const Company *other = document.graph().companyByName(trimmed); other && other->id != exceptId)
        return tr("A company named “%1” already exists.").arg(other->name);
    return {};
}
