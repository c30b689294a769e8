// libFuzzer target: bytes → the answers parser (criteria-format.md §2) against the built-in
// set for departments, as the agency and as the appraiser; answers that pass are scored
// (the rule engine, sums, caps and grade), as `score` does.
#include "answersparser.h"
#include "builtincriteria.h"
#include "fuzzsupport.h"
#include "scorer.h"

#include <cstdlib>
#include <optional>

namespace {

std::optional<ParScore::CriteriaSet> &fixedSet()
{
    static std::optional<ParScore::CriteriaSet> set;
    return set;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    ParScore::Fuzz::initialize(argc, argv);
    auto set = ParScore::BuiltinCriteria::find(QStringLiteral("vn.ninhbinh.par.so"));
    if (!set)
        std::abort();
    fixedSet() = set.value();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ParScore;
    const QByteArray bytes = Fuzz::bytesOf(data, size);
    for (const Role role : {Role::Agency, Role::Appraiser}) {
        const auto answers = AnswersParser::parse(*fixedSet(), bytes, role);
        if (answers)
            scoreAnswers(*fixedSet(), answers.value(), role);
    }
    return 0;
}
