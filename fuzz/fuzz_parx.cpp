// libFuzzer target: bytes → a .parx opened and validated as `check --deep` does: ParxFile::open
// (header, hardened SQLite, schema, migration of an older file), every row, SQLite's
// integrity check and every document (ParxValidator, Depth::Everything), then every seal.
#include "assessmentstore.h"
#include "fuzzsupport.h"
#include "parxfile.h"
#include "parxvalidator.h"
#include "seal.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    ParScore::Fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ParScore;
    static const QString path = Fuzz::scratchPath(QStringLiteral("input.parx"));
    Fuzz::writeFile(path, Fuzz::bytesOf(data, size));
    auto opened = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    if (!opened)
        return 0;
    ParxFile &file = *opened.value();
    if (!ParxValidator::validate(file, ParxValidator::Depth::Everything))
        return 0;
    const auto assessments = AssessmentStore(file).list();
    if (!assessments)
        return 0;
    for (const AssessmentInfo &info : assessments.value())
        Seal::verify(file, info, Seal::Depth::Documents);
    return 0;
}
