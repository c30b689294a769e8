<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ParScore::AgencyList</name>
    <message numerus="yes">
        <source>The list of agencies cannot be read: %n problem(s)</source>
        <translation>
            <numerusform>The list of agencies cannot be read: %n problem</numerusform>
            <numerusform>The list of agencies cannot be read: %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::AnswersParser</name>
    <message numerus="yes">
        <source>The answers are invalid (%n problem(s)); nothing was applied</source>
        <translation>
            <numerusform>The answers are invalid (%n problem); nothing was applied</numerusform>
            <numerusform>The answers are invalid (%n problems); nothing was applied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::AssessmentDocument</name>
    <message numerus="yes">
        <source>%1 is an inspectors&apos; consolidated file: it holds the assessments of %n agencies. It is for the inspectors&apos; workspace; this window shows one agency&apos;s self-assessment.</source>
        <translation>
            <numerusform>%1 is an inspectors&apos; consolidated file: it holds the assessments of %n agency. It is for the inspectors&apos; workspace; this window shows one agency&apos;s self-assessment.</numerusform>
            <numerusform>%1 is an inspectors&apos; consolidated file: it holds the assessments of %n agencies. It is for the inspectors&apos; workspace; this window shows one agency&apos;s self-assessment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::AssessmentStore</name>
    <message numerus="yes">
        <source>The file holds %n assessment(s); name one with --agency CODE or its UUID</source>
        <translation>
            <numerusform>The file holds %n assessment; name it with --agency CODE or its UUID</numerusform>
            <numerusform>The file holds %n assessments; name one with --agency CODE or its UUID</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::CheckCommand</name>
    <message numerus="yes">
        <source>%1: sound — every row, every document and every seal (%n assessment(s))</source>
        <translation>
            <numerusform>%1: sound — every row, every document and every seal (%n assessment)</numerusform>
            <numerusform>%1: sound — every row, every document and every seal (%n assessments)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::FileCommands</name>
    <message numerus="yes">
        <source>Signed the appraisal of %n assessment(s) with the key %1.</source>
        <translation>
            <numerusform>Signed the appraisal of %n assessment with the key %1.</numerusform>
            <numerusform>Signed the appraisal of %n assessments with the key %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::OverviewCommand</name>
    <message numerus="yes">
        <source>Not submitted for %1 (%n agency(ies)):</source>
        <translation>
            <numerusform>Not submitted for %1 (%n agency):</numerusform>
            <numerusform>Not submitted for %1 (%n agencies):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not submitted (%n agency(ies)):</source>
        <translation>
            <numerusform>Not submitted (%n agency):</numerusform>
            <numerusform>Not submitted (%n agencies):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::ReportCommand</name>
    <message numerus="yes">
        <source>Wrote the ranking of %n agency(ies) to %1</source>
        <translation>
            <numerusform>Wrote the ranking of %n agency to %1</numerusform>
            <numerusform>Wrote the ranking of %n agencies to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the scorecards of %n agency(ies) to %1</source>
        <translation>
            <numerusform>Wrote the scorecard of %n agency to %1</numerusform>
            <numerusform>Wrote the scorecards of %n agencies to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::RequestCommands</name>
    <message numerus="yes">
        <source>Finalized %1 (%2); %n open request(s) closed as unanswered.</source>
        <translation>
            <numerusform>Finalized %1 (%2); %n open request closed as unanswered.</numerusform>
            <numerusform>Finalized %1 (%2); %n open requests closed as unanswered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FINALIZED %1; %n open request(s) closed as unanswered</source>
        <translation>
            <numerusform>FINALIZED %1; %n open request closed as unanswered</numerusform>
            <numerusform>FINALIZED %1; %n open requests closed as unanswered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 assessment(s) finalized.</source>
        <translation>
            <numerusform>%n of %1 assessment finalized.</numerusform>
            <numerusform>%n of %1 assessments finalized.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded the response on item %1 (%n document(s)).</source>
        <translation>
            <numerusform>Recorded the response on item %1 (%n document).</numerusform>
            <numerusform>Recorded the response on item %1 (%n documents).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::SurveyCommand</name>
    <message numerus="yes">
        <source>%1 (%2): %n cell(s) would change</source>
        <translation>
            <numerusform>%1 (%2): %n cell would change</numerusform>
            <numerusform>%1 (%2): %n cells would change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n cell(s) changed</source>
        <translation>
            <numerusform>%1 (%2): %n cell changed</numerusform>
            <numerusform>%1 (%2): %n cells changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) would change in the %1 layer.</source>
        <translation>
            <numerusform>%n cell would change in the %1 layer.</numerusform>
            <numerusform>%n cells would change in the %1 layer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) changed in the %1 layer.</source>
        <translation>
            <numerusform>%n cell changed in the %1 layer.</numerusform>
            <numerusform>%n cells changed in the %1 layer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::CriteriaParser</name>
    <message numerus="yes">
        <source>The criteria set is invalid (%n problem(s))</source>
        <translation>
            <numerusform>The criteria set is invalid (%n problem)</numerusform>
            <numerusform>The criteria set is invalid (%n problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::ExplanationBox</name>
    <message numerus="yes">
        <source>The appraisal council asks for explanations on %n item(s), highlighted in the tree (the filter “Items to explain” shows them alone). Write an explanation for each, attach documents where you have them, then choose Assessment → Send the explanation. The self-assessment stays as it was submitted.</source>
        <translation>
            <numerusform>The appraisal council asks for an explanation on %n item, highlighted in the tree (the filter “Items to explain” shows them alone). Write an explanation for it, attach documents where you have them, then choose Assessment → Send the explanation. The self-assessment stays as it was submitted.</numerusform>
            <numerusform>The appraisal council asks for explanations on %n items, highlighted in the tree (the filter “Items to explain” shows them alone). Write an explanation for each, attach documents where you have them, then choose Assessment → Send the explanation. The self-assessment stays as it was submitted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::ImportDialog</name>
    <message numerus="yes">
        <source>%n file(s) to import into %1.</source>
        <translation>
            <numerusform>%n file to import into %1.</numerusform>
            <numerusform>%n files to import into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) for %1: all kept, resolve by hand</source>
        <translation>
            <numerusform>%n assessment for %1: kept, resolve by hand</numerusform>
            <numerusform>%n assessments for %1: all kept, resolve by hand</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::InspectorWindow</name>
    <message numerus="yes">
        <source>%n agencies expected, </source>
        <translation>
            <numerusform>%n agency expected, </numerusform>
            <numerusform>%n agencies expected, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submitted, </source>
        <translation>
            <numerusform>%n submitted, </numerusform>
            <numerusform>%n submitted, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not submitted yet</source>
        <translation>
            <numerusform>%n not submitted yet</numerusform>
            <numerusform>%n not submitted yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n shown</source>
        <translation>
            <numerusform> — %n shown</numerusform>
            <numerusform> — %n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agency key(s) learnt and not confirmed: compare the fingerprints with the agencies, then confirm them in Appraisal ▸ Trusted keys…</source>
        <translation>
            <numerusform>%n agency key learnt and not confirmed: compare the fingerprint with the agency, then confirm it in Appraisal ▸ Trusted keys…</numerusform>
            <numerusform>%n agency keys learnt and not confirmed: compare the fingerprints with the agencies, then confirm them in Appraisal ▸ Trusted keys…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::JsonFields</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more warning(s)</source>
        <translation>
            <numerusform>… and %n more warning</numerusform>
            <numerusform>… and %n more warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::NewProvinceDialog</name>
    <message numerus="yes">
        <source>%n agencies</source>
        <translation>
            <numerusform>%n agency</numerusform>
            <numerusform>%n agencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n agencies in the table with the %1 of %2?</source>
        <translation>
            <numerusform>Replace the agency in the table with the %1 of %2?</numerusform>
            <numerusform>Replace the %n agencies in the table with the %1 of %2?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::ProvinceDocument</name>
    <message numerus="yes">
        <source>Paste %n survey score(s)</source>
        <translation>
            <numerusform>Paste %n survey score</numerusform>
            <numerusform>Paste %n survey scores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::ProvinceFile</name>
    <message numerus="yes">
        <source>The list of agencies has %n problem(s)</source>
        <translation>
            <numerusform>The list of agencies has %n problem</numerusform>
            <numerusform>The list of agencies has %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::RankingHtml</name>
    <message numerus="yes">
        <source>PROVISIONAL: the results of %n agency(ies) are not final yet; their figures marked * may change.</source>
        <translation>
            <numerusform>PROVISIONAL: the result of %n agency is not final yet; its figures marked * may change.</numerusform>
            <numerusform>PROVISIONAL: the results of %n agencies are not final yet; their figures marked * may change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::ReadinessDialog</name>
    <message numerus="yes">
        <source>%n item(s) must be completed before submitting. Press Enter or double-click one to go to it:</source>
        <translation>
            <numerusform>%n item must be completed before submitting. Press Enter or double-click it to go to it:</numerusform>
            <numerusform>%n items must be completed before submitting. Press Enter or double-click one to go to it:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged item(s) still need an explanation before sending. Press Enter or double-click one to go to it:</source>
        <translation>
            <numerusform>%n flagged item still needs an explanation before sending. Press Enter or double-click it to go to it:</numerusform>
            <numerusform>%n flagged items still need an explanation before sending. Press Enter or double-click one to go to it:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::RoundActions</name>
    <message numerus="yes">
        <source>%n explanation request still awaits the agency&apos;s response: it will be closed as unanswered.</source>
        <translation>
            <numerusform>%n explanation request still awaits the agency&apos;s response: it will be closed as unanswered.</numerusform>
            <numerusform>%n explanation requests still await the agency&apos;s response: they will be closed as unanswered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The result of %1 is final; %n request was closed as unanswered.</source>
        <translation>
            <numerusform>The result of %1 is final; %n request was closed as unanswered.</numerusform>
            <numerusform>The result of %1 is final; %n requests were closed as unanswered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result of the group is now final.</source>
        <translation>
            <numerusform>%n result of the group is now final.</numerusform>
            <numerusform>%n results of the group are now final.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agency was not finalized (see the details).</source>
        <translation>
            <numerusform>%n agency was not finalized (see the details).</numerusform>
            <numerusform>%n agencies were not finalized (see the details).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::RuleEngine</name>
    <message numerus="yes">
        <source>Checked %n item(s): %1</source>
        <translation>
            <numerusform>Checked %n item: %1</numerusform>
            <numerusform>Checked %n items: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::ScorecardsExport</name>
    <message numerus="yes">
        <source>%n file(s) in %1 will be replaced: %2. Replace them?</source>
        <translation>
            <numerusform>%n file in %1 will be replaced: %2. Replace it?</numerusform>
            <numerusform>%n files in %1 will be replaced: %2. Replace them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: the scorecards of %n agency(ies) written before stay in %1.</source>
        <translation>
            <numerusform>Cancelled: the scorecard of %n agency written before stays in %1.</numerusform>
            <numerusform>Cancelled: the scorecards of %n agencies written before stay in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the scorecards of %n agency(ies) to %1</source>
        <translation>
            <numerusform>Wrote the scorecard of %n agency to %1</numerusform>
            <numerusform>Wrote the scorecards of %n agencies to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::SurveyGrid</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file holds %n assessments of this agency for %1; resolve the duplicates first</source>
        <translation>
            <numerusform>the file holds %n assessment of this agency for %1; resolve the duplicates first</numerusform>
            <numerusform>the file holds %n assessments of this agency for %1; resolve the duplicates first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::SurveyGridWindow</name>
    <message numerus="yes">
        <source>The pasted rows have %n score column(s) after the agency&apos;s code; from column %1 rightwards the grid has only %2</source>
        <translation>
            <numerusform>The pasted rows have %n score column after the agency&apos;s code; from column %1 rightwards the grid has only %2</numerusform>
            <numerusform>The pasted rows have %n score columns after the agency&apos;s code; from column %1 rightwards the grid has only %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) pasted</source>
        <translation>
            <numerusform>%n score pasted</numerusform>
            <numerusform>%n scores pasted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::TypedNumber</name>
    <message numerus="yes">
        <source>%1: at most %n decimal(s).</source>
        <translation>
            <numerusform>%1: at most %n decimal.</numerusform>
            <numerusform>%1: at most %n decimals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: thousands separators are not taken (write 1000 for one thousand); a decimal has at most %n digit(s) after the point.</source>
        <translation>
            <numerusform>%1: thousands separators are not taken (write 1000 for one thousand); a decimal has at most %n digit after the point.</numerusform>
            <numerusform>%1: thousands separators are not taken (write 1000 for one thousand); a decimal has at most %n digits after the point.</numerusform>
        </translation>
    </message>
</context>
</TS>
