// libFuzzer target: bytes → the criteria parser (criteria-format.md §1), as `criteria check`
// and every import of a criteria set read them. A set that parses is also scored with no
// answers, which walks its whole tree and rules.
#include "criteriaparser.h"
#include "fuzzsupport.h"
#include "scorer.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    ParScore::Fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ParScore;
    const auto set = CriteriaParser::parse(Fuzz::bytesOf(data, size));
    if (set) {
        scoreAnswers(set.value(), AnswerSet{}, Role::Agency);
        scoreAnswers(set.value(), AnswerSet{}, Role::Appraiser);
    }
    return 0;
}
