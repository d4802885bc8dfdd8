#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

// The text of an article from a file: plain text (.txt, .md), or a web page a browser saved
// (.html, .htm), whose visible text is read without scripts and styles, and whose address, title
// and date come from the page itself (the canonical link or og:url, else the browser's
// "saved from url" comment; og:title, else <title>; article:published_time or a date meta tag).
namespace ArticleText {

struct Article
{
    QString text;
    QString url; // empty when the file does not say
    QString title;
    QDate date; // invalid when the file does not say
};

// True for the suffixes read as articles: txt, text, md, html, htm, xhtml.
bool isArticleFile(const QString &fileName);
// The bytes in UTF-8, or Windows-1252 where they are not UTF-8 (or as the page's charset says).
Article fromBytes(const QByteArray &bytes, bool isHtml);
// Reads the file; nullopt with a message naming it when it cannot be read.
std::optional<Article> fromFile(const QString &path, QString *error);

} // namespace ArticleText
