#pragma once

#include "criteriaset.h"
#include "parxfile.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace ParScore {

// An agency the province expects a submission from, as the province lists it.
struct ExpectedAgency
{
    QString code;
    QString name;
    QString group; // "so", "xa", "phuong", …
    friend bool operator==(const ExpectedAgency &, const ExpectedAgency &) = default;
};

// What a new province file (the inspectors' appraisal file) starts with.
struct NewProvince
{
    QString title; // "Thẩm định Chỉ số CCHC năm 2026"
    int year = 0;
    QList<CriteriaSet> criteria;    // the sets it accepts (at least one)
    QList<ExpectedAgency> agencies; // may be empty: submissions are then all "not listed"
};

// What a province file says of itself. A file made by `merge -o` before province files
// existed has no title, no year (0) and no expected agencies.
struct ProvinceInfo
{
    QString title;
    int year = 0;
    QList<ExpectedAgency> agencies; // ordered by group, then code
    // The listed agency with this code, if any.
    std::optional<ExpectedAgency> expected(const QString &code) const;
};

// The province file: a .parx whose role is "inspector", with a title, a year, the criteria
// sets it accepts (AcceptedCriteria) and the agencies expected to submit to it.
class ProvinceFile
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::ProvinceFile)

public:
    // Creates it in one step (nothing at `path` unless all is in); refuses an existing
    // `path`, a year outside 1900–2999, an empty title, no criteria set, or an agency list
    // that does not pass checkAgencies().
    static Result<std::unique_ptr<ParxFile>> create(const QString &path, const NewProvince &province);
    static Result<ProvinceInfo> read(ParxFile &file);
    // Whether the .parx at `path` is the inspectors' (role "inspector"): it opens in their
    // workspace, an agency's file in the officer's window.
    static Result<bool> isAt(const QString &path);
    // The criteria sets the file accepts, in AcceptedCriteria's order.
    static Result<QList<CriteriaSet>> acceptedSets(ParxFile &file);
    // Replaces the expected agencies, in one transaction.
    static Result<bool> setExpectedAgencies(ParxFile &file, const QList<ExpectedAgency> &agencies);
    // Why a list of agencies cannot be stored (an empty field, a code twice, a group none of
    // the accepted sets is for), every problem named by its code; nothing when it can.
    static std::optional<Error> checkAgencies(const QList<ExpectedAgency> &agencies,
                                              const QList<CriteriaSet> &criteria);
};

} // namespace ParScore
