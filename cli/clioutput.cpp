#include "clioutput.h"

#include <QStringView>
#include <algorithm>
#include <cstdio>

namespace ParScore::Cli {
namespace {

bool needsEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f
           || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

enum class Lines
{
    Escape, // one line: newlines and tabs are escaped too
    Keep    // text with its own line breaks and tabs
};

QString escaped(const QString &text, Lines lines)
{
    const auto kept = [lines](char16_t c) {
        return lines == Lines::Keep && (c == u'\n' || c == u'\t');
    };
    const bool clean = std::none_of(text.cbegin(), text.cend(), [&](QChar c) {
        return needsEscape(c.unicode()) && !kept(c.unicode());
    });
    if (clean)
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (needsEscape(c.unicode()) && !kept(c.unicode()))
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

void write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = escaped(text, Lines::Keep).toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void printOut(const QString &text)
{
    write(stdout, text);
}

void printErr(const QString &text)
{
    write(stderr, text);
}

QString printableText(const QString &text)
{
    return escaped(text, Lines::Escape);
}

int exitCodeFor(ErrorKind kind)
{
    return kind == ErrorKind::Unreadable ? Unreadable : InvalidInput;
}

int reportError(const Error &error)
{
    QString text = printableText(error.message) + u'\n';
    for (const QString &detail : error.details)
        text += QStringLiteral("  - ") + printableText(detail) + u'\n';
    printErr(text);
    return exitCodeFor(error.kind);
}

int displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (QChar::category(c) != QChar::Mark_NonSpacing
            && QChar::category(c) != QChar::Mark_Enclosing)
            ++width;
    }
    return width;
}

QString fitToWidth(const QString &text, int width, bool alignRight)
{
    QString fitted = printableText(text).normalized(QString::NormalizationForm_C);
    if (displayWidth(fitted) > width) {
        const QList<uint> codePoints = fitted.toUcs4();
        QString cut;
        int used = 0;
        for (const uint c : codePoints) {
            const bool mark = QChar::category(char32_t(c)) == QChar::Mark_NonSpacing;
            if (!mark && used == width - 1)
                break;
            cut += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
            used += mark ? 0 : 1;
        }
        fitted = cut + QStringLiteral("…");
    }
    const QString padding(width - displayWidth(fitted), u' ');
    return alignRight ? padding + fitted : fitted + padding;
}

} // namespace ParScore::Cli
