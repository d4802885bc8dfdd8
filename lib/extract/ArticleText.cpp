#include "extract/ArticleText.h"

#include "io/SafeFiles.h"
#include "io/TextDecoding.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTextDocument>

namespace ArticleText {

namespace {

// The content of the first <meta> whose property or name is one of `keys`.
QString metaContent(const QString &html, const QStringList &keys)
{
    static const QRegularExpression meta(
        QStringLiteral("<meta\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression key(QStringLiteral("\\b(?:property|name|itemprop)\\s*=\\s*[\"']([^\"']*)[\"']"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression content(
        QStringLiteral("\\bcontent\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')"), QRegularExpression::CaseInsensitiveOption);
    for (const QString &wanted : keys) {
        for (auto it = meta.globalMatch(html); it.hasNext();) {
            const QString tag = it.next().captured(0);
            const auto k = key.match(tag);
            if (!k.hasMatch() || k.captured(1).compare(wanted, Qt::CaseInsensitive) != 0)
                continue;
            const auto c = content.match(tag);
            if (c.hasMatch())
                return c.captured(1).isEmpty() ? c.captured(2) : c.captured(1);
        }
    }
    return {};
}

QString plainOf(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

QString pageUrl(const QString &html)
{
    static const QRegularExpression canonical(
        QStringLiteral("<link\\b[^>]*\\brel\\s*=\\s*[\"']canonical[\"'][^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression href(
        QStringLiteral("\\bhref\\s*=\\s*[\"']([^\"']+)[\"']"), QRegularExpression::CaseInsensitiveOption);
    if (const auto m = canonical.match(html); m.hasMatch()) {
        if (const auto h = href.match(m.captured(0)); h.hasMatch())
            return plainOf(h.captured(1)).trimmed();
    }
    if (const QString og = metaContent(html, {QStringLiteral("og:url")}); !og.isEmpty())
        return plainOf(og).trimmed();
    // Browsers' "Save page as" comment: <!-- saved from url=(0042)https://… -->
    static const QRegularExpression saved(
        QStringLiteral("<!--\\s*saved from url=\\(\\d+\\)(\\S+?)\\s*-->"), QRegularExpression::CaseInsensitiveOption);
    if (const auto m = saved.match(html); m.hasMatch())
        return m.captured(1);
    return {};
}

QString pageTitle(const QString &html)
{
    if (const QString og = metaContent(html, {QStringLiteral("og:title")}); !og.isEmpty())
        return plainOf(og).simplified();
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = title.match(html); m.hasMatch())
        return plainOf(m.captured(1)).simplified();
    return {};
}

QDate pageDate(const QString &html)
{
    const QString text = metaContent(html,
        {QStringLiteral("article:published_time"), QStringLiteral("datePublished"), QStringLiteral("date"),
            QStringLiteral("dc.date"), QStringLiteral("pubdate")});
    // "2025-11-18", "2025-11-18T07:30:00+01:00"
    static const QRegularExpression iso(QStringLiteral("^\\s*(\\d{4}-\\d{2}-\\d{2})"));
    if (const auto m = iso.match(text); m.hasMatch())
        return QDate::fromString(m.captured(1), Qt::ISODate);
    return {};
}

// The visible text: scripts, styles and comments left out; paragraphs kept as lines.
QString visibleText(QString html)
{
    static const QRegularExpression hidden(QStringLiteral("<(script|style|noscript|template)\\b.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comments(
        QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption);
    html.remove(hidden);
    html.remove(comments);
    QString text = plainOf(html);
    text.replace(QChar::Nbsp, u' ');
    // Lines of blanks only, and runs of empty lines, as one empty line.
    QStringList lines;
    bool lastEmpty = true;
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            if (!lastEmpty)
                lines << QString();
            lastEmpty = true;
            continue;
        }
        lines << trimmed;
        lastEmpty = false;
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

} // namespace

bool isArticleFile(const QString &fileName)
{
    static const QStringList suffixes {QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("md"),
        QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml")};
    return suffixes.contains(QFileInfo(fileName).suffix().toLower());
}

Article fromBytes(const QByteArray &bytes, bool isHtml)
{
    TextDecoding::Encoding encoding = TextDecoding::detect(bytes);
    if (isHtml) {
        // A page that says it is Windows-1252 / ISO-8859-1 is read so even where its bytes
        // happen to be valid UTF-8.
        static const QRegularExpression charset(QStringLiteral("<meta[^>]*charset\\s*=\\s*[\"']?\\s*([\\w-]+)"),
            QRegularExpression::CaseInsensitiveOption);
        const auto m = charset.match(QString::fromLatin1(bytes.left(4096)));
        const QString name = m.captured(1).toLower();
        if (name == u"windows-1252" || name == u"iso-8859-1" || name == u"latin1" || name == u"cp1252")
            encoding = TextDecoding::Encoding::Windows1252;
    }
    const QString decoded = TextDecoding::decode(bytes, encoding);
    Article article;
    if (!isHtml) {
        article.text = decoded;
        return article;
    }
    article.url = pageUrl(decoded);
    article.title = pageTitle(decoded);
    article.date = pageDate(decoded);
    article.text = visibleText(decoded);
    return article;
}

std::optional<Article> fromFile(const QString &path, QString *error)
{
    const auto bytes = SafeFiles::read(path, error);
    if (!bytes) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), *error);
        return std::nullopt;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    return fromBytes(*bytes, suffix.startsWith(u"htm") || suffix == u"xhtml");
}

} // namespace ArticleText
