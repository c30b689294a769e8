<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
    <name>ParScore::ReadinessDialog</name>
    <message numerus="yes">
        <source>%n item(s) must be completed before submitting. Press Enter or double-click one to go to it:</source>
        <translation>
            <numerusform>%n item must be completed before submitting. Press Enter or double-click it to go to it:</numerusform>
            <numerusform>%n items must be completed before submitting. Press Enter or double-click one to go to it:</numerusform>
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
