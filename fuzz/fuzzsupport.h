#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// What every fuzz target shares (docs/fuzzing.md): Qt set up once per process, and a
// scratch folder of its own for the files a target writes.
namespace ParScore::Fuzz {

// A QCoreApplication for the process (SQL drivers, resources and translations need one),
// English texts; call from LLVMFuzzerInitialize.
void initialize(int *argc, char ***argv);
// A folder created once per process and removed at exit.
QString scratchPath(const QString &name);
// Replaces the file at `path` with `bytes` (the same name every run: fast, no leftovers).
void writeFile(const QString &path, const QByteArray &bytes);
QByteArray bytesOf(const uint8_t *data, size_t size);

} // namespace ParScore::Fuzz
