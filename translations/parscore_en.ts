<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ParScore::AnswersParser</name>
    <message numerus="yes">
        <source>The answers are invalid (%n problem(s)); nothing was applied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::CriteriaParser</name>
    <message numerus="yes">
        <source>The criteria set is invalid (%n problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::RuleEngine</name>
    <message numerus="yes">
        <source>Checked %n item(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
