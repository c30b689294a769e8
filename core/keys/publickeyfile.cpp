#include "publickeyfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

namespace ParScore {
namespace {

const QByteArray kind = QByteArrayLiteral("parscore-ed25519");

bool forbidden(char32_t c)
{
    const auto category = QChar::category(c);
    return category == QChar::Other_Control || category == QChar::Separator_Line
           || category == QChar::Separator_Paragraph || c == 0x061C || c == 0x200E || c == 0x200F
           || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString PublicKeyFile::holderProblem(const QString &holder)
{
    if (holder.isEmpty())
        return tr("the holder's name is empty");
    if (holder.trimmed() != holder)
        return tr("the holder's name begins or ends with a space");
    const QList<uint> characters = holder.toUcs4();
    if (characters.size() > MaxHolderLength)
        return tr("the holder's name is longer than %1 characters").arg(MaxHolderLength);
    for (const uint c : characters) {
        if (forbidden(c))
            return tr("the holder's name contains the control character U+%1")
                .arg(QString::number(c, 16).toUpper().rightJustified(4, u'0'));
    }
    return {};
}

QString PublicKeyFile::holderFrom(const QString &name)
{
    QList<uint> kept;
    for (const uint c : name.simplified().toUcs4()) { // tabs and line breaks become spaces
        if (!forbidden(c))
            kept.append(c);
    }
    QString holder = QString::fromUcs4(reinterpret_cast<const char32_t *>(kept.constData()), kept.size()).trimmed();
    if (holder.toUcs4().size() > MaxHolderLength)
        holder = QString::fromUcs4(reinterpret_cast<const char32_t *>(holder.toUcs4().constData()), MaxHolderLength)
                     .trimmed();
    return holder.isEmpty() ? QStringLiteral("ParScore") : holder;
}

QByteArray PublicKeyFile::toLine() const
{
    return kind + ' ' + key.bytes().toBase64() + ' ' + holder.toUtf8() + '\n';
}

Result<PublicKeyFile> PublicKeyFile::parse(QByteArrayView text)
{
    if (text.size() > MaxFileSize)
        return Error::invalid(tr("a public key file is one short line, but this one has %1 bytes").arg(text.size()));
    QByteArrayView line = text;
    if (line.endsWith("\r\n"))
        line.chop(2);
    else if (line.endsWith('\n'))
        line.chop(1);
    if (line.contains('\n') || line.contains('\r'))
        return Error::invalid(tr("a public key file has exactly one line"));
    const qsizetype firstSpace = line.indexOf(' ');
    const QByteArrayView found = firstSpace < 0 ? line : line.first(firstSpace);
    if (found != kind)
        return Error::invalid(tr("the line does not begin with the kind “%1” followed by a space")
                                  .arg(QString::fromLatin1(kind)));
    const qsizetype secondSpace = line.indexOf(' ', firstSpace + 1);
    if (secondSpace < 0)
        return Error::invalid(tr("the line has no holder's name after the key"));
    auto key = PublicKey::fromBase64(line.sliced(firstSpace + 1, secondSpace - firstSpace - 1));
    if (!key)
        return Error::invalid(tr("the key is not the base64 of an Ed25519 public key (44 characters)"));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString holder = decoder.decode(line.sliced(secondSpace + 1));
    if (decoder.hasError())
        return Error::invalid(tr("the holder's name is not UTF-8 text"));
    if (const QString problem = holderProblem(holder); !problem.isEmpty())
        return Error::invalid(problem);
    return PublicKeyFile{std::move(*key), holder};
}

Result<PublicKeyFile> PublicKeyFile::read(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::unreadable(tr("%1 cannot be read").arg(shown));
    const QByteArray text = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::unreadable(tr("%1 cannot be read").arg(shown));
    auto parsed = parse(text);
    if (!parsed)
        return Error::invalid(tr("%1 is not a ParScore public key file: %2").arg(shown, parsed.error().message));
    return parsed;
}

Result<bool> PublicKeyFile::write(const QString &path) const
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path))
        return Error::invalid(tr("%1 already exists: choose another name").arg(shown));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toLine()) < 0 || !file.commit())
        return Error::unreadable(tr("%1 cannot be written: %2").arg(shown, file.errorString()));
    return true;
}

} // namespace ParScore
