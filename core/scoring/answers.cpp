#include "answers.h"

namespace ParScore {

AnswerSet finalAnswers(const QList<const AnswerSet *> &layers)
{
    AnswerSet result;
    for (const AnswerSet *layer : layers) {
        result.answers.insert(layer->answers);
        result.bonus.insert(layer->bonus);
        result.penalty.insert(layer->penalty);
    }
    return result;
}

} // namespace ParScore
