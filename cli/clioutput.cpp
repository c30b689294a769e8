#include "clioutput.h"

#include <QStringView>
#include <cstdio>

namespace ParScore::Cli {
namespace {

void write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
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

int exitCodeFor(ErrorKind kind)
{
    return kind == ErrorKind::Unreadable ? Unreadable : InvalidInput;
}

int reportError(const Error &error)
{
    QString text = error.message + u'\n';
    for (const QString &detail : error.details)
        text += QStringLiteral("  - ") + detail + u'\n';
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
    QString fitted = text.normalized(QString::NormalizationForm_C);
    fitted.replace(u'\n', u' ');
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
