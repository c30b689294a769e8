#include "fuzzsupport.h"

#include "language.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

namespace ParScore::Fuzz {
namespace {

std::unique_ptr<QTemporaryDir> &scratch()
{
    static std::unique_ptr<QTemporaryDir> dir;
    return dir;
}

} // namespace

void initialize(int *argc, char ***argv)
{
    // Static: libFuzzer never returns to main(), the application lives until exit.
    static QCoreApplication app(*argc, *argv);
    setLanguage(Language::English);
    scratch() = std::make_unique<QTemporaryDir>();
    if (!scratch()->isValid())
        std::abort();
    // libFuzzer leaves through exit(): remove the scratch folder then.
    std::atexit([] { scratch().reset(); });
}

QString scratchPath(const QString &name)
{
    return scratch()->filePath(name);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        std::abort(); // the scratch folder itself failing is not a finding
}

QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace ParScore::Fuzz
