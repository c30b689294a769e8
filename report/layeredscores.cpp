#include "layeredscores.h"

namespace ParScore {
namespace {

QList<bool> sayings(const CriteriaSet &set, const AnswerSet &answers)
{
    const QList<CriteriaNode> &nodes = set.nodes();
    QList<bool> says(nodes.size(), false);
    for (qsizetype i = nodes.size() - 1; i >= 0; --i) { // children come after their parent
        const CriteriaNode &node = nodes[i];
        if (node.isLeaf())
            says[i] = answers.answers.contains(node.id);
        for (const int child : node.children)
            says[i] = says[i] || says[child];
    }
    return says;
}

} // namespace

Result<LayeredScores> LayeredScores::read(AssessmentStore &store, const AssessmentInfo &assessment,
                                          const CriteriaSet &set)
{
    LayeredScores scores;
    for (const Layer layer : allLayers) {
        auto answers = store.answers(assessment, set, layer);
        if (!answers)
            return answers.error();
        auto notes = store.notes(assessment, layer);
        if (!notes)
            return notes.error();
        const int i = int(layer);
        scores.answers[i] = answers.value();
        scores.notes[i] = notes.value();
        scores.cards[i] = scoreAnswers(set, scores.answers[i], layer == Layer::Self ? Role::Agency : Role::Appraiser,
                                       Explanation::Skipped);
        scores.says[i] = sayings(set, scores.answers[i]);
    }
    scores.final = scoreAnswers(set, finalAnswers({&scores.answers[0], &scores.answers[1], &scores.answers[2]}),
                                Role::Appraiser, Explanation::Skipped);
    return scores;
}

QString LayeredScores::latestNote(const QString &nodeId) const
{
    for (const Layer layer : {Layer::Appraisal2, Layer::Appraisal1, Layer::Self}) {
        const QString note = notes[int(layer)].value(nodeId);
        if (!note.isEmpty())
            return note;
    }
    return {};
}

bool LayeredScores::holds(Layer layer) const
{
    const AnswerSet &set = answers[int(layer)];
    return !set.answers.isEmpty() || !set.bonus.isEmpty() || !set.penalty.isEmpty();
}

} // namespace ParScore
